//! `make bench`, in the browser: the Corner's search over the whole bundled
//! corpus, timed in headless Chromium (release build) — parsing the files,
//! building the index, and the median/p95 of typical queries. The page's
//! timer is coarse (0.1 ms in Chromium), so each sample times a batch of
//! runs and divides.
#![cfg(target_arch = "wasm32")]

use asean_kiosk::core::corpus::Corpus;
use asean_kiosk::core::search::Index;
use wasm_bindgen_test::*;

#[path = "common/queries.rs"]
mod queries;

include!(concat!(env!("OUT_DIR"), "/search_corpus.rs"));

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

/// Median and p95 in ms of `samples` batches of `batch` runs of `f`.
fn time(samples: usize, batch: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut v: Vec<f64> = (0..samples)
        .map(|_| {
            let t = now();
            for _ in 0..batch {
                f();
            }
            (now() - t) / batch as f64
        })
        .collect();
    v.sort_by(f64::total_cmp);
    (v[v.len() / 2], v[(v.len() - 1) * 95 / 100])
}

fn row(what: &str, (m, p): (f64, f64)) {
    console_log!("{what:<48} {m:>9.3} ms {p:>9.3} ms");
}

#[wasm_bindgen_test]
fn search_benchmark_in_the_browser() {
    let bytes: usize = SEARCH_FILES.iter().map(|(_, t)| t.len()).sum();
    console_log!(
        "{:<48} {:>12} {:>12}",
        "search (wasm, Chromium)",
        "median",
        "p95"
    );
    let mut corpus = Corpus::default();
    let parse = time(10, 1, || {
        let (c, errors) = Corpus::from_texts(SEARCH_FILES.iter().copied());
        assert!(errors.is_empty(), "{errors:?}");
        corpus = c;
    });
    row(
        &format!("parse {} files ({} kB)", SEARCH_FILES.len(), bytes / 1000),
        parse,
    );
    for (lang, qs) in queries::QUERIES {
        let docs = corpus.docs(lang);
        let n = docs.len();
        let mut index = Index::build(Vec::new());
        let build = time(10, 1, || index = Index::build(docs.clone()));
        let l = lang.code();
        row(&format!("index build at load, {l} ({n} docs)"), build);
        let mut found = 0;
        let mut per_query = Vec::new();
        for q in qs {
            per_query.push(time(20, 20, || found += index.search(q, 20).len()));
        }
        // Median over the queries' medians; p95 over their p95s.
        let mut meds: Vec<f64> = per_query.iter().map(|x| x.0).collect();
        let mut p95s: Vec<f64> = per_query.iter().map(|x| x.1).collect();
        meds.sort_by(f64::total_cmp);
        p95s.sort_by(f64::total_cmp);
        row(
            &format!("query ({} typical), {l}", qs.len()),
            (meds[meds.len() / 2], p95s[p95s.len() - 1]),
        );
        assert!(found > 0, "the queries find something");
    }
}
