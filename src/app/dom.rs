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

/// Returns whether the value was stored (false when storage is full or blocked).
pub fn storage_set(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn storage_remove(key: &str) {
    if let Some(s) = local_storage() {
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
