//! `content/glossary.json`: ASEAN terms and abbreviations with a short
//! definition, shown in the Corner's glossary and found by its search.

use crate::core::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    pub format: String,
    pub version: u32,
    /// In the order of their English term.
    pub terms: Vec<Term>,
}
super::content_format!(GlossaryFile, "asean-kiosk/glossary", 1);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// kebab-case, unique, e.g. `asean-charter`.
    pub id: String,
    /// The term as written, e.g. "Hiến chương ASEAN" / "ASEAN Charter".
    pub term: Text,
    /// One to three sentences.
    pub definition: Text,
    /// Topic ids (topics.json).
    pub topics: Vec<String>,
    /// Member codes the term is about (often none).
    pub members: Vec<String>,
    pub sources: Vec<String>,
}
