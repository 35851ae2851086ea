//! `content/articles/`: the Corner's articles. `index.json` lists them for
//! browsing; `<id>.json` holds one whole article as structured blocks — never
//! HTML, so nothing in a content file is ever interpreted as markup.

use super::Pillar;
use crate::core::date::Date;
use crate::core::lang::{Lang, Text};
use serde::{Deserialize, Serialize};

/// Ids an article may not have: `/corner/<name>` is another Corner page.
pub const RESERVED_IDS: [&str; 6] = ["search", "timeline", "map", "glossary", "saved", "qr"];

/// `content/articles/index.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleIndex {
    pub format: String,
    pub version: u32,
    pub articles: Vec<ArticleMeta>,
}
super::content_format!(ArticleIndex, "asean-kiosk/article-index", 1);

/// What the index says of an article; must equal the article file's own fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub topics: Vec<String>,
    pub members: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pillar: Option<Pillar>,
    pub reading_minutes: u32,
    pub updated: Date,
}

/// `content/articles/<id>.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub format: String,
    pub version: u32,
    /// kebab-case; the file is named `<id>.json`.
    pub id: String,
    pub title: Text,
    /// One or two sentences shown in lists and search results.
    pub summary: Text,
    /// Topic ids (topics.json).
    pub topics: Vec<String>,
    /// Member codes the article is about.
    pub members: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pillar: Option<Pillar>,
    pub reading_minutes: u32,
    pub updated: Date,
    pub sources: Vec<String>,
    pub body: Vec<Block>,
}
super::content_format!(Article, "asean-kiosk/article", 1);

/// One block of an article body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    Heading {
        text: Text,
    },
    Paragraph {
        text: Text,
    },
    List {
        #[serde(default)]
        ordered: bool,
        items: Vec<Text>,
    },
    Figure {
        /// Path under the app root (e.g. `flags/vn.svg`).
        src: String,
        alt: Text,
        caption: Text,
        credit: String,
    },
    Quote {
        text: Text,
        /// Who said or wrote it.
        cite: Text,
    },
}

impl Article {
    pub fn meta(&self) -> ArticleMeta {
        ArticleMeta {
            id: self.id.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            topics: self.topics.clone(),
            members: self.members.clone(),
            pillar: self.pillar,
            reading_minutes: self.reading_minutes,
            updated: self.updated,
        }
    }

    /// Every text of the body in one language, in reading order.
    pub fn body_texts(&self, lang: Lang) -> Vec<&str> {
        let mut out = Vec::new();
        for b in &self.body {
            match b {
                Block::Heading { text } | Block::Paragraph { text } => out.push(text.get(lang)),
                Block::List { items, .. } => out.extend(items.iter().map(|t| t.get(lang))),
                Block::Figure { caption, .. } => out.push(caption.get(lang)),
                Block::Quote { text, cite } => {
                    out.push(text.get(lang));
                    out.push(cite.get(lang));
                }
            }
        }
        out
    }

    /// Words of the body in one language (title and summary excluded).
    pub fn word_count(&self, lang: Lang) -> usize {
        self.body_texts(lang)
            .iter()
            .map(|t| t.split_whitespace().count())
            .sum()
    }
}
