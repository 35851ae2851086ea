//! Teachers' own questions brought in from files: the app's JSON pack, CSV in
//! the Kahoot, Quizizz/Wayground, Blooket and our own layouts, Moodle GIFT and
//! Aiken. Every importer turns a file's bytes into a [`Preview`]: the
//! questions it can import (each with the line it came from and anything
//! changed on the way), and the ones it skips with the place and the reason.
//! Nothing is saved here; the app shows the preview and the teacher decides.
//!
//! Reasons are [`Reason`] values, not sentences, so the app words them in
//! the interface language from its locale files.
//!
//! ```
//! use asean_kiosk::core::import::{import, Options, Format};
//! use asean_kiosk::core::lang::Lang;
//! let aiken = "Which city is Viet Nam's capital?\nA. Hanoi\nB. Hue\nANSWER: A\n";
//! let p = import("capitals.txt", aiken.as_bytes(), &Options::new(Lang::En, "my-pack")).unwrap();
//! assert_eq!(p.format, Format::Aiken);
//! assert_eq!(p.questions.len(), 1);
//! assert!(p.skipped.is_empty());
//! ```

pub mod aiken;
pub mod csv;
pub mod gift;
pub mod json;
pub mod reason;
pub mod text;

pub use reason::Reason;

use crate::core::lang::{Lang, Text};
use crate::core::quiz::Question;

/// Files over this size are refused before they are read.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// At most this many questions are taken from one file: reading stops at
/// the next one, with one [`Reason::TooManyQuestions`] note at its place.
pub const MAX_QUESTIONS: usize = 500;
/// Reading stops after this many skipped questions, with one
/// [`Reason::TooManyProblems`] note: a file this broken is most likely not
/// in the format it seems, and a list longer than this helps nobody (and
/// would cost the page time to show).
pub const MAX_SKIPPED: usize = 200;

/// A file's layout, detected from its name and content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The app's own pack (`asean-kiosk/quiz-pack`).
    Json,
    /// Kahoot's quiz spreadsheet, saved as CSV.
    Kahoot,
    /// Quizizz (now Wayground) spreadsheet, saved as CSV.
    Quizizz,
    /// Blooket's CSV template.
    Blooket,
    /// The app's own simple CSV (docs/quiz-format.md, "Our CSV").
    Csv,
    /// Moodle GIFT.
    Gift,
    /// Moodle Aiken.
    Aiken,
}

impl Format {
    /// A stable name, e.g. for the locale key `import_format_<name>`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Kahoot => "kahoot",
            Format::Quizizz => "quizizz",
            Format::Blooket => "blooket",
            Format::Csv => "csv",
            Format::Gift => "gift",
            Format::Aiken => "aiken",
        }
    }
}

/// Where in the file: 1-based line, and column (in characters) when known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: Option<usize>,
}

impl Place {
    pub fn line(line: usize) -> Place {
        Place { line, column: None }
    }
    pub fn at(line: usize, column: usize) -> Place {
        Place {
            line,
            column: Some(column),
        }
    }
}

/// Something said about a place in the file: why a question is skipped,
/// why the file is refused, or what was changed on the way in.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub place: Place,
    pub reason: Reason,
}

impl Note {
    pub fn new(place: Place, reason: Reason) -> Note {
        Note { place, reason }
    }
}

/// A question that can be imported.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// Where it starts in the file.
    pub place: Place,
    pub question: Question,
    /// What was changed or left out on the way in (it is still imported).
    pub warnings: Vec<Reason>,
}

/// What a file would import.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub format: Format,
    /// A title found in the file (a JSON pack's title, a GIFT category).
    pub title: Option<Text>,
    /// The languages of the texts: the file's own for JSON, else
    /// [`Options::lang`] alone.
    pub languages: Vec<Lang>,
    pub questions: Vec<Draft>,
    pub skipped: Vec<Note>,
    /// A JSON pack brought in whole (kept as it is, so a colleague's pack
    /// round-trips unchanged); `None` for the other formats.
    pub pack: Option<crate::core::quiz::Pack>,
}

/// What the teacher told the import page.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The language the file is written in (texts of the other stay empty).
    pub lang: Lang,
    /// Question ids become `<id_prefix>-<n>` (n from 1), unique across packs.
    pub id_prefix: String,
}

impl Options {
    pub fn new(lang: Lang, id_prefix: &str) -> Options {
        Options {
            lang,
            id_prefix: id_prefix.to_string(),
        }
    }

    /// The id of the `n`-th imported question (1-based).
    pub fn question_id(&self, n: usize) -> String {
        format!("{}-{n:03}", self.id_prefix)
    }

    /// `s` as a text in the file's language, the other language empty.
    pub fn text(&self, s: &str) -> Text {
        let s = s.trim().to_string();
        match self.lang {
            Lang::Vi => Text::new(s, ""),
            Lang::En => Text::new("", s),
        }
    }

    /// An imported question with the defaults a teacher's question has: no
    /// picture, medium difficulty, no topics, members or source.
    pub fn question(&self, n: usize, prompt: &str, answer: crate::core::quiz::Answer) -> Question {
        Question::new(self.question_id(n), self.text(prompt), answer)
    }
}

/// Reads a file the teacher chose: decodes it (UTF-8 with or without BOM,
/// UTF-16 with BOM), detects its format and runs its importer.
///
/// `Err` means the whole file is refused (too large, empty, not text, a
/// layout no importer knows, JSON that does not parse); `Ok` may still skip
/// some questions, listed in [`Preview::skipped`].
pub fn import(file_name: &str, bytes: &[u8], opts: &Options) -> Result<Preview, Note> {
    if bytes.len() > MAX_BYTES {
        return Err(Note::new(
            Place::default(),
            Reason::TooLarge {
                bytes: bytes.len(),
                max: MAX_BYTES,
            },
        ));
    }
    let source = text::decode(bytes)?;
    if source.trim().is_empty() {
        return Err(Note::new(Place::line(1), Reason::EmptyFile));
    }
    let mut preview = match detect(file_name, &source) {
        Format::Json => json::import(&source, opts)?,
        Format::Kahoot | Format::Quizizz | Format::Blooket | Format::Csv => {
            csv::import(&source, opts)?
        }
        Format::Gift => gift::import(&source, opts)?,
        Format::Aiken => aiken::import(&source, opts)?,
    };
    cap(&mut preview);
    // Nothing found at all (not even something to skip): say so.
    if preview.questions.is_empty() && preview.skipped.is_empty() && preview.pack.is_none() {
        return Err(Note::new(Place::line(1), Reason::NoQuestions));
    }
    Ok(preview)
}

/// Keeps at most [`MAX_QUESTIONS`] and [`MAX_SKIPPED`] notes, with one
/// note at the place of the first one left out (the line-based importers
/// stop reading there already, see [`stop_here`]; a JSON pack is read whole).
fn cap(p: &mut Preview) {
    if p.skipped.len() > MAX_SKIPPED + 1 {
        let place = p.skipped[MAX_SKIPPED].place;
        p.skipped.truncate(MAX_SKIPPED);
        p.skipped.push(Note::new(
            place,
            Reason::TooManyProblems { max: MAX_SKIPPED },
        ));
    }
    if p.questions.len() > MAX_QUESTIONS {
        let place = p.questions[MAX_QUESTIONS].place;
        p.questions.truncate(MAX_QUESTIONS);
        p.skipped.push(Note::new(
            place,
            Reason::TooManyQuestions { max: MAX_QUESTIONS },
        ));
    }
}

/// Called by an importer before each question it reads (at `place`):
/// `true` when it should stop there — [`MAX_QUESTIONS`] questions are in, or
/// [`MAX_SKIPPED`] were skipped — after noting why at `place`. Stopping
/// bounds the work a 5 MB file can cause, whatever it holds.
pub(crate) fn stop_here(questions: usize, skipped: &mut Vec<Note>, place: Place) -> bool {
    let reason = if questions >= MAX_QUESTIONS {
        Reason::TooManyQuestions { max: MAX_QUESTIONS }
    } else if skipped.len() >= MAX_SKIPPED {
        Reason::TooManyProblems { max: MAX_SKIPPED }
    } else {
        return false;
    };
    skipped.push(Note::new(place, reason));
    true
}

/// Which importer reads this file: by its extension first, then its content.
pub fn detect(file_name: &str, source: &str) -> Format {
    let lower = file_name.to_ascii_lowercase();
    let trimmed = source.trim_start();
    if lower.ends_with(".json") || trimmed.starts_with('{') {
        return Format::Json;
    }
    if lower.ends_with(".gift") {
        return Format::Gift;
    }
    if lower.ends_with(".csv") || lower.ends_with(".tsv") {
        return csv::layout_of(source).unwrap_or(Format::Csv);
    }
    if let Some(f) = csv::layout_of(source) {
        return f;
    }
    if gift::looks_like(source) {
        return Format::Gift;
    }
    Format::Aiken
}

/// Why an imported question cannot be played, if it cannot: the rules of
/// `core::quiz::validate` that an importer can break, as a [`Reason`].
/// Every importer runs its questions through this before listing them.
pub fn check(q: &Question, lang: Lang) -> Option<Reason> {
    use crate::core::quiz::Answer;
    if q.prompt.get(lang).trim().is_empty() {
        return Some(Reason::EmptyPrompt);
    }
    let options = |opts: Vec<&str>, min: usize| -> Option<Reason> {
        if opts.len() < min {
            return Some(Reason::TooFewOptions {
                found: opts.len(),
                min,
            });
        }
        if opts.len() > 6 {
            return Some(Reason::TooManyOptions {
                found: opts.len(),
                max: 6,
            });
        }
        let mut seen = std::collections::HashSet::new();
        for o in opts {
            if o.trim().is_empty() {
                return Some(Reason::TooFewOptions { found: 0, min });
            }
            if !seen.insert(o.trim().to_lowercase()) {
                return Some(Reason::DuplicateOption {
                    option: o.trim().to_string(),
                });
            }
        }
        None
    };
    fn texts(v: &[Text], lang: Lang) -> Vec<&str> {
        v.iter().map(|t| t.get(lang)).collect()
    }
    match &q.answer {
        Answer::Single {
            options: o,
            correct,
        }
        | Answer::Audio {
            options: o,
            correct,
            ..
        } => options(texts(o, lang), 2).or_else(|| {
            (*correct >= o.len()).then(|| Reason::BadCorrect {
                value: (correct + 1).to_string(),
            })
        }),
        Answer::Multiple {
            options: o,
            correct,
        } => options(texts(o, lang), 3).or_else(|| {
            if let Some(c) = correct.iter().find(|&&c| c >= o.len()) {
                Some(Reason::BadCorrect {
                    value: (c + 1).to_string(),
                })
            } else if correct.len() < 2 || correct.len() >= o.len() {
                Some(Reason::MissingAnswer)
            } else {
                None
            }
        }),
        Answer::TrueFalse { .. } | Answer::Map { .. } => None,
        Answer::Typed { accepted, .. } => {
            let list = accepted.get(lang);
            (list.is_empty() || list.iter().any(|s| s.trim().is_empty()))
                .then_some(Reason::MissingAnswer)
        }
        Answer::Ordering { items } => options(texts(items, lang), 3),
        Answer::Matching { pairs } => {
            if pairs
                .iter()
                .any(|p| p.left.get(lang).trim().is_empty() || p.right.get(lang).trim().is_empty())
            {
                return Some(Reason::BadPair);
            }
            let lefts: Vec<&str> = pairs.iter().map(|p| p.left.get(lang)).collect();
            let rights: Vec<&str> = pairs.iter().map(|p| p.right.get(lang)).collect();
            options(lefts, 3).or_else(|| options(rights, 3))
        }
        Answer::Image {
            options: o,
            correct,
        } => {
            if o.len() < 2 {
                Some(Reason::TooFewOptions {
                    found: o.len(),
                    min: 2,
                })
            } else if *correct >= o.len() {
                Some(Reason::BadCorrect {
                    value: (correct + 1).to_string(),
                })
            } else {
                None
            }
        }
        Answer::Numeric {
            value, tolerance, ..
        } => (!value.is_finite() || !tolerance.is_finite() || *tolerance < 0.0).then(|| {
            Reason::BadNumber {
                value: value.to_string(),
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> Options {
        Options::new(Lang::En, "my-t")
    }

    /// The 1-based line where `needle`'s `n`-th occurrence (from 0) starts.
    fn line_of(text: &str, needle: &str, n: usize) -> usize {
        let at = text.match_indices(needle).nth(n).unwrap().0;
        text[..at].matches('\n').count() + 1
    }

    fn assert_stopped(p: &Preview, questions: usize, skipped: usize, last: Note) {
        assert_eq!(p.questions.len(), questions);
        assert_eq!(p.skipped.len(), skipped);
        assert_eq!(p.skipped.last(), Some(&last));
    }

    #[test]
    fn reading_stops_after_the_question_limit_at_the_next_question() {
        let aiken: String = (0..MAX_QUESTIONS + 100)
            .map(|i| format!("Question {i}?\nA. Yes\nB. No\nANSWER: A\n\n"))
            .collect();
        let p = import("a.txt", aiken.as_bytes(), &opts()).unwrap();
        let stop = Note::new(
            Place::line(line_of(&aiken, "Question", MAX_QUESTIONS)),
            Reason::TooManyQuestions { max: MAX_QUESTIONS },
        );
        assert_stopped(&p, MAX_QUESTIONS, 1, stop);

        let gift: String = (0..MAX_QUESTIONS + 100)
            .map(|i| format!("Question {i}? {{=Yes ~No}}\n\n"))
            .collect();
        let p = import("a.gift", gift.as_bytes(), &opts()).unwrap();
        let stop = Note::new(
            Place::line(line_of(&gift, "Question", MAX_QUESTIONS)),
            Reason::TooManyQuestions { max: MAX_QUESTIONS },
        );
        assert_stopped(&p, MAX_QUESTIONS, 1, stop);

        let csv: String = std::iter::once("question,option 1,option 2,correct\n".to_string())
            .chain((0..MAX_QUESTIONS + 100).map(|i| format!("Question {i}?,Yes,No,1\n")))
            .collect();
        let p = import("a.csv", csv.as_bytes(), &opts()).unwrap();
        let stop = Note::new(
            Place::line(MAX_QUESTIONS + 2),
            Reason::TooManyQuestions { max: MAX_QUESTIONS },
        );
        assert_stopped(&p, MAX_QUESTIONS, 1, stop);
    }

    #[test]
    fn reading_stops_after_the_problem_limit() {
        // Every row names an option that is not there.
        let csv: String = std::iter::once("question,option 1,option 2,correct\n".to_string())
            .chain((0..MAX_SKIPPED + 50).map(|i| format!("Question {i}?,Yes,No,7\n")))
            .chain(std::iter::once("A good one?,Yes,No,1\n".to_string()))
            .collect();
        let p = import("a.csv", csv.as_bytes(), &opts()).unwrap();
        let stop = Note::new(
            Place::line(MAX_SKIPPED + 2),
            Reason::TooManyProblems { max: MAX_SKIPPED },
        );
        assert_stopped(&p, 0, MAX_SKIPPED + 1, stop);

        // Aiken with no answer lines at all: one long run of text.
        let aiken = "Not Aiken at all.\n\n".repeat(MAX_SKIPPED + 50);
        let p = import("a.txt", aiken.as_bytes(), &opts()).unwrap();
        assert_eq!(p.skipped.len(), MAX_SKIPPED + 1);
        assert_eq!(
            p.skipped.last().map(|n| &n.reason),
            Some(&Reason::TooManyProblems { max: MAX_SKIPPED })
        );
    }

    #[test]
    fn a_json_pack_over_the_limits_is_cut_with_one_note_each() {
        let mut p = Preview {
            format: Format::Json,
            title: None,
            languages: vec![Lang::En],
            questions: (1..=MAX_QUESTIONS + 20)
                .map(|n| Draft {
                    place: Place::line(n),
                    question: opts().question(
                        n,
                        "Q?",
                        crate::core::quiz::Answer::TrueFalse { correct: true },
                    ),
                    warnings: Vec::new(),
                })
                .collect(),
            skipped: (1..=MAX_SKIPPED + 20)
                .map(|n| Note::new(Place::line(10_000 + n), Reason::MissingAnswer))
                .collect(),
            pack: None,
        };
        cap(&mut p);
        assert_eq!(p.questions.len(), MAX_QUESTIONS);
        assert_eq!(p.skipped.len(), MAX_SKIPPED + 2);
        assert_eq!(
            p.skipped[MAX_SKIPPED..],
            [
                Note::new(
                    Place::line(10_000 + MAX_SKIPPED + 1),
                    Reason::TooManyProblems { max: MAX_SKIPPED }
                ),
                Note::new(
                    Place::line(MAX_QUESTIONS + 1),
                    Reason::TooManyQuestions { max: MAX_QUESTIONS }
                )
            ]
        );
    }
}

/// Every importer on random files made of the formats' own tokens, and on
/// real examples cut and spliced at random: whatever the bytes, the import
/// answers (a preview or a refusal) and never panics. Deterministic (a fixed
/// seed), so a failure names the case to replay.
#[cfg(test)]
mod robustness {
    use super::*;

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            // xorshift64*
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    const TOKENS: &[&str] = &[
        "{", "}", "=", "~", "#", "####", "::", "\\", "%50%", "%-100%", "->", "\n", "\n\n", ",",
        ";", "\t", "\"", "\"\"", "A. ", "B) ", "ANSWER: ", "ĐÁP ÁN: ", "Đ", "ế", "🙂", " ", "$CATEGORY: ",
        "[html]", "[markdown]", "<b>", "</b>", "<img src=\"http://x/y.png\">", "..", ":", "T", "F",
        "{#", "1967", "-", "1,3", "3,5", "±", "//", "\r\n", "\u{feff}", "data:image/png;base64,AA",
        "type,question,option 1,option 2,correct\n",
        "Question - max 120 characters,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n",
        "Question Text,Question Type,Option 1,Option 2,Correct Answer,Time in seconds,Image Link\n",
        "Hà Nội", "Which city?", "{\"format\": \"asean-kiosk/quiz-pack\", \"version\": 1, ",
        "\"questions\": [", "]", "null", "true",
    ];

    const EXAMPLES: &[&str] = &[
        "::founded::In which year was ASEAN founded? {=1967 ~1976 ~1995 #Right!}\n\n\
         ::capital::What is the capital of Viet Nam? {=Hanoi =Ha Noi}\n\n\
         Viet Nam joined ASEAN in {#1995:1}.\n\n::m::Match {=Viet Nam -> Hanoi =Laos -> Vientiane =Thailand -> Bangkok}\n",
        "Which city is Viet Nam's capital?\nA. Hanoi\nB. Hue\nC. Da Nang\nANSWER: A\n\nĐúng hay sai?\nA. Đúng\nB. Sai\nĐÁP ÁN: B\n",
        "type,question,option 1,option 2,option 3,correct,explanation,time limit\n\
         single,Which city is Viet Nam's capital?,Hanoi,Hue,Da Nang,1,,20\n\
         multiple,\"Founding members, 1967?\",Indonesia,Viet Nam,Malaysia,\"1,3\",,\n\
         numeric,In which year was ASEAN founded?,year,,,1967 ± 1,,30\n\
         matching,Match.,Viet Nam = Hanoi,Laos = Vientiane,Thailand = Bangkok,,,\n",
    ];

    /// Cases per test; `IMPORT_CASES=200000 cargo test --release robustness`
    /// for a deeper run.
    fn cases() -> usize {
        std::env::var("IMPORT_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(3000)
    }

    fn try_all(bytes: &[u8], case: &str) {
        for name in ["f.gift", "f.csv", "f.txt", "f.json"] {
            let opts = Options::new(
                if case.len().is_multiple_of(2) {
                    Lang::Vi
                } else {
                    Lang::En
                },
                "my-x",
            );
            let r = std::panic::catch_unwind(|| import(name, bytes, &opts));
            assert!(
                r.is_ok(),
                "import panicked on {name}, {case}: {:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[test]
    fn random_token_files_never_panic() {
        let mut rng = Rng(0x5EED_A5EA);
        for case in 0..cases() {
            let len = 1 + rng.below(60);
            let s: String = (0..len).map(|_| TOKENS[rng.below(TOKENS.len())]).collect();
            try_all(s.as_bytes(), &format!("token case {case}"));
        }
    }

    #[test]
    fn cut_and_spliced_examples_never_panic() {
        let mut rng = Rng(0xC0FF_EE11);
        for case in 0..cases() {
            let mut b = EXAMPLES[rng.below(EXAMPLES.len())].as_bytes().to_vec();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(b.len() + 1);
                match rng.below(4) {
                    // Cut a run (possibly inside a multi-byte letter).
                    0 => {
                        let end = (at + rng.below(12)).min(b.len());
                        b.drain(at..end);
                    }
                    // A token in.
                    1 => {
                        let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                        b.splice(at..at, t.iter().copied());
                    }
                    // A stray byte (not UTF-8 on its own).
                    2 => b.insert(at, [0x80, 0xC3, 0xFF, 0x00][rng.below(4)]),
                    // A run repeated.
                    _ => {
                        let end = (at + rng.below(20)).min(b.len());
                        let run = b[at..end].to_vec();
                        b.splice(at..at, run);
                    }
                }
            }
            try_all(&b, &format!("splice case {case}"));
        }
    }
}
