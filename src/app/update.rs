//! "A new version is ready — restart": shown when a new deploy's service
//! worker has installed and waits (see `scripts/sw.js` and the loader in
//! `scripts/postbuild.py`), so a page never runs old and new files mixed.
//! On a kiosk's attract loop, where nobody is reading, it restarts at once.

use crate::app::i18n::tr;
use crate::app::router::{use_route, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn global(name: &str) -> wasm_bindgen::JsValue {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &name.into()).ok())
        .unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}

/// Lets the waiting worker take over; the loader reloads the page then.
fn restart() {
    if let Some(f) = global("__aseanUpdate").dyn_ref::<js_sys::Function>() {
        let _ = f.call0(&wasm_bindgen::JsValue::NULL);
    }
}

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(global("__aseanUpdateReady").is_truthy());
    let handle = window_event_listener_untyped("asean-update", move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    let route = use_route();
    Effect::new(move |_| {
        if ready.get() && route.get() == Route::Attract {
            restart();
        }
    });
    move || {
        ready.get().then(|| {
            view! {
                <div class="update-banner" role="status">
                    <span>{tr(|t| t.app_update_ready())}</span>
                    <button type="button" class="btn btn-primary" on:click=|_| restart()>{tr(|t| t.app_update_restart())}</button>
                </div>
            }
        })
    }
}
