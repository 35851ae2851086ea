//! Moodle GIFT: teachers' quiz questions in and out.
//!
//! Questions are separated by blank lines. A question is an optional
//! `::title::`, an optional format marker (`[html]`, `[moodle]`,
//! `[markdown]`, `[plain]`), its text and one answer block `{…}`:
//!
//! | GIFT | Imported as |
//! |---|---|
//! | `{=right ~wrong ~wrong}` | [`Answer::Single`] |
//! | `{~%50%A ~%50%B ~%-100%C}` | [`Answer::Multiple`] (positive weights right) |
//! | `{T}` `{TRUE}` `{F}` `{FALSE}` | [`Answer::TrueFalse`] |
//! | `{=Hanoi =Ha Noi}` | [`Answer::Typed`] |
//! | `{=Viet Nam -> Hanoi …}` | [`Answer::Matching`] |
//! | `{#1967}` `{#1967:2}` `{#1965..1969}` `{# =1967 =%50%1968}` | [`Answer::Numeric`] |
//!
//! Text on both sides of the block makes a missing-word question: the block
//! becomes a gap ([`GAP`]) in the prompt. `{}` (essay) and text with no block
//! (description) are skipped; per-answer `#feedback` is dropped with a
//! warning; general feedback `####…` becomes the explanation. `//` lines are
//! comments; `$CATEGORY:` lines name the file's title. HTML is turned into
//! plain text: the app never renders teachers' HTML.
//!
//! Scanning is linear: every search moves forward, so a 5 MB file of `{`
//! costs one pass.

use super::{check, Draft, Format, Note, Options, Place, Preview, Reason};
use crate::core::lang::{Lang, Text};
use crate::core::quiz::pack::{Accepted, Pair};
use crate::core::quiz::{Answer, Pack, Question};

/// The gap shown in a missing-word question's prompt.
pub const GAP: &str = "_____";

/// The longest excerpt quoted in [`Reason::Syntax`] and [`Reason::BadNumber`].
const EXCERPT: usize = 30;

/// Whether a text looks like GIFT: a `$CATEGORY:` line, a line starting with
/// a `::title::`, or an unescaped answer block `{…}`.
pub fn looks_like(source: &str) -> bool {
    for line in source.lines() {
        let t = line.trim_start();
        if t.starts_with("$CATEGORY:") {
            return true;
        }
        if let Some(rest) = t.strip_prefix("::") {
            if rest.contains("::") {
                return true;
            }
        }
    }
    let b = source.as_bytes();
    let (mut i, mut open) = (0, false);
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'{' => open = true,
            b'}' if open => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// Reads a GIFT file. Each question that cannot be imported is listed in
/// [`Preview::skipped`] with its place and reason; `Err` only when the file
/// holds nothing at all (only comments, categories or blank lines).
pub fn import(source: &str, opts: &Options) -> Result<Preview, Note> {
    let (blocks, category) = split(source);
    let mut questions: Vec<Draft> = Vec::new();
    let mut skipped = Vec::new();
    for block in &blocks {
        let start = Place::line(block.first_line());
        if super::stop_here(questions.len(), &mut skipped, start) {
            break;
        }
        let mut cx = Cx {
            opts,
            fmt: Fmt::Plain,
            warnings: Vec::new(),
        };
        match parse(&block.text, &mut cx) {
            Err(fail) => {
                let place = fail.at.map_or(start, |at| block.place(at));
                skipped.push(Note::new(place, fail.reason));
            }
            Ok(parsed) => {
                let mut q = opts.question(questions.len() + 1, &parsed.prompt, parsed.answer);
                if let Some(e) = parsed.explanation {
                    q.explanation = opts.text(&e);
                }
                match check(&q, opts.lang) {
                    Some(reason) => skipped.push(Note::new(start, reason)),
                    None => questions.push(Draft {
                        place: start,
                        question: q,
                        warnings: dedup(cx.warnings),
                    }),
                }
            }
        }
    }
    if questions.is_empty() && skipped.is_empty() {
        return Err(Note::new(Place::line(1), Reason::NoQuestions));
    }
    Ok(Preview {
        format: Format::Gift,
        title: category.map(|c| opts.text(&c)),
        languages: vec![opts.lang],
        questions,
        skipped,
        pack: None,
    })
}

// --- Blocks: the file cut at blank lines, comments and categories left out ---

/// One question's lines, joined by `\n`, with where each line starts.
struct Block {
    text: String,
    /// (byte offset in `text`, 1-based line number in the file) per line.
    lines: Vec<(usize, usize)>,
}

impl Block {
    fn first_line(&self) -> usize {
        self.lines[0].1
    }

    /// The line and column (in characters) of byte `at` of `text`. Lines are
    /// kept whole, so the column is the column in the file.
    fn place(&self, at: usize) -> Place {
        let k = self.lines.partition_point(|&(s, _)| s <= at).max(1) - 1;
        let (start, line) = self.lines[k];
        Place::at(line, self.text[start..at].chars().count() + 1)
    }
}

/// The question blocks, and the last segment of the first `$CATEGORY:`.
fn split(source: &str) -> (Vec<Block>, Option<String>) {
    let mut blocks = Vec::new();
    let mut category = None;
    let mut current: Option<Block> = None;
    for (n, line) in source.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            blocks.extend(current.take());
            continue;
        }
        if t.starts_with("//") {
            continue;
        }
        if let Some(path) = t.strip_prefix("$CATEGORY:") {
            if category.is_none() {
                category = category_name(path);
            }
            continue;
        }
        let b = current.get_or_insert_with(|| Block {
            text: String::new(),
            lines: Vec::new(),
        });
        if !b.text.is_empty() {
            b.text.push('\n');
        }
        b.lines.push((b.text.len(), n + 1));
        b.text.push_str(line);
    }
    blocks.extend(current);
    (blocks, category)
}

/// The last named segment of a category path (`$course$/top/ASEAN/Capitals`
/// → `Capitals`); `//` is a slash within a name.
fn category_name(path: &str) -> Option<String> {
    let mut segments = vec![String::new()];
    let mut chars = path.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                chars.next();
                segments.last_mut().into_iter().for_each(|s| s.push('/'));
            }
            '/' => segments.push(String::new()),
            _ => segments.last_mut().into_iter().for_each(|s| s.push(c)),
        }
    }
    segments
        .into_iter()
        .map(|s| s.trim().to_string())
        .rfind(|s| {
            !s.is_empty() && s != "top" && !(s.len() > 1 && s.starts_with('$') && s.ends_with('$'))
        })
}

// --- One question ---

/// Why a block is skipped, at a byte of the block's text (or its first line).
struct Fail {
    at: Option<usize>,
    reason: Reason,
}

impl Fail {
    fn at(at: usize, reason: Reason) -> Fail {
        Fail {
            at: Some(at),
            reason,
        }
    }
    fn block(reason: Reason) -> Fail {
        Fail { at: None, reason }
    }
}

fn syntax(s: &str) -> Reason {
    Reason::Syntax { found: excerpt(s) }
}

fn bad_number(s: &str) -> Reason {
    Reason::BadNumber { value: excerpt(s) }
}

/// At most [`EXCERPT`] characters of `s`, spaces collapsed.
fn excerpt(s: &str) -> String {
    let head: String = s.chars().take(4 * EXCERPT).collect();
    let flat = head.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= EXCERPT {
        flat
    } else {
        let mut e: String = flat.chars().take(EXCERPT - 1).collect();
        e.push('…');
        e
    }
}

/// A question read from a block, before it gets its id.
struct Parsed {
    prompt: String,
    answer: Answer,
    explanation: Option<String>,
}

/// What the parse of one question carries along.
struct Cx<'o> {
    opts: &'o Options,
    /// The question's format, the default for its answers and feedback.
    fmt: Fmt,
    warnings: Vec<Reason>,
}

impl Cx<'_> {
    fn warn(&mut self, r: Reason) {
        self.warnings.push(r);
    }

    /// An answer's or feedback's text: its own format marker or the
    /// question's, escapes decoded, HTML made plain.
    fn answer_text(&mut self, raw: &str) -> String {
        let (own, rest) = marker(raw);
        let fmt = own.unwrap_or(self.fmt);
        to_text(rest, fmt, &mut self.warnings)
    }

    fn text(&mut self, raw: &str) -> Text {
        let s = self.answer_text(raw);
        self.opts.text(&s)
    }
}

fn parse(t: &str, cx: &mut Cx) -> Result<Parsed, Fail> {
    let mut i = t.len() - t.trim_start().len();
    if t[i..].starts_with("::") {
        match find_seq(&t[i + 2..], "::") {
            Some(j) => i += 2 + j + 2,
            None => return Err(Fail::at(i, syntax(&t[i..]))),
        }
    }
    let open = match find_any(&t[i..], b"{}") {
        None => return Err(Fail::block(Reason::Description)),
        Some(k) if t.as_bytes()[i + k] == b'}' => return Err(Fail::at(i + k, syntax(&t[i + k..]))),
        Some(k) => i + k,
    };
    let close = match find_any(&t[open + 1..], b"{}") {
        Some(k) if t.as_bytes()[open + 1 + k] == b'}' => open + 1 + k,
        _ => return Err(Fail::at(open, Reason::UnclosedBrace)),
    };
    let after = &t[close + 1..];
    if let Some(k) = find_any(after, b"{}") {
        let at = close + 1 + k;
        let unclosed = t.as_bytes()[at] == b'{'
            && !matches!(find_any(&t[at + 1..], b"{}"), Some(j) if t.as_bytes()[at + 1 + j] == b'}');
        let reason = if unclosed {
            Reason::UnclosedBrace
        } else {
            syntax(&t[at..])
        };
        return Err(Fail::at(at, reason));
    }
    let (fmt, before) = marker(&t[i..open]);
    cx.fmt = fmt.unwrap_or(Fmt::Plain);
    let (answer, explanation) = answer_block(&t[open + 1..close], open + 1, open, cx)?;
    let before = to_text(before, cx.fmt, &mut cx.warnings);
    let after = to_text(after, cx.fmt, &mut cx.warnings);
    let prompt = if after.is_empty() {
        before
    } else {
        gap(&before, &after)
    };
    Ok(Parsed {
        prompt,
        answer,
        explanation,
    })
}

/// A missing-word prompt: the text before the block, the gap, the text after.
fn gap(before: &str, after: &str) -> String {
    let mut s = before.trim_end().to_string();
    if !s.is_empty() {
        s.push(' ');
    }
    s.push_str(GAP);
    let after = after.trim_start();
    if after
        .chars()
        .next()
        .is_some_and(|c| !".,;:!?)]}…%'\"’”".contains(c))
    {
        s.push(' ');
    }
    s.push_str(after);
    s
}

/// One answer of a block, as written.
struct Raw<'a> {
    /// `=` or `~`.
    mark: u8,
    /// Byte of the mark in the block's text.
    at: usize,
    weight: Option<f64>,
    /// The answer's text, escapes and markers still in.
    text: &'a str,
    /// Byte of `text` in the block's text.
    text_at: usize,
    /// Whether it had a (non-empty) `#feedback`.
    feedback: bool,
}

/// The text before the first answer, and the answers (`=…` and `~…`).
fn split_answers(body: &str, base: usize) -> Result<(&str, Vec<Raw<'_>>), Fail> {
    let marks = find_all(body, b"=~");
    let lead = &body[..marks.first().copied().unwrap_or(body.len())];
    let mut out = Vec::with_capacity(marks.len());
    for (n, &m) in marks.iter().enumerate() {
        let end = marks.get(n + 1).copied().unwrap_or(body.len());
        let seg = &body[m + 1..end];
        let ws = seg.len() - seg.trim_start().len();
        let mut s = &seg[ws..];
        let mut s_at = base + m + 1 + ws;
        let mut weight = None;
        if let Some(r) = s.strip_prefix('%') {
            let Some(e) = r.find('%') else {
                return Err(Fail::at(s_at, bad_number(s)));
            };
            let w = r[..e].trim();
            match w.parse::<f64>() {
                Ok(x) if x.is_finite() && (-100.0..=100.0).contains(&x) => weight = Some(x),
                _ => return Err(Fail::at(s_at + 1, bad_number(w))),
            }
            s = &r[e + 1..];
            s_at += e + 2;
        }
        let (text, feedback) = match find_any(s, b"#") {
            Some(h) => (&s[..h], !s[h + 1..].trim().is_empty()),
            None => (s, false),
        };
        out.push(Raw {
            mark: body.as_bytes()[m],
            at: base + m,
            weight,
            text,
            text_at: s_at,
            feedback,
        });
    }
    Ok((lead, out))
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

/// Whether a weight means more than right or wrong (partial credit, penalty).
fn partial(w: f64) -> bool {
    !(same(w, 100.0) || same(w, 0.0) || same(w, -100.0))
}

/// The inside of `{…}` (starting at byte `base`; the `{` at `open`): the
/// answer, and the general feedback.
fn answer_block(
    inner: &str,
    base: usize,
    open: usize,
    cx: &mut Cx,
) -> Result<(Answer, Option<String>), Fail> {
    let (body, general) = match find_seq(inner, "####") {
        Some(k) => (&inner[..k], Some(&inner[k + 4..])),
        None => (inner, None),
    };
    let explanation = general.map(|g| cx.answer_text(g)).filter(|e| !e.is_empty());
    let lead = body.len() - body.trim_start().len();
    let trimmed = body.trim();
    if trimmed.is_empty() {
        return Err(Fail::at(
            open,
            Reason::UnsupportedType {
                name: "essay".into(),
            },
        ));
    }
    if trimmed.starts_with('#') {
        let answer = numeric(&body[lead + 1..], base + lead + 1, open, cx)?;
        return Ok((answer, explanation));
    }

    // True or false, with optional `#feedback#feedback`.
    let head_end = find_any(body, b"#").unwrap_or(body.len());
    let head = body[..head_end].trim();
    let tf = match head.len() <= 5 {
        true => match head.to_ascii_uppercase().as_str() {
            "T" | "TRUE" => Some(true),
            "F" | "FALSE" => Some(false),
            _ => None,
        },
        false => None,
    };
    if let Some(correct) = tf {
        if body[head_end..]
            .bytes()
            .any(|b| b != b'#' && !b.is_ascii_whitespace())
        {
            cx.warn(Reason::FeedbackIgnored);
        }
        return Ok((Answer::TrueFalse { correct }, explanation));
    }

    let (lead_text, answers) = split_answers(body, base)?;
    if answers.is_empty() {
        return Err(Fail::at(open, Reason::MissingAnswer));
    }
    if !lead_text.trim().is_empty() {
        let ws = lead_text.len() - lead_text.trim_start().len();
        return Err(Fail::at(base + ws, syntax(lead_text)));
    }
    if answers.iter().any(|a| a.feedback) {
        cx.warn(Reason::FeedbackIgnored);
    }
    let answer = if answers.iter().any(|a| a.mark == b'~') {
        choice(&answers, open, cx)?
    } else if answers.iter().any(|a| find_seq(a.text, "->").is_some()) {
        matching(&answers, open, cx)?
    } else {
        typed(&answers, open, cx)?
    };
    Ok((answer, explanation))
}

/// Multiple choice (`=` right, `~` wrong) or multiple answers (`~%50%`).
fn choice(answers: &[Raw], open: usize, cx: &mut Cx) -> Result<Answer, Fail> {
    if let Some(a) = answers.iter().find(|a| find_seq(a.text, "->").is_some()) {
        return Err(Fail::at(a.at, syntax(a.text.trim())));
    }
    let weights: Vec<f64> = answers
        .iter()
        .map(|a| a.weight.unwrap_or(if a.mark == b'=' { 100.0 } else { 0.0 }))
        .collect();
    let right: Vec<usize> = (0..answers.len()).filter(|&k| weights[k] > 0.0).collect();
    if right.is_empty() {
        return Err(Fail::at(open, Reason::MissingAnswer));
    }
    if weights.iter().any(|&w| partial(w)) {
        cx.warn(Reason::WeightsIgnored);
    }
    let full: Vec<usize> = (0..answers.len())
        .filter(|&k| same(weights[k], 100.0))
        .collect();
    let options: Vec<Text> = answers.iter().map(|a| cx.text(a.text)).collect();
    Ok(if full.len() == 1 {
        Answer::Single {
            options,
            correct: full[0],
        }
    } else if right.len() == 1 {
        Answer::Single {
            options,
            correct: right[0],
        }
    } else {
        Answer::Multiple {
            options,
            correct: right,
        }
    })
}

/// Short answer: every `=` answer with the best weight is accepted.
fn typed(answers: &[Raw], open: usize, cx: &mut Cx) -> Result<Answer, Fail> {
    let weights: Vec<f64> = answers.iter().map(|a| a.weight.unwrap_or(100.0)).collect();
    let best = weights.iter().copied().fold(f64::MIN, f64::max);
    if best <= 0.0 {
        return Err(Fail::at(open, Reason::MissingAnswer));
    }
    if weights.iter().any(|&w| partial(w)) {
        cx.warn(Reason::WeightsIgnored);
    }
    let accepted: Vec<String> = answers
        .iter()
        .zip(&weights)
        .filter(|(_, &w)| same(w, best))
        .map(|(a, _)| cx.answer_text(a.text))
        .collect();
    let (vi, en) = match cx.opts.lang {
        Lang::Vi => (accepted, Vec::new()),
        Lang::En => (Vec::new(), accepted),
    };
    Ok(Answer::Typed {
        accepted: Accepted { vi, en },
        fold_diacritics: true,
    })
}

/// Matching: `=left -> right` per pair.
fn matching(answers: &[Raw], open: usize, cx: &mut Cx) -> Result<Answer, Fail> {
    let mut pairs = Vec::with_capacity(answers.len());
    for a in answers {
        if a.weight.is_some() {
            cx.warn(Reason::WeightsIgnored);
        }
        let Some(k) = find_seq(a.text, "->") else {
            return Err(Fail::at(a.at, Reason::BadPair));
        };
        let left = cx.answer_text(&a.text[..k]);
        let right = cx.answer_text(&a.text[k + 2..]);
        if left.is_empty() || right.is_empty() {
            return Err(Fail::at(a.at, Reason::BadPair));
        }
        pairs.push(Pair {
            left: cx.opts.text(&left),
            right: cx.opts.text(&right),
        });
    }
    if pairs.len() < 2 {
        return Err(Fail::at(open, Reason::BadPair));
    }
    Ok(Answer::Matching { pairs })
}

/// Numeric: `rest` is what follows the `#` (at byte `base`).
fn numeric(rest: &str, base: usize, open: usize, cx: &mut Cx) -> Result<Answer, Fail> {
    let (value, tolerance) = if find_any(rest, b"=~").is_some() {
        let (lead, answers) = split_answers(rest, base)?;
        if !lead.trim().is_empty() {
            let ws = lead.len() - lead.trim_start().len();
            return Err(Fail::at(base + ws, syntax(lead)));
        }
        let mut best: Option<(f64, (f64, f64))> = None;
        let mut full = 0;
        for a in &answers {
            if a.feedback {
                cx.warn(Reason::FeedbackIgnored);
            }
            let n = number(a.text, a.text_at)?;
            let w = a.weight.unwrap_or(if a.mark == b'=' { 100.0 } else { 0.0 });
            if partial(w) {
                cx.warn(Reason::WeightsIgnored);
            }
            if same(w, 100.0) {
                full += 1;
            }
            if w > 0.0 && best.is_none_or(|(b, _)| w > b) {
                best = Some((w, n));
            }
        }
        if full > 1 {
            cx.warn(Reason::WeightsIgnored);
        }
        match best {
            Some((_, n)) => n,
            None => return Err(Fail::at(open, Reason::MissingAnswer)),
        }
    } else {
        let (token, feedback) = match find_any(rest, b"#") {
            Some(h) => (&rest[..h], !rest[h + 1..].trim().is_empty()),
            None => (rest, false),
        };
        if feedback {
            cx.warn(Reason::FeedbackIgnored);
        }
        if token.trim().is_empty() {
            return Err(Fail::at(open, Reason::MissingAnswer));
        }
        number(token, base)?
    };
    Ok(Answer::Numeric {
        value,
        tolerance,
        unit: None,
    })
}

/// `1967`, `1967:2` (tolerance) or `1965..1969` (range) → (value, tolerance).
fn number(raw: &str, at: usize) -> Result<(f64, f64), Fail> {
    let at = at + raw.len() - raw.trim_start().len();
    let s = unescape(raw.trim());
    let s = s.trim();
    let bad = || Fail::at(at, bad_number(s));
    let num = |x: &str| x.trim().parse::<f64>().ok().filter(|v| v.is_finite());
    if let Some((a, b)) = s.split_once("..") {
        let (a, b) = num(a).zip(num(b)).ok_or_else(bad)?;
        let (lo, hi) = (a.min(b), a.max(b));
        Ok(((lo + hi) / 2.0, (hi - lo) / 2.0))
    } else if let Some((v, t)) = s.split_once(':') {
        match num(v).zip(num(t)) {
            Some((v, t)) if t >= 0.0 => Ok((v, t)),
            _ => Err(bad()),
        }
    } else {
        num(s).map(|v| (v, 0.0)).ok_or_else(bad)
    }
}

// --- Text: escapes, format markers, HTML ---

/// A text's format; only HTML needs work (markdown is shown as written).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fmt {
    Plain,
    Html,
}

const MARKERS: [(&str, Fmt); 4] = [
    ("[html]", Fmt::Html),
    ("[moodle]", Fmt::Plain),
    ("[markdown]", Fmt::Plain),
    ("[plain]", Fmt::Plain),
];

/// A leading format marker, and the text after it.
fn marker(s: &str) -> (Option<Fmt>, &str) {
    let t = s.trim_start();
    for (m, f) in MARKERS {
        if t.get(..m.len()).is_some_and(|h| h.eq_ignore_ascii_case(m)) {
            return (Some(f), &t[m.len()..]);
        }
    }
    (None, s)
}

/// Raw GIFT text to the text the app shows.
fn to_text(raw: &str, fmt: Fmt, warnings: &mut Vec<Reason>) -> String {
    let s = unescape(raw);
    match fmt {
        Fmt::Plain => tidy(&s),
        Fmt::Html => html_to_text(&s, warnings),
    }
}

/// `\~ \= \# \{ \} \: \\` → the character, `\n` → a new line.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some(&n @ ('~' | '=' | '#' | '{' | '}' | ':' | '\\')) => {
                out.push(n);
                chars.next();
            }
            Some('n') => {
                out.push('\n');
                chars.next();
            }
            _ => out.push('\\'),
        }
    }
    out
}

/// Lines trimmed, blank lines at the ends dropped, at most one in a row.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = false;
    for line in s.split('\n').map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank {
                out.push('\n');
            }
        }
        blank = false;
        out.push_str(line);
    }
    out
}

/// HTML to plain text: tags dropped (block ends become new lines), the
/// common entities decoded, spaces collapsed. A picture from the web keeps
/// its address in the text, with a [`Reason::RemoteImage`] warning.
fn html_to_text(s: &str, warnings: &mut Vec<Reason>) -> String {
    let mut out = String::with_capacity(s.len());
    let push_text = |out: &mut String, t: &str| {
        out.extend(t.chars().map(|c| if c.is_whitespace() { ' ' } else { c }));
    };
    let mut rest = s;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        let tail = &rest[lt..];
        let Some(gt) = tail.find('>') else {
            rest = tail;
            break;
        };
        let tag = &tail[1..gt];
        rest = &tail[gt + 1..];
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match name.as_str() {
            "br" | "p" | "div" | "li" | "tr" | "ul" | "ol" | "table" | "blockquote" | "pre"
            | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => out.push('\n'),
            "td" | "th" => out.push(' '),
            "img" => match attr(tag, "src") {
                Some(src) if src.starts_with("http://") || src.starts_with("https://") => {
                    out.push(' ');
                    out.push_str(&src);
                    out.push(' ');
                    warnings.push(Reason::RemoteImage { url: src });
                }
                _ => {
                    if let Some(alt) = attr(tag, "alt") {
                        out.push(' ');
                        out.push_str(&alt);
                        out.push(' ');
                    }
                }
            },
            "script" | "style" if !closing => match find_ci(rest, &format!("</{name}")) {
                Some(e) => {
                    let after = &rest[e..];
                    rest = after.find('>').map_or("", |g| &after[g + 1..]);
                }
                None => rest = "",
            },
            _ => {}
        }
    }
    push_text(&mut out, rest);
    let decoded = decode_entities(&out);
    let mut text = String::with_capacity(decoded.len());
    for line in decoded.split('\n') {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&line);
        }
    }
    text
}

/// The first `needle` (ASCII) in `hay`, ignoring ASCII case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..h.len()).find(|&i| h[i..].len() >= n.len() && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// An attribute's value in a tag's text (`img src="…"`), entities decoded.
fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find(name) {
        let start = from + k;
        from = start + name.len();
        let before_ok = start > 0 && lower.as_bytes()[start - 1].is_ascii_whitespace();
        let rest = tag[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let v = rest[1..].trim_start();
        let value = match v.chars().next() {
            Some(q @ ('"' | '\'')) => v[1..].split(q).next().unwrap_or(""),
            _ => v
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or(""),
        };
        return Some(decode_entities(value.trim()));
    }
    None
}

/// `&amp; &lt; &gt; &quot; &apos; &nbsp;` and numeric references.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let semi = tail.bytes().take(12).position(|b| b == b';');
        if let Some(c) = semi.and_then(|e| entity(&tail[1..e])) {
            out.push(c);
            rest = &tail[semi.unwrap_or(0) + 1..];
        } else {
            out.push('&');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code).map(|c| if c == '\u{a0}' { ' ' } else { c })
        }
    }
}

// --- Scanning (bytes; every special character is ASCII) ---

/// The first unescaped byte of `set` in `s`.
fn find_any(s: &str, set: &[u8]) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if set.contains(&b[i]) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Every unescaped byte of `set` in `s`.
fn find_all(s: &str, set: &[u8]) -> Vec<usize> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if set.contains(&b[i]) {
            out.push(i);
        }
        i += 1;
    }
    out
}

/// The first unescaped `pat` (ASCII) in `s`.
fn find_seq(s: &str, pat: &str) -> Option<usize> {
    let b = s.as_bytes();
    let p = pat.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i..].starts_with(p) {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn dedup(warnings: Vec<Reason>) -> Vec<Reason> {
    let mut out: Vec<Reason> = Vec::with_capacity(warnings.len());
    for w in warnings {
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

// --- Export ---

/// A pack as GIFT, its texts in `lang`. Types GIFT cannot express (ordering,
/// image, map, audio) are left out, each with a `// skipped:` comment.
pub fn export(pack: &Pack, lang: Lang) -> String {
    let mut title = one_line(pack.title.get(lang));
    if title.is_empty() {
        title = one_line(&pack.id);
    }
    let mut out = format!(
        "// ASEAN Kiosk quiz pack \"{}\": {} (Moodle GIFT)\n",
        one_line(&pack.id),
        title
    );
    out.push_str(&format!("$CATEGORY: {}\n", title.replace('/', "//")));
    for q in &pack.questions {
        out.push('\n');
        out.push_str(&question(q, lang));
    }
    out
}

/// One question as GIFT (or the comment saying why it is left out).
fn question(q: &Question, lang: Lang) -> String {
    let skip = |kind: &str| {
        format!(
            "// skipped: {kind} question {} (GIFT has no {kind} type)\n",
            one_line(&q.id)
        )
    };
    let lines: Vec<String> = match &q.answer {
        Answer::Single { options, correct } => options
            .iter()
            .enumerate()
            .map(|(k, o)| {
                let mark = if k == *correct { '=' } else { '~' };
                format!("{mark}{}", esc(o.get(lang)))
            })
            .collect(),
        Answer::Multiple { options, correct } => {
            let w = weight(correct.len());
            options
                .iter()
                .enumerate()
                .map(|(k, o)| {
                    let w = if correct.contains(&k) {
                        w.as_str()
                    } else {
                        "-100"
                    };
                    format!("~%{w}%{}", esc(o.get(lang)))
                })
                .collect()
        }
        Answer::TrueFalse { correct } => vec![if *correct { "TRUE" } else { "FALSE" }.into()],
        Answer::Typed { accepted, .. } => accepted
            .get(lang)
            .iter()
            .map(|a| format!("={}", esc(a)))
            .collect(),
        Answer::Matching { pairs } => pairs
            .iter()
            .map(|p| format!("={} -> {}", esc(p.left.get(lang)), esc(p.right.get(lang))))
            .collect(),
        Answer::Numeric {
            value, tolerance, ..
        } => vec![format!("#{value}:{tolerance}")],
        Answer::Ordering { .. } => return skip("ordering"),
        Answer::Image { .. } => return skip("image"),
        Answer::Map { .. } => return skip("map"),
        Answer::Audio { .. } => return skip("audio"),
    };
    let mut s = String::new();
    if let Some(m) = &q.media {
        s.push_str(&format!("// picture not exported: {}\n", one_line(&m.src)));
    }
    s.push_str(&format!(
        "::{}:: {} {{",
        esc(&q.id),
        esc(q.prompt.get(lang))
    ));
    let explanation = q.explanation.get(lang).trim();
    let one_line_block = matches!(q.answer, Answer::TrueFalse { .. } | Answer::Numeric { .. });
    if one_line_block {
        s.push_str(&lines[0]);
        if !explanation.is_empty() {
            s.push_str(&format!("####{}", esc(explanation)));
        }
    } else {
        s.push('\n');
        for l in &lines {
            s.push_str(&format!("\t{l}\n"));
        }
        if !explanation.is_empty() {
            s.push_str(&format!("\t####{}\n", esc(explanation)));
        }
    }
    s.push_str("}\n");
    s
}

/// The weight of each of `n` right answers, so they sum to 100.
fn weight(n: usize) -> String {
    let w = format!("{:.5}", 100.0 / n.max(1) as f64);
    w.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A text with GIFT's special characters escaped, new lines as `\n`, and a
/// `[plain]` marker when it would otherwise start like one.
fn esc(s: &str) -> String {
    let t = s.trim();
    let mut out = String::with_capacity(t.len() + 8);
    if marker(t).0.is_some() {
        out.push_str("[plain]");
    }
    for c in t.chars() {
        match c {
            '\\' | '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// For comments and the category line: new lines become spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::quiz::pack::Media;
    use crate::core::quiz::Level;

    fn en() -> Options {
        Options::new(Lang::En, "gift")
    }

    fn t(s: &str) -> Text {
        Text::new("", s)
    }

    fn texts(v: &[&str]) -> Vec<Text> {
        v.iter().map(|s| t(s)).collect()
    }

    fn read(src: &str) -> Preview {
        import(src, &en()).unwrap()
    }

    /// The one question of `src`, nothing skipped.
    fn one(src: &str) -> Draft {
        let p = read(src);
        assert!(p.skipped.is_empty(), "skipped: {:?}", p.skipped);
        assert_eq!(p.questions.len(), 1, "{:?}", p.questions);
        p.questions.into_iter().next().unwrap()
    }

    /// The one skip of `src`, nothing imported.
    fn skip(src: &str) -> Note {
        let p = read(src);
        assert!(p.questions.is_empty(), "imported: {:?}", p.questions);
        assert_eq!(p.skipped.len(), 1, "{:?}", p.skipped);
        p.skipped[0].clone()
    }

    /// 1-based column (in characters) of `pat` in `line`.
    fn col(line: &str, pat: &str) -> usize {
        line[..line.find(pat).unwrap()].chars().count() + 1
    }

    /// 1-based line of the first line containing `pat`.
    fn line_of(src: &str, pat: &str) -> usize {
        src.lines().position(|l| l.contains(pat)).unwrap() + 1
    }

    fn typed_en(list: &[&str]) -> Answer {
        Answer::Typed {
            accepted: Accepted {
                vi: Vec::new(),
                en: list.iter().map(|s| s.to_string()).collect(),
            },
            fold_diacritics: true,
        }
    }

    // --- Detection ---

    #[test]
    fn looks_like_gift_but_not_aiken_or_prose() {
        assert!(looks_like(
            "Which city is the capital of Viet Nam? {=Hanoi ~Hue}"
        ));
        assert!(looks_like("::Q1:: ASEAN was founded in 1967. {T}"));
        assert!(looks_like("$CATEGORY: $course$/ASEAN/Capitals\n"));
        assert!(looks_like("Viet Nam joined ASEAN in {#1995}."));
        assert!(!looks_like(
            "Which city is Viet Nam's capital?\nA. Hanoi\nB. Hue\nANSWER: A\n"
        ));
        assert!(!looks_like(r"Escaped braces \{ only \} here"));
        assert!(!looks_like("a } before { an open brace"));
        assert!(!looks_like(""));
    }

    #[test]
    fn detected_and_read_through_the_import_page() {
        let src = "Which city is the capital of Laos? {=Vientiane ~Luang Prabang ~Pakse}\n";
        let p = super::super::import("capitals.txt", src.as_bytes(), &en()).unwrap();
        assert_eq!(p.format, Format::Gift);
        assert_eq!(p.questions.len(), 1);
        let p = super::super::import("capitals.gift", src.as_bytes(), &en()).unwrap();
        assert_eq!(p.format, Format::Gift);
        assert_eq!(p.languages, vec![Lang::En]);
        assert_eq!(p.pack, None);
    }

    // --- Multiple choice ---

    #[test]
    fn single_choice_on_one_line() {
        let d = one("::Capital VN:: Which city is the capital of Viet Nam? {=Hanoi ~Ho Chi Minh City ~Da Nang}");
        assert_eq!(d.place, Place::line(1));
        assert!(d.warnings.is_empty());
        let q = d.question;
        assert_eq!(q.id, "gift-001");
        assert_eq!(q.prompt, t("Which city is the capital of Viet Nam?"));
        assert_eq!(
            q.answer,
            Answer::Single {
                options: texts(&["Hanoi", "Ho Chi Minh City", "Da Nang"]),
                correct: 0
            }
        );
        assert_eq!(q.explanation, Text::default());
        assert_eq!(q.difficulty, 2);
    }

    #[test]
    fn single_choice_over_several_lines() {
        let src = "// capitals of ASEAN members\nWhich city is the capital\nof Laos?\n{\n    ~Luang Prabang\n    =Vientiane\n    ~Pakse\n}\n";
        let d = one(src);
        assert_eq!(d.place, Place::line(2));
        assert_eq!(d.question.prompt, t("Which city is the capital\nof Laos?"));
        assert_eq!(
            d.question.answer,
            Answer::Single {
                options: texts(&["Luang Prabang", "Vientiane", "Pakse"]),
                correct: 1
            }
        );
    }

    #[test]
    fn multiple_answers_with_weights() {
        let d = one("Which of these countries were founding members of ASEAN? {~%50%Indonesia ~%50%Thailand ~%-100%Viet Nam ~%-100%Myanmar}");
        assert_eq!(
            d.question.answer,
            Answer::Multiple {
                options: texts(&["Indonesia", "Thailand", "Viet Nam", "Myanmar"]),
                correct: vec![0, 1]
            }
        );
        assert_eq!(d.warnings, vec![Reason::WeightsIgnored]);
    }

    #[test]
    fn a_single_full_weight_among_tildes_is_single_choice() {
        let d = one("In which city was ASEAN founded? {~%100%Bangkok ~Jakarta ~Manila}");
        assert_eq!(
            d.question.answer,
            Answer::Single {
                options: texts(&["Bangkok", "Jakarta", "Manila"]),
                correct: 0
            }
        );
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn weighted_equals_are_handled() {
        // Two half-right `=` answers: both right.
        let d = one("Which of these are capitals of ASEAN founding members? {=%50%Jakarta =%50%Bangkok ~Hanoi}");
        assert_eq!(
            d.question.answer,
            Answer::Multiple {
                options: texts(&["Jakarta", "Bangkok", "Hanoi"]),
                correct: vec![0, 1]
            }
        );
        assert_eq!(d.warnings, vec![Reason::WeightsIgnored]);
        // One full `=` and a partial `~`: single choice, the partial one wrong.
        let d = one("In which city was ASEAN founded? {=Bangkok ~%50%Thailand ~Jakarta}");
        assert_eq!(
            d.question.answer,
            Answer::Single {
                options: texts(&["Bangkok", "Thailand", "Jakarta"]),
                correct: 0
            }
        );
        assert_eq!(d.warnings, vec![Reason::WeightsIgnored]);
        // Full marks and -100 only: nothing to warn about.
        let d = one("In which city was ASEAN founded? {=Bangkok ~%-100%Jakarta ~%0%Manila}");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn bad_weights_are_bad_numbers() {
        let line = "Which countries founded ASEAN? {~%half%Indonesia ~%50%Thailand ~Laos}";
        let n = skip(line);
        assert_eq!(
            n.reason,
            Reason::BadNumber {
                value: "half".into()
            }
        );
        assert_eq!(n.place, Place::at(1, col(line, "half")));
        let line = "Which countries founded ASEAN? {~%50 Indonesia ~Thailand ~Laos}";
        let n = skip(line);
        assert_eq!(
            n.reason,
            Reason::BadNumber {
                value: "%50 Indonesia".into()
            }
        );
        assert_eq!(n.place, Place::at(1, col(line, "%50")));
        let n = skip("Which countries founded ASEAN? {~%150%Indonesia ~Laos ~Cambodia}");
        assert_eq!(
            n.reason,
            Reason::BadNumber {
                value: "150".into()
            }
        );
    }

    // --- True/false ---

    #[test]
    fn true_false_in_every_spelling() {
        for (block, correct) in [
            ("{T}", true),
            ("{TRUE}", true),
            ("{F}", false),
            ("{FALSE}", false),
            ("{ true }", true),
        ] {
            let d = one(&format!("ASEAN was founded on 8 August 1967. {block}"));
            assert_eq!(d.question.answer, Answer::TrueFalse { correct }, "{block}");
            assert!(d.warnings.is_empty());
        }
    }

    #[test]
    fn true_false_with_feedback() {
        let d = one("ASEAN was founded in Bangkok. {TRUE#No: the ASEAN Declaration was signed in Bangkok.#Right.####The ASEAN Declaration was signed in Bangkok on 8 August 1967.}");
        assert_eq!(d.question.answer, Answer::TrueFalse { correct: true });
        assert_eq!(d.warnings, vec![Reason::FeedbackIgnored]);
        assert_eq!(
            d.question.explanation,
            t("The ASEAN Declaration was signed in Bangkok on 8 August 1967.")
        );
    }

    // --- Short answer ---

    #[test]
    fn short_answer_is_typed() {
        let d = one("Which city is the capital of Viet Nam? {=Hanoi =Ha Noi =Hà Nội}");
        assert_eq!(d.question.answer, typed_en(&["Hanoi", "Ha Noi", "Hà Nội"]));
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn weighted_short_answers_keep_the_full_ones() {
        let d = one("Which city is the capital of Viet Nam? {=Hanoi =%50%Ha Noi City}");
        assert_eq!(d.question.answer, typed_en(&["Hanoi"]));
        assert_eq!(d.warnings, vec![Reason::WeightsIgnored]);
        // No full answer: the best ones are taken.
        let d = one("Which city is the capital of Laos? {=%50%Vientiane =%50%Viang Chan}");
        assert_eq!(d.question.answer, typed_en(&["Vientiane", "Viang Chan"]));
        assert_eq!(d.warnings, vec![Reason::WeightsIgnored]);
        let n = skip("Which city is the capital of Laos? {=%0%Pakse}");
        assert_eq!(n.reason, Reason::MissingAnswer);
    }

    // --- Matching ---

    #[test]
    fn matching_pairs() {
        let src = "Match each member state with its capital. {\n=Viet Nam -> Hanoi\n=Laos -> Vientiane\n=Thailand -> Bangkok\n}";
        let d = one(src);
        let pair = |l: &str, r: &str| Pair {
            left: t(l),
            right: t(r),
        };
        assert_eq!(
            d.question.answer,
            Answer::Matching {
                pairs: vec![
                    pair("Viet Nam", "Hanoi"),
                    pair("Laos", "Vientiane"),
                    pair("Thailand", "Bangkok")
                ]
            }
        );
    }

    #[test]
    fn bad_pairs() {
        let line = "Match each member state with its capital. {=Viet Nam -> Hanoi}";
        let n = skip(line);
        assert_eq!(n.reason, Reason::BadPair);
        assert_eq!(n.place, Place::at(1, col(line, "{")));
        let line = "Match the capitals. {=Viet Nam -> Hanoi =Laos -> =Thailand -> Bangkok}";
        let n = skip(line);
        assert_eq!(n.reason, Reason::BadPair);
        assert_eq!(n.place, Place::at(1, col(line, "=Laos")));
        let line = "Match the capitals. {=Viet Nam -> Hanoi =Laos =Thailand -> Bangkok}";
        let n = skip(line);
        assert_eq!(n.reason, Reason::BadPair);
        assert_eq!(n.place, Place::at(1, col(line, "=Laos")));
        let n = skip("Match the capitals. {= -> Hanoi =Laos -> Vientiane =Thailand -> Bangkok}");
        assert_eq!(n.reason, Reason::BadPair);
        // Two pairs read, but the app needs three.
        let n = skip("Match the capitals. {=Viet Nam -> Hanoi =Laos -> Vientiane}");
        assert_eq!(n.reason, Reason::TooFewOptions { found: 2, min: 3 });
        assert_eq!(n.place, Place::line(1));
    }

    // --- Numeric ---

    fn numeric(value: f64, tolerance: f64) -> Answer {
        Answer::Numeric {
            value,
            tolerance,
            unit: None,
        }
    }

    #[test]
    fn numeric_exact_tolerance_and_range() {
        for (block, value, tolerance) in [
            ("{#1967}", 1967.0, 0.0),
            ("{#1967:2}", 1967.0, 2.0),
            ("{#1965..1969}", 1967.0, 2.0),
            ("{# 1967.5 : 0.5 }", 1967.5, 0.5),
        ] {
            let d = one(&format!("In which year was ASEAN founded? {block}"));
            assert_eq!(d.question.answer, numeric(value, tolerance), "{block}");
            assert!(d.warnings.is_empty(), "{block}");
        }
    }

    #[test]
    fn numeric_with_several_answers() {
        let d = one("In which year was ASEAN founded? {# =1967 =%50%1968}");
        assert_eq!(d.question.answer, numeric(1967.0, 0.0));
        assert_eq!(d.warnings, vec![Reason::WeightsIgnored]);
        let src = "In which year did Viet Nam join ASEAN? {#\n    =1995:0 # Right: on 28 July 1995.\n    =%50%1995:1 # Close.\n}";
        let d = one(src);
        assert_eq!(d.question.answer, numeric(1995.0, 0.0));
        assert!(d.warnings.contains(&Reason::WeightsIgnored));
        assert!(d.warnings.contains(&Reason::FeedbackIgnored));
        assert_eq!(d.warnings.len(), 2);
        let d = one("In which year was ASEAN founded? {#1967#Right: 8 August 1967.}");
        assert_eq!(d.question.answer, numeric(1967.0, 0.0));
        assert_eq!(d.warnings, vec![Reason::FeedbackIgnored]);
    }

    #[test]
    fn bad_numbers() {
        for (block, value) in [
            ("{#nineteen}", "nineteen"),
            ("{#1967:x}", "1967:x"),
            ("{#1967:-1}", "1967:-1"),
            ("{#1965..}", "1965.."),
            ("{#inf}", "inf"),
            ("{# =1967 =%50%abc}", "abc"),
        ] {
            let line = format!("In which year was ASEAN founded? {block}");
            let n = skip(&line);
            assert_eq!(
                n.reason,
                Reason::BadNumber {
                    value: value.into()
                },
                "{block}"
            );
            assert_eq!(n.place, Place::at(1, col(&line, value)), "{block}");
        }
        let n = skip("In which year was ASEAN founded? {#}");
        assert_eq!(n.reason, Reason::MissingAnswer);
    }

    // --- Missing word ---

    #[test]
    fn missing_word_prompts_have_a_gap() {
        let d = one("ASEAN was founded in {~Hanoi =Bangkok ~Jakarta} in 1967.");
        assert_eq!(d.question.prompt, t("ASEAN was founded in _____ in 1967."));
        assert_eq!(
            d.question.answer,
            Answer::Single {
                options: texts(&["Hanoi", "Bangkok", "Jakarta"]),
                correct: 1
            }
        );
        let d = one("Viet Nam joined ASEAN in {#1995}.");
        assert_eq!(d.question.prompt, t("Viet Nam joined ASEAN in _____."));
        assert_eq!(d.question.answer, numeric(1995.0, 0.0));
        let d = one("{=Vientiane} is the capital of Laos.");
        assert_eq!(d.question.prompt, t("_____ is the capital of Laos."));
        assert_eq!(d.question.answer, typed_en(&["Vientiane"]));
        let d = one("ASEAN was founded in\n{\n~Hanoi\n=Bangkok\n~Jakarta\n}\nin 1967.");
        assert_eq!(d.question.prompt, t("ASEAN was founded in _____ in 1967."));
    }

    // --- Essay, description ---

    #[test]
    fn essay_and_description_are_skipped() {
        let line = "Why was ASEAN founded? {}";
        let n = skip(line);
        assert_eq!(
            n.reason,
            Reason::UnsupportedType {
                name: "essay".into()
            }
        );
        assert_eq!(n.place, Place::at(1, col(line, "{")));
        let n = skip(
            "Why was ASEAN founded? {\n####It was founded to promote peace and cooperation.\n}",
        );
        assert_eq!(
            n.reason,
            Reason::UnsupportedType {
                name: "essay".into()
            }
        );
        let src = "ASEAN was founded on 8 August 1967 in Bangkok.\n\nIn which year was ASEAN founded? {#1967}";
        let p = read(src);
        assert_eq!(
            p.skipped,
            vec![Note::new(Place::line(1), Reason::Description)]
        );
        assert_eq!(p.questions.len(), 1);
        assert_eq!(p.questions[0].place, Place::line(3));
    }

    // --- Feedback ---

    #[test]
    fn feedback_is_dropped_general_feedback_kept() {
        let d = one("Which city is the capital of Viet Nam? {\n=Hanoi#Right!\n~Hue#No.\n~Da Nang#No.\n####Hanoi is the capital of Viet Nam.\n}");
        assert_eq!(d.warnings, vec![Reason::FeedbackIgnored]);
        assert_eq!(
            d.question.explanation,
            t("Hanoi is the capital of Viet Nam.")
        );
        assert_eq!(
            d.question.answer,
            Answer::Single {
                options: texts(&["Hanoi", "Hue", "Da Nang"]),
                correct: 0
            }
        );
        // An empty `#` is no feedback.
        let d = one("Which city is the capital of Laos? {=Vientiane# ~Pakse#}");
        assert!(d.warnings.is_empty());
    }

    // --- Categories, comments, titles ---

    #[test]
    fn category_names_the_title() {
        let src = "$CATEGORY: $course$/ASEAN/Capitals\n\n::Q1:: Which city is the capital of Laos? {=Vientiane ~Pakse}\n\n$CATEGORY: $course$/ASEAN/Years\n";
        let p = read(src);
        assert_eq!(p.title, Some(t("Capitals")));
        assert_eq!(p.questions.len(), 1);
        assert!(p.skipped.is_empty());
        let p = read("$CATEGORY: $course$/top/Default for ASEAN 101/ASEAN//AEC\n\nASEAN was founded in 1967. {T}");
        assert_eq!(p.title, Some(t("ASEAN/AEC")));
        let p = read("ASEAN was founded in 1967. {T}");
        assert_eq!(p.title, None);
        let p = import(
            "$CATEGORY: Thủ đô\n\nHà Nội là thủ đô của Việt Nam. {T}",
            &Options::new(Lang::Vi, "gift"),
        )
        .unwrap();
        assert_eq!(p.title, Some(Text::new("Thủ đô", "")));
    }

    #[test]
    fn comments_and_titles_are_not_text() {
        let src = "// Capitals of ASEAN member states\n// question: 12  name: Laos\n::Capital of Laos\\: Vientiane?:: Which city is the capital of Laos? // not a comment\n{=Vientiane ~Pakse}";
        let d = one(src);
        assert_eq!(d.place, Place::line(3));
        assert_eq!(
            d.question.prompt,
            t("Which city is the capital of Laos? // not a comment")
        );
        let p = import("// only a comment\n\n// and another\n", &en());
        assert_eq!(p, Err(Note::new(Place::line(1), Reason::NoQuestions)));
        assert_eq!(
            import("", &en()),
            Err(Note::new(Place::line(1), Reason::NoQuestions))
        );
        assert_eq!(
            import("$CATEGORY: $course$/ASEAN\n", &en()),
            Err(Note::new(Place::line(1), Reason::NoQuestions))
        );
    }

    // --- Formats ---

    #[test]
    fn format_markers_are_stripped() {
        for m in ["[moodle]", "[markdown]", "[plain]", "[PLAIN]"] {
            let d = one(&format!(
                "::Laos::{m}Which city is the capital of Laos? {{=Vientiane ~Pakse}}"
            ));
            assert_eq!(
                d.question.prompt,
                t("Which city is the capital of Laos?"),
                "{m}"
            );
        }
        // A marker of an answer's own.
        let d = one("Which city is the capital of Laos? {=[html]<b>Vientiane</b> ~Pakse}");
        assert_eq!(
            d.question.answer,
            Answer::Single {
                options: texts(&["Vientiane", "Pakse"]),
                correct: 0
            }
        );
    }

    #[test]
    fn html_is_made_plain() {
        let src = "::VN::[html]<p>Which city is the capital of <span style\\=\"font-weight\\: bold;\">Viet Nam</span>?</p>\n<p>Tom &amp; Jerry &lt;3 &gt; &quot;x&quot; &#39;y&#39; a&nbsp;b &#x41;</p>{\n=<p>Hanoi</p>\n~<p>Ho Chi Minh<br>City</p>\n~Da Nang\n####<p>Hanoi is the <em>capital</em>.</p><script>alert(1)</script><style>p\\{\\}</style>\n}";
        let d = one(src);
        assert_eq!(
            d.question.prompt,
            t("Which city is the capital of Viet Nam?\nTom & Jerry <3 > \"x\" 'y' a b A")
        );
        assert_eq!(
            d.question.answer,
            Answer::Single {
                options: texts(&["Hanoi", "Ho Chi Minh\nCity", "Da Nang"]),
                correct: 0
            }
        );
        assert_eq!(d.question.explanation, t("Hanoi is the capital."));
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn html_pictures_from_the_web_keep_their_address() {
        let d = one("[html]<p>Whose flag is this? <img src\\=\"https\\://example.org/flag.png\" alt\\=\"a flag\"></p>{=Viet Nam ~Laos}");
        assert_eq!(
            d.question.prompt,
            t("Whose flag is this? https://example.org/flag.png")
        );
        assert_eq!(
            d.warnings,
            vec![Reason::RemoteImage {
                url: "https://example.org/flag.png".into()
            }]
        );
        let d = one("[html]<p>Whose flag is this? <img src\\=\"@@PLUGINFILE@@/flag.png\" alt\\=\"a flag\"></p>{=Viet Nam ~Laos}");
        assert_eq!(d.question.prompt, t("Whose flag is this? a flag"));
        assert!(d.warnings.is_empty());
    }

    // --- Escapes ---

    #[test]
    fn escapes_in_prompts_and_answers() {
        let d = one(
            r"In GIFT\: what do \{ \} \= \~ \# mean?\nSecond line \\ end {=Special characters \= \~ \# ~Nothing \{at all\} ~Comments \: notes}",
        );
        assert_eq!(
            d.question.prompt,
            t("In GIFT: what do { } = ~ # mean?\nSecond line \\ end")
        );
        assert_eq!(
            d.question.answer,
            Answer::Single {
                options: texts(&[
                    "Special characters = ~ #",
                    "Nothing {at all}",
                    "Comments : notes"
                ]),
                correct: 0
            }
        );
    }

    // --- Malformed ---

    #[test]
    fn unclosed_brace_then_the_next_question() {
        let first = "Which city is the capital of Viet Nam? {=Hanoi ~Hue";
        let src = format!(
            "{first}\n~Da Nang\n\nWhich city is the capital of Laos? {{=Vientiane ~Pakse}}\n"
        );
        let p = read(&src);
        assert_eq!(
            p.skipped,
            vec![Note::new(
                Place::at(1, col(first, "{")),
                Reason::UnclosedBrace
            )]
        );
        assert_eq!(p.questions.len(), 1);
        assert_eq!(p.questions[0].place, Place::line(4));
        assert_eq!(p.questions[0].question.id, "gift-001");
        // A second question started before the first block closed.
        let src = "Which city is the capital of Viet Nam? {=Hanoi ~Hue\nWhich city is the capital of Laos? {=Vientiane ~Pakse}";
        let n = skip(src);
        assert_eq!(n, Note::new(Place::at(1, 40), Reason::UnclosedBrace));
    }

    #[test]
    fn stray_closing_brace() {
        let line = "Viet Nam joined ASEAN in 1995 } on 28 July.";
        let n = skip(line);
        assert_eq!(
            n,
            Note::new(
                Place::at(1, col(line, "}")),
                Reason::Syntax {
                    found: "} on 28 July.".into()
                }
            )
        );
        let src = "Which city is the capital of Laos?\n{=Vientiane ~Pakse}\n}";
        let n = skip(src);
        assert_eq!(n.place, Place::at(3, 1));
        assert_eq!(n.reason, Reason::Syntax { found: "}".into() });
    }

    #[test]
    fn no_right_answer() {
        let line = "Which city is the capital of Viet Nam? {~Hanoi ~Hue ~Da Nang}";
        let n = skip(line);
        assert_eq!(
            n,
            Note::new(Place::at(1, col(line, "{")), Reason::MissingAnswer)
        );
        let n = skip("Which city is the capital of Viet Nam? {Hanoi}");
        assert_eq!(n.reason, Reason::MissingAnswer);
    }

    #[test]
    fn syntax_errors_quote_a_short_excerpt() {
        let line = "Match the capitals. {=Viet Nam -> Hanoi ~Laos -> Vientiane}";
        let n = skip(line);
        assert_eq!(
            n,
            Note::new(
                Place::at(1, col(line, "=Viet")),
                Reason::Syntax {
                    found: "Viet Nam -> Hanoi".into()
                }
            )
        );
        let line = "Which city? {Hanoi, the capital of the Socialist Republic of Viet Nam =Hue}";
        let n = skip(line);
        assert_eq!(n.place, Place::at(1, col(line, "Hanoi")));
        match n.reason {
            Reason::Syntax { found } => {
                assert!(found.chars().count() <= 30, "{found}");
                assert!(found.starts_with("Hanoi, the capital"), "{found}");
                assert!(found.ends_with('…'));
            }
            r => panic!("{r:?}"),
        }
        // An unclosed title.
        let n = skip("::Capital Which city is the capital of Laos? {=Vientiane ~Pakse}");
        assert_eq!(n.place, Place::at(1, 1));
        assert!(matches!(n.reason, Reason::Syntax { .. }));
        // Two answer blocks.
        let line = "ASEAN was founded in {=1967} in {=Bangkok}.";
        let n = skip(line);
        assert_eq!(
            n,
            Note::new(
                Place::at(1, col(line, "{=Bangkok")),
                Reason::Syntax {
                    found: "{=Bangkok}.".into()
                }
            )
        );
        let line = "ASEAN was founded in {=1967} in {=Bangkok.";
        let n = skip(line);
        assert_eq!(
            n,
            Note::new(Place::at(1, col(line, "{=Bangkok")), Reason::UnclosedBrace)
        );
    }

    #[test]
    fn questions_the_app_cannot_play_are_checked() {
        let src = "::dup::\nWhich city is the capital of Viet Nam?\n{=Hanoi ~hanoi}";
        let n = skip(src);
        assert_eq!(
            n,
            Note::new(
                Place::line(1),
                Reason::DuplicateOption {
                    option: "hanoi".into()
                }
            )
        );
        let n = skip("::empty:: {=Hanoi ~Hue}");
        assert_eq!(n.reason, Reason::EmptyPrompt);
        let n = skip("Which is an ASEAN member? {=Viet Nam ~A ~B ~C ~D ~E ~F}");
        assert_eq!(n.reason, Reason::TooManyOptions { found: 7, max: 6 });
    }

    #[test]
    fn skipped_questions_do_not_use_up_ids() {
        let src = "Which city is the capital of Laos? {=Vientiane ~Pakse}\n\nWhy was ASEAN founded? {}\n\nASEAN was founded in 1967. {T}\n";
        let p = read(src);
        let ids: Vec<&str> = p.questions.iter().map(|d| d.question.id.as_str()).collect();
        assert_eq!(ids, ["gift-001", "gift-002"]);
        assert_eq!(p.questions[1].place, Place::line(5));
        assert_eq!(p.skipped[0].place, Place::at(3, 24));
    }

    #[test]
    fn huge_files_take_one_pass() {
        let mb5 = 5 * 1024 * 1024;
        let n = skip(&"{".repeat(mb5));
        assert_eq!(n, Note::new(Place::at(1, 1), Reason::UnclosedBrace));
        let n = skip(&"{\n".repeat(mb5 / 2));
        assert_eq!(n, Note::new(Place::at(1, 1), Reason::UnclosedBrace));
        let n = skip(&format!("Q {}", "{}".repeat(mb5 / 2)));
        assert!(matches!(n.reason, Reason::Syntax { .. }));
        let n = skip(&"\\{".repeat(mb5 / 2));
        assert_eq!(n.reason, Reason::Description);
        let src = format!("[html]{}{{=Hanoi ~Hue}}", "<style>".repeat(mb5 / 7));
        let n = skip(&src);
        assert_eq!(n.reason, Reason::EmptyPrompt);
        let src = format!("[html]Q {}{{=Hanoi ~Hue}}", "<b".repeat(mb5 / 2));
        let p = read(&src);
        assert_eq!(p.questions.len() + p.skipped.len(), 1);
        let src = format!("Q {{{}}}", "=a ~b ".repeat(mb5 / 6));
        let n = skip(&src);
        assert!(matches!(n.reason, Reason::TooManyOptions { .. }));
    }

    // --- Vietnamese ---

    #[test]
    fn vietnamese_text() {
        let vi = Options::new(Lang::Vi, "bai-1");
        let p = import(
            "Thủ đô của Việt Nam là thành phố nào? {=Hà Nội ~Huế ~Đà Nẵng}\n\nViệt Nam gia nhập ASEAN ngày 28 tháng 7 năm {#1995}.\n\nThủ đô của Lào là gì? {=Viêng Chăn =Vientiane}",
            &vi,
        )
        .unwrap();
        assert!(p.skipped.is_empty());
        assert_eq!(p.languages, vec![Lang::Vi]);
        let q = &p.questions[0].question;
        assert_eq!(q.id, "bai-1-001");
        assert_eq!(
            q.prompt,
            Text::new("Thủ đô của Việt Nam là thành phố nào?", "")
        );
        assert_eq!(
            q.answer,
            Answer::Single {
                options: vec![
                    Text::new("Hà Nội", ""),
                    Text::new("Huế", ""),
                    Text::new("Đà Nẵng", "")
                ],
                correct: 0
            }
        );
        assert_eq!(
            p.questions[1].question.prompt,
            Text::new("Việt Nam gia nhập ASEAN ngày 28 tháng 7 năm _____.", "")
        );
        assert_eq!(
            p.questions[2].question.answer,
            Answer::Typed {
                accepted: Accepted {
                    vi: vec!["Viêng Chăn".into(), "Vientiane".into()],
                    en: Vec::new()
                },
                fold_diacritics: true
            }
        );
        // Columns count characters, not bytes.
        let line = "Việt Nam gia nhập ASEAN năm nào? {#1995";
        let n = import(line, &vi).unwrap().skipped[0].clone();
        assert_eq!(n, Note::new(Place::at(1, 34), Reason::UnclosedBrace));
        assert_eq!(col(line, "{"), 34);
    }

    // --- A Moodle export ---

    const MOODLE: &str = r#"// question: 0  name: Switch category to $course$/top/Default for ASEAN Studies/ASEAN Capitals
$CATEGORY: $course$/top/Default for ASEAN Studies/ASEAN Capitals


// question: 1201  name: Capital of Viet Nam
// [tag:capitals]
::Capital of Viet Nam::[html]<p>Which city is the capital of <span style\="font-weight\: bold;">Viet Nam</span>?</p>{
	=<p>Hanoi</p>#<p>Correct.</p>
	~<p>Ho Chi Minh City</p>#<p>It is the largest city, not the capital.</p>
	~<p>Da Nang</p>
	####<p>Hanoi is the capital of Viet Nam.</p>
}


// question: 1202  name: ASEAN founding year
::ASEAN founding year::[html]<p>In which year was ASEAN founded?</p>{#
	=1967\:0#
}


// question: 1203  name: Bangkok Declaration
::Bangkok Declaration::[html]<p>ASEAN was founded in Bangkok on 8 August 1967.</p>{TRUE}


// question: 1204  name: Capitals matching
::Capitals matching::[html]<p>Match each member state with its capital.</p>{
	=<p>Viet Nam</p> -> Hanoi
	=<p>Laos</p> -> Vientiane
	=<p>Thailand</p> -> Bangkok
}


// question: 1205  name: Capital of Laos
::Capital of Laos::[moodle]Which city is the capital of Laos?{
	=Vientiane
	=Viang Chan
}


// question: 1206  name: ASEAN essay
::ASEAN essay::[html]<p>Why was ASEAN founded?</p>{}


// question: 1207  name: About ASEAN
::About ASEAN::[html]<p>ASEAN stands for the Association of Southeast Asian Nations.</p>


// question: 1208  name: Founding members
::Founding members::[html]<p>Which of these countries were founding members of ASEAN?</p>{
	~%50%Indonesia
	~%50%Thailand
	~%-100%Viet Nam
	~%-100%Myanmar
}

"#;

    #[test]
    fn a_moodle_export() {
        assert!(looks_like(MOODLE));
        let p = super::super::import("questions-ASEAN.txt", MOODLE.as_bytes(), &en()).unwrap();
        assert_eq!(p.format, Format::Gift);
        assert_eq!(p.title, Some(t("ASEAN Capitals")));
        let at = |pat: &str| Place::line(line_of(MOODLE, pat));
        let got: Vec<(Place, &str, &Answer)> = p
            .questions
            .iter()
            .map(|d| (d.place, d.question.prompt.en.as_str(), &d.question.answer))
            .collect();
        let vn = Answer::Single {
            options: texts(&["Hanoi", "Ho Chi Minh City", "Da Nang"]),
            correct: 0,
        };
        let year = numeric(1967.0, 0.0);
        let tf = Answer::TrueFalse { correct: true };
        let pair = |l: &str, r: &str| Pair {
            left: t(l),
            right: t(r),
        };
        let matching = Answer::Matching {
            pairs: vec![
                pair("Viet Nam", "Hanoi"),
                pair("Laos", "Vientiane"),
                pair("Thailand", "Bangkok"),
            ],
        };
        let laos = typed_en(&["Vientiane", "Viang Chan"]);
        let founders = Answer::Multiple {
            options: texts(&["Indonesia", "Thailand", "Viet Nam", "Myanmar"]),
            correct: vec![0, 1],
        };
        assert_eq!(
            got,
            vec![
                (
                    at("::Capital of Viet Nam::"),
                    "Which city is the capital of Viet Nam?",
                    &vn
                ),
                (
                    at("::ASEAN founding year::"),
                    "In which year was ASEAN founded?",
                    &year
                ),
                (
                    at("::Bangkok Declaration::"),
                    "ASEAN was founded in Bangkok on 8 August 1967.",
                    &tf
                ),
                (
                    at("::Capitals matching::"),
                    "Match each member state with its capital.",
                    &matching
                ),
                (
                    at("::Capital of Laos::"),
                    "Which city is the capital of Laos?",
                    &laos
                ),
                (
                    at("::Founding members::"),
                    "Which of these countries were founding members of ASEAN?",
                    &founders
                ),
            ]
        );
        assert_eq!(
            p.questions[0].question.explanation,
            t("Hanoi is the capital of Viet Nam.")
        );
        assert_eq!(p.questions[0].warnings, vec![Reason::FeedbackIgnored]);
        assert_eq!(p.questions[5].warnings, vec![Reason::WeightsIgnored]);
        let essay_line = "::ASEAN essay::[html]<p>Why was ASEAN founded?</p>{}";
        assert_eq!(
            p.skipped,
            vec![
                Note::new(
                    Place::at(line_of(MOODLE, "::ASEAN essay::"), col(essay_line, "{")),
                    Reason::UnsupportedType {
                        name: "essay".into()
                    }
                ),
                Note::new(at("::About ASEAN::"), Reason::Description),
            ]
        );
    }

    // --- Export ---

    fn question(id: &str, prompt: &str, answer: Answer, explanation: &str) -> Question {
        Question {
            id: id.into(),
            prompt: t(prompt),
            media: None,
            answer,
            explanation: t(explanation),
            difficulty: 2,
            topics: Vec::new(),
            members: Vec::new(),
            source: String::new(),
            time_limit_s: None,
        }
    }

    fn pack(questions: Vec<Question>) -> Pack {
        Pack {
            format: "asean-kiosk/quiz-pack".into(),
            version: 1,
            id: "asean".into(),
            title: t("ASEAN basics"),
            description: t("Founding, members and capitals."),
            level: Level::Secondary,
            topics: Vec::new(),
            languages: vec![Lang::En],
            member: None,
            questions,
            obstacles: Vec::new(),
        }
    }

    /// One question of each type GIFT can express, then one it cannot.
    fn sample() -> Pack {
        pack(vec![
            question(
                "asean-001",
                "In which city was ASEAN founded?",
                Answer::Single {
                    options: texts(&["Bangkok", "Jakarta", "Manila", "Kuala Lumpur"]),
                    correct: 0,
                },
                "The ASEAN Declaration was signed in Bangkok on 8 August 1967.",
            ),
            question(
                "asean-002",
                "Which of these were founding members of ASEAN?",
                Answer::Multiple {
                    options: texts(&["Indonesia", "Viet Nam", "Malaysia", "Myanmar"]),
                    correct: vec![0, 2],
                },
                "Indonesia, Malaysia, the Philippines, Singapore and Thailand founded ASEAN in 1967; Viet Nam joined in 1995.",
            ),
            question(
                "asean-003",
                "Viet Nam joined ASEAN on 28 July 1995.",
                Answer::TrueFalse { correct: true },
                "Viet Nam became ASEAN's seventh member on 28 July 1995.",
            ),
            question(
                "asean-004",
                "Which city is the capital of Viet Nam?",
                typed_en(&["Hanoi", "Ha Noi", "Hà Nội"]),
                "Hanoi is the capital of Viet Nam.",
            ),
            question(
                "asean-005",
                "Match each member state with its capital.",
                Answer::Matching {
                    pairs: vec![
                        Pair {
                            left: t("Viet Nam"),
                            right: t("Hanoi"),
                        },
                        Pair {
                            left: t("Laos"),
                            right: t("Vientiane"),
                        },
                        Pair {
                            left: t("Thailand"),
                            right: t("Bangkok"),
                        },
                    ],
                },
                "",
            ),
            question(
                "asean-006",
                "In which year was ASEAN founded?",
                numeric(1967.0, 0.0),
                "ASEAN was founded on 8 August 1967.",
            ),
            question(
                "asean-007",
                "Put these members in the order they joined ASEAN, earliest first.",
                Answer::Ordering {
                    items: texts(&["Brunei Darussalam", "Viet Nam", "Cambodia"]),
                },
                "Brunei Darussalam joined in 1984, Viet Nam in 1995 and Cambodia in 1999.",
            ),
        ])
    }

    #[test]
    fn export_layout() {
        let gift = export(&sample(), Lang::En);
        let lines: Vec<&str> = gift.lines().collect();
        assert!(lines[0].starts_with("// "), "{}", lines[0]);
        assert!(lines[0].contains("asean") && lines[0].contains("ASEAN basics"));
        assert_eq!(lines[1], "$CATEGORY: ASEAN basics");
        assert!(gift.contains("::asean-001:: In which city was ASEAN founded? {\n\t=Bangkok\n\t~Jakarta\n\t~Manila\n\t~Kuala Lumpur\n\t####The ASEAN Declaration was signed in Bangkok on 8 August 1967.\n}\n"), "{gift}");
        assert!(gift
            .contains("\t~%50%Indonesia\n\t~%-100%Viet Nam\n\t~%50%Malaysia\n\t~%-100%Myanmar\n"));
        assert!(gift.contains("::asean-003:: Viet Nam joined ASEAN on 28 July 1995. {TRUE####Viet Nam became ASEAN's seventh member on 28 July 1995.}\n"));
        assert!(gift.contains("\t=Hanoi\n\t=Ha Noi\n\t=Hà Nội\n"));
        assert!(gift
            .contains("\t=Viet Nam -> Hanoi\n\t=Laos -> Vientiane\n\t=Thailand -> Bangkok\n}\n"));
        assert!(gift.contains("{#1967:0####ASEAN was founded on 8 August 1967.}"));
        assert!(
            gift.contains("// skipped: ordering question asean-007 (GIFT has no ordering type)\n")
        );
        assert!(!gift.contains("Brunei"));
    }

    #[test]
    fn export_skips_what_gift_cannot_say() {
        let media = Media {
            src: "flags/la.svg".into(),
            alt: t("A flag"),
        };
        let p = pack(vec![
            question(
                "f-1",
                "Which is the flag of Laos?",
                Answer::Image {
                    options: vec![media.clone(), media.clone()],
                    correct: 0,
                },
                "",
            ),
            question(
                "f-2",
                "Click Laos on the map.",
                Answer::Map {
                    correct: "la".into(),
                },
                "",
            ),
            question(
                "f-3",
                "Which anthem is this?",
                Answer::Audio {
                    clip: "anthems/la.mp3".into(),
                    options: texts(&["Laos", "Viet Nam"]),
                    correct: 0,
                },
                "",
            ),
        ]);
        let gift = export(&p, Lang::En);
        for (kind, id) in [("image", "f-1"), ("map", "f-2"), ("audio", "f-3")] {
            assert!(
                gift.contains(&format!(
                    "// skipped: {kind} question {id} (GIFT has no {kind} type)\n"
                )),
                "{gift}"
            );
        }
        assert!(!gift.contains("::"));
        assert_eq!(
            import(&gift, &en()),
            Err(Note::new(Place::line(1), Reason::NoQuestions))
        );
    }

    #[test]
    fn multiple_weights_sum_to_a_hundred() {
        assert_eq!(weight(1), "100");
        assert_eq!(weight(2), "50");
        assert_eq!(weight(3), "33.33333");
        assert_eq!(weight(4), "25");
        assert_eq!(weight(5), "20");
    }

    #[test]
    fn round_trip() {
        let pack = sample();
        let gift = export(&pack, Lang::En);
        let p = import(&gift, &Options::new(Lang::En, "asean")).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        assert_eq!(p.title, Some(t("ASEAN basics")));
        let back: Vec<Question> = p.questions.into_iter().map(|d| d.question).collect();
        // Everything but the ordering question comes back as it was.
        assert_eq!(back, pack.questions[..6].to_vec());
        // Also through the import page, by content alone.
        let p = super::super::import("export.txt", gift.as_bytes(), &en()).unwrap();
        assert_eq!(p.format, Format::Gift);
        assert_eq!(p.questions.len(), 6);
    }

    #[test]
    fn round_trip_of_escapes_in_vietnamese() {
        let both = |vi: &str, en: &str| Text::new(vi, en);
        let q = Question {
            id: "ky-hieu-1".into(),
            prompt: both(
                "Trong GIFT: ký hiệu {=} ~ # \\ có nghĩa gì?\nDòng hai: ASEAN thành lập ngày 8/8/1967.",
                "In GIFT: what do {=} ~ # \\ mean?",
            ),
            media: None,
            answer: Answer::Single {
                options: vec![
                    both("Đáp án {đúng} = dấu =", "Right = {="),
                    both("[html] không phải HTML", "[html] is not HTML"),
                    both("Ghi chú: // không phải chú thích", "Note: // is no comment"),
                ],
                correct: 0,
            },
            explanation: both("Dấu \\ thoát ký tự: \\{ là {.", "A \\ escapes: \\{ is {."),
            difficulty: 2,
            topics: Vec::new(),
            members: Vec::new(),
            source: String::new(),
            time_limit_s: None,
        };
        let mut p = pack(vec![q.clone()]);
        p.title = both("Ký hiệu / GIFT", "Symbols / GIFT");
        p.languages = vec![Lang::Vi, Lang::En];
        for lang in Lang::ALL {
            let gift = export(&p, lang);
            let back = import(&gift, &Options::new(lang, "x")).unwrap();
            assert!(
                back.skipped.is_empty(),
                "{lang:?}: {:?}\n{gift}",
                back.skipped
            );
            assert_eq!(
                back.title.as_ref().map(|t| t.get(lang)),
                Some(p.title.get(lang))
            );
            let b = &back.questions[0].question;
            assert_eq!(b.prompt.get(lang), q.prompt.get(lang), "{gift}");
            assert_eq!(b.explanation.get(lang), q.explanation.get(lang));
            let (
                Answer::Single { options: a, .. },
                Answer::Single {
                    options: o,
                    correct,
                },
            ) = (&q.answer, &b.answer)
            else {
                panic!("{:?}", b.answer);
            };
            assert_eq!(*correct, 0);
            let got: Vec<&str> = o.iter().map(|t| t.get(lang)).collect();
            let want: Vec<&str> = a.iter().map(|t| t.get(lang)).collect();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn numbers_round_trip() {
        for (value, tolerance) in [(1967.0, 0.0), (0.1 + 0.2, 0.05), (-3.5, 1.0), (1e21, 2.0)] {
            let p = pack(vec![question(
                "n-1",
                "A number?",
                numeric(value, tolerance),
                "",
            )]);
            let back = import(&export(&p, Lang::En), &en()).unwrap();
            assert_eq!(back.questions[0].question.answer, numeric(value, tolerance));
        }
    }
}
