//! Hosting contests in class on one laptop and a projector: a control
//! window for the teacher and an audience window for the room, kept in step
//! over a `BroadcastChannel`. Rules live in `core::host`.

pub mod audience;
pub mod channel;
pub mod golden_bell;
pub mod screen_view;
