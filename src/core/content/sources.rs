//! `content/sources.json`: the bibliography every record points into by id.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub format: String,
    pub version: u32,
    pub sources: Vec<Source>,
}
super::content_format!(SourcesFile, "asean-kiosk/sources", 1);

/// One source: a page, a document, a package or a code file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short stable id, `[a-z0-9_]+`, e.g. `about_asean`.
    pub id: String,
    /// What the source is and what it says, in its own language.
    pub title: String,
    /// Web address (http or https). Absent only for sources with no public address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `page`, `document`, `package` or `code`.
    pub kind: SourceKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Page,
    Document,
    Package,
    Code,
}

impl SourcesFile {
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}
