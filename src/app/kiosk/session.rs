//! A kiosk visitor's session: started by a touch on the attract loop, and
//! wiped when they leave (idle reset) — nickname and quiz in progress,
//! results, bookmarks and reading history, text size, gallery order, the
//! language back to the kiosk's default. Never the device's settings, its
//! leaderboard, its usage counts, a host's classroom contest or the anthem
//! recording.

use crate::app::dom;
use crate::core::lang::Lang;

/// Set (in sessionStorage) while a visitor is using the kiosk.
const VISITOR: &str = "asean-kiosk.visitor";

/// What one visitor leaves behind, by the key each feature stores it under.
pub const VISITOR_KEYS: [&str; 7] = [
    crate::app::contest::store::ACTIVE,
    crate::app::contest::store::SETUP,
    crate::app::contest::store::PROGRESS,
    crate::app::contest::store::ATTEMPTS,
    crate::app::corner::shelf::KEY,
    crate::app::corner::reader::SIZE_KEY,
    crate::app::exhibit::gallery::ORDER_KEY,
];

pub fn visitor_present() -> bool {
    dom::session_get(VISITOR).is_some()
}

/// A visitor touched "start".
pub fn start_visitor() {
    dom::session_set(VISITOR, "1");
}

/// Forgets the visitor: their keys go, the language returns to `default_lang`.
pub fn wipe_visitor(default_lang: Lang) {
    for key in VISITOR_KEYS {
        dom::storage_remove(key);
    }
    dom::storage_set(crate::app::i18n::STORAGE_KEY, default_lang.code());
    dom::session_remove(VISITOR);
    crate::app::admin::pin_gate::lock_admin();
    crate::app::usage::session_ended();
}
