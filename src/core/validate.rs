//! Cross-file checks of the content bundle: what serde's types alone cannot
//! say (ids that must resolve, files that must exist, flags whose drawing must
//! have the declared proportions, text that must exist in both languages).
//!
//! Used by the native tests on the bundled files; kept free of I/O by taking
//! a `read` function, so the same checks can run on files a library replaced.

use super::content::{
    members::parse_ratio, AnthemFile, Article, ArticleIndex, AseanFile, GlossaryFile, MapFile,
    MembersFile, SourcesFile, TimelineFile, TopicsFile, MEMBER_CODES,
};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};

/// Every content file, parsed.
pub struct Bundle {
    pub sources: SourcesFile,
    pub topics: TopicsFile,
    pub members: MembersFile,
    pub asean: AseanFile,
    pub timeline: TimelineFile,
    pub glossary: GlossaryFile,
    pub anthem: AnthemFile,
    pub map: MapFile,
    pub article_index: ArticleIndex,
    /// `(file path, article)` for every file in `content/articles/` but the index.
    pub articles: Vec<(String, Article)>,
}

/// One thing wrong, with the file and the field path it is at.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at `{}`: {}", self.file, self.path, self.message)
    }
}

pub const MEMBERS_FILE: &str = "content/members.json";
pub const ASEAN_FILE: &str = "content/asean.json";
pub const TIMELINE_FILE: &str = "content/timeline.json";
pub const GLOSSARY_FILE: &str = "content/glossary.json";
pub const ANTHEM_FILE: &str = "content/anthem.json";
pub const MAP_FILE: &str = "content/map.json";
pub const TOPICS_FILE: &str = "content/topics.json";
pub const SOURCES_FILE: &str = "content/sources.json";
pub const ARTICLE_INDEX_FILE: &str = "content/articles/index.json";

struct Checker<'a> {
    problems: Vec<Problem>,
    source_ids: HashSet<&'a str>,
    topic_ids: HashSet<&'a str>,
}

impl Checker<'_> {
    fn say(&mut self, file: &str, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.into(),
            path: path.into(),
            message: message.into(),
        });
    }

    /// Walks a file's JSON: no empty text anywhere; every `sources`/`source`,
    /// `topics`, `member`/`members` reference resolves.
    fn walk(&mut self, file: &str, path: &str, v: &Value) {
        match v {
            Value::String(s) if s.trim().is_empty() => self.say(file, path, "empty text"),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.walk(file, &format!("{path}[{i}]"), item);
                }
            }
            Value::Object(map) => {
                for (key, val) in map {
                    let p = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    self.check_refs(file, &p, key, val);
                    self.walk(file, &p, val);
                }
            }
            _ => {}
        }
    }

    fn check_refs(&mut self, file: &str, path: &str, key: &str, val: &Value) {
        let strings: Vec<&str> = match val {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => return,
        };
        match key {
            "sources" | "source" => {
                if key == "sources" && strings.is_empty() {
                    self.say(file, path, "a record needs at least one source");
                }
                for id in strings {
                    if !self.source_ids.contains(id) {
                        self.say(file, path, format!("unknown source id `{id}`"));
                    }
                }
            }
            "topics" => {
                for id in strings {
                    if !self.topic_ids.contains(id) {
                        self.say(file, path, format!("unknown topic `{id}`"));
                    }
                }
            }
            "member" | "members" => {
                for code in strings {
                    if !MEMBER_CODES.contains(&code) {
                        self.say(file, path, format!("unknown member code `{code}`"));
                    }
                }
            }
            _ => {}
        }
    }

    fn walk_typed<T: Serialize>(&mut self, file: &str, value: &T) {
        match serde_json::to_value(value) {
            Ok(v) => self.walk(file, "", &v),
            Err(e) => self.say(file, "", format!("cannot re-read: {e}")),
        }
    }

    fn unique<'b>(&mut self, file: &str, what: &str, ids: impl IntoIterator<Item = &'b str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.say(file, what, format!("duplicate id `{id}`"));
            }
        }
    }

    /// The file exists and, for an SVG with a declared ratio, its viewBox has it.
    fn check_image(
        &mut self,
        file: &str,
        path: &str,
        src: &str,
        ratio: Option<&str>,
        read: &dyn Fn(&str) -> Option<String>,
    ) {
        if !is_app_path(src) {
            self.say(
                file,
                path,
                format!("`{src}` must be a relative path inside the app"),
            );
            return;
        }
        let Some(body) = read(src) else {
            self.say(file, path, format!("file `{src}` does not exist"));
            return;
        };
        let Some(ratio) = ratio else { return };
        let Some((h, w)) = parse_ratio(ratio) else {
            self.say(
                file,
                path,
                format!("ratio `{ratio}` is not of the form H:W"),
            );
            return;
        };
        match svg_size(&body) {
            Some((vw, vh)) => {
                let declared = f64::from(w) / f64::from(h);
                let drawn = vw / vh;
                if (declared - drawn).abs() > 0.005 {
                    self.say(
                        file,
                        path,
                        format!("`{src}` is drawn {vw}×{vh} (ratio {drawn:.3}), but declared {ratio} ({declared:.3})"),
                    );
                }
            }
            None => self.say(file, path, format!("`{src}` has no readable viewBox")),
        }
    }
}

/// Whether `src` is a relative path inside the app (no scheme, no leading
/// slash, no `..`): the only kind of file reference content may make.
pub fn is_app_path(src: &str) -> bool {
    !(src.contains("://") || src.starts_with('/') || src.contains(".."))
}

/// Width and height of an SVG from its `viewBox` (or width/height attributes).
pub fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let start = svg.find("<svg")?;
    let tag = &svg[start..start + svg[start..].find('>')?];
    let attr = |name: &str| -> Option<&str> {
        let mut rest = tag;
        loop {
            let i = rest.find(name)?;
            let before = rest[..i].chars().last();
            rest = &rest[i + name.len()..];
            if matches!(before, Some(c) if c.is_whitespace()) {
                let rest = rest.trim_start().strip_prefix('=')?.trim_start();
                let quote = rest.chars().next()?;
                let rest = &rest[1..];
                return Some(&rest[..rest.find(quote)?]);
            }
        }
    };
    if let Some(vb) = attr("viewBox") {
        let n: Vec<f64> = vb
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        if let [_, _, w, h] = n[..] {
            return (w > 0.0 && h > 0.0).then_some((w, h));
        }
    }
    let num = |s: &str| s.trim_end_matches("px").parse::<f64>().ok();
    Some((num(attr("width")?)?, num(attr("height")?)?))
}

/// Checks a whole bundle. `read` returns a file's text by its path under the
/// app root (e.g. `flags/vn.svg`), or `None` if it does not exist.
pub fn validate(b: &Bundle, read: &dyn Fn(&str) -> Option<String>) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
        source_ids: b.sources.sources.iter().map(|s| s.id.as_str()).collect(),
        topic_ids: b.topics.topics.iter().map(|t| t.id.as_str()).collect(),
    };

    // Sources and topics: well-formed ids, no duplicates.
    c.unique(
        SOURCES_FILE,
        "sources",
        b.sources.sources.iter().map(|s| s.id.as_str()),
    );
    for (i, s) in b.sources.sources.iter().enumerate() {
        let ok_id = !s.id.is_empty()
            && s.id
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_');
        if !ok_id {
            c.say(
                SOURCES_FILE,
                &format!("sources[{i}].id"),
                format!("`{}` is not [a-z0-9_]+", s.id),
            );
        }
        if let Some(url) = &s.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                c.say(
                    SOURCES_FILE,
                    &format!("sources[{i}].url"),
                    format!("`{url}` is not a web address"),
                );
            }
        }
        if s.title.trim().is_empty() {
            c.say(SOURCES_FILE, &format!("sources[{i}].title"), "empty title");
        }
    }
    c.unique(
        TOPICS_FILE,
        "topics",
        b.topics.topics.iter().map(|t| t.id.as_str()),
    );
    c.walk_typed(TOPICS_FILE, &b.topics);

    // Members: exactly the eleven, each complete.
    let codes: BTreeSet<&str> = b.members.members.iter().map(|m| m.code.as_str()).collect();
    let expected: BTreeSet<&str> = MEMBER_CODES.into_iter().collect();
    if codes != expected || b.members.members.len() != MEMBER_CODES.len() {
        c.say(
            MEMBERS_FILE,
            "members",
            format!("must be exactly the 11 members {expected:?}, found {codes:?}"),
        );
    }
    c.walk_typed(MEMBERS_FILE, &b.members);
    for (i, m) in b.members.members.iter().enumerate() {
        let p = format!("members[{i}]");
        c.check_image(
            MEMBERS_FILE,
            &format!("{p}.flag.file"),
            &m.flag.file,
            Some(&m.flag.ratio),
            read,
        );
        if !(5..=10).contains(&m.facts.len()) {
            c.say(
                MEMBERS_FILE,
                &format!("{p}.facts"),
                format!("{} has {} facts; 5 to 10 wanted", m.code, m.facts.len()),
            );
        }
        if m.places.len() < 3 {
            c.say(
                MEMBERS_FILE,
                &format!("{p}.places"),
                format!(
                    "{} has {} places; at least 3 wanted",
                    m.code,
                    m.places.len()
                ),
            );
        }
        let cur = &m.currency.code;
        if cur.len() != 3 || !cur.bytes().all(|b| b.is_ascii_uppercase()) {
            c.say(
                MEMBERS_FILE,
                &format!("{p}.currency.code"),
                format!("`{cur}` is not an ISO 4217 code"),
            );
        }
        if m.languages.is_empty() {
            c.say(MEMBERS_FILE, &format!("{p}.languages"), "no language");
        }
        if m.population.millions.is_nan() || m.population.millions <= 0.0 || m.area_km2 == 0 {
            c.say(MEMBERS_FILE, &p, "population and area must be positive");
        }
    }

    // ASEAN.
    c.walk_typed(ASEAN_FILE, &b.asean);
    c.check_image(
        ASEAN_FILE,
        "flag.file",
        &b.asean.flag.file,
        Some(&b.asean.flag.ratio),
        read,
    );
    if !b.asean.chairs.windows(2).all(|w| w[0].year < w[1].year) {
        c.say(ASEAN_FILE, "chairs", "not in year order");
    }
    if !b
        .asean
        .accessions
        .windows(2)
        .all(|w| w[0].date <= w[1].date)
    {
        c.say(ASEAN_FILE, "accessions", "not in date order");
    }
    let acceded: BTreeSet<&str> = b
        .asean
        .accessions
        .iter()
        .map(|a| a.member.as_str())
        .collect();
    if acceded != expected {
        c.say(ASEAN_FILE, "accessions", "must list each of the 11 members");
    }
    for (i, a) in b.asean.accessions.iter().enumerate() {
        if let Some(m) = b.members.get(&a.member) {
            if m.joined != a.date {
                c.say(
                    ASEAN_FILE,
                    &format!("accessions[{i}].date"),
                    format!(
                        "{} joined {} here but {} in members.json",
                        a.member, a.date, m.joined
                    ),
                );
            }
        }
    }

    // Timeline.
    c.walk_typed(TIMELINE_FILE, &b.timeline);
    c.unique(
        TIMELINE_FILE,
        "events",
        b.timeline.events.iter().map(|e| e.id.as_str()),
    );
    if !b.timeline.events.windows(2).all(|w| w[0].date <= w[1].date) {
        c.say(TIMELINE_FILE, "events", "not in date order");
    }

    // Glossary.
    c.walk_typed(GLOSSARY_FILE, &b.glossary);
    c.unique(
        GLOSSARY_FILE,
        "terms",
        b.glossary.terms.iter().map(|t| t.id.as_str()),
    );

    // Anthem.
    c.walk_typed(ANTHEM_FILE, &b.anthem);
    if b.anthem.lines.is_empty() {
        c.say(ANTHEM_FILE, "lines", "no lyrics");
    }
    if let Some(rec) = &b.anthem.recording {
        c.check_image(ANTHEM_FILE, "recording.file", &rec.file, None, read);
        if rec.line_starts_ms.len() != b.anthem.lines.len()
            || !rec.line_starts_ms.windows(2).all(|w| w[0] < w[1])
        {
            c.say(
                ANTHEM_FILE,
                "recording.line_starts_ms",
                "needs one increasing start time per line",
            );
        }
    }

    // Map: one outline per member, drawable, inside the frame.
    check_map(&mut c, &b.map, &expected);

    // Articles: the index and the files agree, one for one.
    c.unique(
        ARTICLE_INDEX_FILE,
        "articles",
        b.article_index.articles.iter().map(|a| a.id.as_str()),
    );
    c.walk_typed(ARTICLE_INDEX_FILE, &b.article_index);
    for (file, a) in &b.articles {
        if crate::core::content::article::RESERVED_IDS.contains(&a.id.as_str()) {
            c.say(
                file,
                "id",
                format!("`{}` is the name of a Corner page; choose another id", a.id),
            );
        }
        let expected_file = format!("content/articles/{}.json", a.id);
        if *file != expected_file {
            c.say(
                file,
                "id",
                format!("id `{}` but the file is `{file}`", a.id),
            );
        }
        c.walk_typed(file, a);
        match b.article_index.articles.iter().find(|m| m.id == a.id) {
            None => c.say(
                ARTICLE_INDEX_FILE,
                "articles",
                format!("`{}` is missing from the index", a.id),
            ),
            Some(meta) if *meta != a.meta() => c.say(
                ARTICLE_INDEX_FILE,
                &format!("articles[id={}]", a.id),
                "differs from the article file (title, summary, topics, members, pillar, reading_minutes or updated)",
            ),
            Some(_) => {}
        }
        for (i, block) in a.body.iter().enumerate() {
            if let super::content::Block::Figure { src, .. } = block {
                c.check_image(file, &format!("body[{i}].src"), src, None, read);
            }
        }
    }
    for (i, meta) in b.article_index.articles.iter().enumerate() {
        if !b.articles.iter().any(|(_, a)| a.id == meta.id) {
            c.say(
                ARTICLE_INDEX_FILE,
                &format!("articles[{i}]"),
                format!("no file content/articles/{}.json", meta.id),
            );
        }
    }

    c.problems.sort();
    c.problems
}

/// The characters `d` may use: absolute and relative move/line/close and
/// plain numbers, which is all `scripts/make-map.py` writes and all the app
/// needs to draw (no curves, no arcs).
const MAP_PATH_CHARS: &str = "MmLlZz0123456789 -.,";

fn check_map(c: &mut Checker<'_>, map: &MapFile, expected: &BTreeSet<&str>) {
    let codes: BTreeSet<&str> = map.members.iter().map(|m| m.code.as_str()).collect();
    if codes != *expected || map.members.len() != MEMBER_CODES.len() {
        c.say(
            MAP_FILE,
            "members",
            format!("must be exactly the 11 members {expected:?}, found {codes:?}"),
        );
    }
    if map.credit.trim().is_empty() {
        c.say(MAP_FILE, "credit", "empty text");
    }
    let [x0, y0, w, h] = map.view_box.map(i64::from);
    if w == 0 || h == 0 {
        c.say(MAP_FILE, "view_box", "width and height must be more than 0");
    }
    let inside = |x: i32, y: i32| {
        let (x, y) = (i64::from(x), i64::from(y));
        (x0..=x0 + w).contains(&x) && (y0..=y0 + h).contains(&y)
    };
    for (i, m) in map.members.iter().enumerate() {
        let p = format!("members[{i}]");
        if m.d.trim().is_empty() {
            c.say(MAP_FILE, &format!("{p}.d"), "empty path");
        } else if !m.d.starts_with('M') {
            c.say(MAP_FILE, &format!("{p}.d"), "must start with `M`");
        } else if let Some(bad) = m.d.chars().find(|ch| !MAP_PATH_CHARS.contains(*ch)) {
            c.say(
                MAP_FILE,
                &format!("{p}.d"),
                format!("`{bad}` is not allowed; only `{MAP_PATH_CHARS}`"),
            );
        }
        let [lx, ly] = m.label;
        if !inside(lx, ly) {
            c.say(
                MAP_FILE,
                &format!("{p}.label"),
                format!("[{lx}, {ly}] is outside the view_box"),
            );
        }
        if let Some([dx, dy, r]) = m.dot {
            if !inside(dx, dy) {
                c.say(
                    MAP_FILE,
                    &format!("{p}.dot"),
                    format!("[{dx}, {dy}] is outside the view_box"),
                );
            }
            if !(1..=40).contains(&r) {
                c.say(
                    MAP_FILE,
                    &format!("{p}.dot"),
                    format!("radius {r}; 1 to 40 wanted"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::svg_size;

    #[test]
    fn reads_svg_sizes() {
        assert_eq!(
            svg_size(r#"<svg xmlns="x" viewBox="0 0 900 600">"#),
            Some((900.0, 600.0))
        );
        assert_eq!(
            svg_size(r#"<?xml?><svg width="1440" height="720" id="a">"#),
            Some((1440.0, 720.0))
        );
        assert_eq!(
            svg_size(r#"<svg data-viewBox="1" viewBox='0,0,30,20'>"#),
            Some((30.0, 20.0))
        );
        assert_eq!(svg_size("<html>"), None);
    }
}
