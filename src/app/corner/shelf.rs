//! The visitor's bookmarks and reading history (`core::shelf::Shelf`), kept
//! in the browser's storage: they persist on a phone; on a kiosk the
//! session reset calls [`wipe`].
//!
//! ```ignore
//! let shelf = use_shelf();
//! change(shelf, |s| { s.toggle_bookmark(saved); });
//! ```

use crate::app::dom::{storage_get, storage_remove, storage_set};
use crate::core::shelf::Shelf;
use leptos::prelude::*;

pub(crate) const KEY: &str = "asean-kiosk.shelf";

fn stored() -> Shelf {
    storage_get(KEY)
        .map(|s| Shelf::from_json(&s))
        .unwrap_or_default()
}

/// The shelf as stored now, as a signal for this page.
pub fn use_shelf() -> RwSignal<Shelf> {
    RwSignal::new(stored())
}

/// Changes the shelf and stores it. Returns whether it was stored (a full
/// or blocked storage keeps the change for this page only).
pub fn change(shelf: RwSignal<Shelf>, f: impl FnOnce(&mut Shelf)) -> bool {
    // Start from what is stored: another tab may have changed it.
    let mut s = stored();
    f(&mut s);
    let ok = storage_set(KEY, &s.to_json());
    shelf.set(s);
    ok
}

/// Forgets every bookmark and the history (a kiosk's session reset).
pub fn wipe() {
    storage_remove(KEY);
}
