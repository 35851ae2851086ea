//! This device's settings (school name, leaderboard on or off), kept in the
//! browser's storage and edited in `/admin`.
//!
//! ```ignore
//! let school = settings().school;
//! ```

use crate::app::dom::{storage_get, storage_set};
use crate::core::device::DeviceSettings;

const KEY: &str = "asean-kiosk.settings";

pub fn settings() -> DeviceSettings {
    storage_get(KEY)
        .map(|s| DeviceSettings::from_json(&s))
        .unwrap_or_default()
}

/// Returns whether the settings were stored.
pub fn save_settings(s: &DeviceSettings) -> bool {
    storage_set(KEY, &s.to_json())
}
