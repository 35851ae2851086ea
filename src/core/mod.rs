//! The pure core: content model, loading with precise errors, and validation.
//!
//! Nothing in here may depend on leptos, web-sys or any browser API, so the
//! same code validates the bundled files in native `cargo test` and loads
//! them in the app. (A test in `tests/core_is_pure.rs` enforces this.)

pub mod content;
pub mod corner;
pub mod corpus;
pub mod date;
pub mod device;
pub mod exhibit;
pub mod host;
pub mod idle;
pub mod import;
pub mod lang;
pub mod load;
pub mod pin;
pub mod qr;
pub mod quiz;
pub mod search;
pub mod shelf;
pub mod text;
pub mod usage;
pub mod validate;
