//! A question timer the host can start, pause and resume. Times are passed
//! in (ms since the epoch) and the running state is an absolute deadline, so
//! the audience window counts down on its own and a reload keeps the time.
//!
//! ```
//! use asean_kiosk::core::host::timer::Timer;
//! let mut t = Timer::new(15_000);
//! t.start(1_000);
//! assert_eq!(t.left(6_000), 10_000);
//! t.pause(6_000);
//! assert_eq!(t.left(60_000), 10_000, "paused: time stands still");
//! t.toggle(60_000);
//! assert_eq!(t.left(61_000), 9_000, "resumed");
//! ```

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    pub duration_ms: u64,
    /// Set while running: when it reaches zero.
    pub deadline_ms: Option<u64>,
    /// Time left while stopped (before the start, or paused).
    pub left_ms: u64,
}

impl Timer {
    pub fn new(duration_ms: u64) -> Timer {
        Timer {
            duration_ms,
            deadline_ms: None,
            left_ms: duration_ms,
        }
    }

    pub fn running(&self) -> bool {
        self.deadline_ms.is_some()
    }

    /// Starts or resumes.
    pub fn start(&mut self, now_ms: u64) {
        if self.deadline_ms.is_none() {
            self.deadline_ms = Some(now_ms + self.left_ms);
        }
    }

    pub fn pause(&mut self, now_ms: u64) {
        if let Some(d) = self.deadline_ms.take() {
            self.left_ms = d.saturating_sub(now_ms);
        }
    }

    /// Space on the host's keyboard: start if stopped, pause if running.
    pub fn toggle(&mut self, now_ms: u64) {
        if self.running() {
            self.pause(now_ms)
        } else {
            self.start(now_ms)
        }
    }

    pub fn reset(&mut self) {
        *self = Timer::new(self.duration_ms);
    }

    pub fn left(&self, now_ms: u64) -> u64 {
        match self.deadline_ms {
            Some(d) => d.saturating_sub(now_ms),
            None => self.left_ms,
        }
    }
}
