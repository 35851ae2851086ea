//! `content/timeline.json`: dated events from 1967 to today.

use super::Pillar;
use crate::core::date::PartialDate;
use crate::core::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    pub format: String,
    pub version: u32,
    /// In date order.
    pub events: Vec<Event>,
}
super::content_format!(TimelineFile, "asean-kiosk/timeline", 1);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// kebab-case, unique, e.g. `1967-bangkok-declaration`.
    pub id: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: PartialDate,
    pub title: Text,
    /// Two to four sentences.
    pub text: Text,
    /// Member codes involved (may be empty for ASEAN-wide events).
    pub members: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pillar: Option<Pillar>,
    /// Topic ids (topics.json).
    pub topics: Vec<String>,
    pub sources: Vec<String>,
}
