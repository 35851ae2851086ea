//! What happens when the app panics: the panic is logged, a plain-DOM
//! "something went wrong — restart" screen replaces the UI (the wasm
//! instance cannot be trusted to render after a panic), and on a kiosk the
//! app returns to its attract loop after a few seconds, the visitor's traces
//! wiped — unless it has already done so several times lately (loop guard),
//! so a broken deploy cannot spin forever.

use crate::app::dom;
use crate::app::i18n::{initial_lang, strings};
use wasm_bindgen::prelude::*;

const RELOADS_KEY: &str = "asean-kiosk.crash-reloads";
/// Auto-reload at most this many times within `GUARD_WINDOW_MS`.
pub const MAX_RELOADS: usize = 3;
const GUARD_WINDOW_MS: f64 = 10.0 * 60.0 * 1000.0;
const RELOAD_DELAY_MS: i32 = 5_000;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash_screen();
    }));
}

/// Given the times of earlier automatic reloads, decides whether another is
/// allowed at `now`, and returns the list to remember. Pure, for testing.
pub fn guard_reload(earlier: &[f64], now: f64) -> (bool, Vec<f64>) {
    let mut recent: Vec<f64> = earlier
        .iter()
        .copied()
        .filter(|t| now - t < GUARD_WINDOW_MS)
        .collect();
    let allowed = recent.len() < MAX_RELOADS;
    if allowed {
        recent.push(now);
    }
    (allowed, recent)
}

fn session_reloads() -> Vec<f64> {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(RELOADS_KEY).ok().flatten())
        .map(|v| v.split(',').filter_map(|t| t.parse().ok()).collect())
        .unwrap_or_default()
}

fn save_session_reloads(times: &[f64]) {
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let v: Vec<String> = times.iter().map(|t| t.to_string()).collect();
        let _ = s.set_item(RELOADS_KEY, &v.join(","));
    }
}

/// Replaces the page with the crash screen. Uses only plain DOM calls and
/// ignores every failure: it runs while the app is already broken.
pub fn show_crash_screen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("crash-screen").is_some() {
        return;
    }
    let t = strings(initial_lang());
    let kiosk = crate::app::kiosk::kiosk_mode();
    let (auto_reload, times) = if kiosk {
        guard_reload(&session_reloads(), js_sys::Date::now())
    } else {
        (false, Vec::new())
    };

    let el = |tag: &str, text: &str| {
        let e = doc.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let Some(screen) = doc.create_element("div").ok() else {
        return;
    };
    screen.set_id("crash-screen");
    let _ = screen.set_attribute("role", "alertdialog");
    let _ = screen.set_attribute("aria-labelledby", "crash-title");
    let mut parts = vec![el("h1", t.crash_title()), el("p", t.crash_text())];
    if let Some(a) = el("a", t.crash_restart()) {
        let _ = a.set_attribute("href", &format!("{}/", dom::base_path()));
        let _ = a.set_attribute("class", "btn btn-primary");
        parts.push(Some(a));
    }
    if auto_reload {
        parts.push(el("p", t.crash_auto()));
    }
    if let Some(h) = parts.first().and_then(|p| p.as_ref()) {
        h.set_id("crash-title");
    }
    for p in parts.into_iter().flatten() {
        let _ = screen.append_child(&p);
    }
    // Hide the broken UI rather than remove it: removing nodes under a
    // panicked wasm instance can throw again.
    if let Ok(children) = doc.query_selector_all("body > *") {
        for i in 0..children.length() {
            if let Some(e) = children
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = e.set_attribute("hidden", "");
            }
        }
    }
    let _ = body.append_child(&screen);

    if auto_reload {
        save_session_reloads(&times);
        // Back to the attract loop with the visitor's traces gone: the next
        // visitor must not find the last one's quiz.
        let reload = Closure::once_into_js(|| {
            for key in crate::app::kiosk::session::VISITOR_KEYS {
                dom::storage_remove(key);
            }
            crate::app::kiosk::go_to_attract();
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                reload.unchecked_ref(),
                RELOAD_DELAY_MS,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loop_guard_allows_three_reloads_per_window() {
        let (ok, t) = guard_reload(&[], 0.0);
        assert!(ok);
        let (ok, t) = guard_reload(&t, 1000.0);
        assert!(ok);
        let (ok, t) = guard_reload(&t, 2000.0);
        assert!(ok);
        let (ok, t2) = guard_reload(&t, 3000.0);
        assert!(!ok, "a fourth reload within ten minutes is refused");
        assert_eq!(t2.len(), 3);
        let (ok, _) = guard_reload(&t, GUARD_WINDOW_MS + 1.0);
        assert!(ok, "old reloads expire");
    }
}
