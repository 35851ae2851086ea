//! Kiosk mode, for an unattended touch screen: the attract loop
//! (`/kiosk`), the idle reset with its countdown, the visitor's session
//! wiped after each visit, the screen kept awake and full screen, no text
//! selection or context menu. Turned on in `/admin` or for one tab with
//! `?kiosk=1` (`?kiosk=0` turns that off).
//!
//! ```ignore
//! if kiosk_mode() { view! { <KioskShell/> } }
//! ```

mod attract;
pub mod session;
mod shell;
mod wake;

pub use attract::Attract;
pub use shell::KioskShell;

use crate::app::dom;
use crate::app::settings::settings;

/// sessionStorage flag set by `?kiosk=1`.
const TAB_FLAG: &str = "asean-kiosk.kiosk";

/// Whether this tab is a kiosk: `?kiosk=1` (kept for the tab), or the setting.
pub fn kiosk_mode() -> bool {
    match dom::query_param("kiosk").as_deref() {
        Some("1") => {
            dom::session_set(TAB_FLAG, "1");
            return true;
        }
        Some("0") => {
            dom::session_remove(TAB_FLAG);
            return false;
        }
        _ => {}
    }
    dom::session_get(TAB_FLAG).is_some() || settings().kiosk
}

/// Leaves for the attract loop with a fresh page: whatever the visitor did,
/// the next one starts from a clean slate, and a kiosk's memory never grows.
pub fn go_to_attract() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(&format!("{}/kiosk", dom::base_path()));
    }
}
