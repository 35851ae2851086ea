//! A kiosk's idle clock: after `idle_s` seconds without a touch, the
//! visitor's session is reset; for the last `warning_s` seconds before that a
//! countdown warns, and any touch cancels it (WCAG 2.2.1: at least 20 s).
//! Pure and clock-free: the UI feeds it the time.
//!
//! ```
//! use asean_kiosk::core::idle::{Idle, IdleState};
//! let mut idle = Idle::new(60);
//! idle.touch(0);
//! assert_eq!(idle.state(30_000), IdleState::Active);
//! assert_eq!(idle.state(45_000), IdleState::Warning { seconds_left: 15 });
//! assert_eq!(idle.state(60_000), IdleState::Reset);
//! idle.touch(50_000);
//! assert_eq!(idle.state(60_000), IdleState::Active);
//! ```

/// The warning's length, when the idle time allows it.
pub const WARNING_S: u32 = 20;
/// The default idle time on a kiosk.
pub const DEFAULT_IDLE_S: u32 = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleState {
    /// Someone is using it (or idle reset is off).
    Active,
    /// The countdown is showing.
    Warning { seconds_left: u32 },
    /// Time is up: reset the visitor's session.
    Reset,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Idle {
    /// Seconds without activity before the reset; 0 turns reset off.
    pub idle_s: u32,
    last_ms: u64,
}

impl Idle {
    pub fn new(idle_s: u32) -> Idle {
        Idle { idle_s, last_ms: 0 }
    }

    /// The warning's length: 20 s, or half the idle time when that is
    /// shorter (idle times under 40 s, which the admin page advises against
    /// and tests use), so there is always a quiet stretch before it.
    pub fn warning_s(&self) -> u32 {
        WARNING_S.min(self.idle_s / 2)
    }

    /// A touch, a key, a scroll, or media playing: the visitor is there.
    pub fn touch(&mut self, now_ms: u64) {
        self.last_ms = self.last_ms.max(now_ms);
    }

    /// Milliseconds since the last sign of use.
    pub fn idle_for(&self, now_ms: u64) -> u64 {
        now_ms.saturating_sub(self.last_ms)
    }

    /// Whether someone is there: used within the idle time (or the last
    /// minute when idle reset is off). The nightly reload waits until nobody
    /// is; a minute in use counts only while somebody is.
    ///
    /// ```
    /// use asean_kiosk::core::idle::Idle;
    /// let mut idle = Idle::new(30);
    /// idle.touch(1_000);
    /// assert!(idle.someone_there(30_000));
    /// assert!(!idle.someone_there(31_000));
    /// let off = Idle::new(0);
    /// assert!(off.someone_there(59_000) && !off.someone_there(60_000));
    /// ```
    pub fn someone_there(&self, now_ms: u64) -> bool {
        let quiet_ms = match self.idle_s {
            0 => 60_000,
            s => u64::from(s) * 1000,
        };
        self.idle_for(now_ms) < quiet_ms
    }

    pub fn state(&self, now_ms: u64) -> IdleState {
        if self.idle_s == 0 {
            return IdleState::Active;
        }
        let idle_ms = now_ms.saturating_sub(self.last_ms);
        let limit_ms = u64::from(self.idle_s) * 1000;
        let warn_from_ms = limit_ms - u64::from(self.warning_s()) * 1000;
        if idle_ms >= limit_ms {
            IdleState::Reset
        } else if idle_ms >= warn_from_ms {
            let left_ms = limit_ms - idle_ms;
            IdleState::Warning {
                seconds_left: left_ms.div_ceil(1000) as u32,
            }
        } else {
            IdleState::Active
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_for_twenty_seconds_then_resets() {
        let mut i = Idle::new(60);
        i.touch(1_000);
        assert_eq!(i.state(40_999), IdleState::Active);
        assert_eq!(i.state(41_000), IdleState::Warning { seconds_left: 20 });
        assert_eq!(i.state(60_500), IdleState::Warning { seconds_left: 1 });
        assert_eq!(i.state(61_000), IdleState::Reset);
    }

    #[test]
    fn zero_is_off_and_short_times_warn_for_half() {
        let i = Idle::new(0);
        assert_eq!(i.state(u64::MAX), IdleState::Active);
        let mut i = Idle::new(6);
        i.touch(0);
        assert_eq!(i.warning_s(), 3);
        assert_eq!(i.state(2_999), IdleState::Active);
        assert_eq!(i.state(3_000), IdleState::Warning { seconds_left: 3 });
        assert_eq!(i.state(6_000), IdleState::Reset);
        assert_eq!(Idle::new(40).warning_s(), 20);
        assert_eq!(Idle::new(1).warning_s(), 0);
    }

    #[test]
    fn a_late_clock_never_goes_back() {
        let mut i = Idle::new(60);
        i.touch(10_000);
        i.touch(5_000);
        assert_eq!(i.state(69_000), IdleState::Warning { seconds_left: 1 });
    }
}
