//! Thin, panic-free wrappers over the few browser APIs the app needs.
//! Every call tolerates a missing window, document or storage (private
//! modes, blocked storage, tests) by doing nothing or returning `None`.

use web_sys::{window, Storage};

fn local_storage() -> Option<Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn storage_get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Where the last failed write (storage full or blocked) is noted, for the
/// admin page (this tab's storage: "<ms> <key>"); the visitor's screen goes
/// on without it.
pub const STORAGE_FAILED: &str = "asean-kiosk.storage-failed";

/// Returns whether the value was stored (false when storage is full or
/// blocked, which is noted under [`STORAGE_FAILED`]).
pub fn storage_set(key: &str, value: &str) -> bool {
    let ok = local_storage().is_some_and(|s| s.set_item(key, value).is_ok());
    if !ok {
        session_set(
            STORAGE_FAILED,
            &format!("{} {key}", js_sys::Date::now() as u64),
        );
    }
    ok
}

pub fn storage_remove(key: &str) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(key);
    }
}

fn session_storage() -> Option<web_sys::Storage> {
    window()?.session_storage().ok().flatten()
}

/// This tab's storage (gone when the tab closes).
pub fn session_get(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

pub fn session_set(key: &str, value: &str) -> bool {
    session_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn session_remove(key: &str) {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(key);
    }
}

/// A query parameter of the current page's URL.
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

pub fn set_html_lang(code: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", code);
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// The path the app is served under, from `<base href>` (trunk's public URL):
/// `""` at the site root, `"/kiosk"` for `https://host/kiosk/`.
pub fn base_path() -> String {
    // Fixed for the page's lifetime; read it once rather than on every link and fetch.
    thread_local! {
        static BASE: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
    }
    BASE.with(|b| b.get_or_init(read_base_path).clone())
}

fn read_base_path() -> String {
    let base = window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

/// Absolute URL of a file shipped with the app (`content/members.json`).
pub fn asset_url(path: &str) -> String {
    format!("{}/{}", base_path(), path.trim_start_matches('/'))
}

/// The file chosen in a file input, from its `change` event.
pub fn chosen_file(e: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    e.target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?
        .files()?
        .get(0)
}

/// The device's local date, `YYYY-MM-DD` (for daily counts).
pub fn local_day() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The device's local hour, 0–23.
pub fn local_hour() -> u32 {
    js_sys::Date::new_0().get_hours()
}

/// Points the page's web app manifest at `file` (a kiosk installs full screen).
pub fn set_manifest(file: &str) {
    if let Some(link) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten())
    {
        let _ = link.set_attribute("href", file);
    }
}

/// The app's own address: origin and base (`http://127.0.0.1:8080/kiosk/`).
pub fn app_origin() -> String {
    let origin = window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}/", base_path())
}

/// Rewrites the address bar to `path` (relative to the base) without a new
/// history entry: a search or a filter the visitor can bookmark or share.
pub fn replace_url(path: &str) {
    let url = format!("{}{}", base_path(), path);
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The page's `#fragment`, without the `#`.
pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// `s` encoded for a URL's query value.
pub fn encode_component(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

/// Moves focus to the main region (after a page change).
pub fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focuses the element with this id, if it exists and can take focus.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Opens the browser's print dialog (the certificate has a print stylesheet).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Offers `text` as a file download (CSV exports). Returns false if the
/// browser refused.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let done = window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(file_name);
            a.click();
        })
        .is_some();
    // Revoked later: revoking at once can cancel the download in some browsers.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    done
}

/// A date as people write it in `lang` (`22 tháng 11, 2026`, `22 November 2026`).
pub fn local_date(ms: u64, lang: &str) -> String {
    local_time(
        ms,
        lang,
        &[("day", "numeric"), ("month", "long"), ("year", "numeric")],
    )
}

/// Date and time on this device's clock, short (`22/11/2026, 14:05`).
pub fn local_datetime(ms: u64, lang: &str) -> String {
    local_time(ms, lang, &[("dateStyle", "short"), ("timeStyle", "short")])
}

fn local_time(ms: u64, lang: &str, options: &[(&str, &str)]) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let opts = js_sys::Object::new();
    for (k, v) in options {
        let _ = js_sys::Reflect::set(&opts, &(*k).into(), &(*v).into());
    }
    d.to_locale_string(lang, &opts).into()
}

/// Adds or removes a class on `<body>` (e.g. the audience view hides the header).
pub fn set_body_class(class: &str, on: bool) {
    if let Some(body) = window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let list = body.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// Asks the browser to show the page full screen (from a click).
pub fn fullscreen() {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.request_fullscreen();
    }
}

/// Opens `path` (relative to the app's base) in the named window, e.g. the
/// audience window for the projector. False if the browser blocked it.
pub fn open_window(path: &str, name: &str) -> bool {
    window()
        .and_then(|w| w.open_with_url_and_target(&asset_url(path), name).ok())
        .flatten()
        .is_some()
}
