//! Loading the packs a contest draws from: one pack, or every pack for a
//! mix. Requests start together (a phone on a slow network waits for the
//! slowest file, not the sum), and in a mix a broken pack is reported and
//! left out while the others still play. A teacher's pack (`my-…`) comes
//! from this device.

use crate::app::content::fetch_texts;
use crate::app::i18n::{EN, VI};
use crate::app::my_packs;
use crate::core::lang::Text;
use crate::core::load::{parse, LoadError};
use crate::core::quiz::validate::INDEX_FILE;
use crate::core::quiz::{Pack, PackIndex};
use std::sync::Arc;

/// The id that means "every pack".
pub const MIX: &str = "mix";

pub struct Loaded {
    /// The pack id from the route (`mix` for all).
    pub id: String,
    pub title: Text,
    pub packs: Vec<Pack>,
    /// Packs of a mix that could not be used.
    pub errors: Vec<LoadError>,
}

/// `Ok(None)`: the index has no pack with that id (nor this device, for a
/// teacher's `my-…` pack).
pub async fn load_packs(id: String) -> Result<Option<Arc<Loaded>>, LoadError> {
    if my_packs::is_mine(&id) {
        return Ok(my_packs::get(&id).await?.map(|pack| {
            Arc::new(Loaded {
                id,
                title: pack.title.clone(),
                packs: vec![pack],
                errors: Vec::new(),
            })
        }));
    }
    let index_text = fetch_texts(&[INDEX_FILE.to_string()])
        .await
        .pop()
        .unwrap_or_else(|| Ok(String::new()))?;
    let index: PackIndex = parse(INDEX_FILE, &index_text)?;
    let metas: Vec<_> = index
        .packs
        .into_iter()
        .filter(|p| id == MIX || p.id == id)
        .collect();
    let Some(first) = metas.first() else {
        return Ok(None);
    };
    let title = if id == MIX {
        Text::new(VI.contest_mix_title(), EN.contest_mix_title())
    } else {
        first.title.clone()
    };
    let files: Vec<String> = metas.iter().map(|m| m.file.clone()).collect();
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    for (file, text) in files.iter().zip(fetch_texts(&files).await) {
        match text.and_then(|t| parse::<Pack>(file, &t)) {
            Ok(p) => packs.push(p),
            Err(e) => errors.push(e),
        }
    }
    // One pack asked for and broken: that is the error to show.
    if packs.is_empty() && !errors.is_empty() {
        return Err(errors.swap_remove(0));
    }
    Ok(Some(Arc::new(Loaded {
        id,
        title,
        packs,
        errors,
    })))
}
