//! Time for the contest engine (which never reads a clock itself) and a
//! repeating timer that stops when its component goes away.
//!
//! ```ignore
//! let now = RwSignal::new(now_ms());
//! use_interval(250, move || now.set(now_ms()));
//! ```

use leptos::prelude::*;
use std::time::Duration;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A fresh seed for question selection and option order.
pub fn new_seed() -> u64 {
    let r = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    r ^ now_ms().rotate_left(21)
}

/// Calls `f` every `ms` milliseconds while the calling component lives; the
/// interval is cleared on cleanup, so a kiosk that plays for weeks does not
/// pile up timers.
pub fn use_interval(ms: u64, f: impl Fn() + 'static) {
    if let Ok(handle) = set_interval_with_handle(f, Duration::from_millis(ms)) {
        on_cleanup(move || handle.clear());
    }
}

/// `m:ss` for a duration.
pub fn format_duration(ms: u64) -> String {
    let s = ms.div_ceil(1000);
    format!("{}:{:02}", s / 60, s % 60)
}
