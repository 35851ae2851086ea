//! The Corner's search over the real bundled corpus (what `/corner/search`
//! builds in the browser): accents optional, every article and glossary term
//! findable by its own title, members findable by their anthem's title in
//! its own script (Thai, Khmer, Lao, Burmese… — unsegmented runs), in both
//! languages.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use asean_kiosk::core::corpus::Corpus;
use asean_kiosk::core::lang::Lang;
use asean_kiosk::core::search::Index;

fn corpus() -> Corpus {
    let texts = common::search_texts();
    let (c, errors) = Corpus::from_texts(texts.iter().map(|(n, t)| (n.as_str(), t.as_str())));
    assert!(errors.is_empty(), "{errors:?}");
    c
}

fn top(index: &Index, q: &str, n: usize) -> Vec<String> {
    index.search(q, n).into_iter().map(|h| h.id).collect()
}

#[test]
fn accents_are_optional_on_the_real_corpus() {
    let c = corpus();
    let vi = Index::build(c.docs(Lang::Vi));
    let hits = vi.search("ha noi", 5);
    assert!(
        hits.first().is_some_and(|h| h.title.contains("Hà Nội")),
        "{:?}",
        hits.iter().map(|h| &h.title).collect::<Vec<_>>()
    );
    assert!(
        vi.search("hue", 3).iter().any(|h| h.title.contains("Huế")),
        "hue finds Huế"
    );
    let sea = vi.search("dong nam a", 3);
    assert!(
        !sea.is_empty() && sea[0].snippet.text.contains("Đông Nam Á")
            || sea[0].title.contains("Đông Nam Á")
    );
    // đ and d are the same letter to the search.
    assert_eq!(top(&vi, "dong nam a", 10), top(&vi, "đông nam á", 10));
    let en = Index::build(c.docs(Lang::En));
    assert!(en
        .search("hanoi", 3)
        .iter()
        .any(|h| h.title.contains("Hanoi")));
}

#[test]
fn every_article_and_term_is_found_by_its_title_in_both_languages() {
    let c = corpus();
    for lang in [Lang::Vi, Lang::En] {
        let index = Index::build(c.docs(lang));
        for a in &c.articles {
            let id = format!("article:{}", a.id);
            let found = top(&index, a.title.get(lang), 3);
            assert!(
                found.contains(&id),
                "{lang:?} {}: {found:?}",
                a.title.get(lang)
            );
        }
        for t in &c.terms {
            let id = format!("term:{}", t.id);
            let found = top(&index, t.term.get(lang), 5);
            assert!(
                found.contains(&id),
                "{lang:?} {}: {found:?}",
                t.term.get(lang)
            );
        }
    }
}

#[test]
fn members_are_found_by_their_anthem_in_its_own_script() {
    let c = corpus();
    let index = Index::build(c.docs(Lang::Vi));
    let mut scripts = 0;
    for m in &c.members {
        let q = &m.anthem.title_native;
        if !q.is_ascii() {
            scripts += 1;
        }
        let found = top(&index, q, 20);
        assert!(
            found.contains(&format!("member:{}", m.code)),
            "{}: {q} → {found:?}",
            m.code
        );
        // A half-typed run of that script never panics.
        let half: String = q.chars().take(q.chars().count() / 2).collect();
        let _ = index.search(&half, 20);
    }
    assert!(scripts >= 4, "Thai, Khmer, Lao, Burmese… titles present");
}
