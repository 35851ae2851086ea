#!/usr/bin/env bash
# Re-creates public/flags/ from the npm packages named in public/flags/NOTICE.
# Not part of the build (the flags are committed); kept so the two changes we
# make to the upstream drawings are visible and repeatable:
#  - Cambodia: svg-country-flags draws it 16:25 (625×400); the official
#    proportion is 2:3, so the viewBox is cropped to the middle 600×400
#    (only the blue/red bands are trimmed; Angkor Wat is untouched).
#  - ASEAN: flag-icons draws it 4:3 (640×480); the official frame is 2:3, so
#    the viewBox widens to 720×480 around the same emblem and the blue field
#    is extended to fill it.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --silent svg-country-flags@1.2.10 flag-icons@7.5.0
src="$tmp/node_modules/svg-country-flags/svg"
out=public/flags
mkdir -p "$out"
for c in bn id la my mm ph sg th tl vn; do cp "$src/$c.svg" "$out/$c.svg"; done
sed -e 's/viewBox="0 0 625 400"/viewBox="12.5 0 600 400"/' "$src/kh.svg" > "$out/kh.svg"
sed -e 's/viewBox="0 0 640 480"/viewBox="-40 0 720 480"/' \
    -e 's/M0 0h640v480H0z/M-40 0h720v480H-40z/' \
    "$tmp/node_modules/flag-icons/flags/4x3/asean.svg" > "$out/asean.svg"
grep -q 'viewBox="12.5 0 600 400"' "$out/kh.svg"
grep -q 'viewBox="-40 0 720 480"' "$out/asean.svg"
echo "flags vendored into $out"
