//! Questions from spreadsheets saved as CSV: Kahoot's quiz spreadsheet,
//! Quizizz (Wayground), Blooket's CSV template, and our own layout below.
//! [`export`] writes a pack back out in our layout.
//!
//! # Reading any CSV
//!
//! - Cells are separated by commas; a semicolon (European Excel) or a tab
//!   (TSV, "Unicode text") is used instead when the header row reads better
//!   with it.
//! - A cell in double quotes may hold commas, line breaks and quotes written
//!   twice (`"He said ""xin chào"""`). A quote that never closes skips its
//!   row and everything after it ([`Reason::UnclosedQuote`]); in the header
//!   row it refuses the file.
//! - The header row is found among the first 12 rows of the file (Kahoot's
//!   template has a title and instructions above it), and columns are found
//!   by their header, in any order; header names ignore case and spaces.
//!   Columns the layout does not know are ignored.
//! - A row may have fewer cells than the header (Excel leaves out empty
//!   cells at the end): the missing ones are empty. A row with more cells
//!   than the header, empty ones at the end counted as Excel writes them
//!   (an unquoted comma in a cell, usually, or a comma too many at the end),
//!   is skipped with [`Reason::WrongColumnCount`], its column the first cell
//!   too many.
//! - Rows with nothing in the question, option, answer, explanation and
//!   picture columns are ignored (the numbered empty rows of Kahoot's
//!   template, empty lines), as is Quizizz's row of instructions under the
//!   header.
//! - Every other row is a question and gets the next number n (from 1), so
//!   its id is `<prefix>-n` ([`Options::question_id`]) whether or not it is
//!   imported: fixing a skipped row leaves the other ids unchanged.
//! - Places: the line is the physical line where the row starts; the column
//!   (in characters, from 1) is given when the note is about one cell that
//!   starts on that line.
//! - A time limit is whole seconds from 1 to 3600 (`20`, `20 s`, `20 giây`);
//!   anything else is left out with the warning [`Reason::BadTimeLimit`].
//! - Texts go into the language the teacher chose ([`Options::lang`]).
//!
//! # Kahoot, Blooket, Quizizz
//!
//! Kahoot: `Question…`, `Answer 1…` to `Answer 4…`, `Time limit…`,
//! `Correct answer(s)…`. Blooket: `Question Text`, `Answer 1` to `Answer 4`,
//! `Time Limit…`, `Correct Answer(s)…`. The right answer is an answer's
//! number, several separated by commas or semicolons (`1,3`): one makes a
//! single-choice question (true/false when the two answers are True and
//! False, or Đúng and Sai), several a multiple-choice one. Empty answer cells
//! are left out and the numbers still count the columns.
//!
//! Quizizz: `Question Text`, `Question Type`, `Option 1` to `Option 5`,
//! `Correct Answer`, `Time in seconds`, `Image Link`, `Answer explanation`.
//! Multiple Choice (the default) and Checkbox as above; Fill-in-the-Blank
//! takes the options as the accepted answers (or the Correct Answer cell
//! when they are empty); other types (Open-Ended, Poll, Draw…) are skipped
//! with [`Reason::UnsupportedType`]. A `data:image/…` picture is kept with
//! the question; a web address is not fetched ([`Reason::RemoteImage`]).
//!
//! # Our CSV
//!
//! Make it in Excel or LibreOffice and save it as "CSV UTF-8" (or CSV with
//! semicolons, or Unicode text). Row 1 is the header; then one question per
//! row. The header names these columns, in any order, in English or
//! Vietnamese (case and extra spaces do not matter; a note in brackets at
//! the end is ignored, e.g. `time limit (sec)`). Only `question` is
//! required, with at least one of `type`, `correct` or `option 1`; a column
//! left out counts as empty in every row.
//!
//! | Column                | Also accepted                                    | What goes in it                            |
//! |-----------------------|--------------------------------------------------|--------------------------------------------|
//! | `type`                | `loại`, `loại câu hỏi`, `kiểu`                   | the question type (below); empty = single  |
//! | `question`            | `câu hỏi`                                        | the question                               |
//! | `option 1`…`option 6` | `lựa chọn 1`…`lựa chọn 6`, `phương án 1`…`6`     | options, accepted answers, items or pairs  |
//! | `correct`             | `correct answer`, `đáp án`, `đáp án đúng`        | the right answer (below)                   |
//! | `explanation`         | `giải thích`                                     | shown after answering (may be empty)       |
//! | `time limit`          | `time`, `thời gian`                              | seconds (may be empty: the app's default)  |
//!
//! | Type         | Also accepted | Options                                  | `correct`                                    |
//! |--------------|---------------|------------------------------------------|----------------------------------------------|
//! | `single`     | `chọn một`    | 2 to 6 options                           | the right option's number: `2`               |
//! | `multiple`   | `chọn nhiều`  | 3 to 6 options, not all right            | two or more numbers: `1,3` (or `1;3`, `1 3`) |
//! | `true_false` | `đúng sai`    | not used                                 | `true`, `false`, `đúng` or `sai`             |
//! | `typed`      | `điền`        | the accepted answers, the first shown    | empty                                        |
//! | `ordering`   | `sắp xếp`     | 3 to 6 items, in the right order         | empty                                        |
//! | `matching`   | `ghép nối`    | 3 to 6 pairs, each `left = right`        | empty                                        |
//! | `numeric`    | `số`          | option 1: the unit, e.g. `year` (or empty) | `1967`, `1967 ± 2` or `1965..1969`         |
//!
//! - Type names ignore case, and `-`, `_`, `/` and spaces are the same
//!   (`True-False`, `đúng/sai`). Another type is skipped with
//!   [`Reason::UnsupportedType`]. An empty type is `single`, or `multiple`
//!   when `correct` names several options.
//! - Option numbers count the option columns, so empty option cells may be
//!   left anywhere: `Hanoi,,Hue` with `correct` `3` means Hue.
//! - `single` naming several options, or a number with no option, is skipped
//!   with [`Reason::BadCorrect`]; an empty `correct` (where one is needed)
//!   with [`Reason::MissingAnswer`].
//! - A typed question whose options are all empty takes `correct` as its
//!   one accepted answer. Typed answers ignore case and Vietnamese
//!   diacritics (`ha noi` = `Hà Nội`).
//! - A matching pair is split at its first `=`; a pair without one, or with
//!   an empty side, is skipped with [`Reason::BadPair`].
//! - A numeric answer is a number (a minus sign allowed) with `.` or `,` for
//!   decimals (`3,5`; a comma followed by exactly three digits, as in
//!   `1,967`, is refused as ambiguous, and so are thousands separators):
//!   exact, within `± n` (`+/-` or `+-` also), or a range `a..b` (the
//!   middle, within half the width). Anything else is skipped with
//!   [`Reason::BadNumber`].
//! - In a comma-separated file a cell with a comma (like `1,3` or `3,5`)
//!   must be in double quotes; Excel does this when it saves.
//!
//! ```text
//! type,question,option 1,option 2,option 3,option 4,option 5,option 6,correct,explanation,time limit
//! single,Which city is Viet Nam's capital?,Hanoi,Ho Chi Minh City,Da Nang,,,,1,,20
//! multiple,Which of these were founding members of ASEAN?,Indonesia,Viet Nam,Malaysia,Laos,,,"1,3",,
//! true_false,ASEAN was founded in Bangkok.,,,,,,,true,,
//! typed,What is the capital of Cambodia?,Phnom Penh,Phnôm Pênh,,,,,,,
//! ordering,"Put these in the order they joined ASEAN, earliest first.",Brunei Darussalam,Viet Nam,Myanmar,Cambodia,,,,,
//! matching,Match each country with its capital.,Viet Nam = Hanoi,Thailand = Bangkok,Laos = Vientiane,,,,,,
//! numeric,In which year was ASEAN founded?,year,,,,,,1967,"The Bangkok Declaration, 8 August 1967.",30
//! ```
//!
//! The same in Vietnamese, with semicolons:
//!
//! ```text
//! loại;câu hỏi;lựa chọn 1;lựa chọn 2;lựa chọn 3;đáp án;giải thích;thời gian
//! chọn một;Thủ đô của Việt Nam là thành phố nào?;Hà Nội;Huế;Đà Nẵng;1;;20
//! số;ASEAN được thành lập năm nào?;năm;;;1967;;
//! ```
//!
//! [`export`] writes this layout with a byte-order mark (so Excel reads the
//! Vietnamese letters), the header in the pack's language and CRLF line
//! ends. Questions it cannot express are left out: pictures, maps and audio
//! (image, map and audio types), typed questions with more than 6 accepted
//! answers, and matching questions with `=` in a left item. Typed answers
//! always come back with diacritics ignored, and a question's picture,
//! difficulty, topics, members and source are not written.

use super::{check, Draft, Format, Note, Options, Place, Preview, Reason};
use crate::core::lang::{Lang, Text};
use crate::core::quiz::pack::{Accepted, Media, Pair};
use crate::core::quiz::{Answer, Pack, Question};

/// How many rows from the top may come before the header row.
const HEADER_SEARCH_ROWS: usize = 12;
/// Time limits outside 1..=this are refused.
const MAX_TIME_LIMIT_S: u32 = 3600;

// ---------------------------------------------------------------- tokenizer

/// One cell: its text (quotes removed) and where it starts.
#[derive(Clone, Debug)]
struct Cell {
    text: String,
    line: usize,
    column: usize,
}

/// One record: its cells and the line where it starts. `unclosed` is the
/// place of a quote that never closes (the record then runs to the end).
#[derive(Clone, Debug)]
struct Row {
    line: usize,
    cells: Vec<Cell>,
    unclosed: Option<(usize, usize)>,
}

impl Row {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.text.trim().is_empty())
    }

    /// The number of cells up to the last non-empty one.
    fn width(&self) -> usize {
        self.cells
            .iter()
            .rposition(|c| !c.text.trim().is_empty())
            .map_or(0, |i| i + 1)
    }
}

/// An RFC 4180 reader, lenient the way spreadsheets are: text after a
/// closing quote is kept, a quote inside an unquoted cell is a quote, spaces
/// before an opening quote are dropped. One pass over the text: every
/// character is looked at a bounded number of times.
struct Rows<'a> {
    src: &'a str,
    pos: usize,
    delim: char,
    line: usize,
    column: usize,
}

impl<'a> Rows<'a> {
    /// `src` with line ends already `\n`.
    fn new(src: &'a str, delim: char) -> Rows<'a> {
        Rows {
            src,
            pos: 0,
            delim,
            line: 1,
            column: 1,
        }
    }

    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    /// Moves over the next `len` bytes (a run without quotes or, outside
    /// quotes, delimiters) in one step, appending them to `text`: a cell of
    /// megabytes costs a few passes of `memchr`-like scans, not a loop of
    /// `bump`s.
    fn take(&mut self, len: usize, text: &mut String) {
        let run = &self.src[self.pos..self.pos + len];
        match run.rfind('\n') {
            Some(last) => {
                self.line += run.bytes().filter(|&b| b == b'\n').count();
                self.column = run[last + 1..].chars().count() + 1;
            }
            None => self.column += run.chars().count(),
        }
        text.push_str(run);
        self.pos += len;
    }
}

impl Iterator for Rows<'_> {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        if self.pos >= self.src.len() {
            return None;
        }
        let mut row = Row {
            line: self.line,
            cells: Vec::new(),
            unclosed: None,
        };
        loop {
            let mut cell = Cell {
                text: String::new(),
                line: self.line,
                column: self.column,
            };
            // Spaces, then a quote: a quoted cell.
            let rest = &self.src[self.pos..];
            let spaces = rest.len() - rest.trim_start_matches(' ').len();
            if self.delim != ' ' && rest[spaces..].starts_with('"') {
                for _ in 0..spaces {
                    self.bump();
                }
                let (open_line, open_column) = (self.line, self.column);
                self.bump();
                loop {
                    let run = self.src[self.pos..].find('"');
                    self.take(run.unwrap_or(self.src.len() - self.pos), &mut cell.text);
                    match self.bump() {
                        None => {
                            row.unclosed = Some((open_line, open_column));
                            row.cells.push(cell);
                            return Some(row);
                        }
                        Some('"') if self.peek() == Some('"') => {
                            self.bump();
                            cell.text.push('"');
                        }
                        _ => break,
                    }
                }
            }
            // Unquoted text (or what follows a closing quote).
            loop {
                let delim = self.delim;
                let run = self.src[self.pos..]
                    .find([delim, '\n'])
                    .unwrap_or(self.src.len() - self.pos);
                self.take(run, &mut cell.text);
                match self.peek() {
                    None => {
                        row.cells.push(cell);
                        return Some(row);
                    }
                    Some('\n') => {
                        self.bump();
                        row.cells.push(cell);
                        return Some(row);
                    }
                    Some(c) if c == self.delim => {
                        self.bump();
                        row.cells.push(cell);
                        break;
                    }
                    Some(c) => {
                        self.bump();
                        cell.text.push(c);
                    }
                }
            }
        }
    }
}

/// The text without a byte-order mark, line ends as `\n`.
fn clean(source: &str) -> std::borrow::Cow<'_, str> {
    let s = source.strip_prefix('\u{feff}').unwrap_or(source);
    if s.contains('\r') {
        std::borrow::Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

// ------------------------------------------------------------------ header

/// Where each known column is (cell indexes in a row).
#[derive(Clone, Debug, Default, PartialEq)]
struct Cols {
    kind: Option<usize>,
    question: Option<usize>,
    /// Option (answer) columns by number: `options[0]` is option 1.
    options: Vec<Option<usize>>,
    correct: Option<usize>,
    explanation: Option<usize>,
    time: Option<usize>,
    image: Option<usize>,
}

/// The header row that was found.
#[derive(Clone, Debug)]
struct Header {
    format: Format,
    delim: char,
    /// How many rows come before it.
    index: usize,
    cols: Cols,
    /// Its number of cells, empty ones at the end included.
    width: usize,
    /// Its number of cells up to the last non-empty one.
    score: usize,
}

/// A header cell as compared: lower case, runs of spaces (and line breaks)
/// made one space, trimmed.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `s` without notes in brackets at its end: `time limit (sec)` → `time limit`.
fn without_brackets(s: &str) -> &str {
    let mut s = s.trim();
    while s.ends_with(')') {
        match s.rfind('(') {
            Some(i) => s = s[..i].trim_end(),
            None => break,
        }
    }
    s
}

/// Whether `cell` begins with the words `prefix` (`answer 1` matches
/// `answer 1 - max 75 characters`, not `answer 10`).
fn starts_word(cell: &str, prefix: &str) -> bool {
    cell.strip_prefix(prefix)
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
}

fn find(cells: &[String], test: impl Fn(&str) -> bool) -> Option<usize> {
    cells.iter().position(|c| test(c))
}

fn find_prefix(cells: &[String], prefix: &str) -> Option<usize> {
    find(cells, |c| starts_word(c, prefix))
}

fn find_alias(cells: &[String], aliases: &[&str]) -> Option<usize> {
    find(cells, |c| aliases.contains(&without_brackets(c)))
}

/// The layout a header row (its cells normalised) is, if any; `blooket` says
/// a Blooket title was seen above it.
fn classify(cells: &[String], blooket: bool) -> Option<(Format, Cols)> {
    let numbered = |prefix: &str, count: usize| -> Vec<Option<usize>> {
        (1..=count)
            .map(|i| find_prefix(cells, &format!("{prefix} {i}")))
            .collect()
    };
    let question_text = find(cells, |c| c == "question text");
    let correct = find_prefix(cells, "correct answer");
    // Quizizz / Wayground.
    let options = numbered("option", 5);
    let kind = find(cells, |c| c == "question type");
    if question_text.is_some() && options[0].is_some() && (kind.is_some() || correct.is_some()) {
        return Some((
            Format::Quizizz,
            Cols {
                kind,
                question: question_text,
                options,
                correct,
                explanation: find_prefix(cells, "answer explanation")
                    .or_else(|| find_prefix(cells, "explanation")),
                time: find_prefix(cells, "time"),
                image: find_prefix(cells, "image"),
            },
        ));
    }
    // Blooket and Kahoot.
    let answers = numbered("answer", 4);
    let kahoot_question = find(cells, |c| {
        starts_word(c, "question") && c != "question #" && c != "question type"
    });
    if answers[0].is_some() && correct.is_some() {
        let cols = |question| Cols {
            question,
            options: answers.clone(),
            correct,
            time: find_prefix(cells, "time limit"),
            ..Cols::default()
        };
        if question_text.is_some() && (blooket || cells.iter().any(|c| c == "question #")) {
            return Some((Format::Blooket, cols(question_text)));
        }
        if blooket && kahoot_question.is_some() {
            return Some((Format::Blooket, cols(kahoot_question)));
        }
        if kahoot_question.is_some() {
            return Some((Format::Kahoot, cols(kahoot_question)));
        }
    }
    // Ours.
    let question = find_alias(cells, &["question", "câu hỏi"]);
    let ours = Cols {
        kind: find_alias(cells, &["type", "loại", "loại câu hỏi", "kiểu"]),
        question,
        options: (1..=6)
            .map(|i| {
                find_alias(
                    cells,
                    &[
                        format!("option {i}").as_str(),
                        format!("lựa chọn {i}").as_str(),
                        format!("phương án {i}").as_str(),
                    ],
                )
            })
            .collect(),
        correct: find_alias(
            cells,
            &["correct", "correct answer", "đáp án", "đáp án đúng"],
        ),
        explanation: find_alias(cells, &["explanation", "giải thích"]),
        time: find_alias(cells, &["time limit", "time", "thời gian"]),
        image: None,
    };
    if question.is_some()
        && (ours.kind.is_some() || ours.correct.is_some() || ours.options[0].is_some())
    {
        return Some((Format::Csv, ours));
    }
    None
}

/// How much of a cell the header search reads.
const HEADER_CELL_BYTES: usize = 200;

/// The first `max` bytes of `s`, or fewer, ending on a character boundary.
fn start_of(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Looks for the header row with each delimiter; the one giving the header
/// the most non-empty cells wins. `Err` is the place of a quote that never closes
/// before any header was found (or in the header row).
fn find_header(src: &str) -> Result<Option<Header>, (usize, usize)> {
    let mut best: Option<Header> = None;
    let mut unclosed = None;
    for delim in [',', ';', '\t'] {
        let mut blooket = false;
        for (index, row) in Rows::new(src, delim).enumerate().take(HEADER_SEARCH_ROWS) {
            // A header cell is short: only a cell's start is looked at, so a
            // megabyte cell (an open quote) costs nothing here.
            let cells: Vec<String> = row
                .cells
                .iter()
                .map(|c| norm(start_of(&c.text, HEADER_CELL_BYTES)))
                .collect();
            if let Some((format, cols)) = classify(&cells, blooket) {
                if let Some(at) = row.unclosed {
                    unclosed = unclosed.or(Some(at));
                    break;
                }
                if best.as_ref().is_none_or(|b| row.width() > b.score) {
                    best = Some(Header {
                        format,
                        delim,
                        index,
                        cols,
                        width: row.cells.len(),
                        score: row.width(),
                    });
                }
                break;
            }
            if let Some(at) = row.unclosed {
                unclosed = unclosed.or(Some(at));
            }
            blooket |= cells.iter().any(|c| c.contains("blooket"));
        }
    }
    match (best, unclosed) {
        (Some(h), _) => Ok(Some(h)),
        (None, Some(at)) => Err(at),
        (None, None) => Ok(None),
    }
}

/// The layout a CSV's header row matches, if any.
pub fn layout_of(source: &str) -> Option<Format> {
    let src = clean(source);
    find_header(&src).ok().flatten().map(|h| h.format)
}

// ------------------------------------------------------------------- rows

/// A data row, read through the header's columns.
struct Fields<'r> {
    row: &'r Row,
}

impl Fields<'_> {
    fn get(&self, col: Option<usize>) -> &str {
        col.and_then(|i| self.row.cells.get(i))
            .map_or("", |c| c.text.trim())
    }

    /// The place of a cell: the row's line, and the cell's column when it
    /// starts on that line.
    fn place(&self, col: Option<usize>) -> Place {
        let cell = col.and_then(|i| self.row.cells.get(i));
        Place {
            line: self.row.line,
            column: cell.filter(|c| c.line == self.row.line).map(|c| c.column),
        }
    }

    fn skip(&self, col: Option<usize>, reason: Reason) -> Note {
        Note::new(self.place(col), reason)
    }

    /// The non-empty options with their numbers (from 1).
    fn options(&self, cols: &Cols) -> Vec<(usize, String)> {
        cols.options
            .iter()
            .enumerate()
            .map(|(i, &c)| (i + 1, self.get(c).to_string()))
            .filter(|(_, s)| !s.is_empty())
            .collect()
    }

    /// Whether the row has nothing to ask: every column but the type, the
    /// time and the row number is empty.
    fn is_empty(&self, cols: &Cols) -> bool {
        [cols.question, cols.correct, cols.explanation, cols.image]
            .iter()
            .chain(cols.options.iter())
            .all(|&c| self.get(c).is_empty())
    }
}

/// What one row gives.
type Built = Result<(Question, Vec<Reason>), Note>;

/// Option numbers: `2`, `1,3`, `1, 3`, `1;3`, `1 3`. `Err` is the first part
/// that is not a number from 1.
fn numbers(s: &str) -> Result<Vec<usize>, String> {
    s.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .map(|t| match t.parse::<usize>() {
            Ok(n) if n >= 1 => Ok(n),
            _ => Err(t.to_string()),
        })
        .collect()
}

/// The options kept and the positions of the right ones among them (sorted,
/// no repeats), from the right option numbers in the `correct` cell.
fn choice(f: &Fields, cols: &Cols) -> Result<(Vec<String>, Vec<usize>), Note> {
    let options = f.options(cols);
    let cell = f.get(cols.correct);
    if cell.is_empty() {
        return Err(f.skip(cols.correct, Reason::MissingAnswer));
    }
    if options.len() < 2 {
        return Err(f.skip(
            cols.options.first().copied().flatten(),
            Reason::TooFewOptions {
                found: options.len(),
                min: 2,
            },
        ));
    }
    let bad = |value: String| f.skip(cols.correct, Reason::BadCorrect { value });
    let mut right = Vec::new();
    for n in numbers(cell).map_err(bad)? {
        match options.iter().position(|(i, _)| *i == n) {
            Some(p) => right.push(p),
            None => return Err(bad(n.to_string())),
        }
    }
    if right.is_empty() {
        return Err(bad(cell.to_string()));
    }
    right.sort_unstable();
    right.dedup();
    Ok((options.into_iter().map(|(_, s)| s).collect(), right))
}

/// `Some(true)` for a word meaning true, `Some(false)` for false.
fn truth(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "true" | "đúng" => Some(true),
        "false" | "sai" => Some(false),
        _ => None,
    }
}

/// A choice question: true/false when the two options are True and False
/// (`true_false`), single with one right option, else multiple.
fn choice_answer(
    opts: &Options,
    options: Vec<String>,
    right: Vec<usize>,
    true_false: bool,
) -> Answer {
    if true_false && right.len() == 1 && options.len() == 2 {
        if let (Some(a), Some(b)) = (truth(&options[0]), truth(&options[1])) {
            if a != b {
                return Answer::TrueFalse {
                    correct: truth(&options[right[0]]) == Some(true),
                };
            }
        }
    }
    let texts = options.iter().map(|s| opts.text(s)).collect();
    if right.len() == 1 {
        Answer::Single {
            options: texts,
            correct: right[0],
        }
    } else {
        Answer::Multiple {
            options: texts,
            correct: right,
        }
    }
}

fn accepted(opts: &Options, list: Vec<String>) -> Accepted {
    let list: Vec<String> = list.iter().map(|s| s.trim().to_string()).collect();
    match opts.lang {
        Lang::Vi => Accepted {
            vi: list,
            en: Vec::new(),
        },
        Lang::En => Accepted {
            vi: Vec::new(),
            en: list,
        },
    }
}

/// A time limit cell: `None` when empty or bad (with a warning when bad).
fn time_limit(s: &str, warnings: &mut Vec<Reason>) -> Option<u32> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let lower = t.to_lowercase();
    let digits = ["seconds", "second", "secs", "sec", "giây", "s"]
        .iter()
        .find_map(|u| lower.strip_suffix(u))
        .unwrap_or(&lower)
        .trim();
    let digits = digits.strip_suffix(".0").unwrap_or(digits);
    match digits.parse::<u32>() {
        Ok(n) if (1..=MAX_TIME_LIMIT_S).contains(&n) => Some(n),
        _ => {
            warnings.push(Reason::BadTimeLimit {
                value: t.to_string(),
            });
            None
        }
    }
}

/// The question a row asks, with the fields every layout shares.
fn finish(
    f: &Fields,
    cols: &Cols,
    opts: &Options,
    n: usize,
    answer: Answer,
    mut warnings: Vec<Reason>,
) -> (Question, Vec<Reason>) {
    let mut q = opts.question(n, f.get(cols.question), answer);
    q.explanation = opts.text(f.get(cols.explanation));
    q.time_limit_s = time_limit(f.get(cols.time), &mut warnings);
    (q, warnings)
}

/// Kahoot and Blooket: choice questions only.
fn kahoot_row(f: &Fields, cols: &Cols, opts: &Options, n: usize) -> Built {
    let (options, right) = choice(f, cols)?;
    let answer = choice_answer(opts, options, right, true);
    Ok(finish(f, cols, opts, n, answer, Vec::new()))
}

/// A question type name as compared: lower case, letters and digits only.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn quizizz_row(f: &Fields, cols: &Cols, opts: &Options, n: usize) -> Built {
    let kind = f.get(cols.kind);
    let answer = match squash(kind).as_str() {
        "" | "multiplechoice" | "mcq" => {
            let (options, right) = choice(f, cols)?;
            choice_answer(opts, options, right, true)
        }
        "checkbox" | "checkboxes" => {
            let (options, right) = choice(f, cols)?;
            choice_answer(opts, options, right, false)
        }
        "fillintheblank" | "fillintheblanks" | "fillblank" => {
            let mut list: Vec<String> = f.options(cols).into_iter().map(|(_, s)| s).collect();
            if list.is_empty() && !f.get(cols.correct).is_empty() {
                list.push(f.get(cols.correct).to_string());
            }
            if list.is_empty() {
                return Err(f.skip(cols.correct, Reason::MissingAnswer));
            }
            Answer::Typed {
                accepted: accepted(opts, list),
                fold_diacritics: true,
            }
        }
        _ => {
            return Err(f.skip(
                cols.kind,
                Reason::UnsupportedType {
                    name: kind.to_string(),
                },
            ))
        }
    };
    let mut warnings = Vec::new();
    let image = f.get(cols.image);
    let mut media = None;
    if image.to_ascii_lowercase().starts_with("data:image/") {
        media = Some(Media {
            src: image.to_string(),
            alt: opts.text(f.get(cols.question)),
        });
    } else if !image.is_empty() {
        warnings.push(Reason::RemoteImage {
            url: image.to_string(),
        });
    }
    let (mut q, warnings) = finish(f, cols, opts, n, answer, warnings);
    q.media = media;
    Ok((q, warnings))
}

/// Our question types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Single,
    Multiple,
    TrueFalse,
    Typed,
    Ordering,
    Matching,
    Numeric,
}

/// Our type names (and their Vietnamese aliases), as compared: lower case,
/// `-`, `_`, `/` made spaces.
fn kind_of(s: &str) -> Option<Kind> {
    let s: String = s
        .to_lowercase()
        .chars()
        .map(|c| if matches!(c, '-' | '_' | '/') { ' ' } else { c })
        .collect();
    Some(match norm(&s).as_str() {
        "single" | "chọn một" => Kind::Single,
        "multiple" | "chọn nhiều" => Kind::Multiple,
        "true false" | "đúng sai" => Kind::TrueFalse,
        "typed" | "điền" => Kind::Typed,
        "ordering" | "sắp xếp" => Kind::Ordering,
        "matching" | "ghép nối" => Kind::Matching,
        "numeric" | "số" => Kind::Numeric,
        _ => return None,
    })
}

/// A number: digits with `.` or one `,` for decimals, a sign in front.
/// A comma followed by exactly three digits (`1,967`) is refused: it may be
/// a thousands separator.
fn number(s: &str) -> Option<f64> {
    let s = s.trim().replace('\u{2212}', "-");
    let s = match s.split_once(',') {
        Some((int, frac)) => {
            if s.contains('.')
                || frac.contains(',')
                || (frac.len() == 3 && frac.bytes().all(|b| b.is_ascii_digit()))
            {
                return None;
            }
            format!("{int}.{frac}")
        }
        None => s,
    };
    let body = s.strip_prefix(['-', '+']).unwrap_or(&s);
    let ok = body.bytes().any(|b| b.is_ascii_digit())
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && body.bytes().filter(|&b| b == b'.').count() <= 1
        && !body.starts_with('.')
        && !body.ends_with('.');
    if !ok {
        return None;
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A numeric answer: `1967`, `1967 ± 2` (or `+/-`, `+-`), `1965..1969`.
fn numeric(s: &str) -> Option<(f64, f64)> {
    if let Some((a, b)) = s.split_once("..") {
        let (a, b) = (number(a)?, number(b)?);
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        return Some(((lo + hi) / 2.0, (hi - lo) / 2.0));
    }
    for sep in ["±", "+/-", "+-"] {
        if let Some((v, t)) = s.split_once(sep) {
            let (v, t) = (number(v)?, number(t)?);
            return (t >= 0.0).then_some((v, t));
        }
    }
    Some((number(s)?, 0.0))
}

fn ours_row(f: &Fields, cols: &Cols, opts: &Options, n: usize) -> Built {
    let kind_cell = f.get(cols.kind);
    let kind = if kind_cell.is_empty() {
        None
    } else {
        Some(kind_of(kind_cell).ok_or_else(|| {
            f.skip(
                cols.kind,
                Reason::UnsupportedType {
                    name: kind_cell.to_string(),
                },
            )
        })?)
    };
    let correct = f.get(cols.correct);
    let listed = || -> Vec<String> { f.options(cols).into_iter().map(|(_, s)| s).collect() };
    let answer = match kind {
        None | Some(Kind::Single) | Some(Kind::Multiple) => {
            let (options, right) = choice(f, cols)?;
            if kind == Some(Kind::Single) && right.len() > 1 {
                return Err(f.skip(
                    cols.correct,
                    Reason::BadCorrect {
                        value: correct.to_string(),
                    },
                ));
            }
            let texts = options.iter().map(|s| opts.text(s)).collect();
            if kind == Some(Kind::Multiple) || right.len() > 1 {
                Answer::Multiple {
                    options: texts,
                    correct: right,
                }
            } else {
                Answer::Single {
                    options: texts,
                    correct: right[0],
                }
            }
        }
        Some(Kind::TrueFalse) => {
            if correct.is_empty() {
                return Err(f.skip(cols.correct, Reason::MissingAnswer));
            }
            match truth(correct) {
                Some(b) => Answer::TrueFalse { correct: b },
                None => {
                    return Err(f.skip(
                        cols.correct,
                        Reason::BadCorrect {
                            value: correct.to_string(),
                        },
                    ))
                }
            }
        }
        Some(Kind::Typed) => {
            let mut list = listed();
            if list.is_empty() && !correct.is_empty() {
                list.push(correct.to_string());
            }
            if list.is_empty() {
                return Err(f.skip(cols.correct, Reason::MissingAnswer));
            }
            Answer::Typed {
                accepted: accepted(opts, list),
                fold_diacritics: true,
            }
        }
        Some(Kind::Ordering) => Answer::Ordering {
            items: listed().iter().map(|s| opts.text(s)).collect(),
        },
        Some(Kind::Matching) => {
            let mut pairs = Vec::new();
            for (i, s) in f.options(cols) {
                match s.split_once('=') {
                    Some((l, r)) if !l.trim().is_empty() && !r.trim().is_empty() => {
                        pairs.push(Pair {
                            left: opts.text(l),
                            right: opts.text(r),
                        })
                    }
                    _ => return Err(f.skip(cols.options[i - 1], Reason::BadPair)),
                }
            }
            Answer::Matching { pairs }
        }
        Some(Kind::Numeric) => {
            if correct.is_empty() {
                return Err(f.skip(cols.correct, Reason::MissingAnswer));
            }
            let (value, tolerance) = numeric(correct).ok_or_else(|| {
                f.skip(
                    cols.correct,
                    Reason::BadNumber {
                        value: correct.to_string(),
                    },
                )
            })?;
            let unit = f.get(cols.options.first().copied().flatten());
            Answer::Numeric {
                value,
                tolerance,
                unit: (!unit.is_empty()).then(|| opts.text(unit)),
            }
        }
    };
    Ok(finish(f, cols, opts, n, answer, Vec::new()))
}

/// Whether a row is Quizizz's line of instructions under the header.
fn is_instructions(f: &Fields, cols: &Cols) -> bool {
    let q = f.get(cols.question).to_lowercase();
    q.starts_with("text of the question") || q.contains("(required)")
}

/// Reads a CSV in any of the four layouts (see the module's documentation).
///
/// `Err` when no header row is found ([`Reason::UnknownLayout`], line 1) or
/// when the header row (or a row above it) has a quote that never closes
/// ([`Reason::UnclosedQuote`]). Rows that cannot be imported are listed in
/// [`Preview::skipped`].
pub fn import(source: &str, opts: &Options) -> Result<Preview, Note> {
    let src = clean(source);
    let header = match find_header(&src) {
        Ok(Some(h)) => h,
        Ok(None) => return Err(Note::new(Place::line(1), Reason::UnknownLayout)),
        Err((line, column)) => {
            return Err(Note::new(Place::at(line, column), Reason::UnclosedQuote))
        }
    };
    let cols = &header.cols;
    let mut preview = Preview {
        format: header.format,
        title: None,
        languages: vec![opts.lang],
        questions: Vec::new(),
        skipped: Vec::new(),
        pack: None,
    };
    let mut n = 0;
    let mut first = true;
    for row in Rows::new(&src, header.delim).skip(header.index + 1) {
        let f = Fields { row: &row };
        if let Some((line, column)) = row.unclosed {
            let column = (line == row.line).then_some(column);
            preview.skipped.push(Note::new(
                Place {
                    line: row.line,
                    column,
                },
                Reason::UnclosedQuote,
            ));
            break;
        }
        if row.is_blank() {
            continue;
        }
        if super::stop_here(
            preview.questions.len(),
            &mut preview.skipped,
            Place::line(row.line),
        ) {
            break;
        }
        if row.cells.len() > header.width {
            n += 1;
            preview.skipped.push(f.skip(
                Some(header.width),
                Reason::WrongColumnCount {
                    found: row.cells.len(),
                    expected: header.width,
                },
            ));
            first = false;
            continue;
        }
        if f.is_empty(cols)
            || (first && header.format == Format::Quizizz && is_instructions(&f, cols))
        {
            continue;
        }
        first = false;
        n += 1;
        let built = match header.format {
            Format::Kahoot | Format::Blooket => kahoot_row(&f, cols, opts, n),
            Format::Quizizz => quizizz_row(&f, cols, opts, n),
            _ => ours_row(&f, cols, opts, n),
        };
        match built {
            Ok((question, warnings)) => match check(&question, opts.lang) {
                Some(reason) => preview
                    .skipped
                    .push(Note::new(Place::line(row.line), reason)),
                None => preview.questions.push(Draft {
                    place: Place::line(row.line),
                    question,
                    warnings,
                }),
            },
            Err(note) => preview.skipped.push(note),
        }
    }
    Ok(preview)
}

// ------------------------------------------------------------------ export

/// A cell, quoted when it holds a comma, a quote or a line break.
fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The cells of one question (type, question, six options, correct), or
/// `None` when our CSV cannot express it.
fn cells_of(q: &Question, lang: Lang) -> Option<Vec<String>> {
    let text = |t: &Text| t.get(lang).to_string();
    let mut options: Vec<String> = Vec::new();
    let mut correct = String::new();
    let kind = match &q.answer {
        Answer::Single {
            options: o,
            correct: c,
        } => {
            options = o.iter().map(text).collect();
            correct = (c + 1).to_string();
            "single"
        }
        Answer::Multiple {
            options: o,
            correct: c,
        } => {
            options = o.iter().map(text).collect();
            correct = c
                .iter()
                .map(|c| (c + 1).to_string())
                .collect::<Vec<_>>()
                .join(",");
            "multiple"
        }
        Answer::TrueFalse { correct: c } => {
            correct = c.to_string();
            "true_false"
        }
        Answer::Typed { accepted, .. } => {
            options = accepted.get(lang).to_vec();
            "typed"
        }
        Answer::Ordering { items } => {
            options = items.iter().map(text).collect();
            "ordering"
        }
        Answer::Matching { pairs } => {
            if pairs.iter().any(|p| p.left.get(lang).contains('=')) {
                return None;
            }
            options = pairs
                .iter()
                .map(|p| format!("{} = {}", p.left.get(lang), p.right.get(lang)))
                .collect();
            "matching"
        }
        Answer::Numeric {
            value,
            tolerance,
            unit,
        } => {
            if let Some(u) = unit {
                options.push(text(u));
            }
            correct = if *tolerance > 0.0 {
                format!("{value} ± {tolerance}")
            } else {
                value.to_string()
            };
            "numeric"
        }
        Answer::Image { .. } | Answer::Map { .. } | Answer::Audio { .. } => return None,
    };
    if options.len() > 6 {
        return None;
    }
    options.resize(6, String::new());
    let mut cells = vec![kind.to_string(), text(&q.prompt)];
    cells.extend(options);
    cells.push(correct);
    Some(cells)
}

/// A pack as our CSV, its texts in `lang` (see the module's documentation
/// for what is left out).
pub fn export(pack: &Pack, lang: Lang) -> String {
    let header: &[&str] = match lang {
        Lang::En => &[
            "type",
            "question",
            "option 1",
            "option 2",
            "option 3",
            "option 4",
            "option 5",
            "option 6",
            "correct",
            "explanation",
            "time limit",
        ],
        Lang::Vi => &[
            "loại",
            "câu hỏi",
            "lựa chọn 1",
            "lựa chọn 2",
            "lựa chọn 3",
            "lựa chọn 4",
            "lựa chọn 5",
            "lựa chọn 6",
            "đáp án",
            "giải thích",
            "thời gian",
        ],
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for q in &pack.questions {
        let Some(mut cells) = cells_of(q, lang) else {
            continue;
        };
        cells.push(q.explanation.get(lang).to_string());
        cells.push(q.time_limit_s.map(|t| t.to_string()).unwrap_or_default());
        let line: Vec<String> = cells.iter().map(|c| quote(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::quiz::Level;

    fn en() -> Options {
        Options::new(Lang::En, "t")
    }

    fn imp(s: &str) -> Preview {
        import(s, &en()).unwrap()
    }

    fn answers(p: &Preview) -> Vec<&Answer> {
        p.questions.iter().map(|d| &d.question.answer).collect()
    }

    fn texts(v: &[&str]) -> Vec<Text> {
        v.iter().map(|s| Text::new("", *s)).collect()
    }

    /// Skipped rows as (line, column, reason).
    fn skipped(p: &Preview) -> Vec<(usize, Option<usize>, Reason)> {
        p.skipped
            .iter()
            .map(|n| (n.place.line, n.place.column, n.reason.clone()))
            .collect()
    }

    const OURS: &str = "type,question,option 1,option 2,option 3,option 4,option 5,option 6,correct,explanation,time limit\n";

    const KAHOOT: &str = "\
,,,,,,,
,Quiz template,,,,,,
,\"Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!\",,,,,,
,\"Remember: questions have a limit of 120 characters and answers can have 75 characters max. If several answers are correct, separate them with a comma.\",,,,,,
,,,,,,,
,Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,\"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs\",Correct answer(s) - choose at least one
1,In which year was ASEAN founded?,1965,1967,1971,1999,20,2
2,Which of these were founding members of ASEAN?,Indonesia,Viet Nam,Thailand,Cambodia,30,\"1,3\"
3,Hanoi is the capital of Viet Nam.,True,False,,,10,1
4,,,,,,,
5,,,,,,,
";

    // ------------------------------------------------------------ layouts

    #[test]
    fn kahoot_with_instruction_rows_and_row_numbers() {
        assert_eq!(layout_of(KAHOOT), Some(Format::Kahoot));
        let p = imp(KAHOOT);
        assert_eq!(p.format, Format::Kahoot);
        assert_eq!(p.languages, vec![Lang::En]);
        assert_eq!((p.title.clone(), p.pack.clone()), (None, None));
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(
            answers(&p),
            vec![
                &Answer::Single {
                    options: texts(&["1965", "1967", "1971", "1999"]),
                    correct: 1
                },
                &Answer::Multiple {
                    options: texts(&["Indonesia", "Viet Nam", "Thailand", "Cambodia"]),
                    correct: vec![0, 2]
                },
                &Answer::TrueFalse { correct: true },
            ]
        );
        let q = &p.questions[0];
        assert_eq!(q.place, Place::line(7));
        assert_eq!(q.question.id, "t-001");
        assert_eq!(
            q.question.prompt,
            Text::new("", "In which year was ASEAN founded?")
        );
        assert_eq!(q.question.time_limit_s, Some(20));
        assert_eq!(p.questions[2].question.id, "t-003");
        assert_eq!(p.questions[2].place, Place::line(9));
    }

    #[test]
    fn kahoot_semicolon_and_tab() {
        let semi = "\
;Question - max 120 characters;Answer 1 - max 75 characters;Answer 2 - max 75 characters;Answer 3 - max 75 characters;Answer 4 - max 75 characters;Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs;Correct answer(s) - choose at least one
1;Which city is the capital of Thailand?;Chiang Mai;Bangkok;Phuket;;20;2
2;Which of these are ASEAN member states?;Singapore;India;Malaysia;Japan;30;1;3
";
        // "1;3" unquoted in a semicolon file would be two cells: quote it.
        let semi = semi.replace("30;1;3", "30;\"1;3\"");
        assert_eq!(layout_of(&semi), Some(Format::Kahoot));
        let p = imp(&semi);
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(
            answers(&p)[1],
            &Answer::Multiple {
                options: texts(&["Singapore", "India", "Malaysia", "Japan"]),
                correct: vec![0, 2]
            }
        );
        let tab = semi.replace(';', "\t").replace("\"1\t3\"", "1, 3");
        assert_eq!(layout_of(&tab), Some(Format::Kahoot));
        let p = imp(&tab);
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(answers(&p).len(), 2);
        assert_eq!(
            answers(&p)[0],
            &Answer::Single {
                options: texts(&["Chiang Mai", "Bangkok", "Phuket"]),
                correct: 1
            }
        );
    }

    #[test]
    fn kahoot_empty_answer_cells_keep_their_numbers() {
        let csv = "\
Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit,Correct answer(s)
Which city is the capital of Thailand?,Chiang Mai,,Bangkok,Phuket,20,3
Which city is the capital of the Philippines?,Cebu,,Manila,Davao,20,2
";
        let p = imp(csv);
        assert_eq!(
            answers(&p),
            vec![&Answer::Single {
                options: texts(&["Chiang Mai", "Bangkok", "Phuket"]),
                correct: 1
            }]
        );
        // "2" names the empty cell: not an option.
        assert_eq!(
            skipped(&p),
            vec![(3, Some(69), Reason::BadCorrect { value: "2".into() })]
        );
    }

    #[test]
    fn kahoot_true_false_in_vietnamese_and_several_right_spellings() {
        let csv = "\
Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit,Correct answer
Việt Nam gia nhập ASEAN năm 1995.,Đúng,Sai,,,20,1
Lào có bờ biển.,Đúng,Sai,,,20,2
Which of these are ASEAN members?,Brunei Darussalam,Australia,Philippines,Myanmar,20,\"1, 3;4\"
";
        let p = import(csv, &Options::new(Lang::Vi, "t")).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(p.languages, vec![Lang::Vi]);
        assert_eq!(answers(&p)[0], &Answer::TrueFalse { correct: true });
        assert_eq!(answers(&p)[1], &Answer::TrueFalse { correct: false });
        assert_eq!(
            p.questions[0].question.prompt,
            Text::new("Việt Nam gia nhập ASEAN năm 1995.", "")
        );
        match answers(&p)[2] {
            Answer::Multiple { correct, .. } => assert_eq!(correct, &vec![0, 2, 3]),
            a => panic!("{a:?}"),
        }
    }

    #[test]
    fn kahoot_bad_time_limit_is_a_warning() {
        let csv = "\
Question,Answer 1,Answer 2,Time limit (sec),Correct answer(s)
In which year was ASEAN founded?,1967,1977,twenty,1
Which city hosts the ASEAN Secretariat?,Jakarta,Singapore,0,1
";
        let p = imp(csv);
        assert_eq!(p.questions.len(), 2);
        assert_eq!(p.questions[0].question.time_limit_s, None);
        assert_eq!(
            p.questions[0].warnings,
            vec![Reason::BadTimeLimit {
                value: "twenty".into()
            }]
        );
        assert_eq!(
            p.questions[1].warnings,
            vec![Reason::BadTimeLimit { value: "0".into() }]
        );
    }

    #[test]
    fn quizizz_every_type() {
        let csv = "\
Question Text,Question Type,Option 1,Option 2,Option 3,Option 4,Option 5,Correct Answer,Time in seconds,Image Link,Answer explanation
Text of the question (required),Question Type (default is Multiple Choice),Text for option 1,Text for option 2,Text for option 3 (optional),Text for option 4 (optional),Text for option 5 (optional),The correct option choice (between 1-5),Time in seconds (optional),Link of the image (optional),Answer explanation (optional)
Which country is an ASEAN member?,Multiple Choice,India,Brunei Darussalam,China,Japan,,2,30,,\"Brunei Darussalam joined ASEAN in 1984, after its independence.\"
Which of these are ASEAN member states?,Checkbox,Malaysia,Australia,Singapore,Myanmar,,\"1,3,4\",45,,
Which of these cities are capitals of ASEAN members?,Multiple Choice,Bangkok,Sydney,Manila,Tokyo,,\"1,3\",,,
What is the capital of Viet Nam?,Fill-in-the-Blank,Hanoi,Ha Noi,,,,,20,,
What is the capital of the Philippines?,Fill-in-the-Blank,,,,,,Manila,20,,
Describe ASEAN in one word.,Open-Ended,,,,,,,60,,
Which country's capital is Vientiane?,Multiple Choice,Viet Nam,Laos,Thailand,,,2,20,\"data:image/png;base64,iVBORw0KGgo=\",
Where is Angkor Wat?,Multiple Choice,Thailand,Cambodia,Myanmar,,,2,20,https://example.org/angkor.jpg,
Hanoi is the capital of Viet Nam.,,True,False,,,,1,,,
";
        assert_eq!(layout_of(csv), Some(Format::Quizizz));
        let p = imp(csv);
        assert_eq!(p.format, Format::Quizizz);
        assert_eq!(
            skipped(&p),
            vec![(
                8,
                Some(29),
                Reason::UnsupportedType {
                    name: "Open-Ended".into()
                }
            )]
        );
        let a = answers(&p);
        assert_eq!(a.len(), 8);
        assert_eq!(
            a[0],
            &Answer::Single {
                options: texts(&["India", "Brunei Darussalam", "China", "Japan"]),
                correct: 1
            }
        );
        assert_eq!(
            p.questions[0].question.explanation,
            Text::new(
                "",
                "Brunei Darussalam joined ASEAN in 1984, after its independence."
            )
        );
        assert_eq!(p.questions[0].question.time_limit_s, Some(30));
        assert_eq!(p.questions[0].place, Place::line(3));
        match a[1] {
            Answer::Multiple { correct, .. } => assert_eq!(correct, &vec![0, 2, 3]),
            x => panic!("{x:?}"),
        }
        match a[2] {
            Answer::Multiple { correct, .. } => assert_eq!(correct, &vec![0, 2]),
            x => panic!("{x:?}"),
        }
        let typed = |list: &[&str]| Answer::Typed {
            accepted: Accepted {
                vi: vec![],
                en: list.iter().map(|s| s.to_string()).collect(),
            },
            fold_diacritics: true,
        };
        assert_eq!(a[3], &typed(&["Hanoi", "Ha Noi"]));
        assert_eq!(a[4], &typed(&["Manila"]));
        // Question 6 (Open-Ended) was skipped but used its number.
        assert_eq!(p.questions[5].question.id, "t-007");
        assert_eq!(
            p.questions[5].question.media,
            Some(Media {
                src: "data:image/png;base64,iVBORw0KGgo=".into(),
                alt: Text::new("", "Which country's capital is Vientiane?"),
            })
        );
        assert!(p.questions[5].warnings.is_empty());
        assert_eq!(p.questions[6].question.media, None);
        assert_eq!(
            p.questions[6].warnings,
            vec![Reason::RemoteImage {
                url: "https://example.org/angkor.jpg".into()
            }]
        );
        assert_eq!(
            p.questions[6].question.prompt,
            Text::new("", "Where is Angkor Wat?")
        );
        // No type: multiple choice, and True/False becomes true/false.
        assert_eq!(a[7], &Answer::TrueFalse { correct: true });
    }

    #[test]
    fn quizizz_checkbox_with_one_right_is_single() {
        let csv = "\
Question Text,Question Type,Option 1,Option 2,Option 3,Correct Answer
Which country is landlocked?,Checkbox,Laos,Viet Nam,Thailand,1
";
        let p = imp(csv);
        assert_eq!(
            answers(&p),
            vec![&Answer::Single {
                options: texts(&["Laos", "Viet Nam", "Thailand"]),
                correct: 0
            }]
        );
    }

    #[test]
    fn blooket_with_title_row_and_headers_on_several_lines() {
        let csv = "\
Blooket Import Template,,,,,,,
Question #,Question Text,Answer 1,Answer 2,\"Answer 3
(Optional)\",\"Answer 4
(Optional)\",\"Time Limit (sec)
(Max: 300 seconds)\",\"Correct Answer(s)
(Only include Answer #)\"
1,Where is the ASEAN Secretariat?,Jakarta,Bangkok,Manila,,20,1
2,Which of these are ASEAN member states?,Cambodia,Laos,China,India,30,\"1,2\"
3,,,,,,,
4,Which city is Viet Nam's capital?,Hanoi,Hue,,,500,5
";
        assert_eq!(layout_of(csv), Some(Format::Blooket));
        let p = imp(csv);
        assert_eq!(p.format, Format::Blooket);
        assert_eq!(
            answers(&p),
            vec![
                &Answer::Single {
                    options: texts(&["Jakarta", "Bangkok", "Manila"]),
                    correct: 0
                },
                &Answer::Multiple {
                    options: texts(&["Cambodia", "Laos", "China", "India"]),
                    correct: vec![0, 1]
                },
            ]
        );
        // The header spans lines 2 to 6.
        assert_eq!(p.questions[0].place, Place::line(7));
        assert_eq!(p.questions[0].question.time_limit_s, Some(20));
        assert_eq!(
            skipped(&p),
            vec![(10, Some(53), Reason::BadCorrect { value: "5".into() })]
        );
        // Without the title row the `Question #` column tells.
        let rest = &csv[csv.find('\n').unwrap() + 1..];
        assert_eq!(layout_of(rest), Some(Format::Blooket));
    }

    #[test]
    fn ours_every_type() {
        let csv = format!(
            "{OURS}\
single,Which city is Viet Nam's capital?,Hanoi,Ho Chi Minh City,Da Nang,,,,1,\"Hanoi has been the capital since 1976, when the country was reunified.\",20
multiple,Which of these were founding members of ASEAN?,Indonesia,Viet Nam,Malaysia,Laos,,,\"1,3\",,
true_false,ASEAN was founded in Bangkok.,,,,,,,true,,
True-False,ASEAN was founded in 1990.,,,,,,,FALSE,,
typed,What is the capital of Cambodia?,Phnom Penh,Phnom Pénh,,,,,,,
ordering,\"Put these in the order they joined ASEAN, earliest first.\",Brunei Darussalam,Viet Nam,Myanmar,Cambodia,,,,,
matching,Match each country with its capital.,Viet Nam = Hanoi,Thailand = Bangkok,Philippines=Manila,,,,,,
numeric,In which year was ASEAN founded?,,,,,,,1967,,
numeric,In which year was ASEAN founded?,year,,,,,,1967 ± 2,,
numeric,In which year was ASEAN founded?,,,,,,,1965..1969,,
numeric,How many countries signed the Bangkok Declaration?,countries,,,,,,5,,
,Which city is the capital of Malaysia?,Kuala Lumpur,Penang,,,,,1,,
,Which of these are ASEAN members?,Singapore,Brunei Darussalam,Sri Lanka,,,,\"1,2\",,
"
        );
        assert_eq!(layout_of(&csv), Some(Format::Csv));
        let p = imp(&csv);
        assert_eq!(p.format, Format::Csv);
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        let a = answers(&p);
        assert_eq!(
            a[0],
            &Answer::Single {
                options: texts(&["Hanoi", "Ho Chi Minh City", "Da Nang"]),
                correct: 0
            }
        );
        assert_eq!(p.questions[0].question.time_limit_s, Some(20));
        assert_eq!(
            p.questions[0].question.explanation.en,
            "Hanoi has been the capital since 1976, when the country was reunified."
        );
        assert_eq!(
            a[1],
            &Answer::Multiple {
                options: texts(&["Indonesia", "Viet Nam", "Malaysia", "Laos"]),
                correct: vec![0, 2]
            }
        );
        assert_eq!(a[2], &Answer::TrueFalse { correct: true });
        assert_eq!(a[3], &Answer::TrueFalse { correct: false });
        assert_eq!(
            a[4],
            &Answer::Typed {
                accepted: Accepted {
                    vi: vec![],
                    en: vec!["Phnom Penh".into(), "Phnom Pénh".into()]
                },
                fold_diacritics: true
            }
        );
        assert_eq!(
            a[5],
            &Answer::Ordering {
                items: texts(&["Brunei Darussalam", "Viet Nam", "Myanmar", "Cambodia"])
            }
        );
        let pair = |l: &str, r: &str| Pair {
            left: Text::new("", l),
            right: Text::new("", r),
        };
        assert_eq!(
            a[6],
            &Answer::Matching {
                pairs: vec![
                    pair("Viet Nam", "Hanoi"),
                    pair("Thailand", "Bangkok"),
                    pair("Philippines", "Manila")
                ]
            }
        );
        let num = |value, tolerance, unit: Option<&str>| Answer::Numeric {
            value,
            tolerance,
            unit: unit.map(|u| Text::new("", u)),
        };
        assert_eq!(a[7], &num(1967.0, 0.0, None));
        assert_eq!(a[8], &num(1967.0, 2.0, Some("year")));
        assert_eq!(a[9], &num(1967.0, 2.0, None));
        assert_eq!(a[10], &num(5.0, 0.0, Some("countries")));
        // Empty type: single, or multiple when several are right.
        assert!(matches!(a[11], Answer::Single { correct: 0, .. }));
        assert!(matches!(a[12], Answer::Multiple { .. }));
        assert_eq!(p.questions[12].question.id, "t-013");
    }

    #[test]
    fn ours_vietnamese_header_types_and_text() {
        let csv = "\
Loại;Câu hỏi;Lựa chọn 1;Lựa chọn 2;Lựa chọn 3;Lựa chọn 4;Đáp án;Giải thích;Thời gian (giây)
chọn một;Thủ đô của Việt Nam là thành phố nào?;Hà Nội;Huế;Đà Nẵng;;1;Hà Nội là thủ đô từ năm 1976.;20
đúng/sai;ASEAN được thành lập năm 1967.;;;;;Đúng;;
điền;Thủ đô của Campuchia là gì?;Phnôm Pênh;Phnom Penh;;;;;
sắp xếp;Xếp theo năm gia nhập ASEAN, sớm nhất trước.;Brunei;Việt Nam;Myanmar;Campuchia;;;
ghép nối;Nối mỗi nước với thủ đô.;Việt Nam = Hà Nội;Thái Lan = Băng Cốc;Lào = Viêng Chăn;;;;
số;ASEAN được thành lập năm nào?;năm;;;;1967;;
chọn nhiều;Những nước nào là thành viên sáng lập ASEAN?;Indonesia;Việt Nam;Thái Lan;Lào;\"1;3\";;
";
        assert_eq!(layout_of(csv), Some(Format::Csv));
        let p = import(csv, &Options::new(Lang::Vi, "gv")).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        let a = answers(&p);
        assert_eq!(
            a[0],
            &Answer::Single {
                options: vec![
                    Text::new("Hà Nội", ""),
                    Text::new("Huế", ""),
                    Text::new("Đà Nẵng", "")
                ],
                correct: 0
            }
        );
        assert_eq!(
            p.questions[0].question.prompt,
            Text::new("Thủ đô của Việt Nam là thành phố nào?", "")
        );
        assert_eq!(
            p.questions[0].question.explanation,
            Text::new("Hà Nội là thủ đô từ năm 1976.", "")
        );
        assert_eq!(p.questions[0].question.time_limit_s, Some(20));
        assert_eq!(p.questions[0].question.id, "gv-001");
        assert_eq!(a[1], &Answer::TrueFalse { correct: true });
        assert_eq!(
            a[2],
            &Answer::Typed {
                accepted: Accepted {
                    vi: vec!["Phnôm Pênh".into(), "Phnom Penh".into()],
                    en: vec![]
                },
                fold_diacritics: true
            }
        );
        assert!(matches!(a[3], Answer::Ordering { items } if items.len() == 4));
        assert!(matches!(a[4], Answer::Matching { pairs } if pairs[2].right.vi == "Viêng Chăn"));
        assert!(matches!(a[5], Answer::Numeric { value, unit: Some(u), .. }
            if *value == 1967.0 && u.vi == "năm"));
        assert!(matches!(a[6], Answer::Multiple { correct, .. } if correct == &vec![0, 2]));
    }

    #[test]
    fn ours_semicolon_multiple_and_decimal_comma() {
        let csv = "\
type;question;option 1;option 2;option 3;correct
multiple;Which of these are ASEAN members?;Thailand;Japan;Singapore;1,3
numeric;How many countries signed the Bangkok Declaration?;;;;5,0
";
        assert_eq!(layout_of(csv), Some(Format::Csv));
        let p = imp(csv);
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert!(
            matches!(answers(&p)[0], Answer::Multiple { correct, .. } if correct == &vec![0, 2])
        );
        assert!(matches!(answers(&p)[1], Answer::Numeric { value, .. } if *value == 5.0));
    }

    #[test]
    fn ours_tab_separated() {
        let csv = OURS.replace(',', "\t")
            + "single\tWhich city is Viet Nam's capital?\tHue\tHanoi\t\t\t\t\t2\tIt has been, since 1976.\t30\n";
        assert_eq!(layout_of(&csv), Some(Format::Csv));
        let p = imp(&csv);
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(
            p.questions[0].question.explanation.en,
            "It has been, since 1976."
        );
        assert_eq!(p.questions[0].question.time_limit_s, Some(30));
    }

    #[test]
    fn the_documented_examples_import() {
        let doc = "\
type,question,option 1,option 2,option 3,option 4,option 5,option 6,correct,explanation,time limit
single,Which city is Viet Nam's capital?,Hanoi,Ho Chi Minh City,Da Nang,,,,1,,20
multiple,Which of these were founding members of ASEAN?,Indonesia,Viet Nam,Malaysia,Laos,,,\"1,3\",,
true_false,ASEAN was founded in Bangkok.,,,,,,,true,,
typed,What is the capital of Cambodia?,Phnom Penh,Phnôm Pênh,,,,,,,
ordering,\"Put these in the order they joined ASEAN, earliest first.\",Brunei Darussalam,Viet Nam,Myanmar,Cambodia,,,,,
matching,Match each country with its capital.,Viet Nam = Hanoi,Thailand = Bangkok,Laos = Vientiane,,,,,,
numeric,In which year was ASEAN founded?,year,,,,,,1967,\"The Bangkok Declaration, 8 August 1967.\",30
";
        let p = imp(doc);
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        let types: Vec<&str> = answers(&p).iter().map(|a| a.type_name()).collect();
        assert_eq!(
            types,
            [
                "single",
                "multiple",
                "true_false",
                "typed",
                "ordering",
                "matching",
                "numeric"
            ]
        );
        let vi = "\
loại;câu hỏi;lựa chọn 1;lựa chọn 2;lựa chọn 3;đáp án;giải thích;thời gian
chọn một;Thủ đô của Việt Nam là thành phố nào?;Hà Nội;Huế;Đà Nẵng;1;;20
số;ASEAN được thành lập năm nào?;năm;;;1967;;
";
        let p = import(vi, &Options::new(Lang::Vi, "t")).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(p.questions.len(), 2);
    }

    #[test]
    fn numbers_and_numeric_answers() {
        assert_eq!(number("1967"), Some(1967.0));
        assert_eq!(number(" 3,5 "), Some(3.5));
        assert_eq!(number("3.5"), Some(3.5));
        assert_eq!(number("-2"), Some(-2.0));
        assert_eq!(number("1,967"), None);
        assert_eq!(number("1,000,000"), None);
        assert_eq!(number("1.5,2"), None);
        assert_eq!(number("nan"), None);
        assert_eq!(number("1e9"), None);
        assert_eq!(number(""), None);
        assert_eq!(numeric("1967 ± 2"), Some((1967.0, 2.0)));
        assert_eq!(numeric("1967 +/- 2"), Some((1967.0, 2.0)));
        assert_eq!(numeric("1965..1969"), Some((1967.0, 2.0)));
        assert_eq!(numeric("1969..1965"), Some((1967.0, 2.0)));
        assert_eq!(numeric("2,5..3,5"), Some((3.0, 0.5)));
        assert_eq!(numeric("1967 ± -2"), None);
        assert_eq!(numeric("around 1967"), None);
    }

    #[test]
    fn time_limits() {
        let mut w = Vec::new();
        assert_eq!(time_limit("20", &mut w), Some(20));
        assert_eq!(time_limit("20 s", &mut w), Some(20));
        assert_eq!(time_limit("30 giây", &mut w), Some(30));
        assert_eq!(time_limit("90 secs", &mut w), Some(90));
        assert_eq!(time_limit("", &mut w), None);
        assert!(w.is_empty());
        assert_eq!(time_limit("-5", &mut w), None);
        assert_eq!(time_limit("7200", &mut w), None);
        assert_eq!(w.len(), 2);
    }

    // ---------------------------------------------------------- malformed

    #[test]
    fn malformed_rows_each_with_reason_line_and_column() {
        let csv = format!(
            "{OURS}\
single,Which city is Viet Nam's capital?,Hanoi,Hue,,,,,1,,
single,Which city is Viet Nam's capital, Hanoi or Hue?,Hanoi,Hue,,,,,1,,
single,Which city is Viet Nam's capital?,Hanoi,Hue,,,,,,,
single,Which city is Viet Nam's capital?,Hanoi,Hue,Hai Phong,,,,5,,
single,Which city is Viet Nam's capital?,Hanoi,Hue,,,,,first,,
single,Which city is Viet Nam's capital?,Hanoi,hanoi,,,,,1,,
single,Which city is Viet Nam's capital?,Hanoi,Hue,,,,,\"1,2\",,
essay,Why was ASEAN founded?,,,,,,,,,
matching,Match each country with its capital.,Viet Nam = Hanoi,Thailand Bangkok,Laos = Vientiane,,,,,,
numeric,In which year was ASEAN founded?,,,,,,,about 1967,,
numeric,In which year was ASEAN founded?,,,,,,,,,
true_false,ASEAN was founded in 1967.,,,,,,,maybe,,
single,,Hanoi,Hue,,,,,1,,
,,,,,,,,,,
multiple,Which of these were founding members of ASEAN?,Indonesia,Viet Nam,Malaysia,,,,1,,
single,Which city is Viet Nam's capital?,Hanoi,,,,,,1,,
ordering,Put these in the order they joined ASEAN.,Brunei Darussalam,Viet Nam,,,,,,,
single,Which city is Viet Nam's capital?,Hanoi,Hue,,,,,1,,twenty

single,Which city is Viet Nam's capital?,Hanoi,Hue,,,,,1
"
        );
        let p = imp(&csv);
        let bad = |v: &str| Reason::BadCorrect { value: v.into() };
        assert_eq!(
            skipped(&p),
            vec![
                (
                    3,
                    Some(73),
                    Reason::WrongColumnCount {
                        found: 12,
                        expected: 11
                    }
                ),
                (4, Some(56), Reason::MissingAnswer),
                (5, Some(65), bad("5")),
                (6, Some(56), bad("first")),
                (
                    7,
                    None,
                    Reason::DuplicateOption {
                        option: "hanoi".into()
                    }
                ),
                (8, Some(56), bad("1,2")),
                (
                    9,
                    Some(1),
                    Reason::UnsupportedType {
                        name: "essay".into()
                    }
                ),
                (10, Some(64), Reason::BadPair),
                (
                    11,
                    Some(48),
                    Reason::BadNumber {
                        value: "about 1967".into()
                    }
                ),
                (12, Some(48), Reason::MissingAnswer),
                (13, Some(45), bad("maybe")),
                (14, None, Reason::EmptyPrompt),
                // Line 15 is all empty: ignored.
                (16, None, Reason::MissingAnswer),
                (17, Some(42), Reason::TooFewOptions { found: 1, min: 2 }),
                (18, None, Reason::TooFewOptions { found: 2, min: 3 }),
            ]
        );
        // Line 19: imported with a warning; line 20 empty; line 21 has
        // fewer cells (Excel drops empty ones at the end): imported.
        assert_eq!(p.questions.len(), 3);
        assert_eq!(p.questions[1].place, Place::line(19));
        assert_eq!(
            p.questions[1].warnings,
            vec![Reason::BadTimeLimit {
                value: "twenty".into()
            }]
        );
        assert_eq!(p.questions[2].place, Place::line(21));
        // Every question row used a number, skipped or not.
        assert_eq!(p.questions[2].question.id, "t-018");
    }

    #[test]
    fn a_comma_too_many_at_the_end_is_too_many() {
        let csv = format!("{OURS}single,Which city is Viet Nam's capital?,Hanoi,Hue,,,,,1,,,\n");
        let p = imp(&csv);
        assert_eq!(
            skipped(&p),
            vec![(
                2,
                Some(60),
                Reason::WrongColumnCount {
                    found: 12,
                    expected: 11
                }
            )]
        );
        // Kahoot's header (with its empty first column) counts as written.
        let p = imp(&KAHOOT.replace("30,\"1,3\"", "30,\"1,3\","));
        assert_eq!(
            p.skipped[0].reason,
            Reason::WrongColumnCount {
                found: 9,
                expected: 8
            }
        );
    }

    #[test]
    fn quoted_newline_moves_later_lines() {
        let csv = format!(
            "{OURS}\
single,\"Which city is
Viet Nam's capital?\",Hanoi,Hue,,,,,1,\"Hanoi, on the Red River,
has been the capital since 1976.\",
single,Which city is Viet Nam's capital?,Hanoi,Hue,,,,,3,,
"
        );
        let p = imp(&csv);
        assert_eq!(p.questions.len(), 1);
        assert_eq!(p.questions[0].place, Place::line(2));
        assert_eq!(
            p.questions[0].question.prompt.en,
            "Which city is\nViet Nam's capital?"
        );
        assert_eq!(
            p.questions[0].question.explanation.en,
            "Hanoi, on the Red River,\nhas been the capital since 1976."
        );
        assert_eq!(
            skipped(&p),
            vec![(5, Some(56), Reason::BadCorrect { value: "3".into() })]
        );
        // A cell that starts on a later line of its row has no column.
        let csv =
            format!("{OURS}single,\"Which city is\nViet Nam's capital?\",Hanoi,Hue,,,,,9,,\n");
        assert_eq!(
            skipped(&imp(&csv)),
            vec![(2, None, Reason::BadCorrect { value: "9".into() })]
        );
    }

    #[test]
    fn doubled_quotes_and_crlf() {
        let csv = format!(
            "{OURS}single,\"Which city is called \"\"the capital of a thousand years\"\"?\",Hanoi,Hue,,,,,1,,\r\n"
        )
        .replace('\n', "\r\n")
        .replace("\r\r\n", "\r\n");
        let p = imp(&csv);
        assert_eq!(
            p.questions[0].question.prompt.en,
            "Which city is called \"the capital of a thousand years\"?"
        );
        assert!(matches!(answers(&p)[0], Answer::Single { options, .. } if options[1].en == "Hue"));
    }

    #[test]
    fn vietnamese_columns_count_characters() {
        let csv = "\
loại,câu hỏi,lựa chọn 1,lựa chọn 2,đáp án
chọn một,Thủ đô của Việt Nam?,Hà Nội,Huế,7
";
        let p = import(csv, &Options::new(Lang::Vi, "t")).unwrap();
        // "chọn một,Thủ đô của Việt Nam?,Hà Nội,Huế," is 41 characters.
        assert_eq!(
            skipped(&p),
            vec![(2, Some(42), Reason::BadCorrect { value: "7".into() })]
        );
    }

    #[test]
    fn unclosed_quote_skips_the_rest() {
        let csv = format!(
            "{OURS}\
single,Which city is Viet Nam's capital?,Hanoi,Hue,,,,,1,,
single,\"Which city is the capital of Laos?,Vientiane,Luang Prabang,,,,,1,,
single,Which city is the capital of Cambodia?,Phnom Penh,Siem Reap,,,,,1,,
"
        );
        let p = imp(&csv);
        assert_eq!(p.questions.len(), 1);
        assert_eq!(skipped(&p), vec![(3, Some(8), Reason::UnclosedQuote)]);
        // In the header row: the file is refused.
        let err = import("type,\"question,option 1\nsingle,x,y\n", &en()).unwrap_err();
        assert_eq!(err, Note::new(Place::at(1, 6), Reason::UnclosedQuote));
    }

    #[test]
    fn unknown_layout_header_only_and_blank_rows() {
        let err = import("name,age\nMai,12\n", &en()).unwrap_err();
        assert_eq!(err, Note::new(Place::line(1), Reason::UnknownLayout));
        assert_eq!(
            layout_of("Which city is Viet Nam's capital?\nA. Hanoi\nB. Hue\nANSWER: A\n"),
            None
        );
        assert_eq!(layout_of("::Q1:: Hanoi is Viet Nam's capital. {T}\n"), None);
        // A header alone: no questions, nothing skipped …
        let p = imp(OURS);
        assert!(p.questions.is_empty() && p.skipped.is_empty());
        let p = imp(&format!("{OURS},,,,,,,,,,\n\n   \n"));
        assert!(p.questions.is_empty() && p.skipped.is_empty());
        // … which the importer turns into NoQuestions.
        let err = super::super::import("q.csv", OURS.as_bytes(), &en()).unwrap_err();
        assert_eq!(err.reason, Reason::NoQuestions);
        // Through the front door, with a BOM, by name and by content.
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(KAHOOT.as_bytes());
        let p = super::super::import("quiz.csv", &bytes, &en()).unwrap();
        assert_eq!((p.format, p.questions.len()), (Format::Kahoot, 3));
        assert_eq!(super::super::detect("quiz.txt", KAHOOT), Format::Kahoot);
    }

    #[test]
    fn pathological_input_finishes() {
        // Quotes only: an even and an odd number.
        let quotes = "\"".repeat(200_000);
        assert_eq!(
            import(&quotes, &en()).unwrap_err().reason,
            Reason::UnknownLayout
        );
        let odd = format!("{quotes}\"");
        assert!(import(&odd, &en()).is_err());
        // After a header: one unclosed quote at the end, or all closed.
        let p = imp(&format!("{OURS}{odd}"));
        assert_eq!(skipped(&p), vec![(2, Some(1), Reason::UnclosedQuote)]);
        let p = imp(&format!("{OURS}{quotes}"));
        assert!(p.questions.is_empty());
        // Lines of a lone quote, spaces before quotes, delimiters only.
        let lines = "\"\n".repeat(100_000);
        let _ = imp(&format!("{OURS}{lines}"));
        let spaces = " ".repeat(200_000) + "\"x\"";
        let _ = imp(&format!("{OURS}{spaces}"));
        let commas = ",".repeat(200_000);
        let p = imp(&format!("{OURS}{commas}"));
        assert!(p.skipped.is_empty());
        let _ = layout_of(&";\t\"".repeat(100_000));
    }

    // ------------------------------------------------------------- export

    fn pack(questions: Vec<Question>) -> Pack {
        Pack {
            format: "asean-kiosk/quiz-pack".into(),
            version: 1,
            id: "teacher".into(),
            title: Text::new("", "ASEAN"),
            description: Text::default(),
            level: Level::Secondary,
            topics: vec![],
            languages: vec![Lang::En],
            member: None,
            questions,
            obstacles: vec![],
        }
    }

    fn question(opts: &Options, n: usize, prompt: &str, answer: Answer) -> Question {
        opts.question(n, prompt, answer)
    }

    #[test]
    fn export_round_trip() {
        for lang in Lang::ALL {
            let opts = Options::new(lang, "rt");
            let t = |s: &str| opts.text(s);
            let pair = |l: &str, r: &str| Pair {
                left: t(l),
                right: t(r),
            };
            let mut qs = vec![
                question(
                    &opts,
                    1,
                    "Which city is Viet Nam's capital?",
                    Answer::Single {
                        options: vec![t("Hanoi"), t("Hue"), t("Da Nang")],
                        correct: 0,
                    },
                ),
                question(
                    &opts,
                    2,
                    "Which of these were founding members of ASEAN?",
                    Answer::Multiple {
                        options: vec![t("Indonesia"), t("Viet Nam"), t("Malaysia"), t("Laos")],
                        correct: vec![0, 2],
                    },
                ),
                question(
                    &opts,
                    3,
                    "ASEAN was founded in Bangkok.",
                    Answer::TrueFalse { correct: true },
                ),
                question(
                    &opts,
                    4,
                    "What is the capital of Cambodia?",
                    Answer::Typed {
                        accepted: accepted(&opts, vec!["Phnom Penh".into(), "Phnôm Pênh".into()]),
                        fold_diacritics: true,
                    },
                ),
                question(
                    &opts,
                    5,
                    "Put these in the order they joined ASEAN, earliest first.",
                    Answer::Ordering {
                        items: vec![
                            t("Brunei Darussalam"),
                            t("Viet Nam"),
                            t("Myanmar"),
                            t("Cambodia"),
                        ],
                    },
                ),
                question(
                    &opts,
                    6,
                    "Match each country with its capital.",
                    Answer::Matching {
                        pairs: vec![
                            pair("Viet Nam", "Hanoi"),
                            pair("Thailand", "Bangkok"),
                            pair("Laos", "Vientiane"),
                        ],
                    },
                ),
                question(
                    &opts,
                    7,
                    "In which year was ASEAN founded?",
                    Answer::Numeric {
                        value: 1967.0,
                        tolerance: 2.0,
                        unit: Some(t("year")),
                    },
                ),
                question(
                    &opts,
                    8,
                    "How many countries signed the Bangkok Declaration?",
                    Answer::Numeric {
                        value: 5.0,
                        tolerance: 0.0,
                        unit: None,
                    },
                ),
                question(
                    &opts,
                    9,
                    "A \"quoted\" word, a comma,\nand a new line.",
                    Answer::Single {
                        options: vec![t("Yes, it is"), t("\"No\"")],
                        correct: 1,
                    },
                ),
            ];
            qs[0].explanation =
                t("Hanoi has been the capital since 1976, when the country was reunified.");
            qs[0].time_limit_s = Some(20);
            qs[6].explanation =
                t("The Bangkok Declaration was signed on 8 August 1967.\nIt has five articles.");
            qs[7].time_limit_s = Some(45);
            let kept = qs.clone();
            // Left out: a map and a picture question.
            qs.push(question(
                &opts,
                10,
                "Click Viet Nam.",
                Answer::Map {
                    correct: "vn".into(),
                },
            ));
            qs.push(question(
                &opts,
                11,
                "Which is the flag of Laos?",
                Answer::Image {
                    options: vec![Media::default(), Media::default()],
                    correct: 0,
                },
            ));
            let csv = export(&pack(qs), lang);
            assert!(csv.starts_with('\u{feff}'));
            assert_eq!(layout_of(&csv), Some(Format::Csv));
            let p = import(&csv, &opts).unwrap();
            assert!(p.skipped.is_empty(), "{lang:?} {:?}", p.skipped);
            assert_eq!(p.questions.len(), kept.len());
            for (d, q) in p.questions.iter().zip(&kept) {
                assert!(d.warnings.is_empty());
                assert_eq!(d.question.answer, q.answer);
                assert_eq!(d.question.prompt, q.prompt);
                assert_eq!(d.question.explanation, q.explanation);
                assert_eq!(d.question.time_limit_s, q.time_limit_s);
            }
            // And through the front door, as bytes.
            let p = super::super::import("pack.csv", csv.as_bytes(), &opts).unwrap();
            assert_eq!(p.questions.len(), kept.len());
        }
    }

    #[test]
    fn export_quotes_cells() {
        assert_eq!(quote("Hanoi"), "Hanoi");
        assert_eq!(quote("Hanoi, Viet Nam"), "\"Hanoi, Viet Nam\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("a\nb"), "\"a\nb\"");
        let opts = en();
        let q = opts.question(
            1,
            "Which of these were founding members of ASEAN?",
            Answer::Multiple {
                options: texts(&["Indonesia", "Viet Nam", "Malaysia"]),
                correct: vec![0, 2],
            },
        );
        let csv = export(&pack(vec![q]), Lang::En);
        assert_eq!(
            csv,
            format!(
                "\u{feff}{}\r\nmultiple,Which of these were founding members of ASEAN?,Indonesia,Viet Nam,Malaysia,,,,\"1,3\",,\r\n",
                OURS.trim_end()
            )
        );
    }
}
