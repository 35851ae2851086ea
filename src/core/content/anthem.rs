//! `content/anthem.json`: "The ASEAN Way". Members' own anthems live in
//! members.json (one place per fact).

use crate::core::date::Date;
use crate::core::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnthemFile {
    pub format: String,
    pub version: u32,
    pub title: Text,
    pub credits: Credits,
    /// Chosen in the 2008 ASEAN Anthem Competition.
    pub selected: Date,
    /// First official performance.
    pub first_performed: Date,
    pub history: Text,
    /// The official English lyrics, one entry per sung line, with a Vietnamese
    /// translation of each.
    pub lines: Vec<Line>,
    /// Whose translation the Vietnamese lines are.
    pub translation_note: Text,
    pub copyright: Text,
    /// An institution's own recording; `null` in the shipped bundle.
    #[serde(default)]
    pub recording: Option<Recording>,
    pub sources: Vec<String>,
}
super::content_format!(AnthemFile, "asean-kiosk/anthem", 1);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credits {
    pub lyrics: String,
    pub music: Vec<String>,
    /// Who did what, where sources differ.
    pub note: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub en: String,
    pub vi: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recording {
    /// Path under the app root.
    pub file: String,
    /// Start of each line in milliseconds; as many as `lines`, increasing.
    pub line_starts_ms: Vec<u32>,
    pub credit: String,
}

/// The timing of an institution's own recording, kept on the device beside
/// the audio (added in `/admin/anthem`, stored in IndexedDB). Parsed like a
/// content file, so a damaged record is reported, not trusted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnthemTiming {
    pub format: String,
    pub version: u32,
    /// The name of the audio file the admin chose.
    pub file_name: String,
    /// Who performed the recording, as the institution wants it credited.
    #[serde(default)]
    pub credit: String,
    /// Start of each timed line in milliseconds, increasing; may time only
    /// the first lines.
    #[serde(default)]
    pub line_starts_ms: Vec<u32>,
}
super::content_format!(AnthemTiming, "asean-kiosk/anthem-timing", 1);

impl AnthemTiming {
    pub fn new(file_name: &str) -> AnthemTiming {
        use super::ContentFormat;
        AnthemTiming {
            format: Self::FORMAT.into(),
            version: Self::VERSION,
            file_name: file_name.into(),
            credit: String::new(),
            line_starts_ms: Vec::new(),
        }
    }
}
