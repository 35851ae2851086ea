//! Counting use for the yearly report (`core::usage`); see `/admin/report`.
//! Anonymous: ids and counts only. Each screen appends one short line per
//! event to a pending log (no JSON work per event, in any download); the
//! report and the kiosk's attract loop fold the log into the stored counts.
//!
//! ```ignore
//! record(Event::ArticleOpened(id));
//! ```

use crate::app::dom;
pub use crate::core::usage::Event;
use crate::core::usage::{log_line, Usage};

pub const KEY: &str = "asean-kiosk.usage";
const LOG: &str = "asean-kiosk.usage-log";

/// The counts, with the pending log folded in and cleared (stored only if
/// the fold could be saved, so nothing is counted twice or lost).
pub fn load() -> Usage {
    let mut u = dom::storage_get(KEY)
        .map(|s| Usage::from_json(&s))
        .unwrap_or_default();
    if let Some(log) = dom::storage_get(LOG) {
        u.apply_log(&log);
        if dom::storage_set(KEY, &u.to_json()) {
            dom::storage_remove(LOG);
        }
    }
    u
}

/// Counts `event` today. A full storage loses the count, never the visit.
pub fn record(event: Event) {
    if let Some(line) = log_line(&dom::local_day(), &event) {
        let mut log = dom::storage_get(LOG).unwrap_or_default();
        log.push_str(&line);
        dom::storage_set(LOG, &log);
    }
}

/// Once per tab (or kiosk visitor): a session started.
pub fn session_started() {
    const TAB: &str = "asean-kiosk.session-counted";
    if dom::session_get(TAB).is_none() {
        dom::session_set(TAB, "1");
        record(Event::SessionStarted);
    }
}

/// A kiosk visitor left: the next touch starts a new session.
pub fn session_ended() {
    dom::session_remove("asean-kiosk.session-counted");
}
