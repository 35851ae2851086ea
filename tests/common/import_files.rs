//! Large teachers' files for the import benchmarks (`benches/import.rs`
//! natively, `tests/import_web.rs` in headless Chromium): each just under the
//! 5 MB limit, realistic ones and malformed ones, so the numbers show the
//! worst a teacher's file can cost the page. Plain `std`, no file access:
//! the wasm benchmark builds the same files.
#![allow(dead_code)]

/// Just under `core::import::MAX_BYTES`.
pub const SIZE: usize = 5 * 1024 * 1024 - 4096;

/// Repeats `unit(i)` until the text would pass [`SIZE`].
fn fill(head: &str, unit: impl Fn(usize) -> String) -> String {
    let mut s = String::from(head);
    for i in 0.. {
        let u = unit(i);
        if s.len() + u.len() > SIZE {
            break;
        }
        s.push_str(&u);
    }
    s
}

/// `(file name, what it is, bytes)` for every benchmarked file.
pub fn files() -> Vec<(&'static str, &'static str, String)> {
    vec![
        (
            "kahoot.csv",
            "Kahoot sheet, 5 MB of rows",
            fill(
                "Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,\
                 Answer 3 - max 75 characters,Answer 4 - max 75 characters,Time limit (sec),Correct answer(s)\n",
                |i| format!("In which year was ASEAN founded? ({i}),1967,1975,1995,1999,20,1\n"),
            ),
        ),
        (
            "quizizz.csv",
            "Quizizz sheet, 5 MB, Vietnamese, quoted cells",
            fill(
                "Question Text,Question Type,Option 1,Option 2,Option 3,Option 4,Option 5,Correct Answer,Time in seconds,Image Link,Answer explanation\n",
                |i| format!("\"Thủ đô của Việt Nam là thành phố nào? ({i})\",Multiple Choice,Hà Nội,Huế,\"Đà Nẵng, miền Trung\",Cần Thơ,,1,30,,\"Hà Nội là thủ đô.\"\n"),
            ),
        ),
        (
            "asean.gift",
            "GIFT, 5 MB of questions",
            fill("$CATEGORY: $course$/ASEAN\n\n", |i| {
                format!("::q{i}::In which year was ASEAN founded? {{=1967 ~1976 ~1995 #Right.}}\n\n")
            }),
        ),
        (
            "asean.txt",
            "Aiken, 5 MB of questions",
            fill("", |i| {
                format!("Which city is Viet Nam's capital? ({i})\nA. Hanoi\nB. Hue\nC. Da Nang\nANSWER: A\n\n")
            }),
        ),
        ("pack.json", "our JSON pack, 5 MB of questions", json_pack()),
        (
            "braces.gift",
            "GIFT, 5 MB of unclosed `{`",
            "{\n".repeat(SIZE / 2),
        ),
        (
            "quotes.csv",
            "our CSV, 5 MB after an open quote",
            format!("type,question,option 1,option 2,correct\nsingle,\"{}", "a,".repeat(SIZE / 2 - 40)),
        ),
        (
            "bad-rows.csv",
            "our CSV, 5 MB of bad rows",
            fill("type,question,option 1,option 2,correct\n", |_| "single,Q,A,B,7\n".to_string()),
        ),
    ]
}

/// A pack in the app's JSON with as many questions as fit in [`SIZE`].
fn json_pack() -> String {
    let head = r#"{"format": "asean-kiosk/quiz-pack", "version": 1, "id": "my-big", "title": {"vi": "Gói lớn", "en": "A big pack"}, "description": {"vi": "", "en": ""}, "level": "secondary", "topics": [], "languages": ["vi", "en"], "questions": ["#;
    let mut s = fill(head, |i| {
        format!(
            r#"{}{{"id": "q-{i}", "prompt": {{"vi": "ASEAN được thành lập năm nào? ({i})", "en": "In which year was ASEAN founded? ({i})"}}, "answer": {{"type": "single", "options": [{{"vi": "1967", "en": "1967"}}, {{"vi": "1975", "en": "1975"}}, {{"vi": "1995", "en": "1995"}}], "correct": 0}}, "explanation": {{"vi": "", "en": ""}}, "difficulty": 1, "topics": [], "members": [], "source": ""}}"#,
            if i == 0 { "" } else { ", " }
        )
    });
    s.push_str("]}");
    s
}
