//! ASEAN Kiosk: an offline-first Leptos app about ASEAN for schools,
//! libraries and kiosks.
//!
//! - [`core`]: pure Rust (content model, loading, validation) — no browser APIs.
//! - [`app`]: the Leptos UI, by section.

pub mod core;

pub mod app;
