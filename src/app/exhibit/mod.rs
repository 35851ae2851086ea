//! Flags & Anthem (`/exhibit…`): the flag gallery, a page per member, the
//! ASEAN symbols, the anthem with its lyrics and the institution's
//! recording, and the flag ceremony. One download of its own (see
//! `app::pages`), with the admin page that adds the recording.

mod anthem;
mod ceremony;
pub(crate) mod flag;
pub(crate) mod gallery;
mod gallery_map;
mod lyrics;
mod member;
pub mod player;
pub mod recording;

mod symbols;

pub use anthem::AnthemPage;
pub use ceremony::Ceremony;
pub use gallery::Gallery;
pub use member::MemberPage;
pub use symbols::Symbols;
