//! Settings of this device (a school's lab computer, a library kiosk),
//! kept in the browser's storage and changed in `/admin`. Unknown or missing
//! fields fall back to defaults, so an older or damaged value never stops
//! the app.
//!
//! ```
//! use asean_kiosk::core::device::DeviceSettings;
//! let s = DeviceSettings::from_json("{\"school\":\"THCS Lê Lợi\"}");
//! assert_eq!(s.school, "THCS Lê Lợi");
//! assert!(s.leaderboard);
//! assert_eq!(DeviceSettings::from_json("not json"), DeviceSettings::default());
//! ```

use serde::{Deserialize, Serialize};

/// Longest school name kept, in characters.
pub const SCHOOL_MAX: usize = 80;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceSettings {
    /// Printed on certificates.
    pub school: String,
    /// Offer the local top-10 after a contest (a kiosk may turn it off).
    pub leaderboard: bool,
    /// The address visitors' phones reach this app at (for QR codes), e.g.
    /// `https://thuvien.example.vn/asean/`; empty: the page's own address.
    pub public_url: String,
}

impl Default for DeviceSettings {
    fn default() -> Self {
        DeviceSettings {
            school: String::new(),
            leaderboard: true,
            public_url: String::new(),
        }
    }
}

impl DeviceSettings {
    /// Reads stored settings; anything unreadable gives the defaults.
    pub fn from_json(s: &str) -> DeviceSettings {
        let mut v: DeviceSettings = serde_json::from_str(s).unwrap_or_default();
        v.school = clean_line(&v.school, SCHOOL_MAX);
        v.public_url = crate::core::qr::clean_public_url(&v.public_url);
        v
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// One line of text as stored: control characters dropped, spaces
/// collapsed, at most `max` characters.
pub fn clean_line(raw: &str, max: usize) -> String {
    raw.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .take(max)
        .collect()
}
