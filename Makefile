# ASEAN Kiosk — every target installs what it needs first (scripts/setup.sh is
# idempotent: it skips what is already there).
#
#   make serve   build and serve the app on http://127.0.0.1:8080
#   make test    all three test layers (native, wasm in Chromium, end-to-end)
#   make dist    release build in dist/ for any static host
#   make size    sizes of dist/ and the first-load budget check
#   make bench   benchmarks (contest engine step, search, importers)
#   make soak    1,000 kiosk visitor cycles, memory before and after (about 1.5 hours)
#   make lint    rustfmt and clippy
#   make indexes rewrite the article and quiz indexes after editing content

SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Public URL the app is deployed under, e.g. `make dist PUBLIC_URL=/kiosk/`.
PUBLIC_URL ?= /

.PHONY: setup setup-test serve dist size bench soak test test-native test-wasm test-e2e lint fmt indexes clean

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

serve: setup
	cargo fetch
	ASEAN_SW=off trunk serve --release --offline --address 127.0.0.1 --port 8080 --no-autoreload --no-error-reporting

dist: setup
	cargo fetch
	trunk build --release --offline --public-url $(PUBLIC_URL)

size: dist
	scripts/size.sh dist

# Benchmarks, natively (release build) and the search and the importers in
# headless Chromium (release wasm); each prints a table.
bench: setup-test
	cargo fetch
	cargo bench --offline --bench engine --bench search --bench import
	cargo test --offline --release --target wasm32-unknown-unknown --test search_web --test import_web -- --nocapture

test: setup-test
	cargo fetch
	$(MAKE) --no-print-directory test-native test-wasm dist test-e2e size

# (a) the pure core, the content bundle and the UI's pure helpers, natively.
test-native:
	cargo test --offline --lib --test content --test quizzes --test engine --test search --test core_is_pure
	cargo test --offline --doc

# (b) browser glue in headless Chromium (wasm-bindgen-test).
test-wasm:
	cargo test --offline --target wasm32-unknown-unknown --test web

# (c) the release build end to end in headless Chromium over WebDriver.
test-e2e:
	cargo test --offline --features e2e --test e2e -- --test-threads=1

# A kiosk's weeks in 1.5 hours: 1,000 attract → play → idle reset cycles in
# headless Chromium, memory before and after (SOAK_CYCLES=50 for a short run).
soak: setup-test
	cargo fetch
	$(MAKE) --no-print-directory dist
	cargo test --offline --features e2e --test e2e soak -- --ignored --nocapture --test-threads=1

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets --all-features -- -D warnings

fmt:
	cargo fmt --all

# Rewrites content/articles/index.json and quizzes/index.json from the files.
indexes:
	UPDATE_INDEX=1 cargo test --test content --test quizzes index_is_up_to_date

clean:
	cargo clean
	rm -rf dist
