//! The anthem's recording: an institution's own audio file, kept in this
//! browser's IndexedDB with its line timing (added in `/admin/anthem`), or
//! else a recording named in `content/anthem.json`. Nothing is shipped.
//!
//! ```ignore
//! let rec = use_recording(anthem.recording.clone());
//! move || match rec.get() { Some(Found::Playable(p)) => /* <audio src=p.url> */, … }
//! ```

use crate::app::{dom, idb};
use crate::core::content::anthem::Recording;
use crate::core::content::AnthemTiming;
use crate::core::load::{parse, LoadError};
use leptos::prelude::*;
use std::sync::{Arc, Mutex};
use wasm_bindgen::JsCast;

/// IndexedDB key of the audio (a `Blob`).
pub const AUDIO_KEY: &str = "anthem-audio";
/// IndexedDB key of the timing (JSON text, [`AnthemTiming`]).
pub const TIMING_KEY: &str = "anthem-timing";
/// How error messages name the stored timing.
pub const TIMING_PLACE: &str = "IndexedDB: anthem-timing";

/// A recording ready to play.
#[derive(Clone, Debug, PartialEq)]
pub struct Playable {
    pub url: String,
    /// The name of the chosen file (or the bundled path).
    pub name: String,
    pub credit: String,
    /// Start of each timed line, ms.
    pub starts: Vec<u32>,
    /// The stored timing could not be read: the audio still plays, without
    /// highlighted lines, and the problem is shown.
    pub problem: Option<LoadError>,
    /// Kept on this device (an admin can replace or remove it).
    pub on_device: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    Nothing,
    Playable(Playable),
    /// IndexedDB failed (blocked, private mode…): the browser's message.
    Unreadable(String),
}

/// Reads the stored timing, if any.
pub async fn load_timing() -> Result<Option<Result<AnthemTiming, LoadError>>, String> {
    Ok(idb::get(TIMING_KEY)
        .await?
        .map(|v| parse::<AnthemTiming>(TIMING_PLACE, &v.as_string().unwrap_or_default())))
}

/// Saves the timing (replacing any).
pub async fn save_timing(timing: &AnthemTiming) -> Result<(), String> {
    let text = serde_json::to_string(timing).map_err(|e| e.to_string())?;
    idb::put(TIMING_KEY, &text.into()).await
}

async fn find(bundled: Option<Recording>, url_slot: Arc<Mutex<Option<String>>>) -> Found {
    let audio = match idb::get(AUDIO_KEY).await {
        Ok(a) => a.and_then(|v| v.dyn_into::<web_sys::Blob>().ok()),
        Err(e) => return Found::Unreadable(e),
    };
    let Some(blob) = audio else {
        return match bundled {
            Some(r) => Found::Playable(Playable {
                url: dom::asset_url(&r.file),
                name: r.file,
                credit: r.credit,
                starts: r.line_starts_ms,
                problem: None,
                on_device: false,
            }),
            None => Found::Nothing,
        };
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return Found::Unreadable("URL.createObjectURL failed".into());
    };
    if let Ok(mut slot) = url_slot.lock() {
        *slot = Some(url.clone());
    }
    let (timing, problem) = match load_timing().await {
        Ok(Some(Ok(t))) => (Some(t), None),
        Ok(Some(Err(e))) => (None, Some(e)),
        Ok(None) => (None, None),
        Err(e) => return Found::Unreadable(e),
    };
    let timing = timing.unwrap_or_else(|| AnthemTiming::new(""));
    Found::Playable(Playable {
        url,
        name: timing.file_name,
        credit: timing.credit,
        starts: timing.line_starts_ms,
        problem,
        on_device: true,
    })
}

/// The line starts of the loaded recording (none while loading or without one).
pub fn line_starts(rec: LocalResource<Found>) -> Memo<Vec<u32>> {
    Memo::new(move |_| match rec.get() {
        Some(Found::Playable(p)) => p.starts,
        _ => Vec::new(),
    })
}

/// Loads the recording for the calling component; `refetch()` after the
/// admin changes it. The audio's object URL is released when the component
/// goes, so revisiting the page for weeks holds no old copies.
pub fn use_recording(bundled: Option<Recording>) -> LocalResource<Found> {
    let url_slot: Arc<Mutex<Option<String>>> = Arc::default();
    let slot = url_slot.clone();
    let revoke = move || {
        if let Some(url) = slot.lock().ok().and_then(|mut s| s.take()) {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    };
    let revoke_now = revoke.clone();
    on_cleanup(revoke);
    LocalResource::new(move || {
        // A new load replaces the previous URL.
        revoke_now();
        find(bundled.clone(), url_slot.clone())
    })
}
