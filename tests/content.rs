//! Validates every bundled content file with the same types the app loads
//! them with, plus the cross-file rules in `core::validate`. A bad bundled
//! file fails CI here, naming the file and the place.
#![cfg(not(target_arch = "wasm32"))] // native: reads the repository's files

use asean_kiosk::core::content::{
    AnthemFile, Article, ArticleIndex, AseanFile, ContentFormat, GlossaryFile, MapFile,
    MemberNames, MembersFile, SourcesFile, TimelineFile, TopicsFile, MEMBER_CODES,
};
use asean_kiosk::core::lang::Lang;
use asean_kiosk::core::validate::{validate, Bundle};

mod common;
use common::{json_files, load, read};

fn bundle() -> Bundle {
    let articles = json_files("content/articles", &|n| n == "index.json")
        .into_iter()
        .map(|rel| {
            let article = load::<Article>(&rel);
            (rel, article)
        })
        .collect();
    Bundle {
        sources: load::<SourcesFile>("content/sources.json"),
        topics: load::<TopicsFile>("content/topics.json"),
        members: load::<MembersFile>("content/members.json"),
        asean: load::<AseanFile>("content/asean.json"),
        timeline: load::<TimelineFile>("content/timeline.json"),
        glossary: load::<GlossaryFile>("content/glossary.json"),
        anthem: load::<AnthemFile>("content/anthem.json"),
        map: load::<MapFile>("content/map.json"),
        article_index: load::<ArticleIndex>("content/articles/index.json"),
        articles,
    }
}

#[test]
fn bundled_content_is_valid() {
    common::assert_no_problems(&validate(&bundle(), &read));
}

#[test]
fn exactly_the_eleven_members_with_timor_leste() {
    let b = bundle();
    let codes: Vec<&str> = b.members.members.iter().map(|m| m.code.as_str()).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    let mut expected = MEMBER_CODES.to_vec();
    expected.sort();
    assert_eq!(sorted, expected);
    let tl = b.members.get("tl").expect("Timor-Leste");
    assert_eq!(tl.joined.to_string(), "2025-10-26");
    assert_eq!(
        b.members.get("vn").map(|m| m.joined.to_string()),
        Some("1995-07-28".into())
    );
}

/// Facts the reference sheet marks as verified, checked against the files.
#[test]
fn key_facts_agree_with_the_reference_sheet() {
    let b = bundle();
    let capital =
        |code: &str, lang: Lang| b.members.get(code).map(|m| m.capital.get(lang).to_string());
    assert_eq!(capital("vn", Lang::Vi).as_deref(), Some("Hà Nội"));
    assert_eq!(capital("la", Lang::Vi).as_deref(), Some("Viêng Chăn"));
    assert_eq!(capital("kh", Lang::En).as_deref(), Some("Phnom Penh"));
    assert_eq!(capital("tl", Lang::En).as_deref(), Some("Dili"));
    assert_eq!(b.asean.founding.date.to_string(), "1967-08-08");
    assert_eq!(b.asean.founding.founders.len(), 5);
    assert_eq!(b.asean.charter.signed.to_string(), "2007-11-20");
    assert_eq!(b.asean.charter.in_force.to_string(), "2008-12-15");
    assert_eq!(b.asean.community.established.to_string(), "2015-12-31");
    assert_eq!(b.asean.community.pillars.len(), 3);
    assert_eq!(b.asean.motto.en, "One Vision, One Identity, One Community");
    assert_eq!(b.asean.flag.ratio, "2:3");
    assert_eq!(b.asean.secretaries_general.len(), 15);
    let current: Vec<_> = b
        .asean
        .secretaries_general
        .iter()
        .filter(|s| s.to.is_none())
        .collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].member, "kh");
    let years: Vec<i32> = b.asean.chairs.iter().map(|c| c.year).collect();
    assert_eq!(years, (2015..=2026).collect::<Vec<_>>());
    let chair = |y: i32| {
        b.asean
            .chairs
            .iter()
            .find(|c| c.year == y)
            .map(|c| c.member.as_str())
    };
    assert_eq!(chair(2020), Some("vn"));
    assert_eq!(chair(2025), Some("my"));
    assert_eq!(chair(2026), Some("ph"));
    // Official lyrics, line 4 verbatim (see the sheet's conflict note).
    assert_eq!(b.anthem.lines.len(), 10);
    assert_eq!(b.anthem.lines[3].en, "Look-in out to the world.");
    assert_eq!(b.anthem.selected.to_string(), "2008-11-20");
    assert_eq!(b.anthem.first_performed.to_string(), "2009-02-28");
    assert!(b.anthem.recording.is_none(), "no recording is shipped");
    // Cambodia is shown 2:3, not the package's 16:25.
    assert_eq!(
        b.members.get("kh").map(|m| m.flag.ratio.as_str()),
        Some("2:3")
    );
}

#[test]
fn counts_meet_the_brief() {
    let b = bundle();
    assert!(
        b.timeline.events.len() >= 40,
        "{} events",
        b.timeline.events.len()
    );
    let first = b.timeline.events.first().map(|e| e.date.year);
    let last = b.timeline.events.last().map(|e| e.date.year);
    assert_eq!(first, Some(1967));
    assert!(last >= Some(2025), "timeline ends {last:?}");
    assert!(b.articles.len() >= 40, "{} articles", b.articles.len());
    for (file, a) in &b.articles {
        let en = a.word_count(Lang::En);
        let vi = a.word_count(Lang::Vi);
        assert!((200..=600).contains(&en), "{file}: {en} English words");
        // Vietnamese words are counted by syllable, so the same text counts higher.
        assert!(
            (200..=900).contains(&vi),
            "{file}: {vi} Vietnamese syllables"
        );
        let minutes = (en as f64 / 200.0).round().max(1.0) as u32;
        assert!(
            a.reading_minutes.abs_diff(minutes) <= 1,
            "{file}: reading_minutes {} for {en} words",
            a.reading_minutes
        );
    }
}

/// The map draws every member, and the two too small to tap get a dot.
#[test]
fn map_has_every_member_and_dots_for_the_small_ones() {
    let b = bundle();
    for code in MEMBER_CODES {
        assert!(b.map.get(code).is_some(), "{code} missing from the map");
    }
    for code in ["sg", "bn"] {
        assert!(
            b.map.get(code).and_then(|m| m.dot).is_some(),
            "{code} needs a dot"
        );
    }
}

#[test]
fn member_names_read_the_same_names_as_the_full_members_file() {
    let full = load::<MembersFile>("content/members.json");
    let names = load::<MemberNames>("content/members.json");
    assert_eq!(names.members.len(), full.members.len());
    for m in &full.members {
        for lang in [Lang::Vi, Lang::En] {
            assert_eq!(names.name(&m.code, lang), m.name.get(lang));
        }
    }
    assert_eq!(names.name("xx", Lang::Vi), "XX", "unknown code shown as is");
}

/// Prints the figures quoted in closing notes (run with --nocapture).
#[test]
fn report_content_counts() {
    let b = bundle();
    let words = |lang| {
        b.articles
            .iter()
            .map(|(_, a)| a.word_count(lang))
            .sum::<usize>()
    };
    let facts: usize = b.members.members.iter().map(|m| m.facts.len()).sum();
    let places: usize = b.members.members.iter().map(|m| m.places.len()).sum();
    println!(
        "members {} (facts {facts}, places {places}); timeline events {}; glossary terms {}; articles {} \
         ({} words EN, {} syllables VI); sources {}; topics {}",
        b.members.members.len(),
        b.timeline.events.len(),
        b.glossary.terms.len(),
        b.articles.len(),
        words(Lang::En),
        words(Lang::Vi),
        b.sources.sources.len(),
        b.topics.topics.len()
    );
}

/// The validator is only worth its green if it turns red: break one rule at a
/// time and check each is reported at the right file.
#[test]
fn validator_catches_broken_content() {
    type Breaker = Box<dyn Fn(&mut Bundle)>;
    let cases: Vec<(&str, &str, Breaker)> = vec![
        (
            "wrong flag ratio",
            "content/members.json",
            Box::new(|b| b.members.members[1].flag.ratio = "16:25".into()),
        ),
        (
            "missing flag file",
            "content/members.json",
            Box::new(|b| b.members.members[0].flag.file = "flags/xx.svg".into()),
        ),
        (
            "a member short",
            "content/members.json",
            Box::new(|b| {
                b.members.members.pop();
            }),
        ),
        (
            "empty translation",
            "content/members.json",
            Box::new(|b| b.members.members[2].capital.en = " ".into()),
        ),
        (
            "unknown source",
            "content/timeline.json",
            Box::new(|b| b.timeline.events[0].sources = vec!["nope".into()]),
        ),
        (
            "no source",
            "content/timeline.json",
            Box::new(|b| b.timeline.events[0].sources.clear()),
        ),
        (
            "duplicate glossary term",
            "content/glossary.json",
            Box::new(|b| {
                let t = b.glossary.terms[0].clone();
                b.glossary.terms.push(t);
            }),
        ),
        (
            "glossary term with an unknown topic",
            "content/glossary.json",
            Box::new(|b| b.glossary.terms[0].topics = vec!["nope".into()]),
        ),
        (
            "an article named like a Corner page",
            "content/articles/search.json",
            Box::new(|b| {
                let (_, mut a) = b.articles[0].clone();
                a.id = "search".into();
                b.articles.push(("content/articles/search.json".into(), a));
            }),
        ),
        (
            "duplicate event id",
            "content/timeline.json",
            Box::new(|b| {
                let e = b.timeline.events[0].clone();
                b.timeline.events.insert(1, e);
            }),
        ),
        (
            "unknown topic",
            "content/articles/asean-at-a-glance.json",
            Box::new(|b| {
                if let Some((_, a)) = b
                    .articles
                    .iter_mut()
                    .find(|(_, a)| a.id == "asean-at-a-glance")
                {
                    a.topics.push("nope".into());
                }
            }),
        ),
        (
            "index out of step",
            "content/articles/index.json",
            Box::new(|b| b.article_index.articles[0].reading_minutes += 5),
        ),
        (
            "unknown member",
            "content/asean.json",
            Box::new(|b| b.asean.chairs[0].member = "xx".into()),
        ),
        (
            "accession date disagrees",
            "content/asean.json",
            Box::new(|b| {
                if let Some(a) = b.asean.accessions.iter_mut().find(|a| a.member == "vn") {
                    a.date.year = 1993;
                }
            }),
        ),
        (
            "map member missing",
            "content/map.json",
            Box::new(|b| {
                b.map.members.pop();
            }),
        ),
        (
            "map path with a curve",
            "content/map.json",
            Box::new(|b| b.map.members[3].d = "M1 1c1 1 2 2 3 3z".into()),
        ),
        (
            "map path not starting with M",
            "content/map.json",
            Box::new(|b| b.map.members[0].d = "l1 1z".into()),
        ),
        (
            "map label off the frame",
            "content/map.json",
            Box::new(|b| b.map.members[2].label = [5000, 10]),
        ),
        (
            "map dot too big",
            "content/map.json",
            Box::new(|b| b.map.members[0].dot = Some([10, 10, 99])),
        ),
    ];
    for (what, file, break_it) in cases {
        let mut b = bundle();
        break_it(&mut b);
        let problems = validate(&b, &read);
        assert!(
            problems.iter().any(|p| p.file == file),
            "{what}: expected a problem in {file}, got {problems:?}"
        );
    }
}

/// `content/articles/index.json` must list every article as the article says
/// it; with `UPDATE_INDEX=1` (`make indexes`) this test rewrites it, keeping
/// the existing order and adding new articles at the end.
#[test]
fn article_index_is_up_to_date() {
    use asean_kiosk::core::content::ArticleIndex;
    let b = bundle();
    let existing: Vec<String> = b
        .article_index
        .articles
        .iter()
        .map(|m| m.id.clone())
        .collect();
    let fresh = ArticleIndex {
        format: ArticleIndex::FORMAT.into(),
        version: ArticleIndex::VERSION,
        articles: common::index_order(&existing, &b.articles, |a| &a.id)
            .into_iter()
            .map(|a| a.meta())
            .collect(),
    };
    if std::env::var_os("UPDATE_INDEX").is_some() {
        let text = serde_json::to_string_pretty(&fresh).expect("serialize") + "\n";
        std::fs::write(common::path("content/articles/index.json"), text).expect("write");
        return;
    }
    assert!(
        b.article_index == fresh,
        "content/articles/index.json is out of date: run `make indexes`"
    );
}
