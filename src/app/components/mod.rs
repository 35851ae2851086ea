//! Components shared by every section.

pub mod error_panel;
pub mod header;
pub mod loading;
pub mod on_map;
pub mod qr_link;
pub mod source_list;
pub mod swipe;
