//! What the Corner's search finds: articles, member profiles, timeline
//! events and glossary terms, turned into search documents in one language.
//! Shared by the app (which builds its index from the loaded files) and by
//! `make bench` (which times the same corpus).
//!
//! ```
//! use asean_kiosk::core::corpus::{Corpus, Found, Kind};
//! use asean_kiosk::core::lang::Lang;
//! let docs = Corpus::default().docs(Lang::Vi);
//! assert!(docs.is_empty());
//! assert_eq!(Found::parse("event:1967-asean-declaration").map(|f| f.kind), Some(Kind::Event));
//! ```

use crate::core::content::glossary::Term;
use crate::core::content::timeline::Event;
use crate::core::content::{Article, Member};
use crate::core::lang::Lang;
use crate::core::load::{parse, LoadError};
use crate::core::search::Doc;
use crate::core::validate::{GLOSSARY_FILE, MEMBERS_FILE, TIMELINE_FILE};

/// The files the search reads besides the articles (`content/articles/<id>.json`).
pub const FILES: [&str; 3] = [MEMBERS_FILE, TIMELINE_FILE, GLOSSARY_FILE];

/// The loaded content the search covers. A file that failed to load is
/// simply missing here: search still finds everything else.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub members: Vec<Member>,
    pub events: Vec<Event>,
    pub terms: Vec<Term>,
}

/// The kind of thing a search result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Article,
    Member,
    Event,
    Term,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Article, Kind::Member, Kind::Event, Kind::Term];

    /// The prefix of a document id, as in `article:founding-of-asean`.
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Member => "member",
            Kind::Event => "event",
            Kind::Term => "term",
        }
    }
}

/// A document id split into its kind and the id within its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found<'a> {
    pub kind: Kind,
    pub key: &'a str,
}

impl<'a> Found<'a> {
    pub fn parse(doc_id: &'a str) -> Option<Found<'a>> {
        let (prefix, key) = doc_id.split_once(':')?;
        let kind = Kind::ALL.into_iter().find(|k| k.prefix() == prefix)?;
        Some(Found { kind, key })
    }
}

fn doc(kind: Kind, key: &str, title: &str, parts: &[&str]) -> Doc {
    Doc {
        id: format!("{}:{key}", kind.prefix()),
        title: title.to_string(),
        body: parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

impl Corpus {
    /// Parses the search's files from their texts (`FILES` and any number
    /// of articles, by name). A file that does not parse is left out and
    /// its error returned: the rest is still searchable.
    pub fn from_texts<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Corpus, Vec<LoadError>) {
        use crate::core::content::{GlossaryFile, MembersFile, TimelineFile};
        let mut c = Corpus::default();
        let mut errors = Vec::new();
        for (name, text) in files {
            let done = match name {
                MEMBERS_FILE => parse::<MembersFile>(name, text).map(|f| c.members = f.members),
                TIMELINE_FILE => parse::<TimelineFile>(name, text).map(|f| c.events = f.events),
                GLOSSARY_FILE => parse::<GlossaryFile>(name, text).map(|f| c.terms = f.terms),
                _ => parse::<Article>(name, text).map(|a| c.articles.push(a)),
            };
            if let Err(e) = done {
                errors.push(e);
            }
        }
        (c, errors)
    }

    /// One document per article, member, event and term, in `lang`.
    pub fn docs(&self, lang: Lang) -> Vec<Doc> {
        let mut out = Vec::with_capacity(
            self.articles.len() + self.members.len() + self.events.len() + self.terms.len(),
        );
        for a in &self.articles {
            let mut parts = vec![a.summary.get(lang)];
            parts.extend(a.body_texts(lang));
            out.push(doc(Kind::Article, &a.id, a.title.get(lang), &parts));
        }
        for m in &self.members {
            // The profile's facts in the order the member page shows them.
            let mut parts = vec![
                m.official_name.get(lang),
                m.capital.get(lang),
                m.national_day.marks.get(lang),
                m.currency.name.get(lang),
                m.anthem.title_native.as_str(),
                m.anthem.meaning.get(lang),
                m.flag.description.get(lang),
                m.flag.symbolism.get(lang),
            ];
            parts.extend(m.languages.iter().map(|l| l.get(lang)));
            parts.extend(m.facts.iter().map(|f| f.get(lang)));
            for p in &m.places {
                parts.push(p.name.get(lang));
                parts.push(p.text.get(lang));
            }
            out.push(doc(Kind::Member, &m.code, m.name.get(lang), &parts));
        }
        for e in &self.events {
            out.push(doc(
                Kind::Event,
                &e.id,
                e.title.get(lang),
                &[e.text.get(lang)],
            ));
        }
        for t in &self.terms {
            out.push(doc(
                Kind::Term,
                &t.id,
                t.term.get(lang),
                &[t.definition.get(lang)],
            ));
        }
        out
    }
}
