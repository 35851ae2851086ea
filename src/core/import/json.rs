//! The app's own pack JSON (`asean-kiosk/quiz-pack`, docs/quiz-format.md):
//! a colleague's pack exported from another kiosk, or one written by hand.
//!
//! [`import`] reads it with the app's own types, so the rules are those of a
//! bundled pack: a syntax error, a wrongly-typed, missing or unknown field,
//! or the wrong `format`/`version` refuses the file with its line, column
//! and field path. The pack is then checked as a teacher's pack
//! ([`validate_teacher_pack`]): a problem in one question skips that
//! question (at the line where it starts); a problem with the pack itself
//! (title, languages, no questions, an obstacle puzzle) refuses the file.
//!
//! A colleague's pack is not judged on this kiosk's bundle: its topic and
//! source ids are taken as they are, and only the bundled flags
//! (`flags/<code>.svg`, `flags/asean.svg`) count as files of the app. Question
//! ids are kept (the app handles clashes when saving). A picture from the web
//! is never fetched: it is dropped, with a [`Reason::RemoteImage`] warning.
//!
//! [`export`] writes a pack in the same form, so export → import gives the
//! same pack back.

use super::{Draft, Format, Note, Options, Place, Preview, Reason};
use crate::core::content::{ContentFormat, MEMBER_CODES};
use crate::core::load::{parse, LoadErrorKind};
use crate::core::quiz::validate::{validate_teacher_pack, Refs};
use crate::core::quiz::Pack;
use std::borrow::Cow;
use std::collections::HashSet;

/// The name the pack goes by in validation problems (not shown: the path is).
const FILE: &str = "import.json";

/// Reads a pack file. `opts` is not used: a pack has its own languages and
/// keeps its own question ids.
pub fn import(source: &str, _opts: &Options) -> Result<Preview, Note> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut pack: Pack = parse(FILE, source).map_err(|e| {
        let (place, message) = match *e.kind {
            LoadErrorKind::Syntax {
                line,
                column,
                detail,
            } => (Place::at(line, column), detail),
            LoadErrorKind::Field {
                path,
                line,
                column,
                detail,
                ..
            } => {
                let (path, place) =
                    answer_field(source, &path, &detail).unwrap_or((path, Place::at(line, column)));
                let message = if path.is_empty() {
                    detail
                } else {
                    format!("at `{path}`: {detail}")
                };
                (place, message)
            }
            LoadErrorKind::WrongFormat { expected, found } => (
                place_of(source, "format"),
                format!("`format` is `{found}`: not a quiz pack (`{expected}`)"),
            ),
            LoadErrorKind::TooNew { supported, found } => (
                place_of(source, "version"),
                format!("`version` {found} is newer than this app reads ({supported})"),
            ),
            LoadErrorKind::Http { .. } | LoadErrorKind::Network { .. } => {
                (Place::line(1), e.to_string())
            }
        };
        Note::new(place, Reason::BadJson { message })
    })?;
    if pack.version != Pack::VERSION {
        return Err(Note::new(
            place_of(source, "version"),
            Reason::BadJson {
                message: format!(
                    "`version` is {}; this app reads version {}",
                    pack.version,
                    Pack::VERSION
                ),
            },
        ));
    }

    // Pictures from the web are dropped before checking: never fetched, and
    // not a reason to skip the question.
    let mut warnings: Vec<Vec<Reason>> = vec![Vec::new(); pack.questions.len()];
    for (q, w) in pack.questions.iter_mut().zip(&mut warnings) {
        if q.media.as_ref().is_some_and(|m| is_remote(&m.src)) {
            let url = q.media.take().map(|m| m.src).unwrap_or_default();
            w.push(Reason::RemoteImage { url });
        }
    }

    let sources: HashSet<&str> = (pack.questions.iter().map(|q| q.source.as_str()))
        .chain(pack.obstacles.iter().map(|o| o.source.as_str()))
        .filter(|s| !s.is_empty())
        .collect();
    let topics: HashSet<&str> = (pack.topics.iter())
        .chain(pack.questions.iter().flat_map(|q| &q.topics))
        .map(String::as_str)
        .collect();
    let read = |path: &str| bundled_flag(path).then(String::new);
    let refs = Refs {
        source_ids: sources,
        topic_ids: topics,
        read: &read,
    };
    let problems = validate_teacher_pack(FILE, &pack, &refs);

    let lines = question_lines(source);
    let question_place = |i: usize| Place::line(lines.get(i).copied().unwrap_or(1));
    let mut bad = vec![false; pack.questions.len()];
    let mut skipped = Vec::new();
    for p in problems {
        let reason = Reason::InvalidPack {
            path: p.path.clone(),
            message: p.message,
        };
        match question_index(&p.path).filter(|&i| i < pack.questions.len()) {
            Some(i) => {
                bad[i] = true;
                skipped.push(Note::new(question_place(i), reason));
            }
            None => return Err(Note::new(place_of(source, &p.path), reason)),
        }
    }

    let questions = (pack.questions.iter().zip(warnings).enumerate())
        .filter(|(i, _)| !bad[*i])
        .map(|(i, (q, warnings))| Draft {
            place: question_place(i),
            question: q.clone(),
            warnings,
        })
        .collect();
    Ok(Preview {
        format: Format::Json,
        title: Some(pack.title.clone()),
        languages: pack.languages.clone(),
        questions,
        skipped,
        pack: Some(pack),
    })
}

/// The pack as a file: pretty JSON (2-space indent) ending with a newline,
/// with the pack format's `format` and `version`.
pub fn export(pack: &Pack) -> String {
    let pack = if pack.format == Pack::FORMAT && pack.version == Pack::VERSION {
        Cow::Borrowed(pack)
    } else {
        let mut p = pack.clone();
        p.format = Pack::FORMAT.to_string();
        p.version = Pack::VERSION;
        Cow::Owned(p)
    };
    let mut out = serde_json::to_string_pretty(pack.as_ref())
        .expect("a pack always serializes (string keys, finite numbers)");
    out.push('\n');
    out
}

/// `http://…` or `https://…`, in any case.
fn is_remote(src: &str) -> bool {
    let s = src.trim_start().to_ascii_lowercase();
    s.starts_with("http://") || s.starts_with("https://")
}

/// The flags the app ships: `flags/<member code>.svg` and `flags/asean.svg`.
fn bundled_flag(path: &str) -> bool {
    path.strip_prefix("flags/")
        .and_then(|f| f.strip_suffix(".svg"))
        .is_some_and(|code| code == "asean" || MEMBER_CODES.contains(&code))
}

/// An answer is read whole before its fields are checked (`answer_de.rs`),
/// so serde places a wrong or foreign field of it at the answer's end. When
/// the message names the field and it is there, point at it instead:
/// `questions[0].answer` + "invalid type: field `correct`…" →
/// `questions[0].answer.correct`, at its value.
fn answer_field(source: &str, path: &str, detail: &str) -> Option<(String, Place)> {
    if !(path == "answer" || path.ends_with(".answer")) {
        return None;
    }
    let name = (detail.strip_prefix("invalid type: field `"))
        .or_else(|| detail.strip_prefix("unknown field `"))?;
    let name = &name[..name.find('`')?];
    let full = format!("{path}.{name}");
    let (at, found) = find(source, &full);
    found.then(|| {
        let (line, column) = line_col(source, at);
        (full, Place::at(line, column))
    })
}

/// `questions[3].answer.correct` → 3.
fn question_index(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("questions[")?;
    rest[..rest.find(']')?].parse().ok()
}

/// The line and column of the value at a field path (as far as it can be
/// followed: `answer.pairs[].left` stops at `pairs`).
fn place_of(source: &str, path: &str) -> Place {
    let (line, column) = line_col(source, locate(source, path));
    Place::at(line, column)
}

// --- A small scanner over JSON text, enough to find a value by its path. ---

#[derive(Debug, PartialEq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// `questions[3].answer.options[1]` → Key, Index, Key, Key, Index. Stops at
/// a part it cannot read (`[]`).
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else { return out };
            let Ok(i) = r[..end].parse() else { return out };
            out.push(Step::Index(i));
            rest = &r[end + 1..];
        }
    }
    out
}

/// Byte offset of the value at `path`, or of the deepest value on the way
/// that could be found (the top-level value for `""`).
fn locate(source: &str, path: &str) -> usize {
    find(source, path).0
}

/// [`locate`], and whether the whole path was followed.
fn find(source: &str, path: &str) -> (usize, bool) {
    let b = source.as_bytes();
    let mut at = skip_ws(b, 0);
    for step in steps(path) {
        match child(b, at, &step) {
            Some(next) => at = next,
            None => return (at, false),
        }
    }
    (at, true)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

/// Just past the string that starts (with `"`) at `i`.
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    loop {
        match *b.get(j)? {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
}

/// Just past the value that starts at `i`.
fn value_end(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match *b.get(j)? {
                    b'"' => {
                        j = string_end(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        _ => {
            let mut j = i;
            while b
                .get(j)
                .is_some_and(|c| !matches!(c, b',' | b'}' | b']') && !c.is_ascii_whitespace())
            {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

/// Calls `visit(key, value_start)` for each member of the object or array
/// that starts at `i` (key `None` in an array) until it returns false.
/// `None` if the text is not JSON there.
fn members(b: &[u8], i: usize, visit: &mut dyn FnMut(Option<&[u8]>, usize) -> bool) -> Option<()> {
    let close = match b.get(i)? {
        b'{' => b'}',
        b'[' => b']',
        _ => return None,
    };
    let mut j = skip_ws(b, i + 1);
    while *b.get(j)? != close {
        let mut key = None;
        if close == b'}' {
            let end = string_end(b, j)?;
            key = Some(&b[j + 1..end - 1]);
            j = skip_ws(b, end);
            if *b.get(j)? != b':' {
                return None;
            }
            j = skip_ws(b, j + 1);
        }
        if !visit(key, j) {
            return Some(());
        }
        j = skip_ws(b, value_end(b, j)?);
        if *b.get(j)? == b',' {
            j = skip_ws(b, j + 1);
        }
    }
    Some(())
}

/// Start of the member `step` of the object or array that starts at `i`.
fn child(b: &[u8], i: usize, step: &Step) -> Option<usize> {
    let object = *b.get(i)? == b'{';
    let mut found = None;
    let mut index = 0;
    members(b, i, &mut |key, start| {
        let hit = match step {
            Step::Key(k) => object && key == Some(k.as_bytes()),
            Step::Index(n) => !object && index == *n,
        };
        index += 1;
        if hit {
            found = Some(start);
        }
        !hit
    });
    found
}

/// The line where each question's object starts, in one pass over the text
/// (a pack may have hundreds of questions).
fn question_lines(source: &str) -> Vec<usize> {
    let b = source.as_bytes();
    let mut starts = Vec::new();
    let (at, found) = find(source, "questions");
    if found {
        members(b, at, &mut |_, start| {
            starts.push(start);
            true
        });
    }
    let (mut line, mut from) = (1, 0);
    starts
        .into_iter()
        .map(|start| {
            line += b[from..start].iter().filter(|&&c| c == b'\n').count();
            from = start;
            line
        })
        .collect()
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut cut = offset.min(source.len());
    while !source.is_char_boundary(cut) {
        cut -= 1;
    }
    let before = &source[..cut];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::{Lang, Text};
    use crate::core::quiz::pack::{Accepted, Level, Media, Pair};
    use crate::core::quiz::{Answer, Question};

    fn opts() -> Options {
        Options::new(Lang::Vi, "ignored")
    }

    fn t(vi: &str, en: &str) -> Text {
        Text::new(vi, en)
    }

    fn question(id: &str, prompt: Text, answer: Answer) -> Question {
        Question {
            id: id.into(),
            prompt,
            media: None,
            answer,
            explanation: Text::default(),
            difficulty: 2,
            topics: vec!["members".into()],
            members: Vec::new(),
            source: String::new(),
            time_limit_s: None,
        }
    }

    /// A teacher's bilingual pack with questions of several types.
    fn sample() -> Pack {
        let mut flag = question(
            "gv-001",
            t("Đây là quốc kỳ của nước nào?", "Whose flag is this?"),
            Answer::Single {
                options: vec![t("Lào", "Lao PDR"), t("Campuchia", "Cambodia")],
                correct: 0,
            },
        );
        flag.media = Some(Media {
            src: "flags/la.svg".into(),
            alt: t(
                "Ba dải ngang đỏ – xanh lam – đỏ, giữa có hình tròn trắng.",
                "Red, blue and red horizontal bands with a white disc in the middle.",
            ),
        });
        flag.members = vec!["la".into()];
        flag.explanation = t(
            "Hình tròn trắng trên quốc kỳ Lào tượng trưng cho trăng rằm trên sông Mê Kông.",
            "The white disc on the flag of Lao PDR stands for the full moon over the Mekong.",
        );
        let mut year = question(
            "gv-004",
            t(
                "ASEAN được thành lập năm nào?",
                "In which year was ASEAN founded?",
            ),
            Answer::Numeric {
                value: 1967.0,
                tolerance: 0.0,
                unit: None,
            },
        );
        year.time_limit_s = Some(30);
        year.source = "decl_text".into();
        Pack {
            format: Pack::FORMAT.into(),
            version: Pack::VERSION,
            id: "lop-9a-asean".into(),
            title: t("ASEAN – lớp 9A", "ASEAN – class 9A"),
            description: t("", ""),
            level: Level::Secondary,
            topics: vec!["members".into(), "history".into()],
            languages: vec![Lang::Vi, Lang::En],
            member: None,
            questions: vec![
                flag,
                question(
                    "gv-002",
                    t(
                        "Thủ đô của Việt Nam là Hà Nội.",
                        "The capital of Viet Nam is Hanoi.",
                    ),
                    Answer::TrueFalse { correct: true },
                ),
                question(
                    "gv-003",
                    t(
                        "Thủ đô của Malaysia là gì?",
                        "What is the capital of Malaysia?",
                    ),
                    Answer::Typed {
                        accepted: Accepted {
                            vi: vec!["Kuala Lumpur".into()],
                            en: vec!["Kuala Lumpur".into()],
                        },
                        fold_diacritics: true,
                    },
                ),
                year,
                question(
                    "gv-005",
                    t(
                        "Nối mỗi nước với thủ đô.",
                        "Match each country with its capital.",
                    ),
                    Answer::Matching {
                        pairs: vec![
                            Pair {
                                left: t("Thái Lan", "Thailand"),
                                right: t("Băng Cốc", "Bangkok"),
                            },
                            Pair {
                                left: t("Philippines", "Philippines"),
                                right: t("Manila", "Manila"),
                            },
                            Pair {
                                left: t("Indonesia", "Indonesia"),
                                right: t("Jakarta", "Jakarta"),
                            },
                        ],
                    },
                ),
                question(
                    "gv-006",
                    t(
                        "Chọn các nước sáng lập ASEAN.",
                        "Choose the founding members of ASEAN.",
                    ),
                    Answer::Multiple {
                        options: vec![
                            t("Singapore", "Singapore"),
                            t("Brunei", "Brunei Darussalam"),
                            t("Thái Lan", "Thailand"),
                        ],
                        correct: vec![0, 2],
                    },
                ),
                question(
                    "gv-007",
                    t("Nhấn vào Myanmar trên bản đồ.", "Click Myanmar on the map."),
                    Answer::Map {
                        correct: "mm".into(),
                    },
                ),
                question(
                    "gv-008",
                    t(
                        "Xếp theo năm gia nhập ASEAN, sớm nhất trước.",
                        "Order by the year they joined ASEAN, earliest first.",
                    ),
                    Answer::Ordering {
                        items: vec![
                            t("Brunei", "Brunei Darussalam"),
                            t("Việt Nam", "Viet Nam"),
                            t("Campuchia", "Cambodia"),
                        ],
                    },
                ),
            ],
            obstacles: Vec::new(),
        }
    }

    #[test]
    fn export_then_import_gives_the_pack_back() {
        let pack = sample();
        let file = export(&pack);
        assert!(
            file.starts_with("{\n  \"format\": \"asean-kiosk/quiz-pack\",\n  \"version\": 1,\n")
        );
        assert!(file.ends_with("}\n"));
        let p = import(&file, &opts()).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(p.format, Format::Json);
        assert_eq!(p.title, Some(pack.title.clone()));
        assert_eq!(p.languages, vec![Lang::Vi, Lang::En]);
        let ids: Vec<&str> = p.questions.iter().map(|d| d.question.id.as_str()).collect();
        assert_eq!(
            ids,
            ["gv-001", "gv-002", "gv-003", "gv-004", "gv-005", "gv-006", "gv-007", "gv-008"]
        );
        assert!(p.questions.iter().all(|d| d.warnings.is_empty()));
        for (d, q) in p.questions.iter().zip(&pack.questions) {
            assert_eq!(&d.question, q);
            let line = file[..file.find(&format!("\"id\": \"{}\"", q.id)).unwrap()]
                .matches('\n')
                .count();
            // The object's `{` is on the line before its `"id"`.
            assert_eq!(d.place, Place::line(line));
        }
        assert_eq!(p.pack, Some(pack.clone()));
        // Exported again, the same text.
        assert_eq!(export(p.pack.as_ref().unwrap()), file);
    }

    #[test]
    fn export_sets_the_header() {
        let mut pack = sample();
        pack.format = "something-else".into();
        pack.version = 0;
        let back: Pack = serde_json::from_str(&export(&pack)).unwrap();
        assert_eq!(
            (back.format.as_str(), back.version),
            (Pack::FORMAT, Pack::VERSION)
        );
    }

    #[test]
    fn a_bundled_pack_imports() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/quizzes/flags.json");
        let text = std::fs::read_to_string(path).unwrap();
        let p = import(&text, &opts()).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        let pack = p.pack.as_ref().unwrap();
        assert_eq!(pack.id, "flags");
        assert_eq!(p.questions.len(), pack.questions.len());
        assert_eq!(p.questions[0].question.id, "fl-001");
        assert_eq!(p.questions[0].place, Place::line(23));
        assert!(p.questions.iter().all(|d| d.warnings.is_empty()));
        // Kept whole: exported and read again, the same pack. (Not the same
        // text: serde writes the numbers `8` and `0` of f64 fields as `8.0`.)
        let again = import(&export(pack), &opts()).unwrap();
        assert!(again.pack.as_ref() == Some(pack));
    }

    #[test]
    fn every_bundled_pack_imports_whole() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/quizzes");
        let mut count = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".json") || name == "index.json" || name.contains("schema") {
                continue;
            }
            let p = import(&std::fs::read_to_string(&path).unwrap(), &opts())
                .unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert!(p.skipped.is_empty(), "{name}: {:?}", p.skipped);
            assert_eq!(p.questions.len(), p.pack.unwrap().questions.len(), "{name}");
            count += 1;
        }
        assert!(count > 10, "only {count} packs found");
    }

    #[test]
    fn a_large_pack_is_read_in_one_pass() {
        let mut pack = sample();
        let one = pack.questions[1].clone();
        pack.questions = (0..super::super::MAX_QUESTIONS)
            .map(|i| Question {
                id: format!("gv-{i:03}"),
                ..one.clone()
            })
            .collect();
        let file = export(&pack);
        let p = import(&file, &opts()).unwrap();
        assert_eq!(p.questions.len(), pack.questions.len());
        let last = p.questions.last().unwrap();
        let line = file[..file.rfind("\"id\": \"gv-").unwrap()]
            .matches('\n')
            .count();
        assert_eq!(last.place, Place::line(line));
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let file =
            "{\n  \"format\": \"asean-kiosk/quiz-pack\",\n  \"version\": 1,\n  \"id\" \"x\"\n}";
        let e = import(file, &opts()).unwrap_err();
        assert_eq!(e.place, Place::at(4, 8));
        match e.reason {
            Reason::BadJson { message } => {
                assert_eq!(message, "expected `:`");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn wrong_type_names_its_line_and_path() {
        let file = export(&sample()).replacen("\"correct\": 0", "\"correct\": \"two\"", 1);
        let at = file.find("\"two\"").unwrap();
        let line = file[..at].matches('\n').count() + 1;
        let column = at - file[..at].rfind('\n').unwrap();
        let e = import(&file, &opts()).unwrap_err();
        assert_eq!(e.place, Place::at(line, column));
        match e.reason {
            Reason::BadJson { message } => {
                assert_eq!(
                    message,
                    "at `questions[0].answer.correct`: invalid type: field `correct`, expected an option index"
                );
            }
            other => panic!("{other:?}"),
        }
        // A wrong type outside an answer: serde's own place and wording.
        let file = export(&sample()).replacen("\"difficulty\": 2", "\"difficulty\": \"easy\"", 1);
        let at = file.find("\"easy\"").unwrap();
        let e = import(&file, &opts()).unwrap_err();
        assert_eq!(e.place.line, file[..at].matches('\n').count() + 1);
        match e.reason {
            Reason::BadJson { message } => {
                assert!(
                    message
                        .starts_with("at `questions[0].difficulty`: invalid type: string \"easy\""),
                    "{message}"
                );
                assert!(!message.contains(" at line "), "{message}");
            }
            other => panic!("{other:?}"),
        }
        // A field an answer of this type does not have.
        let file = export(&sample()).replacen(
            "\"correct\": true",
            "\"correct\": true, \"options\": []",
            1,
        );
        let e = import(&file, &opts()).unwrap_err();
        let at = file.find("\"options\": []").unwrap();
        assert_eq!(e.place.line, file[..at].matches('\n').count() + 1);
        assert!(
            matches!(&e.reason, Reason::BadJson { message } if message.starts_with("at `questions[1].answer.options`: unknown field `options`")),
            "{e:?}"
        );
    }

    #[test]
    fn unknown_field_is_refused() {
        let file = export(&sample()).replacen("\"difficulty\"", "\"dificulty\"", 1);
        let e = import(&file, &opts()).unwrap_err();
        let line = file[..file.find("\"dificulty\"").unwrap()]
            .matches('\n')
            .count()
            + 1;
        assert_eq!(e.place.line, line);
        match e.reason {
            Reason::BadJson { message } => {
                assert!(message.contains("unknown field `dificulty`"), "{message}");
                assert!(message.starts_with("at `questions[0]"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn wrong_format_or_version() {
        let index =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/quizzes/index.json"))
                .unwrap();
        let e = import(&index, &opts()).unwrap_err();
        assert_eq!(e.place, Place::at(2, 13));
        match e.reason {
            Reason::BadJson { message } => {
                assert!(message.contains("asean-kiosk/quiz-index"), "{message}");
                assert!(message.contains("not a quiz pack"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let file = export(&sample());
        for (version, words) in [("2", "newer"), ("0", "reads version 1")] {
            let e = import(
                &file.replacen("\"version\": 1", &format!("\"version\": {version}"), 1),
                &opts(),
            )
            .unwrap_err();
            assert_eq!(e.place, Place::at(3, 14));
            assert!(
                matches!(&e.reason, Reason::BadJson { message } if message.contains(words)),
                "{e:?}"
            );
        }
    }

    #[test]
    fn a_bad_question_is_skipped_at_its_line() {
        let mut pack = sample();
        pack.questions[2].answer = Answer::Single {
            options: vec![t("Kuala Lumpur", "Kuala Lumpur")],
            correct: 0,
        };
        let file = export(&pack);
        let line = file[..file.find("\"id\": \"gv-003\"").unwrap()]
            .matches('\n')
            .count();
        let p = import(&file, &opts()).unwrap();
        assert_eq!(
            p.skipped,
            vec![Note::new(
                Place::line(line),
                Reason::InvalidPack {
                    path: "questions[2].answer.options".into(),
                    message: "1 options; 2 to 6 wanted".into(),
                }
            )]
        );
        let ids: Vec<&str> = p.questions.iter().map(|d| d.question.id.as_str()).collect();
        assert_eq!(
            ids,
            ["gv-001", "gv-002", "gv-004", "gv-005", "gv-006", "gv-007", "gv-008"]
        );
        // The pack is kept as it is in the file.
        assert_eq!(p.pack, Some(pack));
    }

    #[test]
    fn a_problem_with_the_pack_refuses_it() {
        let mut pack = sample();
        pack.title.en = "  ".into();
        let file = export(&pack);
        let e = import(&file, &opts()).unwrap_err();
        assert_eq!(
            e,
            Note::new(
                Place::at(5, 12),
                Reason::InvalidPack {
                    path: "title".into(),
                    message: "empty en text".into(),
                }
            )
        );
        let mut pack = sample();
        pack.questions.clear();
        let e = import(&export(&pack), &opts()).unwrap_err();
        assert!(
            matches!(e.reason, Reason::InvalidPack { ref path, .. } if path == "questions"),
            "{e:?}"
        );
    }

    #[test]
    fn remote_image_becomes_a_warning() {
        let mut pack = sample();
        let url = "https://upload.wikimedia.org/wikipedia/commons/2/21/Flag_of_Vietnam.svg";
        pack.questions[1].media = Some(Media {
            src: url.into(),
            alt: t(
                "Nền đỏ, giữa có ngôi sao vàng năm cánh.",
                "A red field with a yellow five-pointed star.",
            ),
        });
        let p = import(&export(&pack), &opts()).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        let d = &p.questions[1];
        assert_eq!(d.warnings, vec![Reason::RemoteImage { url: url.into() }]);
        assert_eq!(d.question.media, None);
        // Never kept, not even in the whole pack.
        assert_eq!(p.pack.unwrap().questions[1].media, None);
        // A path that is not a bundled file is a problem (the question is skipped).
        pack.questions[1].media.as_mut().unwrap().src = "pictures/hanoi.jpg".into();
        let p = import(&export(&pack), &opts()).unwrap();
        assert!(
            matches!(&p.skipped[..], [Note { reason: Reason::InvalidPack { path, .. }, .. }] if path == "questions[1].media.src"),
            "{:?}",
            p.skipped
        );
    }

    #[test]
    fn a_vietnamese_only_pack_is_accepted() {
        let file = r#"{
  "format": "asean-kiosk/quiz-pack",
  "version": 1,
  "id": "lop-6b",
  "title": {"vi": "Thủ đô các nước ASEAN", "en": ""},
  "description": {"vi": "", "en": ""},
  "level": "primary",
  "topics": [],
  "languages": ["vi"],
  "questions": [
    {
      "id": "6b-01",
      "prompt": {"vi": "Thủ đô của Lào là thành phố nào?", "en": ""},
      "answer": {"type": "single", "options": [{"vi": "Viêng Chăn", "en": ""}, {"vi": "Luông Pha Băng", "en": ""}], "correct": 0},
      "explanation": {"vi": "", "en": ""},
      "difficulty": 1,
      "topics": [],
      "members": ["la"],
      "source": ""
    },
    {
      "id": "6b-02",
      "prompt": {"vi": "Thủ đô của Lào là gì?", "en": ""},
      "answer": {"type": "typed", "accepted": {"vi": ["Viêng Chăn"], "en": []}},
      "explanation": {"vi": "", "en": ""},
      "difficulty": 2,
      "topics": [],
      "members": ["la"],
      "source": ""
    }
  ]
}
"#;
        let p = import(file, &Options::new(Lang::En, "x")).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(p.languages, vec![Lang::Vi]);
        assert_eq!(p.title, Some(t("Thủ đô các nước ASEAN", "")));
        let places: Vec<Place> = p.questions.iter().map(|d| d.place).collect();
        assert_eq!(places, [Place::line(11), Place::line(21)]);
        assert_eq!(p.questions[0].question.id, "6b-01");
        // Through the front door too.
        let p = super::super::import("lop-6b.json", file.as_bytes(), &opts()).unwrap();
        assert_eq!(p.format, Format::Json);
    }

    #[test]
    fn scanner_finds_values_by_path() {
        let text = "{\n \"a\": [1, {\"b\\\"]\": {\"c\": \"}]\"}, \"d\": [2, 3]}],\n \"e\": \"x\"}";
        let at = |p: &str| {
            let i = locate(text, p);
            &text[i..i + 3]
        };
        assert_eq!(at("a[1].d[1]"), "3]}");
        assert_eq!(at("e"), "\"x\"");
        assert_eq!(at("a[1].d[7]"), "[2,");
        assert_eq!(at("a[1].b\\\"]"), "{\"c");
        assert_eq!(at(""), "{\n ");
        assert_eq!(
            steps("q[2].p[].l"),
            [Step::Key("q"), Step::Index(2), Step::Key("p")]
        );
        assert_eq!(question_index("questions[12].answer"), Some(12));
        assert_eq!(question_index("title"), None);
        let pack = "{\"id\": \"q\", \"questions\": [\n{},\n {\"a\": \"]\\\"\"},\n\n3]}";
        assert_eq!(question_lines(pack), [2, 3, 5]);
        assert_eq!(question_lines("{\"questions\": 3}"), Vec::<usize>::new());
        // Broken input must not panic.
        let _ = locate("{\"a\": [1, 2", "a[5]");
        let _ = locate("{\"a\": \"x", "a");
        let _ = question_lines("{\"questions\": [{\"a\": ");
    }
}
