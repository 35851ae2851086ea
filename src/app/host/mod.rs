//! Hosting contests in class on one laptop and a projector: a control
//! window for the teacher and an audience window for the room, kept in step
//! over a `BroadcastChannel`. Rules live in `core::host`.

pub mod audience;
pub mod channel;
pub mod fields;
pub mod golden_bell;
pub mod hosted;
pub mod olympia;
pub mod screen_parts;
pub mod screen_view;
pub mod teams;
