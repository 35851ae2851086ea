//! `make bench`: search over the whole Corner corpus (articles, member
//! profiles, timeline events, glossary terms), natively: reading the files,
//! building the index at load (what the app does) against loading a
//! prebuilt one, and query time for typical as-you-type queries, in
//! Vietnamese and English. `benches/search_web.rs` times the same in
//! headless Chromium.
//! Targets (issue: ASEAN Corner): median query ≤ 1 ms, build/load ≤ 50 ms.

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "../tests/common/queries.rs"]
mod queries;

use asean_kiosk::core::corpus::Corpus;
use asean_kiosk::core::search::Index;
use std::time::{Duration, Instant};

fn median_p95(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort_unstable();
    (v[v.len() / 2], v[(v.len() - 1) * 95 / 100])
}

fn row(what: &str, (m, p): (Duration, Duration)) {
    println!("{what:<48} {m:>12.2?} {p:>12.2?}");
}

fn main() {
    let texts = common::search_texts();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();

    println!("{:<48} {:>12} {:>12}", "search (native)", "median", "p95");
    let mut parses = Vec::new();
    let mut corpus = Corpus::default();
    for _ in 0..20 {
        let t = Instant::now();
        let (c, errors) = Corpus::from_texts(texts.iter().map(|(n, t)| (n.as_str(), t.as_str())));
        parses.push(t.elapsed());
        assert!(errors.is_empty(), "{errors:?}");
        corpus = c;
    }
    row(
        &format!("parse {} files ({} kB)", texts.len(), bytes / 1000),
        median_p95(parses),
    );
    for (lang, queries) in queries::QUERIES {
        let docs = corpus.docs(lang);
        let n = docs.len();
        let mut builds = Vec::new();
        let mut index = None;
        for _ in 0..20 {
            let t = Instant::now();
            index = Some(Index::build(docs.clone()));
            builds.push(t.elapsed());
        }
        let index = index.expect("built");
        // The alternative: an index prebuilt at build time, loaded as JSON.
        let prebuilt = serde_json::to_string(&index).unwrap_or_default();
        let mut loads = Vec::new();
        for _ in 0..20 {
            let t = Instant::now();
            let loaded: Index = serde_json::from_str(&prebuilt).expect("loads");
            loads.push(t.elapsed());
            std::hint::black_box(loaded.len());
        }
        let mut times = Vec::new();
        let mut found = 0;
        for _ in 0..200 {
            for q in queries {
                let t = Instant::now();
                let hits = index.search(q, 20);
                times.push(t.elapsed());
                found += hits.len();
            }
        }
        let l = lang.code();
        row(
            &format!("index build at load, {l} ({n} docs)"),
            median_p95(builds),
        );
        row(
            &format!(
                "prebuilt index load, {l} ({} kB JSON)",
                prebuilt.len() / 1000
            ),
            median_p95(loads),
        );
        row(
            &format!("query ({} typical), {l}", queries.len()),
            median_p95(times),
        );
        std::hint::black_box(found);
    }
}
