//! `make bench`: search over the whole Corner corpus (41 articles, 11
//! members, 60 timeline events), natively: index build and query time for
//! typical as-you-type queries, in Vietnamese and English.
//! Targets (issue: ASEAN Corner): median query ≤ 1 ms, build ≤ 50 ms.

#[path = "../tests/common/mod.rs"]
mod common;

use asean_kiosk::core::content::{Article, MembersFile, TimelineFile};
use asean_kiosk::core::lang::Lang;
use asean_kiosk::core::search::{Doc, Index};
use std::time::{Duration, Instant};

fn corpus(lang: Lang) -> Vec<Doc> {
    let mut docs = Vec::new();
    for rel in common::json_files("content/articles", &|n| n == "index.json") {
        let a = common::load::<Article>(&rel);
        let mut body = a.summary.get(lang).to_string();
        for t in a.body_texts(lang) {
            body.push(' ');
            body.push_str(t);
        }
        docs.push(Doc {
            id: format!("article:{}", a.id),
            title: a.title.get(lang).into(),
            body,
        });
    }
    for m in common::load::<MembersFile>("content/members.json").members {
        let mut body = format!("{} {}", m.official_name.get(lang), m.capital.get(lang));
        for f in m.facts.iter().chain(m.places.iter().map(|p| &p.text)) {
            body.push(' ');
            body.push_str(f.get(lang));
        }
        docs.push(Doc {
            id: format!("member:{}", m.code),
            title: m.name.get(lang).into(),
            body,
        });
    }
    for e in common::load::<TimelineFile>("content/timeline.json").events {
        docs.push(Doc {
            id: format!("event:{}", e.id),
            title: e.title.get(lang).into(),
            body: e.text.get(lang).into(),
        });
    }
    docs
}

fn median_p95(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort_unstable();
    (v[v.len() / 2], v[(v.len() - 1) * 95 / 100])
}

fn main() {
    println!("{:<40} {:>12} {:>12}", "search", "median", "p95");
    for (lang, queries) in [
        (
            Lang::Vi,
            [
                "h",
                "ha n",
                "ha noi",
                "hue",
                "dong nam a",
                "thanh pho van hoa",
                "1967",
                "asean",
            ],
        ),
        (
            Lang::En,
            [
                "h",
                "ha n",
                "hanoi",
                "hue",
                "southeast asia",
                "city of culture",
                "1967",
                "asean",
            ],
        ),
    ] {
        let docs = corpus(lang);
        let n = docs.len();
        let mut builds = Vec::new();
        let mut index = None;
        for _ in 0..20 {
            let t = Instant::now();
            index = Some(Index::build(docs.clone()));
            builds.push(t.elapsed());
        }
        let index = index.expect("built");
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
        let (bm, bp) = median_p95(builds);
        let (qm, qp) = median_p95(times);
        println!(
            "{:<40} {bm:>12?} {bp:>12?}",
            format!("index build, {} ({n} docs)", lang.code())
        );
        println!(
            "{:<40} {qm:>12?} {qp:>12?}",
            format!("query (8 typical), {}", lang.code())
        );
        std::hint::black_box(found);
    }
}
