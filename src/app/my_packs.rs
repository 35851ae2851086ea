//! Teachers' own packs, made in the editor or imported, kept on this device
//! in IndexedDB (one record per pack, `pack/<id>`, the pack's JSON, and its
//! summary `meta/<id>` for the pack picker, which then needs no pack parser
//! in its download). Their
//! ids start with `my-`, so a route such as `/contest/practice/my-…` knows
//! where to look, and they never clash with a bundled pack.
//!
//! ```ignore
//! let id = my_packs::new_id();
//! my_packs::save(&pack).await?;
//! let packs = my_packs::list().await?; // newest first
//! ```

use crate::app::idb;
use crate::core::load::{parse, LoadError, LoadErrorKind};
use crate::core::quiz::{Pack, PackMeta};

/// Every teacher's pack id starts with this.
pub const PREFIX: &str = "my-";
const KEY: &str = "pack/";
const META: &str = "meta/";

pub fn is_mine(id: &str) -> bool {
    id.starts_with(PREFIX)
}

/// The name a stored pack goes by in error messages.
pub fn file_name(id: &str) -> String {
    format!("IndexedDB: {KEY}{id}")
}

/// A fresh id: `my-` and the time in base 36 (ids stay short in URLs).
pub fn new_id() -> String {
    let mut n = js_sys::Date::now() as u64;
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
    }
    digits.reverse();
    format!("{PREFIX}{}", digits.into_iter().collect::<String>())
}

/// One stored pack. `Ok(None)`: no such pack.
pub async fn get(id: &str) -> Result<Option<Pack>, LoadError> {
    let v = idb::get(&format!("{KEY}{id}"))
        .await
        .map_err(|detail| LoadError::new(file_name(id), LoadErrorKind::Network { detail }))?;
    match v.and_then(|v| v.as_string()) {
        None => Ok(None),
        Some(text) => parse::<Pack>(&file_name(id), &text).map(Some),
    }
}

/// Every stored pack, newest id first; a damaged record is returned as its
/// error (it stays stored, so nothing is lost).
pub async fn list() -> Result<Vec<Result<Pack, LoadError>>, String> {
    let mut ids: Vec<String> = idb::keys()
        .await?
        .into_iter()
        .filter_map(|k| k.strip_prefix(KEY).map(str::to_string))
        .collect();
    ids.sort_by(|a, b| b.cmp(a));
    let mut out = Vec::new();
    for id in ids {
        match get(&id).await {
            Ok(Some(p)) => out.push(Ok(p)),
            Ok(None) => {}
            Err(e) => out.push(Err(e)),
        }
    }
    Ok(out)
}

/// The summaries of the stored packs that have questions, newest first
/// (for the pack picker and the hosting formats' pack list).
pub async fn list_meta() -> Result<Vec<PackMeta>, String> {
    let mut out = Vec::new();
    let mut keys = idb::keys().await?;
    keys.sort_by(|a, b| b.cmp(a));
    for key in keys.iter().filter(|k| k.starts_with(META)) {
        if let Some(text) = idb::get(key).await?.and_then(|v| v.as_string()) {
            if let Ok(meta) = serde_json::from_str::<PackMeta>(&text) {
                if meta.question_count > 0 {
                    out.push(meta);
                }
            }
        }
    }
    Ok(out)
}

/// Saves (or replaces) a pack and its summary.
pub async fn save(pack: &Pack) -> Result<(), String> {
    let json = serde_json::to_string(pack).map_err(|e| e.to_string())?;
    idb::put(&format!("{KEY}{}", pack.id), &json.into()).await?;
    let meta = serde_json::to_string(&pack.meta()).map_err(|e| e.to_string())?;
    idb::put(&format!("{META}{}", pack.id), &meta.into()).await
}

pub async fn delete(id: &str) -> Result<(), String> {
    idb::delete(&format!("{META}{id}")).await?;
    idb::delete(&format!("{KEY}{id}")).await
}
