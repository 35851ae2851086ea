//! Rules for quiz packs beyond what the types say: answers that exist,
//! options that differ, texts present in every language the pack declares,
//! references that resolve, and an index that agrees with the packs.

use super::pack::{Answer, Media, Pack, PackIndex, Question};
use crate::core::content::MEMBER_CODES;
use crate::core::lang::{Lang, Text};
use crate::core::validate::{is_app_path, Problem};
use std::collections::HashSet;

pub const INDEX_FILE: &str = "quizzes/index.json";

/// What references in a pack must resolve against.
pub struct Refs<'a> {
    pub source_ids: HashSet<&'a str>,
    pub topic_ids: HashSet<&'a str>,
    /// A file's text by its path under the app root, or `None` if missing.
    pub read: &'a dyn Fn(&str) -> Option<String>,
}

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

    fn question(&mut self, path: &str, q: &Question, refs: &Refs) {
        self.text(&format!("{path}.prompt"), &q.prompt);
        self.text(&format!("{path}.explanation"), &q.explanation);
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
        if !refs.source_ids.contains(q.source.as_str()) {
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
                        if q.explanation.get(lang).trim() == right {
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
    let mut c = Checker {
        file,
        langs: &pack.languages,
        problems: Vec::new(),
    };
    if pack.languages.is_empty() {
        c.say("languages", "at least one language");
    }
    if file != format!("quizzes/{}.json", pack.id) {
        c.say("id", format!("id `{}` but the file is `{file}`", pack.id));
    }
    c.text("title", &pack.title);
    c.text("description", &pack.description);
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
    c.problems
}

/// Checks every pack, ids unique across packs, and the index against them.
pub fn validate_packs(index: &PackIndex, packs: &[(String, Pack)], refs: &Refs) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for (file, pack) in packs {
        problems.extend(validate_pack(file, pack, refs));
        for (i, q) in pack.questions.iter().enumerate() {
            if !seen.insert(q.id.clone()) {
                problems.push(Problem {
                    file: file.clone(),
                    path: format!("questions[{i}].id"),
                    message: format!("id `{}` is used in another pack", q.id),
                });
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
