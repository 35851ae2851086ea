//! The Corner's search index, built in the browser from the content files
//! (every article, the member profiles, the timeline, the glossary) the
//! first time a search needs it, then kept for the page's lifetime: one
//! corpus and at most one index per language, so memory stays flat however
//! many searches a kiosk serves. Building at load rather than shipping a
//! prebuilt index keeps a library's replaced article searchable with no
//! rebuild; `make bench` times both ways.
//!
//! ```ignore
//! let data = LocalResource::new(load_search);
//! let hits = data.get().map(|d| d.index(Lang::Vi).search("ha noi", 30));
//! ```

use crate::app::content::{fetch_text, fetch_texts};
use crate::core::content::ArticleIndex;
use crate::core::corpus::{Corpus, FILES};
use crate::core::lang::Lang;
use crate::core::load::{parse, LoadError};
use crate::core::search::Index;
use crate::core::validate::ARTICLE_INDEX_FILE;
use std::cell::OnceCell;
use std::rc::Rc;

/// The loaded corpus, the files that failed, and the indexes built so far.
pub struct SearchData {
    corpus: Corpus,
    pub errors: Vec<LoadError>,
    vi: OnceCell<Index>,
    en: OnceCell<Index>,
}

impl SearchData {
    /// The index of `lang`, built on first use.
    pub fn index(&self, lang: Lang) -> &Index {
        let cell = match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        };
        cell.get_or_init(|| Index::build(self.corpus.docs(lang)))
    }
}

thread_local! {
    static LOADED: OnceCell<Rc<SearchData>> = const { OnceCell::new() };
}

/// Loads everything the search covers (once per page), files in parallel.
/// A missing or broken file is reported and left out; the rest is searchable.
pub async fn load_search() -> Rc<SearchData> {
    if let Some(d) = LOADED.with(|l| l.get().cloned()) {
        return d;
    }
    let mut errors = Vec::new();
    let mut files: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
    match fetch_text(ARTICLE_INDEX_FILE)
        .await
        .and_then(|t| parse::<ArticleIndex>(ARTICLE_INDEX_FILE, &t))
    {
        Ok(index) => files.extend(
            index
                .articles
                .iter()
                .map(|a| format!("content/articles/{}.json", a.id)),
        ),
        Err(e) => errors.push(e),
    }
    let texts = fetch_texts(&files).await;
    let mut ok = Vec::new();
    for (name, text) in files.iter().zip(texts) {
        match text {
            Ok(t) => ok.push((name.as_str(), t)),
            Err(e) => errors.push(e),
        }
    }
    let (corpus, parse_errors) = Corpus::from_texts(ok.iter().map(|(n, t)| (*n, t.as_str())));
    errors.extend(parse_errors);
    let data = Rc::new(SearchData {
        corpus,
        errors,
        vi: OnceCell::new(),
        en: OnceCell::new(),
    });
    LOADED.with(|l| l.get_or_init(|| data.clone()).clone())
}
