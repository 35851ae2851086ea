//! `content/topics.json`: the topic vocabulary shared by articles, timeline
//! events and (later) quiz questions, so that a filter or a cross-link always
//! resolves.

use crate::core::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicsFile {
    pub format: String,
    pub version: u32,
    pub topics: Vec<Topic>,
}
super::content_format!(TopicsFile, "asean-kiosk/topics", 1);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// kebab-case id, e.g. `vietnam-in-asean`.
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// Shown as a large tile on the Corner's home.
    #[serde(default)]
    pub tile: bool,
}

impl TopicsFile {
    pub fn get(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}
