//! Rules of the classroom formats a teacher hosts on a projector: pure state
//! machines, saved after every action so a reload restores the contest.

pub mod golden_bell;
