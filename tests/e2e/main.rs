//! End-to-end tests in headless Chromium against the release build.
//! Run with `make test` (which builds `dist/` first), or
//! `cargo test --features e2e --test e2e -- --test-threads=1`.

mod a11y;
mod contest;
mod corner;
mod editor;
mod exhibit;
mod harness;
mod host;
mod kiosk;
mod play;
mod shell;
mod soak;
