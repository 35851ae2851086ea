//! Rules for quiz packs beyond what the types say: answers that exist,
//! options that differ, texts present in every language the pack declares,
//! references that resolve, obstacle puzzles of five short clues, and an
//! index that agrees with the packs.

use super::pack::{Answer, Media, Obstacle, Pack, PackIndex, Question};
use crate::core::content::MEMBER_CODES;
// Four rows, then the centre: the clues the obstacle round opens.
use crate::core::host::olympia::OBSTACLE_CLUES;
use crate::core::lang::{Lang, Text};
use crate::core::validate::{is_app_path, Problem};
use std::collections::{HashMap, HashSet};

pub const INDEX_FILE: &str = "quizzes/index.json";

/// What references in a pack must resolve against.
pub struct Refs<'a> {
    pub source_ids: HashSet<&'a str>,
    pub topic_ids: HashSet<&'a str>,
    /// A file's text by its path under the app root, or `None` if missing.
    pub read: &'a dyn Fn(&str) -> Option<String>,
}

/// A clue's answer is a word or a short phrase: at most this many words…
pub const CLUE_ANSWER_MAX_WORDS: usize = 3;
/// …and at most this many characters (spaces included), in each language.
pub const CLUE_ANSWER_MAX_CHARS: usize = 24;

/// Phrases that make an option a giveaway or a trick (quality rules).
const BANNED: [&str; 6] = [
    "all of the above",
    "none of the above",
    "tất cả các đáp án",
    "tất cả đều đúng",
    "cả a, b",
    "không đáp án nào",
];

struct Checker<'a> {
    file: &'a str,
    langs: &'a [Lang],
    problems: Vec<Problem>,
    /// A teacher's pack: explanations and sources are optional, and the
    /// pack lives in the browser, not in `quizzes/<id>.json`.
    teacher: bool,
}

impl Checker<'_> {
    fn say(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            path: path.to_string(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: &str, t: &Text) {
        for &lang in self.langs {
            if t.get(lang).trim().is_empty() {
                self.say(path, format!("empty {} text", lang.code()));
            }
        }
    }

    fn options(&mut self, path: &str, options: &[Text], min: usize) {
        if options.len() < min || options.len() > 6 {
            self.say(
                path,
                format!("{} options; {min} to 6 wanted", options.len()),
            );
        }
        for (i, o) in options.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), o);
            for banned in BANNED {
                if o.vi.to_lowercase().contains(banned) || o.en.to_lowercase().contains(banned) {
                    self.say(
                        &format!("{path}[{i}]"),
                        format!("“{banned}” is not allowed"),
                    );
                }
            }
        }
        for &lang in self.langs {
            let mut seen = HashSet::new();
            for (i, o) in options.iter().enumerate() {
                if !seen.insert(o.get(lang).trim().to_lowercase()) {
                    self.say(
                        &format!("{path}[{i}]"),
                        format!("duplicate {} option", lang.code()),
                    );
                }
            }
        }
    }

    fn media(&mut self, path: &str, m: &Media, refs: &Refs) {
        self.text(&format!("{path}.alt"), &m.alt);
        if m.src.starts_with("data:") {
            return;
        }
        if !is_app_path(&m.src) || (refs.read)(&m.src).is_none() {
            self.say(
                &format!("{path}.src"),
                format!("`{}` is not a file of the app", m.src),
            );
        }
    }

    fn obstacle(&mut self, path: &str, o: &Obstacle, refs: &Refs) {
        if o.id.trim().is_empty() {
            self.say(&format!("{path}.id"), "empty id");
        }
        self.text(&format!("{path}.keyword"), &o.keyword);
        // The picture is a file of the app: the tiles uncover it on the big
        // screen, so no data: URI and no web address.
        self.text(&format!("{path}.picture.alt"), &o.picture.alt);
        let src = &o.picture.src;
        if src.starts_with("data:") || !is_app_path(src) || (refs.read)(src).is_none() {
            self.say(
                &format!("{path}.picture.src"),
                format!("`{src}` is not a file of the app"),
            );
        }
        if o.clues.len() != OBSTACLE_CLUES {
            self.say(
                &format!("{path}.clues"),
                format!(
                    "{} clues; exactly {OBSTACLE_CLUES} wanted (four rows, then the centre)",
                    o.clues.len()
                ),
            );
        }
        for (i, clue) in o.clues.iter().enumerate() {
            let c = format!("{path}.clues[{i}]");
            self.text(&format!("{c}.prompt"), &clue.prompt);
            self.text(&format!("{c}.answer"), &clue.answer);
            for &lang in self.langs {
                let answer = clue.answer.get(lang).trim();
                let words = answer.split_whitespace().count();
                let chars = answer.chars().count();
                if words > CLUE_ANSWER_MAX_WORDS || chars > CLUE_ANSWER_MAX_CHARS {
                    self.say(
                        &format!("{c}.answer"),
                        format!(
                            "{} answer too long ({words} words, {chars} characters); a word or short phrase of at most {CLUE_ANSWER_MAX_WORDS} words and {CLUE_ANSWER_MAX_CHARS} characters",
                            lang.code()
                        ),
                    );
                }
            }
        }
        if !refs.source_ids.contains(o.source.as_str()) {
            self.say(
                &format!("{path}.source"),
                format!("unknown source id `{}`", o.source),
            );
        }
    }

    fn question(&mut self, path: &str, q: &Question, refs: &Refs) {
        self.text(&format!("{path}.prompt"), &q.prompt);
        if !self.teacher {
            self.text(&format!("{path}.explanation"), &q.explanation);
        }
        if !(1..=3).contains(&q.difficulty) {
            self.say(&format!("{path}.difficulty"), "difficulty is 1, 2 or 3");
        }
        for t in &q.topics {
            if !refs.topic_ids.contains(t.as_str()) {
                self.say(&format!("{path}.topics"), format!("unknown topic `{t}`"));
            }
        }
        for m in &q.members {
            if !MEMBER_CODES.contains(&m.as_str()) {
                self.say(
                    &format!("{path}.members"),
                    format!("unknown member code `{m}`"),
                );
            }
        }
        // A teacher's question may have no source; one it names must resolve.
        let unsourced_ok = self.teacher && q.source.is_empty();
        if !unsourced_ok && !refs.source_ids.contains(q.source.as_str()) {
            self.say(
                &format!("{path}.source"),
                format!("unknown source id `{}`", q.source),
            );
        }
        if let Some(m) = &q.media {
            self.media(&format!("{path}.media"), m, refs);
        }
        let a = format!("{path}.answer");
        match &q.answer {
            Answer::Single { options, correct }
            | Answer::Audio {
                options, correct, ..
            } => {
                self.options(&format!("{a}.options"), options, 2);
                if *correct >= options.len() {
                    self.say(&format!("{a}.correct"), "not one of the options");
                } else {
                    for &lang in self.langs {
                        let right = options[*correct].get(lang).trim();
                        if !q.explanation.get(lang).trim().is_empty()
                            && q.explanation.get(lang).trim() == right
                        {
                            self.say(
                                &format!("{path}.explanation"),
                                "the explanation only repeats the answer",
                            );
                        }
                    }
                }
                if let Answer::Audio { clip, .. } = &q.answer {
                    if !is_app_path(clip) || (refs.read)(clip).is_none() {
                        self.say(&format!("{a}.clip"), format!("`{clip}` does not exist"));
                    }
                }
            }
            Answer::Multiple { options, correct } => {
                self.options(&format!("{a}.options"), options, 3);
                let distinct: HashSet<_> = correct.iter().collect();
                if correct.len() < 2 || distinct.len() != correct.len() {
                    self.say(
                        &format!("{a}.correct"),
                        "at least two different right options",
                    );
                }
                if correct.len() >= options.len() {
                    self.say(&format!("{a}.correct"), "not every option may be right");
                }
                if correct.iter().any(|&c| c >= options.len()) {
                    self.say(&format!("{a}.correct"), "not one of the options");
                }
            }
            Answer::TrueFalse { .. } => {}
            Answer::Typed { accepted, .. } => {
                for &lang in self.langs {
                    let list = accepted.get(lang);
                    if list.is_empty() || list.iter().any(|s| s.trim().is_empty()) {
                        self.say(
                            &format!("{a}.accepted.{}", lang.code()),
                            "needs at least one non-empty answer",
                        );
                    }
                }
            }
            Answer::Ordering { items } => self.options(&format!("{a}.items"), items, 3),
            Answer::Matching { pairs } => {
                let lefts: Vec<Text> = pairs.iter().map(|p| p.left.clone()).collect();
                let rights: Vec<Text> = pairs.iter().map(|p| p.right.clone()).collect();
                self.options(&format!("{a}.pairs[].left"), &lefts, 3);
                self.options(&format!("{a}.pairs[].right"), &rights, 3);
            }
            Answer::Image { options, correct } => {
                if options.len() < 2 || options.len() > 6 {
                    self.say(&format!("{a}.options"), "2 to 6 pictures");
                }
                let mut seen = HashSet::new();
                for (i, m) in options.iter().enumerate() {
                    self.media(&format!("{a}.options[{i}]"), m, refs);
                    if !seen.insert(m.src.as_str()) {
                        self.say(&format!("{a}.options[{i}]"), "duplicate picture");
                    }
                }
                if *correct >= options.len() {
                    self.say(&format!("{a}.correct"), "not one of the options");
                }
            }
            Answer::Map { correct } => {
                if !MEMBER_CODES.contains(&correct.as_str()) {
                    self.say(
                        &format!("{a}.correct"),
                        format!("`{correct}` is not a member code"),
                    );
                }
            }
            Answer::Numeric {
                value,
                tolerance,
                unit,
            } => {
                if !value.is_finite() || !tolerance.is_finite() || *tolerance < 0.0 {
                    self.say(&a, "value and tolerance must be numbers, tolerance ≥ 0");
                }
                if let Some(u) = unit {
                    self.text(&format!("{a}.unit"), u);
                }
            }
        }
    }
}

/// Checks one pack; `file` is its path (`quizzes/<id>.json`).
pub fn validate_pack(file: &str, pack: &Pack, refs: &Refs) -> Vec<Problem> {
    check_pack(file, pack, refs, false)
}

/// Checks a teacher's pack (made in the editor or imported): the same rules
/// as a bundled pack, except that explanations, the description and sources
/// may be left out. `file` names it in problems (the imported file's name).
pub fn validate_teacher_pack(file: &str, pack: &Pack, refs: &Refs) -> Vec<Problem> {
    check_pack(file, pack, refs, true)
}

fn check_pack(file: &str, pack: &Pack, refs: &Refs, teacher: bool) -> Vec<Problem> {
    let mut c = Checker {
        file,
        langs: &pack.languages,
        problems: Vec::new(),
        teacher,
    };
    if pack.languages.is_empty() {
        c.say("languages", "at least one language");
    }
    if !teacher && file != format!("quizzes/{}.json", pack.id) {
        c.say("id", format!("id `{}` but the file is `{file}`", pack.id));
    }
    if teacher && pack.id.trim().is_empty() {
        c.say("id", "empty id");
    }
    c.text("title", &pack.title);
    if !teacher {
        c.text("description", &pack.description);
    }
    if let Some(m) = &pack.member {
        if !MEMBER_CODES.contains(&m.as_str()) {
            c.say("member", format!("unknown member code `{m}`"));
        }
    }
    if pack.questions.is_empty() {
        c.say("questions", "no questions");
    }
    for t in &pack.topics {
        if !refs.topic_ids.contains(t.as_str()) {
            c.say("topics", format!("unknown topic `{t}`"));
        }
    }
    let mut ids = HashSet::new();
    for (i, q) in pack.questions.iter().enumerate() {
        if !ids.insert(q.id.as_str()) {
            c.say(
                &format!("questions[{i}].id"),
                format!("duplicate id `{}`", q.id),
            );
        }
        c.question(&format!("questions[{i}]"), q, refs);
    }
    for (i, o) in pack.obstacles.iter().enumerate() {
        if !ids.insert(o.id.as_str()) {
            c.say(
                &format!("obstacles[{i}].id"),
                format!(
                    "duplicate id `{}` (question and obstacle ids share one list)",
                    o.id
                ),
            );
        }
        c.obstacle(&format!("obstacles[{i}]"), o, refs);
    }
    c.problems
}

/// The ids a pack uses, questions then obstacles, with their field paths.
fn ids_of(pack: &Pack) -> impl Iterator<Item = (&str, String)> {
    let questions = (pack.questions.iter().enumerate())
        .map(|(i, q)| (q.id.as_str(), format!("questions[{i}].id")));
    let obstacles = (pack.obstacles.iter().enumerate())
        .map(|(i, o)| (o.id.as_str(), format!("obstacles[{i}].id")));
    questions.chain(obstacles)
}

/// Checks every pack, ids unique across packs, and the index against them.
pub fn validate_packs(index: &PackIndex, packs: &[(String, Pack)], refs: &Refs) -> Vec<Problem> {
    let mut problems = Vec::new();
    // Question and obstacle ids, each with the first file that uses it; a
    // clash within one pack is reported by `validate_pack`.
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (file, pack) in packs {
        problems.extend(validate_pack(file, pack, refs));
        for (id, path) in ids_of(pack) {
            match seen.get(id) {
                Some(&first) if first != file.as_str() => problems.push(Problem {
                    file: file.clone(),
                    path,
                    message: format!("id `{id}` is used in another pack ({first})"),
                }),
                Some(_) => {}
                None => {
                    seen.insert(id, file);
                }
            }
        }
        match index.packs.iter().find(|m| m.id == pack.id) {
            None => problems.push(Problem {
                file: INDEX_FILE.into(),
                path: "packs".into(),
                message: format!("`{}` is missing from the index", pack.id),
            }),
            Some(meta) if *meta != pack.meta() => problems.push(Problem {
                file: INDEX_FILE.into(),
                path: format!("packs[id={}]", pack.id),
                message: "differs from the pack file (title, description, level, question_count, topics, languages or file)".into(),
            }),
            Some(_) => {}
        }
    }
    for (i, meta) in index.packs.iter().enumerate() {
        if !packs.iter().any(|(_, p)| p.id == meta.id) {
            problems.push(Problem {
                file: INDEX_FILE.into(),
                path: format!("packs[{i}]"),
                message: format!("no pack file {}", meta.file),
            });
        }
    }
    problems.sort();
    problems
}
