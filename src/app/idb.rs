//! A small key–value store in IndexedDB, for what localStorage cannot hold:
//! an institution's audio recording (a `Blob`) and teachers' own packs,
//! kept across restarts and available offline.
//!
//! ```ignore
//! idb::put("anthem-audio", &blob.into()).await?;
//! let audio: Option<JsValue> = idb::get("anthem-audio").await?;
//! idb::delete("anthem-audio").await?;
//! ```
//!
//! Plain web-sys rather than a wrapper crate: four operations are all the
//! app needs. Every error comes back as the browser's message.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, IdbDatabase, IdbRequest, IdbTransactionMode};

const DB_NAME: &str = "asean-kiosk";
const DB_VERSION: u32 = 1;
const STORE: &str = "files";

fn message(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "IndexedDB error".into())
}

type Handler = Closure<dyn FnMut(Event)>;

/// The request's callbacks, detached from the request and freed together
/// when the wait ends — also when the waiting component goes away first —
/// so a page left open for weeks keeps no callbacks behind.
struct Callbacks {
    req: IdbRequest,
    _held: Vec<Handler>,
}

impl Drop for Callbacks {
    fn drop(&mut self) {
        self.req.set_onsuccess(None);
        self.req.set_onerror(None);
    }
}

/// Waits for a request's result.
async fn wait(req: &IdbRequest) -> Result<JsValue, String> {
    let mut held = Vec::new();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok: Handler = Closure::new(move |_| {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let r = req.clone();
        let err: Handler = Closure::new(move |_| {
            let e = r
                .error()
                .ok()
                .flatten()
                .map(|e| JsValue::from(e.message()))
                .unwrap_or_else(|| "IndexedDB request failed".into());
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onsuccess(Some(ok.as_ref().unchecked_ref()));
        req.set_onerror(Some(err.as_ref().unchecked_ref()));
        held.push(ok);
        held.push(err);
    });
    let _callbacks = Callbacks {
        req: req.clone(),
        _held: held,
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(message)
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()
        .map_err(message)?
        .ok_or("IndexedDB is not available")?;
    let req = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(message)?;
    let r = req.clone();
    // First open (or a newer version): create the one store.
    let upgrade: Handler = Closure::new(move |_| {
        if let Ok(db) = r.result().and_then(|v| v.dyn_into::<IdbDatabase>()) {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = wait(&req).await;
    req.set_onupgradeneeded(None);
    drop(upgrade);
    result?.dyn_into::<IdbDatabase>().map_err(message)
}

async fn run(
    mode: IdbTransactionMode,
    op: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, String> {
    let db = open().await?;
    let result = async {
        let tx = db
            .transaction_with_str_and_mode(STORE, mode)
            .map_err(message)?;
        let store = tx.object_store(STORE).map_err(message)?;
        let req = op(&store).map_err(message)?;
        wait(&req).await
    }
    .await;
    db.close();
    result
}

/// The value under `key`, or `None`.
pub async fn get(key: &str) -> Result<Option<JsValue>, String> {
    let key = JsValue::from_str(key);
    let v = run(IdbTransactionMode::Readonly, |s| s.get(&key)).await?;
    Ok((!v.is_undefined() && !v.is_null()).then_some(v))
}

/// Stores `value` (a string, a `Blob`…) under `key`, replacing any.
pub async fn put(key: &str, value: &JsValue) -> Result<(), String> {
    let key = JsValue::from_str(key);
    run(IdbTransactionMode::Readwrite, |s| {
        s.put_with_key(value, &key)
    })
    .await
    .map(|_| ())
}

/// Every key in the store (strings), in key order.
pub async fn keys() -> Result<Vec<String>, String> {
    let v = run(IdbTransactionMode::Readonly, |s| s.get_all_keys()).await?;
    Ok(js_sys::Array::from(&v)
        .iter()
        .filter_map(|k| k.as_string())
        .collect())
}

/// Removes `key` (no error if it is absent).
pub async fn delete(key: &str) -> Result<(), String> {
    let key = JsValue::from_str(key);
    run(IdbTransactionMode::Readwrite, |s| s.delete(&key))
        .await
        .map(|_| ())
}
