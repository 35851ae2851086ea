//! Validates the bundled quiz packs with the engine's types, checks the JSON
//! Schema for teachers' tools agrees with those types, and prints the counts
//! table (pack × type × difficulty × language).
#![cfg(not(target_arch = "wasm32"))] // native: reads the repository's files

use asean_kiosk::core::content::{ContentFormat, SourcesFile, TopicsFile};
use asean_kiosk::core::lang::{Lang, Text};
use asean_kiosk::core::load::parse;
use asean_kiosk::core::quiz::pack::Answer;
use asean_kiosk::core::quiz::validate::{validate_packs, Refs, INDEX_FILE};
use asean_kiosk::core::quiz::{Pack, PackIndex};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashSet};

mod common;
use common::{load, packs, read};

fn problems(index: &PackIndex, packs: &[(String, Pack)]) -> Vec<String> {
    let sources = load::<SourcesFile>("content/sources.json");
    let topics = load::<TopicsFile>("content/topics.json");
    let refs = Refs {
        source_ids: sources.sources.iter().map(|s| s.id.as_str()).collect(),
        topic_ids: topics.topics.iter().map(|t| t.id.as_str()).collect(),
        read: &read,
    };
    validate_packs(index, packs, &refs)
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn bundled_packs_are_valid() {
    let index = load::<PackIndex>(INDEX_FILE);
    let packs = packs();
    common::assert_no_problems(&problems(&index, &packs));
}

#[test]
fn at_least_600_questions_of_every_type_but_audio() {
    let packs = packs();
    let total: usize = packs.iter().map(|(_, p)| p.questions.len()).sum();
    assert!(total >= 600, "{total} questions");
    let types: HashSet<&str> = packs
        .iter()
        .flat_map(|(_, p)| p.questions.iter().map(|q| q.answer.type_name()))
        .collect();
    for t in Answer::TYPES {
        if t == "audio" {
            // No recording is bundled, so no default pack may ask to listen.
            assert!(!types.contains(t), "an audio question needs a recording");
        } else {
            assert!(types.contains(t), "no `{t}` question in any pack");
        }
    }
    let single = packs
        .iter()
        .flat_map(|(_, p)| &p.questions)
        .filter(|q| q.answer.type_name() == "single")
        .count();
    assert!(
        single * 2 > total,
        "single choice should be the majority ({single}/{total})"
    );
}

#[test]
fn the_packs_the_brief_asks_for_exist() {
    let ids: HashSet<String> = packs().into_iter().map(|(_, p)| p.id).collect();
    let mut wanted = vec![
        "asean-basics",
        "history-and-milestones",
        "political-security-community",
        "economic-community",
        "socio-cultural-community",
        "flags",
        "anthem-and-symbols",
        "vietnam-in-asean",
        "hue-and-asean-cities",
        "culture-heritage-tourism",
        "chairs-and-themes",
    ];
    let members = [
        "brunei",
        "cambodia",
        "indonesia",
        "laos",
        "malaysia",
        "myanmar",
        "philippines",
        "singapore",
        "thailand",
        "timor-leste",
        "viet-nam",
    ];
    let member_ids: Vec<String> = members.iter().map(|m| format!("member-{m}")).collect();
    wanted.extend(member_ids.iter().map(String::as_str));
    for id in wanted {
        assert!(ids.contains(id), "missing pack `{id}`");
    }
}

/// The validator must turn red on broken packs, at the right place: each
/// rule broken once, for questions and for obstacle puzzles.
#[test]
fn validator_catches_broken_questions() {
    let index = load::<PackIndex>(INDEX_FILE);
    let original = packs();
    type Breaker = Box<dyn Fn(&mut Pack)>;
    let cases: Vec<(&str, &str, Breaker)> = vec![
        (
            "answer out of range",
            "answer.correct",
            Box::new(|p| {
                if let Some(q) = p
                    .questions
                    .iter_mut()
                    .find(|q| matches!(q.answer, Answer::Single { .. }))
                {
                    if let Answer::Single { correct, options } = &mut q.answer {
                        *correct = options.len();
                    }
                }
            }),
        ),
        (
            "duplicate option",
            "options",
            Box::new(|p| {
                if let Some(q) = p
                    .questions
                    .iter_mut()
                    .find(|q| matches!(q.answer, Answer::Single { .. }))
                {
                    if let Answer::Single { options, .. } = &mut q.answer {
                        options[1] = options[0].clone();
                    }
                }
            }),
        ),
        (
            "empty translation",
            "prompt",
            Box::new(|p| p.questions[0].prompt.en.clear()),
        ),
        (
            "unknown source",
            "source",
            Box::new(|p| p.questions[0].source = "nope".into()),
        ),
        (
            "difficulty 4",
            "difficulty",
            Box::new(|p| p.questions[0].difficulty = 4),
        ),
        (
            "duplicate id",
            "id",
            Box::new(|p| {
                let id = p.questions[0].id.clone();
                p.questions[1].id = id;
            }),
        ),
        (
            "count out of step",
            "packs[id=",
            Box::new(|p| {
                p.questions.pop();
            }),
        ),
    ];
    for (what, path_part, break_it) in cases {
        let mut packs = original.clone();
        break_it(&mut packs[0].1);
        let list = problems(&index, &packs);
        assert!(
            list.iter().any(|p| p.contains(path_part)),
            "{what}: expected a problem at `{path_part}`, got {list:#?}"
        );
    }

    // Obstacle puzzles: each rule broken once, in the first pack that has one.
    let at = original
        .iter()
        .position(|(_, p)| !p.obstacles.is_empty())
        .expect("a bundled pack has an obstacle puzzle");
    // A question id of another pack listed before it, so the clash is
    // reported at the obstacle.
    let elsewhere = original[..at]
        .iter()
        .find_map(|(_, p)| p.questions.first())
        .map(|q| q.id.clone())
        .expect("a pack before the first obstacle puzzle");
    let text = |s: &str| Text {
        vi: s.into(),
        en: s.into(),
    };
    let cases: Vec<(&str, &str, Breaker)> = vec![
        (
            "four clues",
            "`obstacles[0].clues`: 4 clues",
            Box::new(|p| {
                p.obstacles[0].clues.pop();
            }),
        ),
        (
            "six clues",
            "`obstacles[0].clues`: 6 clues",
            Box::new(|p| {
                let extra = p.obstacles[0].clues[0].clone();
                p.obstacles[0].clues.push(extra);
            }),
        ),
        (
            "empty keyword",
            "`obstacles[0].keyword`: empty en",
            Box::new(|p| p.obstacles[0].keyword.en.clear()),
        ),
        (
            "empty clue prompt",
            "`obstacles[0].clues[1].prompt`: empty vi",
            Box::new(|p| p.obstacles[0].clues[1].prompt.vi = "  ".into()),
        ),
        (
            "empty clue answer",
            "`obstacles[0].clues[2].answer`: empty en",
            Box::new(|p| p.obstacles[0].clues[2].answer.en.clear()),
        ),
        (
            "answer of four words",
            "`obstacles[0].clues[3].answer`: vi answer too long",
            Box::new(move |p| p.obstacles[0].clues[3].answer = text("Một hai ba bốn")),
        ),
        (
            "answer of 25 characters",
            "`obstacles[0].clues[4].answer`: en answer too long",
            Box::new(move |p| p.obstacles[0].clues[4].answer = text("Abcdefghijklmnopqrstuvwxy")),
        ),
        (
            "web picture",
            "`obstacles[0].picture.src`",
            Box::new(|p| p.obstacles[0].picture.src = "https://example.com/asean.svg".into()),
        ),
        (
            "data: picture",
            "`obstacles[0].picture.src`",
            Box::new(|p| p.obstacles[0].picture.src = "data:image/svg+xml;base64,PHN2Zy8+".into()),
        ),
        (
            "missing picture file",
            "`obstacles[0].picture.src`",
            Box::new(|p| p.obstacles[0].picture.src = "flags/xx.svg".into()),
        ),
        (
            "empty alt text",
            "`obstacles[0].picture.alt`: empty vi",
            Box::new(|p| p.obstacles[0].picture.alt.vi.clear()),
        ),
        (
            "unknown source",
            "`obstacles[0].source`: unknown source id",
            Box::new(|p| p.obstacles[0].source = "nope".into()),
        ),
        (
            "empty id",
            "`obstacles[0].id`: empty id",
            Box::new(|p| p.obstacles[0].id.clear()),
        ),
        (
            "id of a question of the same pack",
            "`obstacles[0].id`: duplicate id",
            Box::new(|p| p.obstacles[0].id = p.questions[0].id.clone()),
        ),
        (
            "two obstacles with one id",
            "`obstacles[1].id`: duplicate id",
            Box::new(|p| {
                let twin = p.obstacles[0].clone();
                p.obstacles.push(twin);
            }),
        ),
        (
            "id of a question of another pack",
            "`obstacles[0].id`: id",
            Box::new(move |p| p.obstacles[0].id = elsewhere.clone()),
        ),
    ];
    for (what, path_part, break_it) in cases {
        let mut packs = original.clone();
        break_it(&mut packs[at].1);
        let list = problems(&index, &packs);
        assert!(
            list.iter().any(|p| p.contains(path_part)),
            "{what}: expected a problem at `{path_part}`, got {list:#?}"
        );
    }
}

// ------------------------------------------------------------- schema ---

fn schema(name: &str) -> jsonschema::Validator {
    let text = read(&format!("quizzes/{name}")).unwrap_or_else(|| panic!("quizzes/{name}"));
    let value: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&value).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn bundled_files_satisfy_the_schemas() {
    let pack_schema = schema("schema.json");
    for (file, _) in packs() {
        let value: Value = serde_json::from_str(&read(&file).unwrap_or_default()).expect("json");
        let errors: Vec<String> = pack_schema
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .take(5)
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
    }
    let index: Value = serde_json::from_str(&read(INDEX_FILE).unwrap_or_default()).expect("json");
    let errors: Vec<String> = schema("index.schema.json")
        .iter_errors(&index)
        .map(|e| e.to_string())
        .take(5)
        .collect();
    assert!(errors.is_empty(), "index: {errors:#?}");
}

/// One pack with a question of every type and an obstacle puzzle, written as
/// the serde types write it.
fn every_type_pack() -> Value {
    let t = |s: &str| json!({"vi": s, "en": s});
    let q = |id: &str, answer: Value| {
        json!({"id": id, "prompt": t("Câu hỏi"), "answer": answer, "explanation": t("Giải thích"),
               "difficulty": 2, "topics": ["history"], "members": ["vn"], "source": "about_asean"})
    };
    let flag = |c: &str| json!({"src": format!("flags/{c}.svg"), "alt": t(c)});
    let clue = |a: &str| json!({"prompt": t("Gợi ý"), "answer": t(a)});
    json!({
        "format": "asean-kiosk/quiz-pack", "version": 1, "id": "every-type",
        "title": t("Mọi loại"), "description": t("Mỗi loại một câu"), "level": "adult",
        "topics": ["history"], "languages": ["vi", "en"],
        "questions": [
            q("t-1", json!({"type": "single", "options": [t("a"), t("b")], "correct": 1})),
            q("t-2", json!({"type": "multiple", "options": [t("a"), t("b"), t("c")], "correct": [0, 2]})),
            q("t-3", json!({"type": "true_false", "correct": true})),
            q("t-4", json!({"type": "typed", "accepted": {"vi": ["Hà Nội"], "en": ["Hanoi"]}, "fold_diacritics": true})),
            q("t-5", json!({"type": "ordering", "items": [t("1"), t("2"), t("3")]})),
            q("t-6", json!({"type": "matching", "pairs": [{"left": t("a"), "right": t("1")}, {"left": t("b"), "right": t("2")}, {"left": t("c"), "right": t("3")}]})),
            q("t-7", json!({"type": "image", "options": [flag("vn"), flag("la")], "correct": 0})),
            q("t-8", json!({"type": "map", "correct": "la"})),
            q("t-9", json!({"type": "numeric", "value": 1967.0, "tolerance": 0.0, "unit": t("năm")})),
            q("t-10", json!({"type": "audio", "clip": "audio/x.ogg", "options": [t("a"), t("b")], "correct": 0})),
        ],
        "obstacles": [{
            "id": "t-obstacle-1", "keyword": t("Từ khóa"), "picture": flag("asean"),
            "clues": [clue("1"), clue("2"), clue("3"), clue("4"), clue("5")],
            "source": "about_asean"
        }]
    })
}

fn serde_accepts(v: &Value) -> bool {
    parse::<Pack>("x.json", &v.to_string()).is_ok()
}

#[test]
fn schema_and_types_agree() {
    let pack_schema = schema("schema.json");
    let good = every_type_pack();
    assert!(
        serde_accepts(&good),
        "serde must accept the every-type pack"
    );
    let errors: Vec<String> = pack_schema
        .iter_errors(&good)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "schema rejects what serde accepts: {errors:#?}"
    );

    // Round trip: what the types write, the schema accepts.
    let pack: Pack = parse("x.json", &good.to_string()).expect("parse");
    let written = serde_json::to_value(&pack).expect("serialize");
    assert!(
        pack_schema.is_valid(&written),
        "schema rejects what serde writes"
    );

    // Optional fields may be left out by both.
    let mut minimal = good.clone();
    minimal["questions"][3]["answer"]
        .as_object_mut()
        .map(|a| a.remove("fold_diacritics"));
    minimal["questions"][8]["answer"].as_object_mut().map(|a| {
        a.remove("tolerance");
        a.remove("unit")
    });
    minimal.as_object_mut().map(|p| p.remove("obstacles"));
    assert!(
        serde_accepts(&minimal) && pack_schema.is_valid(&minimal),
        "optional fields"
    );

    // Both reject the same mistakes.
    type Breaker = Box<dyn Fn(&mut Value)>;
    let breakers: Vec<(&str, Breaker)> = vec![
        (
            "missing source",
            Box::new(|v| {
                v["questions"][0]
                    .as_object_mut()
                    .map(|q| q.remove("source"));
            }),
        ),
        (
            "unknown field",
            Box::new(|v| v["questions"][0]["hint"] = json!("x")),
        ),
        (
            "unknown type",
            Box::new(|v| v["questions"][0]["answer"]["type"] = json!("essay")),
        ),
        (
            "extra field in an answer",
            Box::new(|v| v["questions"][2]["answer"]["options"] = json!([])),
        ),
        (
            "text missing a language",
            Box::new(|v| v["title"] = json!({"vi": "x"})),
        ),
        ("wrong level", Box::new(|v| v["level"] = json!("expert"))),
        (
            "wrong format",
            Box::new(|v| v["format"] = json!("asean-kiosk/members")),
        ),
        (
            "string for a number",
            Box::new(|v| v["questions"][0]["answer"]["correct"] = json!("1")),
        ),
        (
            "negative index",
            Box::new(|v| v["questions"][0]["answer"]["correct"] = json!(-1)),
        ),
        (
            "unknown field in a clue",
            Box::new(|v| v["obstacles"][0]["clues"][2]["hint"] = json!("x")),
        ),
        (
            "obstacle without a keyword",
            Box::new(|v| {
                v["obstacles"][0]
                    .as_object_mut()
                    .map(|o| o.remove("keyword"));
            }),
        ),
        (
            "clue without an answer",
            Box::new(|v| {
                v["obstacles"][0]["clues"][4]
                    .as_object_mut()
                    .map(|c| c.remove("answer"));
            }),
        ),
        (
            "unknown field in an obstacle",
            Box::new(|v| v["obstacles"][0]["points"] = json!(80)),
        ),
        (
            "clues not a list",
            Box::new(|v| v["obstacles"][0]["clues"] = json!({"prompt": "x"})),
        ),
    ];
    for (what, break_it) in breakers {
        let mut bad = good.clone();
        break_it(&mut bad);
        assert!(!serde_accepts(&bad), "{what}: serde should reject");
        assert!(
            !pack_schema.is_valid(&bad),
            "{what}: the schema should reject"
        );
    }

    // Rules of validate.rs that the schema checks too (the types accept these).
    let validator_rules: Vec<(&str, Breaker)> = vec![
        (
            "four clues",
            Box::new(|v| {
                v["obstacles"][0]["clues"].as_array_mut().map(|c| c.pop());
            }),
        ),
        (
            "a data: picture",
            Box::new(|v| v["obstacles"][0]["picture"]["src"] = json!("data:image/svg+xml,<svg/>")),
        ),
        (
            "a web picture",
            Box::new(|v| v["obstacles"][0]["picture"]["src"] = json!("https://example.com/a.svg")),
        ),
        (
            "an empty source",
            Box::new(|v| v["obstacles"][0]["source"] = json!("")),
        ),
    ];
    for (what, break_it) in validator_rules {
        let mut bad = good.clone();
        break_it(&mut bad);
        assert!(serde_accepts(&bad), "{what}: the types accept it");
        assert!(
            !pack_schema.is_valid(&bad),
            "{what}: the schema should reject"
        );
    }
}

/// The counts table for closing notes: `cargo test --test quizzes -- --nocapture report`.
#[test]
fn report_counts_by_pack_type_difficulty_and_language() {
    let packs = packs();
    let mut types: Vec<&str> = Answer::TYPES.to_vec();
    types.retain(|t| *t != "audio");
    print!("{:<30}", "pack");
    for t in &types {
        print!(
            "{:>8}",
            t.replace("true_false", "t/f")
                .replace("multiple", "multi")
                .replace("ordering", "order")
                .replace("matching", "match")
                .replace("numeric", "num")
        );
    }
    println!(
        "{:>6}{:>6}{:>6}{:>7}{:>7}{:>7}",
        "d1", "d2", "d3", "total", "vi", "en"
    );
    let mut grand: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, p) in &packs {
        print!("{:<30}", p.id);
        for t in &types {
            let n = p
                .questions
                .iter()
                .filter(|q| q.answer.type_name() == *t)
                .count();
            *grand.entry(t).or_default() += n;
            print!("{n:>8}");
        }
        let d = |k: u8| p.questions.iter().filter(|q| q.difficulty == k).count();
        let lang = |l: Lang| {
            if p.languages.contains(&l) {
                p.questions.len()
            } else {
                0
            }
        };
        println!(
            "{:>6}{:>6}{:>6}{:>7}{:>7}{:>7}",
            d(1),
            d(2),
            d(3),
            p.questions.len(),
            lang(Lang::Vi),
            lang(Lang::En)
        );
    }
    print!("{:<30}", "TOTAL");
    for t in &types {
        print!("{:>8}", grand.get(t).copied().unwrap_or(0));
    }
    let all: Vec<_> = packs.iter().flat_map(|(_, p)| &p.questions).collect();
    let d = |k: u8| all.iter().filter(|q| q.difficulty == k).count();
    println!("{:>6}{:>6}{:>6}{:>7}", d(1), d(2), d(3), all.len());
}

/// `quizzes/index.json` must list every pack as the pack says it; with
/// `UPDATE_INDEX=1` (`make indexes`) this test rewrites it instead, keeping
/// the existing order and adding new packs at the end.
#[test]
fn index_is_up_to_date() {
    let packs = packs();
    let current = read(INDEX_FILE).and_then(|t| parse::<PackIndex>(INDEX_FILE, &t).ok());
    let existing: Vec<String> = current
        .as_ref()
        .map(|i| i.packs.iter().map(|m| m.id.clone()).collect())
        .unwrap_or_default();
    let metas = common::index_order(&existing, &packs, |p| &p.id)
        .into_iter()
        .map(|p| p.meta())
        .collect();
    let fresh = PackIndex {
        format: PackIndex::FORMAT.into(),
        version: PackIndex::VERSION,
        packs: metas,
    };
    if std::env::var_os("UPDATE_INDEX").is_some() {
        let text = serde_json::to_string_pretty(&fresh).expect("serialize") + "\n";
        std::fs::write(common::path(INDEX_FILE), text).expect("write index");
        return;
    }
    assert!(
        current.as_ref() == Some(&fresh),
        "{INDEX_FILE} is out of date: run `make indexes`"
    );
}
