#!/usr/bin/env bash
# Installs whatever the build and the tests need, skipping what is already there.
# Usage: scripts/setup.sh [build|test|lighthouse]
#   test = build tools + Chromium + ChromeDriver + axe-core; lighthouse = test + npm lighthouse
# Idempotent: every step checks first. Safe to run on every `make` call.
set -euo pipefail
cd "$(dirname "$0")/.."

want="${1:-build}"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
TERSER_MAJOR=5
AXE_VERSION=4.14.1
LIGHTHOUSE_VERSION=12.8.2
TOOLS="$PWD/.tools"
export PATH="$HOME/.cargo/bin:$TOOLS/node_modules/.bin:$PATH"

log() { printf '[setup] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# 1. Rust toolchain and the wasm target.
if ! command -v cargo >/dev/null; then
  apt_install curl ca-certificates build-essential
  log "installing rustup"
  curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
fi
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
  || { log "adding wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
command -v cargo-clippy >/dev/null || rustup component add clippy rustfmt >/dev/null 2>&1 || true

# 2. trunk, pinned (0.22 needs a newer rustc).
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION (takes 12-19 min once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli at exactly Cargo.lock's wasm-bindgen (not --locked: a locked dep is gone from the registry).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION"; then
  log "cargo install wasm-bindgen-cli $WB_VERSION"
  cargo install wasm-bindgen-cli --version "=$WB_VERSION"
fi

# 4. wasm-opt from npm binaryen (Debian's wasm-opt 108 produces a blank page),
#    and terser, which minifies wasm-bindgen's JS glue in release builds.
if ! command -v npm >/dev/null; then apt_install nodejs npm; fi
if ! "$TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION" \
   || ! "$TOOLS/node_modules/.bin/terser" --version 2>/dev/null | grep -q "^terser $TERSER_MAJOR\."; then
  log "npm install binaryen@$BINARYEN_VERSION terser@$TERSER_MAJOR into .tools/"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION" "terser@$TERSER_MAJOR"
fi

# 5. python3 runs trunk's post-build hook (CSP hash, 404.html).
command -v python3 >/dev/null || apt_install python3

# 6. Compressors for `make size`.
command -v brotli >/dev/null || apt_install brotli
command -v gzip >/dev/null || apt_install gzip

# 7. Browser tests: Debian Chromium + ChromeDriver (no browser downloads exist here),
#    and axe-core, which the end-to-end tests inject into every screen.
if [ "$want" = test ] || [ "$want" = lighthouse ]; then
  apt_install chromium chromium-driver
  if [ ! -f "$TOOLS/node_modules/axe-core/axe.min.js" ] \
     || ! grep -q "\"version\": \"$AXE_VERSION\"" "$TOOLS/node_modules/axe-core/package.json" 2>/dev/null; then
    log "npm install axe-core@$AXE_VERSION into .tools/"
    npm install --prefix "$TOOLS" --no-audit --no-fund --silent "axe-core@$AXE_VERSION"
  fi
fi

# 8. `make lighthouse`: npm lighthouse (12.x runs on Node 20; 13 needs Node 22).
if [ "$want" = lighthouse ] \
   && ! "$TOOLS/node_modules/.bin/lighthouse" --version 2>/dev/null | grep -q "^$LIGHTHOUSE_VERSION$"; then
  log "npm install lighthouse@$LIGHTHOUSE_VERSION into .tools/"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
fi
log "tools ready"
