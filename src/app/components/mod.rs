//! Components shared by every section.

pub mod error_panel;
pub mod header;
pub mod loading;
pub mod source_list;
