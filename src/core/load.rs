//! Parsing a content file into its typed model, with an error that names the
//! file and the exact place: line and column for broken JSON, the field path
//! (`members[3].capital.vi`) for a wrong or missing field.

use super::content::ContentFormat;
use serde::de::DeserializeOwned;
use std::fmt;

/// Why a content file could not be used. Rendered, localised, by the UI's
/// error panel; `Display` gives the English form for logs and tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// Path of the file under the app root, e.g. `content/members.json`.
    pub file: String,
    /// Boxed: errors are rare, and a small `Result` keeps every call cheap.
    pub kind: Box<LoadErrorKind>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// The server answered with an HTTP error (404 when the file is missing).
    Http { status: u16 },
    /// No answer at all (offline, blocked).
    Network { detail: String },
    /// Not valid JSON, or the JSON ends early.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Valid JSON that does not fit the format: a missing, unknown or
    /// wrongly-typed field at `path`.
    Field {
        path: String,
        line: usize,
        column: usize,
        problem: FieldProblem,
        detail: String,
    },
    /// The `format` field names another kind of file.
    WrongFormat { expected: String, found: String },
    /// Written for a newer version of the app.
    TooNew { supported: u32, found: u32 },
}

/// The common shapes of a field error, so the UI can explain each in the
/// reader's language instead of showing serde's English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    Missing(String),
    Unknown(String),
    WrongType { found: String, expected: String },
    BadValue,
}

impl LoadError {
    pub fn new(file: impl Into<String>, kind: LoadErrorKind) -> Self {
        LoadError {
            file: file.into(),
            kind: Box::new(kind),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match self.kind.as_ref() {
            LoadErrorKind::Http { status } => write!(f, "{file}: HTTP {status}"),
            LoadErrorKind::Network { detail } => write!(f, "{file}: network error: {detail}"),
            LoadErrorKind::Syntax {
                line,
                column,
                detail,
            } => write!(f, "{file}:{line}:{column}: {detail}"),
            LoadErrorKind::Field {
                path,
                line,
                column,
                detail,
                ..
            } => write!(f, "{file}:{line}:{column}: at `{path}`: {detail}"),
            LoadErrorKind::WrongFormat { expected, found } => {
                write!(f, "{file}: format is `{found}`, expected `{expected}`")
            }
            LoadErrorKind::TooNew { supported, found } => write!(
                f,
                "{file}: version {found} is newer than this app reads ({supported})"
            ),
        }
    }
}

/// Parses `text` (the content of `file`) as `T`, checking its format header.
///
/// serde_json reports where a field error happened as a line and column; the
/// field path (`members[3].capital`) is then read back from the text at that
/// place. (A path-tracking deserializer would double the code generated for
/// every model: ~120 KB of wasm.)
pub fn parse<T: DeserializeOwned + ContentFormat>(file: &str, text: &str) -> Result<T, LoadError> {
    // A UTF-8 byte order mark is what Windows editors add; it is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Check the header first so that a file of the wrong kind is named as such,
    // rather than reported as a dozen missing fields.
    let header: Header = serde_json::from_str(text).map_err(|e| to_error(file, text, e))?;
    check_header::<T>(file, header)?;
    serde_json::from_str(text).map_err(|e| to_error(file, text, e))
}

/// The two fields every content file starts with; anything else is ignored
/// here. (Plain types, not `serde_json::Value`: `Value` alone costs ~20 KB of wasm.)
#[derive(serde::Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

fn check_header<T: ContentFormat>(file: &str, header: Header) -> Result<(), LoadError> {
    if let Some(found) = header.format {
        if found != T::FORMAT {
            return Err(LoadError::new(
                file,
                LoadErrorKind::WrongFormat {
                    expected: T::FORMAT.into(),
                    found,
                },
            ));
        }
    }
    if let Some(found) = header.version {
        if found > u64::from(T::VERSION) {
            return Err(LoadError::new(
                file,
                LoadErrorKind::TooNew {
                    supported: T::VERSION,
                    found: found.min(u64::from(u32::MAX)) as u32,
                },
            ));
        }
    }
    Ok(())
}

fn to_error(file: &str, text: &str, e: serde_json::Error) -> LoadError {
    use serde_json::error::Category;
    let offset = byte_offset(text, e.line(), e.column());
    let (line, column) = line_col(text, offset);
    let detail = strip_position(&e.to_string());
    let kind = match e.classify() {
        Category::Data => LoadErrorKind::Field {
            problem: classify_field(&detail),
            path: path_at(text, offset),
            line,
            column,
            detail,
        },
        _ => LoadErrorKind::Syntax {
            line,
            column,
            detail,
        },
    };
    LoadError::new(file, kind)
}

/// serde_json's (line, byte column) as a byte offset into `text`.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// 1-based line and column, counted in characters, of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut cut = offset.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let before = &text[..cut];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// End of the string starting at `i` (which is `"`), and its raw content.
fn scan_string(b: &[u8], i: usize) -> Option<(usize, &[u8])> {
    let mut j = i + 1;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'"' => return Some((j + 1, &b[i + 1..j])),
            _ => j += 1,
        }
    }
    None
}

/// End of the value starting at `i`.
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => scan_string(b, i).map(|(end, _)| end),
        b'{' | b'[' => {
            let mut end = None;
            children(b, i, &mut |_, start, stop, container_end| {
                if start == stop {
                    end = Some(container_end);
                }
                true
            })?;
            end
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']') && !b[j].is_ascii_whitespace()
            {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

/// Calls `visit(key, value_start, value_end, _)` for each child of the
/// object or array at `i` (key `None` in arrays) until it returns false; after
/// the last, once more as `visit(None, p, p, container_end)`. Returns `None`
/// on malformed input.
/// `visit(key, value_start, value_end, container_end) -> keep going`.
type Visit<'a> = dyn FnMut(Option<&[u8]>, usize, usize, usize) -> bool + 'a;

fn children(b: &[u8], i: usize, visit: &mut Visit<'_>) -> Option<()> {
    let object = *b.get(i)? == b'{';
    let close = if object { b'}' } else { b']' };
    let mut j = skip_ws(b, i + 1);
    if b.get(j) == Some(&close) {
        visit(None, j, j, j + 1);
        return Some(());
    }
    loop {
        let mut key = None;
        if object {
            let (end, raw) = scan_string(b, j)?;
            key = Some(raw);
            j = skip_ws(b, end);
            if b.get(j) != Some(&b':') {
                return None;
            }
            j = skip_ws(b, j + 1);
        }
        let start = j;
        let end = skip_value(b, j)?;
        j = skip_ws(b, end);
        if !visit(key, start, end, 0) {
            return Some(());
        }
        match b.get(j)? {
            b',' => j = skip_ws(b, j + 1),
            c if *c == close => {
                visit(None, j, j, j + 1);
                return Some(());
            }
            _ => return None,
        }
    }
}

/// The field path (`members[3].capital.vi`) of the innermost value that
/// contains byte `offset`; `""` for the top level.
pub fn path_at(text: &str, offset: usize) -> String {
    let b = text.as_bytes();
    let mut path = String::new();
    let mut at = skip_ws(b, 0);
    loop {
        if !matches!(b.get(at), Some(b'{' | b'[')) {
            return path;
        }
        let mut next = None;
        let mut index = 0usize;
        let found = children(b, at, &mut |key, start, end, _| {
            if start == end {
                return false;
            }
            // serde_json reports just past the offending token, so the end counts.
            if (start..=end).contains(&offset) {
                next = Some((key.map(|k| String::from_utf8_lossy(k).into_owned()), start));
                return false;
            }
            index += 1;
            true
        });
        match (found, next) {
            (Some(()), Some((key, start))) => {
                match key {
                    Some(k) if path.is_empty() => path = k,
                    Some(k) => {
                        path.push('.');
                        path.push_str(&k);
                    }
                    None => path.push_str(&format!("[{index}]")),
                }
                at = start;
            }
            _ => return path,
        }
    }
}

/// serde_json appends " at line L column C"; we show those separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Picks the name between the first pair of backticks.
fn quoted(detail: &str) -> Option<String> {
    let start = detail.find('`')? + 1;
    let len = detail[start..].find('`')?;
    Some(detail[start..start + len].to_string())
}

fn classify_field(detail: &str) -> FieldProblem {
    if detail.starts_with("missing field") {
        return FieldProblem::Missing(quoted(detail).unwrap_or_default());
    }
    if detail.starts_with("unknown field") {
        return FieldProblem::Unknown(quoted(detail).unwrap_or_default());
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return FieldProblem::WrongType {
                found: found.to_string(),
                expected: expected.to_string(),
            };
        }
    }
    FieldProblem::BadValue
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::TopicsFile;

    const GOOD: &str = r#"{"format": "asean-kiosk/topics", "version": 1, "topics": [
        {"id": "history", "name": {"vi": "Lịch sử", "en": "History"},
         "description": {"vi": "a", "en": "b"}}]}"#;

    #[test]
    fn parses_a_good_file_with_or_without_bom() {
        let t: TopicsFile = parse("content/topics.json", GOOD).expect("parses");
        assert_eq!(t.topics[0].name.vi, "Lịch sử");
        let with_bom = format!("\u{feff}{GOOD}");
        assert!(parse::<TopicsFile>("x", &with_bom).is_ok());
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let bad = "{\"format\": \"asean-kiosk/topics\",\n  \"version\": 1,\n  \"topics\": [,]}";
        let e = parse::<TopicsFile>("content/topics.json", bad).unwrap_err();
        assert_eq!(e.file, "content/topics.json");
        match *e.kind {
            LoadErrorKind::Syntax { line, column, .. } => assert_eq!((line, column), (3, 14)),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn missing_field_names_its_path() {
        let bad = GOOD.replace(r#""en": "History""#, r#""EN": "History""#);
        let e = parse::<TopicsFile>("t.json", &bad).unwrap_err();
        match *e.kind {
            LoadErrorKind::Field { path, problem, .. } => {
                assert_eq!(path, "topics[0].name");
                assert_eq!(problem, FieldProblem::Unknown("EN".into()));
            }
            other => panic!("expected a field error, got {other:?}"),
        }
    }

    #[test]
    fn field_errors_point_at_the_line_and_path() {
        let bad = GOOD.replace(r#""id": "history""#, r#""id": 7"#);
        let e = parse::<TopicsFile>("t.json", &bad).unwrap_err();
        match *e.kind {
            LoadErrorKind::Field { line, path, .. } => {
                assert_eq!(line, 2);
                assert_eq!(path, "topics[0].id");
            }
            other => panic!("expected a field error, got {other:?}"),
        }
        let text = "{\n \"a\": [1, {\"b\": {\"c\": 2}}],\n \"d\": \"x\"}";
        let at = |needle: &str| text.find(needle).map(|i| path_at(text, i + 1));
        assert_eq!(at("2}"), Some("a[1].b.c".into()));
        assert_eq!(at("\"x\""), Some("d".into()));
        assert_eq!(path_at(text, 0), "");
        assert_eq!(path_at("", 5), "");
        // Truncated input (a syntax error, where no path is shown) must not panic.
        let _ = path_at("[1, [2, 3", 8);
    }

    #[test]
    fn wrong_type_is_classified() {
        let bad = GOOD.replace(r#""id": "history""#, r#""id": 7"#);
        let e = parse::<TopicsFile>("t.json", &bad).unwrap_err();
        match *e.kind {
            LoadErrorKind::Field { path, problem, .. } => {
                assert_eq!(path, "topics[0].id");
                assert!(
                    matches!(problem, FieldProblem::WrongType { .. }),
                    "{problem:?}"
                );
            }
            other => panic!("expected a field error, got {other:?}"),
        }
    }

    #[test]
    fn wrong_kind_of_file_and_newer_version() {
        let other = GOOD.replace("asean-kiosk/topics", "asean-kiosk/members");
        let e = parse::<TopicsFile>("t.json", &other).unwrap_err();
        assert!(matches!(*e.kind, LoadErrorKind::WrongFormat { .. }), "{e}");
        let newer = GOOD.replace("\"version\": 1", "\"version\": 9");
        let e = parse::<TopicsFile>("t.json", &newer).unwrap_err();
        assert_eq!(
            *e.kind,
            LoadErrorKind::TooNew {
                supported: 1,
                found: 9
            }
        );
    }

    #[test]
    fn empty_and_binary_input_are_errors_not_panics() {
        for input in ["", "\u{0}\u{1}\u{2}", "[]", "null", "{"] {
            assert!(parse::<TopicsFile>("t.json", input).is_err(), "{input:?}");
        }
    }
}
