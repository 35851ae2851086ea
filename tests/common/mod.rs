//! Reading the repository's bundled files as the app sees them, for the
//! native tests and benches: `quizzes/` at the root of the build,
//! everything else from `public/`.
#![allow(dead_code)] // each test crate uses a different part

use asean_kiosk::core::content::ContentFormat;
use asean_kiosk::core::load::parse;
use asean_kiosk::core::quiz::Pack;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The file at `rel` (a path under the app root), as the build ships it.
pub fn path(rel: &str) -> PathBuf {
    let base = Path::new(ROOT);
    if rel == "quizzes" || rel.starts_with("quizzes/") {
        base.join(rel)
    } else {
        base.join("public").join(rel)
    }
}

pub fn read(rel: &str) -> Option<String> {
    std::fs::read_to_string(path(rel)).ok()
}

/// Parses `rel` as `T`, failing the test with the file, line and field.
pub fn load<T: DeserializeOwned + ContentFormat>(rel: &str) -> T {
    let text = read(rel).unwrap_or_else(|| panic!("{rel} is missing"));
    parse::<T>(rel, &text).unwrap_or_else(|e| panic!("{e}"))
}

/// The `.json` files of a folder under the app root, sorted, with `skip`
/// left out (indexes, schemas).
pub fn json_files(dir: &str, skip: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(path(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && !skip(n))
        .collect();
    names.sort();
    names.into_iter().map(|n| format!("{dir}/{n}")).collect()
}

/// Every bundled quiz pack, with its path.
pub fn packs() -> Vec<(String, Pack)> {
    json_files("quizzes", &|n| n == "index.json" || n.contains("schema"))
        .into_iter()
        .map(|rel| {
            let pack = load::<Pack>(&rel);
            (rel, pack)
        })
        .collect()
}

/// Every question of every bundled pack.
pub fn all_questions() -> Vec<asean_kiosk::core::quiz::Question> {
    packs().into_iter().flat_map(|(_, p)| p.questions).collect()
}

/// Fails with every problem listed, one per line.
pub fn assert_no_problems<T: std::fmt::Display>(problems: &[T]) {
    let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(
        list.is_empty(),
        "{} problem(s):\n{}",
        list.len(),
        list.join("\n")
    );
}

/// The items an index should list: those it lists already, in its order
/// (dropping ones whose file is gone), then new ones in file order.
pub fn index_order<'a, T>(
    existing: &[String],
    items: &'a [(String, T)],
    id: impl Fn(&T) -> &str,
) -> Vec<&'a T> {
    let find = |want: &str| items.iter().map(|(_, t)| t).find(|t| id(t) == want);
    let mut out: Vec<&T> = existing.iter().filter_map(|e| find(e)).collect();
    for (_, t) in items {
        if !existing.iter().any(|e| e == id(t)) {
            out.push(t);
        }
    }
    out
}

/// The files the Corner's search reads (`core::corpus::FILES` and every
/// article), as `(name, text)`, in the order the app fetches them.
pub fn search_texts() -> Vec<(String, String)> {
    let mut names: Vec<String> = asean_kiosk::core::corpus::FILES
        .iter()
        .map(|f| f.to_string())
        .collect();
    names.extend(json_files("content/articles", &|n| n == "index.json"));
    names
        .into_iter()
        .map(|n| {
            let text = read(&n).unwrap_or_else(|| panic!("{n} is missing"));
            (n, text)
        })
        .collect()
}
