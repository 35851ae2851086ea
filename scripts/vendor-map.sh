#!/usr/bin/env bash
# Re-creates public/content/map.json (the member outlines for map questions
# and the Corner's map) from npm world-atlas 2.0.2 (Natural Earth 1:50m).
# Not part of the build: the file is committed; this keeps it repeatable.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --silent world-atlas@2.0.2
python3 scripts/make-map.py "$tmp/node_modules/world-atlas/countries-50m.json" public/content/map.json
