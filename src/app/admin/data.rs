//! This device's data in `/admin`: export the settings to a JSON file and
//! import them on another kiosk; how much storage is used and whether the
//! browser keeps it (`navigator.storage.persist()` is asked here); the last
//! failed write, if any; and "reset all local data" with a confirmation.

use crate::app::components::error_panel::explain;
use crate::app::dom;
use crate::app::i18n::{fill, tr, use_i18n};
use crate::app::settings::{save_settings, settings};
use crate::core::device::SettingsFile;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `navigator.storage.<method>()` and hands its result to `done`
/// (skipped where the browser lacks the Storage API).
fn storage_manager(method: &'static str, done: impl FnOnce(wasm_bindgen::JsValue) + 'static) {
    let Some(w) = web_sys::window() else { return };
    let nav: wasm_bindgen::JsValue = w.navigator().into();
    let Ok(manager) = js_sys::Reflect::get(&nav, &"storage".into()) else {
        return;
    };
    if manager.is_undefined() {
        return;
    }
    let Ok(f) = js_sys::Reflect::get(&manager, &method.into()) else {
        return;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return;
    };
    let Ok(p) = f.call0(&manager) else { return };
    let Ok(p) = p.dyn_into::<js_sys::Promise>() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(v) = wasm_bindgen_futures::JsFuture::from(p).await {
            done(v);
        }
    });
}

fn number(v: &wasm_bindgen::JsValue, key: &str) -> f64 {
    js_sys::Reflect::get(v, &key.into())
        .ok()
        .and_then(|x| x.as_f64())
        .unwrap_or(0.0)
}

/// Deletes everything this app keeps in this browser: settings, PIN,
/// results, leaderboards, usage counts, bookmarks, and everything in
/// IndexedDB (the anthem recording, teachers' packs).
fn reset_all() {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let keys: Vec<String> = (0..s.length().unwrap_or(0))
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with("asean-kiosk."))
            .collect();
        for k in keys {
            let _ = s.remove_item(&k);
        }
    }
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.clear();
    }
    wasm_bindgen_futures::spawn_local(async {
        for key in crate::app::idb::keys().await.unwrap_or_default() {
            let _ = crate::app::idb::delete(&key).await;
        }
        dom::reload();
    });
}

#[component]
pub fn DataPanel() -> impl IntoView {
    let i18n = use_i18n();
    let usage = RwSignal::new(None::<(f64, f64)>);
    let persisted = RwSignal::new(None::<bool>);
    storage_manager("persist", move |v| {
        persisted.set(Some(v.as_bool().unwrap_or(false)))
    });
    storage_manager("estimate", move |v| {
        usage.set(Some((number(&v, "usage"), number(&v, "quota"))))
    });
    let failed = dom::session_get(dom::STORAGE_FAILED);
    let import_msg = RwSignal::new(String::new());
    let confirm = RwSignal::new(false);

    let export = move |_| {
        let file = SettingsFile::new(settings());
        dom::download(
            "asean-kiosk-settings.json",
            "application/json",
            &file.to_json(),
        );
    };
    let import = move |e: leptos::ev::Event| {
        let Some(file) = dom::chosen_file(&e) else {
            return;
        };
        let name = file.name();
        wasm_bindgen_futures::spawn_local(async move {
            let t = i18n.t();
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            match SettingsFile::parse(&name, &text) {
                Ok(s) => {
                    import_msg.set(if save_settings(&s) {
                        t.admin_import_done().to_string()
                    } else {
                        t.admin_save_failed().to_string()
                    });
                    dom::reload();
                }
                Err(e) => import_msg.set(fill(
                    t.admin_import_failed(),
                    &[("file", &name), ("error", &explain(t, &e).join(" "))],
                )),
            }
        });
    };
    view! {
        <section class="card data-panel" aria-labelledby="data-h">
            <h2 id="data-h">{tr(|t| t.admin_data_heading())}</h2>
            <p class="actions">
                <button type="button" class="btn" on:click=export>{tr(|t| t.admin_export())}</button>
            </p>
            <div class="field">
                <label for="import-settings">{tr(|t| t.admin_import())}</label>
                <input id="import-settings" type="file" accept="application/json,.json" class="recording-file" on:change=import/>
                <p class="field-error" role="alert">{move || import_msg.get()}</p>
            </div>
            <p class="storage-status">{move || {
                let t = i18n.t();
                let used = usage.get().map(|(u, q)| fill(t.admin_storage_used(), &[
                    ("used", &format!("{}", (u / 1024.0).round() as u64)),
                    ("quota", &format!("{}", (q / 1_048_576.0).round() as u64)),
                ])).unwrap_or_default();
                let kept = match persisted.get() {
                    Some(true) => t.admin_storage_persisted(),
                    Some(false) => t.admin_storage_not_persisted(),
                    None => "",
                };
                format!("{used} {kept}")
            }}</p>
            {failed.map(|f| {
                // Written by `dom::storage_set` as "<ms> <key>".
                let (ms, key) = f.split_once(' ').unwrap_or(("0", f.as_str()));
                let (ms, key) = (ms.parse::<u64>().unwrap_or(0), key.to_string());
                view! { <p class="notice warn storage-failed" role="status">{move || fill(
                    i18n.t().admin_storage_failed(),
                    &[("time", &dom::local_datetime(ms, i18n.lang().code())), ("key", &key)],
                )}</p> }
            })}
            <h3>{tr(|t| t.admin_reset_heading())}</h3>
            {move || if confirm.get() {
                view! {
                    <p role="alert">{tr(|t| t.admin_reset_confirm_text())}</p>
                    <p class="actions">
                        <button type="button" class="btn btn-danger" on:click=|_| reset_all()>{tr(|t| t.admin_reset_confirm())}</button>
                        " "
                        <button type="button" class="btn" on:click=move |_| confirm.set(false)>{tr(|t| t.admin_reset_cancel())}</button>
                    </p>
                }.into_any()
            } else {
                view! {
                    <p><button type="button" class="btn" on:click=move |_| confirm.set(true)>{tr(|t| t.admin_reset())}</button></p>
                }.into_any()
            }}
        </section>
    }
}
