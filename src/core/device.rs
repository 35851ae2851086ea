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

use crate::core::idle::DEFAULT_IDLE_S;
use crate::core::lang::Lang;
use serde::{Deserialize, Serialize};

/// Longest school name kept, in characters.
pub const SCHOOL_MAX: usize = 80;
/// Longest idle time offered, in seconds (an hour).
pub const IDLE_MAX_S: u32 = 3600;

/// Which sections the home screen offers (a kiosk may show only some).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sections {
    pub contest: bool,
    pub exhibit: bool,
    pub corner: bool,
}

impl Default for Sections {
    fn default() -> Self {
        Sections {
            contest: true,
            exhibit: true,
            corner: true,
        }
    }
}

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
    /// Kiosk mode: attract loop, idle reset, no text selection or context menu.
    pub kiosk: bool,
    /// Seconds without a touch before a kiosk resets the visitor's session;
    /// 0 turns the reset off.
    pub idle_s: u32,
    /// The language a kiosk starts in and returns to after each visitor.
    pub default_lang: Lang,
    pub sections: Sections,
    /// An hour (0–23) at which an idle kiosk reloads itself each night.
    pub nightly_reload_hour: Option<u8>,
}

impl Default for DeviceSettings {
    fn default() -> Self {
        DeviceSettings {
            school: String::new(),
            leaderboard: true,
            public_url: String::new(),
            kiosk: false,
            idle_s: DEFAULT_IDLE_S,
            default_lang: Lang::Vi,
            sections: Sections::default(),
            nightly_reload_hour: None,
        }
    }
}

impl DeviceSettings {
    /// Reads stored settings; anything unreadable gives the defaults.
    pub fn from_json(s: &str) -> DeviceSettings {
        let mut v: DeviceSettings = serde_json::from_str(s).unwrap_or_default();
        v.school = clean_line(&v.school, SCHOOL_MAX);
        v.public_url = crate::core::qr::clean_public_url(&v.public_url);
        v.idle_s = v.idle_s.min(IDLE_MAX_S);
        v.nightly_reload_hour = v.nightly_reload_hour.filter(|h| *h < 24);
        if !(v.sections.contest || v.sections.exhibit || v.sections.corner) {
            // Hiding everything would leave a kiosk with nothing to offer.
            v.sections = Sections::default();
        }
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

/// The settings as a file, to carry them to another kiosk
/// (`asean-kiosk/settings`, version 1). The PIN is not in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingsFile {
    pub format: String,
    pub version: u32,
    pub settings: DeviceSettings,
}
crate::core::content::content_format!(SettingsFile, "asean-kiosk/settings", 1);

impl SettingsFile {
    pub fn new(settings: DeviceSettings) -> SettingsFile {
        SettingsFile {
            format: "asean-kiosk/settings".into(),
            version: 1,
            settings,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an exported file: a wrong or damaged file is an error naming
    /// the place; values out of range are brought back into range.
    pub fn parse(name: &str, text: &str) -> Result<DeviceSettings, crate::core::load::LoadError> {
        let f = crate::core::load::parse::<SettingsFile>(name, text)?;
        Ok(DeviceSettings::from_json(&f.settings.to_json()))
    }
}
