//! Moodle Aiken: a question's text (one or more lines), its options one per
//! line (`A. text` or `A) text`, letters in order from A), then the line
//! `ANSWER: B`. Also read: `ANSWER:B`, `answer: b`, and `ĐÁP ÁN: B` /
//! `Đáp án: B` as Vietnamese teachers write it. Questions are separated by
//! blank lines, but need not be: a question ends at its answer line.
//!
//! Two options that are exactly True/False (or Đúng/Sai) make a true/false
//! question; anything else is a single-choice question. Texts go into the
//! file's language ([`Options::lang`]); the other language stays empty.
//!
//! A question that cannot be read is skipped with its place and reason and
//! the next one is read: no answer line ([`Reason::MissingAnswerLine`], at the
//! question's first line), an answer letter with no such option
//! ([`Reason::UnknownLetter`], at the letter), options out of order or an
//! option before any question text ([`Reason::Syntax`], at the option), and
//! whatever [`super::check`] refuses (too few options, duplicates…).

use super::{check, Draft, Format, Note, Options, Place, Preview, Reason};
use crate::core::quiz::Answer;

/// Reads an Aiken file. Never refuses the whole file: a file with nothing
/// readable gives an empty preview (the caller says "no questions").
pub fn import(source: &str, opts: &Options) -> Result<Preview, Note> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut out = Preview {
        format: Format::Aiken,
        title: None,
        languages: vec![opts.lang],
        questions: Vec::new(),
        skipped: Vec::new(),
        pack: None,
    };
    let mut current: Option<Block> = None;
    for (i, raw) in source.lines().enumerate() {
        let n = i + 1;
        let line = classify(raw);
        // Before each line that may start a question (a question in
        // progress is dropped with the note: reading stops at its place).
        if !matches!(line, Line::Blank)
            && super::stop_here(out.questions.len(), &mut out.skipped, Place::line(n))
        {
            current = None;
            break;
        }
        match line {
            Line::Blank => {
                if let Some(b) = current.as_mut() {
                    if b.options.is_empty() {
                        b.paragraph_ended = true;
                    }
                }
            }
            Line::Text(text) => match current.as_mut() {
                // More lines of the question's text.
                Some(b) if b.options.is_empty() && !b.paragraph_ended => {
                    b.prompt.push(text.to_string())
                }
                // A new question: the one before never had its answer line.
                _ => {
                    if let Some(b) = current.take() {
                        out.skipped.push(unfinished(b));
                    }
                    current = Some(Block::new(n, Some(text)));
                }
            },
            Line::Option {
                letter,
                text,
                column,
            } => {
                let b = current.get_or_insert_with(|| {
                    // An option with no question text before it.
                    let mut b = Block::new(n, None);
                    b.error = Some(syntax(raw, n, column));
                    b
                });
                let expected = char::from(b'A' + b.options.len().min(25) as u8);
                if letter != expected && b.error.is_none() {
                    b.error = Some(syntax(raw, n, column));
                }
                b.options.push(Opt {
                    letter,
                    text: text.to_string(),
                    line: n,
                });
            }
            Line::Answer { value, column } => match current.take() {
                Some(b) => finish(b, value, Place::at(n, column), opts, &mut out),
                // An answer line with no question before it (a second one,
                // or one at the top of the file).
                None => out.skipped.push(syntax(raw, n, 1)),
            },
        }
    }
    if let Some(b) = current.take() {
        out.skipped.push(unfinished(b));
    }
    Ok(out)
}

/// A question being read.
struct Block {
    /// Its first line.
    first: usize,
    prompt: Vec<String>,
    options: Vec<Opt>,
    /// The first thing wrong with it; it is skipped with this when it ends.
    error: Option<Note>,
    /// A blank line after the text, before any option: more text starts a
    /// new question.
    paragraph_ended: bool,
}

struct Opt {
    letter: char,
    text: String,
    line: usize,
}

impl Block {
    fn new(first: usize, text: Option<&str>) -> Block {
        Block {
            first,
            prompt: text.map(str::to_string).into_iter().collect(),
            options: Vec::new(),
            error: None,
            paragraph_ended: false,
        }
    }
}

enum Line<'a> {
    Blank,
    Text(&'a str),
    /// `A. text` / `A) text`; `column` is the letter's (1-based, in characters).
    Option {
        letter: char,
        text: &'a str,
        column: usize,
    },
    /// `ANSWER: B`; `value` is what follows the colon, `column` where it starts.
    Answer {
        value: &'a str,
        column: usize,
    },
}

fn classify(raw: &str) -> Line<'_> {
    let line = raw.trim();
    if line.is_empty() {
        return Line::Blank;
    }
    if let Some((value, column)) = answer_line(raw) {
        return Line::Answer { value, column };
    }
    let body = raw.trim_start();
    let mut chars = body.chars();
    if let (Some(letter @ 'A'..='Z'), Some('.' | ')')) = (chars.next(), chars.next()) {
        let rest = chars.as_str();
        if rest.is_empty() || rest.starts_with(char::is_whitespace) {
            let column = raw.chars().count() - body.chars().count() + 1;
            return Line::Option {
                letter,
                text: rest.trim(),
                column,
            };
        }
    }
    Line::Text(line)
}

/// `ANSWER: B`, `answer:b`, `ĐÁP ÁN: B`, `Dap an: B`: what follows the colon
/// (trimmed) and the column where it starts (just after the colon when empty).
fn answer_line(raw: &str) -> Option<(&str, usize)> {
    let colon = raw.find(':')?;
    let keyword = fold(&raw[..colon]);
    if keyword != "answer" && keyword != "dap an" {
        return None;
    }
    let after = &raw[colon + 1..];
    let value = after.trim();
    let lead = after.len() - after.trim_start().len();
    let column = raw[..colon + 1 + lead].chars().count() + 1;
    Some((value, column))
}

/// Lower case, without Vietnamese marks on the letters the answer keyword
/// uses (precomposed or combining), spaces collapsed: `ĐÁP ÁN` → `dap an`.
fn fold(s: &str) -> String {
    let mut out = String::new();
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            match c {
                '\u{300}'..='\u{36f}' => {}
                'đ' => out.push('d'),
                'á' | 'à' | 'ả' | 'ã' | 'ạ' => out.push('a'),
                c => out.push(c),
            }
        }
    }
    out
}

/// [`Reason::Syntax`] at a line, with a short excerpt of it.
fn syntax(raw: &str, line: usize, column: usize) -> Note {
    let text = raw.trim();
    let found = if text.chars().count() > 40 {
        let cut: String = text.chars().take(39).collect();
        format!("{cut}…")
    } else {
        text.to_string()
    };
    Note::new(Place::at(line, column), Reason::Syntax { found })
}

/// A question that ended (a new question, or the end of the file) before
/// its answer line.
fn unfinished(b: Block) -> Note {
    b.error
        .unwrap_or_else(|| Note::new(Place::line(b.first), Reason::MissingAnswerLine))
}

/// A question's answer line: the question is listed or skipped.
fn finish(b: Block, value: &str, at: Place, opts: &Options, out: &mut Preview) {
    if let Some(e) = b.error {
        out.skipped.push(e);
        return;
    }
    let start = Place::line(b.first);
    if value.is_empty() {
        out.skipped.push(Note::new(at, Reason::MissingAnswer));
        return;
    }
    // `B`, `b`, and a stray `B.` or `B)` as the options are written.
    let letter = value.trim_end_matches(['.', ')']).trim();
    let mut chars = letter.chars();
    let index = match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => {
            let c = c.to_ascii_uppercase();
            b.options.iter().position(|o| o.letter == c)
        }
        _ => None,
    };
    // With fewer than two options, `check` names the real problem.
    let correct = match index {
        Some(i) => i,
        None if b.options.len() < 2 => 0,
        None => {
            let letter = letter.to_string();
            out.skipped
                .push(Note::new(at, Reason::UnknownLetter { letter }));
            return;
        }
    };
    let texts: Vec<&str> = b.options.iter().map(|o| o.text.as_str()).collect();
    let answer = match true_false(&texts, correct) {
        Some(right) => Answer::TrueFalse { correct: right },
        None => Answer::Single {
            options: texts.iter().map(|t| opts.text(t)).collect(),
            correct,
        },
    };
    let prompt = b.prompt.join(" ");
    let question = opts.question(out.questions.len() + 1, &prompt, answer);
    match check(&question, opts.lang) {
        Some(reason) => {
            // A duplicate is shown at the option that repeats an earlier one.
            let place = match &reason {
                Reason::DuplicateOption { option } => {
                    let key = option.trim().to_lowercase();
                    b.options
                        .iter()
                        .filter(|o| o.text.trim().to_lowercase() == key)
                        .nth(1)
                        .map_or(start, |o| Place::line(o.line))
                }
                _ => start,
            };
            out.skipped.push(Note::new(place, reason));
        }
        None => out.questions.push(Draft {
            place: start,
            question,
            warnings: Vec::new(),
        }),
    }
}

/// Whether two options are True/False (or Đúng/Sai), in either order; if so,
/// whether the right one (`correct`) is the true one.
fn true_false(options: &[&str], correct: usize) -> Option<bool> {
    let [a, b] = options else { return None };
    let is = |s: &str, words: [&str; 2]| words.contains(&s.trim().to_lowercase().as_str());
    const TRUE: [&str; 2] = ["true", "đúng"];
    const FALSE: [&str; 2] = ["false", "sai"];
    let truth = if is(a, TRUE) && is(b, FALSE) {
        0
    } else if is(a, FALSE) && is(b, TRUE) {
        1
    } else {
        return None;
    };
    Some(correct == truth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::{Lang, Text};

    fn en() -> Options {
        Options::new(Lang::En, "t")
    }

    fn single(q: &Draft) -> (Vec<&str>, usize) {
        match &q.question.answer {
            Answer::Single { options, correct } => {
                (options.iter().map(|o| o.en.as_str()).collect(), *correct)
            }
            other => panic!("expected single, got {other:?}"),
        }
    }

    #[test]
    fn realistic_file() {
        let file = "\
Which city is the capital of Lao PDR?
A. Vientiane
B. Luang Prabang
C. Pakse
ANSWER: A

ASEAN was founded on 8 August 1967
in Bangkok by five countries.
Which country was NOT one of them?
A) Indonesia
B) Malaysia
C) Viet Nam
D) Thailand
answer: c
Which member joined ASEAN most recently?
A. Cambodia
B. Timor-Leste
ANSWER:B
Singapore is a member of ASEAN.
A. True
B. False
ANSWER: A
";
        let p = import(file, &en()).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(p.format, Format::Aiken);
        assert_eq!(p.languages, vec![Lang::En]);
        assert_eq!((p.title.clone(), p.pack.clone()), (None, None));
        assert_eq!(p.questions.len(), 4);

        let q = &p.questions[0];
        assert_eq!(q.place, Place::line(1));
        assert_eq!(q.question.id, "t-001");
        assert_eq!(
            q.question.prompt,
            Text::new("", "Which city is the capital of Lao PDR?")
        );
        assert_eq!(single(q), (vec!["Vientiane", "Luang Prabang", "Pakse"], 0));
        // Only the file's language is filled in.
        match &q.question.answer {
            Answer::Single { options, .. } => assert!(options.iter().all(|o| o.vi.is_empty())),
            _ => unreachable!(),
        }

        let q = &p.questions[1];
        assert_eq!(q.place, Place::line(7));
        assert_eq!(
            q.question.prompt.en,
            "ASEAN was founded on 8 August 1967 in Bangkok by five countries. \
             Which country was NOT one of them?"
        );
        assert_eq!(single(q).1, 2);

        let q = &p.questions[2];
        assert_eq!(
            (q.place, q.question.id.as_str()),
            (Place::line(15), "t-003")
        );
        assert_eq!(single(q), (vec!["Cambodia", "Timor-Leste"], 1));

        let q = &p.questions[3];
        assert_eq!(q.place, Place::line(19));
        assert_eq!(q.question.answer, Answer::TrueFalse { correct: true });
        assert!(p.questions.iter().all(|d| d.warnings.is_empty()));
    }

    #[test]
    fn vietnamese_file() {
        let file = "\
Thủ đô của Campuchia là thành phố nào?
A. Phnôm Pênh
B. Xiêm Riệp
ĐÁP ÁN: A
Hiến chương ASEAN có hiệu lực năm 2008.
A) Đúng
B) Sai
Đáp án: a
Lào gia nhập ASEAN năm 1995.
A. Đúng
B. Sai
đáp án: B
";
        let opts = Options::new(Lang::Vi, "vi");
        let p = import(file, &opts).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(p.languages, vec![Lang::Vi]);
        let q = &p.questions[0];
        assert_eq!(
            q.question.prompt,
            Text::new("Thủ đô của Campuchia là thành phố nào?", "")
        );
        assert_eq!(
            q.question.answer,
            Answer::Single {
                options: vec![Text::new("Phnôm Pênh", ""), Text::new("Xiêm Riệp", "")],
                correct: 0,
            }
        );
        assert_eq!(
            p.questions[1].question.answer,
            Answer::TrueFalse { correct: true }
        );
        // Lao PDR joined in 1997, so "Sai" (false) is right.
        assert_eq!(
            p.questions[2].question.answer,
            Answer::TrueFalse { correct: false }
        );
        assert_eq!(p.questions[2].place, Place::line(9));
    }

    #[test]
    fn decomposed_vietnamese_answer_keyword_and_crlf_and_bom() {
        // "ĐÁP ÁN" with combining acute accents, Windows line ends, a BOM.
        let file = "\u{feff}Which river flows through Vientiane and Phnom Penh?\r\nA. Mekong\r\nB. Irrawaddy\r\nĐA\u{301}P A\u{301}N : B.\r\n";
        let p = import(file, &en()).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(single(&p.questions[0]).1, 1);
    }

    #[test]
    fn missing_answer_line_is_skipped_at_the_question() {
        let file = "\
Which country hosts the ASEAN Secretariat?
A. Indonesia
B. Philippines
What is the capital of Brunei Darussalam?
A. Bandar Seri Begawan
B. Kuala Belait
ANSWER: A

How many member states does ASEAN have today?
A. 10
B. 11
";
        let p = import(file, &en()).unwrap();
        assert_eq!(
            p.skipped,
            vec![
                Note::new(Place::line(1), Reason::MissingAnswerLine),
                Note::new(Place::line(9), Reason::MissingAnswerLine),
            ]
        );
        assert_eq!(p.questions.len(), 1);
        assert_eq!(p.questions[0].place, Place::line(4));
        assert_eq!(p.questions[0].question.id, "t-001");
    }

    #[test]
    fn text_after_a_blank_line_starts_a_new_question() {
        let file = "\
ASEAN questions, set 1

Which city hosted the signing of the ASEAN Declaration?
A. Bangkok
B. Jakarta
ANSWER: A
";
        let p = import(file, &en()).unwrap();
        assert_eq!(
            p.skipped,
            vec![Note::new(Place::line(1), Reason::MissingAnswerLine)]
        );
        assert_eq!(p.questions.len(), 1);
        assert_eq!(p.questions[0].place, Place::line(3));
    }

    #[test]
    fn blank_line_between_text_and_options_is_fine() {
        let file = "Which country is called the Land of a Million Elephants?\n\nA. Lao PDR\n\nB. Myanmar\nANSWER: A\n";
        let p = import(file, &en()).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(single(&p.questions[0]), (vec!["Lao PDR", "Myanmar"], 0));
    }

    #[test]
    fn unknown_letter_is_shown_at_the_letter() {
        let file = "\
Which is the capital of Malaysia?
A. Kuala Lumpur
B. Penang
ANSWER: D

Which is the capital of Myanmar?
A. Nay Pyi Taw
B. Yangon
ANSWER: 1
";
        let p = import(file, &en()).unwrap();
        assert_eq!(
            p.skipped,
            vec![
                Note::new(
                    Place::at(4, 9),
                    Reason::UnknownLetter { letter: "D".into() }
                ),
                Note::new(
                    Place::at(9, 9),
                    Reason::UnknownLetter { letter: "1".into() }
                ),
            ]
        );
        assert!(p.questions.is_empty());
        // No space after the colon: the letter is the column after it.
        let p = import(
            "Capital of Thailand?\nA. Bangkok\nB. Chiang Mai\nANSWER:C\n",
            &en(),
        )
        .unwrap();
        assert_eq!(
            p.skipped,
            vec![Note::new(
                Place::at(4, 8),
                Reason::UnknownLetter { letter: "C".into() }
            )]
        );
        // An empty answer line: nothing is marked right.
        let p = import(
            "Capital of Thailand?\nA. Bangkok\nB. Chiang Mai\nANSWER:\n",
            &en(),
        )
        .unwrap();
        assert_eq!(
            p.skipped,
            vec![Note::new(Place::at(4, 8), Reason::MissingAnswer)]
        );
    }

    #[test]
    fn options_out_of_order_are_a_syntax_error() {
        let file = "\
Which is the capital of the Philippines?
A. Manila
C. Cebu
ANSWER: A
Which is the capital of Singapore?
A. Singapore
B. Johor Bahru
ANSWER: A
";
        let p = import(file, &en()).unwrap();
        assert_eq!(
            p.skipped,
            vec![Note::new(
                Place::at(3, 1),
                Reason::Syntax {
                    found: "C. Cebu".into()
                }
            )]
        );
        assert_eq!(p.questions.len(), 1);
        assert_eq!(p.questions[0].place, Place::line(5));
    }

    #[test]
    fn option_before_any_question_text_is_a_syntax_error() {
        let file = "\
ANSWER: A
  A. Jakarta
B. Surabaya
ANSWER: A
Which is the capital of Timor-Leste?
A. Dili
B. Baucau
ANSWER: A
";
        let p = import(file, &en()).unwrap();
        assert_eq!(
            p.skipped,
            vec![
                Note::new(
                    Place::at(1, 1),
                    Reason::Syntax {
                        found: "ANSWER: A".into()
                    }
                ),
                Note::new(
                    Place::at(2, 3),
                    Reason::Syntax {
                        found: "A. Jakarta".into()
                    }
                ),
            ]
        );
        assert_eq!(p.questions.len(), 1);
        assert_eq!(p.questions[0].place, Place::line(5));
    }

    #[test]
    fn too_few_and_duplicate_options() {
        let file = "\
Which is the capital of Viet Nam?
A. Hanoi
ANSWER: A

Which is the capital of Indonesia?
ANSWER: A

Which is the capital of Cambodia?
A. Phnom Penh
B. Siem Reap
C. phnom penh
ANSWER: A
";
        let p = import(file, &en()).unwrap();
        assert_eq!(
            p.skipped,
            vec![
                Note::new(Place::line(1), Reason::TooFewOptions { found: 1, min: 2 }),
                Note::new(Place::line(5), Reason::TooFewOptions { found: 0, min: 2 }),
                Note::new(
                    Place::line(11),
                    Reason::DuplicateOption {
                        option: "phnom penh".into()
                    }
                ),
            ]
        );
        assert!(p.questions.is_empty());
    }

    #[test]
    fn lines_that_are_not_options() {
        // "U.S." and "A.S.E.A.N." do not start options; a lowercase "a." neither.
        assert!(matches!(classify("U.S. and ASEAN"), Line::Text(_)));
        assert!(matches!(classify("A.S.E.A.N."), Line::Text(_)));
        assert!(matches!(classify("a. lower"), Line::Text(_)));
        assert!(matches!(classify("Answers: see below"), Line::Text(_)));
        assert!(matches!(classify("B)"), Line::Option { letter: 'B', .. }));
    }

    #[test]
    fn empty_file_gives_an_empty_preview() {
        let p = import("\n\n", &en()).unwrap();
        assert!(p.questions.is_empty() && p.skipped.is_empty());
    }
}
