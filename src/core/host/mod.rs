//! Rules of the classroom formats a teacher hosts on a projector: pure state
//! machines, saved after every action so a reload restores the contest, and
//! the screen the audience window shows.

pub mod bell_session;
pub mod golden_bell;
pub mod olympia;
pub mod screen;
pub mod teams;
pub mod timer;
