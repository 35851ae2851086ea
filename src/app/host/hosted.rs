//! What every hosted format's control window shares: its state saved after
//! every action (a reload restores it), the audience screen built from it and
//! sent over the channel (and stored, so a reopened audience window is right
//! at once), and the host's keyboard shortcuts.
//!
//! ```ignore
//! let hosted = use_hosted::<BellSession>("golden-bell", screen::build);
//! hosted.state.update(|s| ...);
//! hosted.persist();
//! ```

use super::audience::{channel_name, screen_key};
use super::channel::use_channel;
use crate::app::dom;
use crate::app::i18n::tr;
use crate::core::host::screen::{Message, Screen};
use leptos::ev;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub struct Hosted<S: Send + Sync + 'static> {
    pub state: RwSignal<Option<S>>,
    /// False once a save failed (a notice says so).
    pub saved_ok: RwSignal<bool>,
    pub screen: Memo<Option<Screen>>,
    format: &'static str,
}

impl<S: Send + Sync + 'static> Clone for Hosted<S> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<S: Send + Sync + 'static> Copy for Hosted<S> {}

fn state_key(format: &str) -> String {
    format!("asean-kiosk.host.{format}")
}

impl<S: Serialize + Send + Sync + 'static> Hosted<S> {
    /// Saves the state (after every action).
    pub fn persist(&self) {
        let ok = self.state.with_untracked(|s| match s {
            Some(s) => serde_json::to_string(s)
                .is_ok_and(|j| dom::storage_set(&state_key(self.format), &j)),
            None => true,
        });
        self.saved_ok.set(ok);
    }

    /// One host action: applied to the game at the current time, saved, and
    /// its refusal (if any) returned for the control window to explain.
    pub fn act<E>(&self, f: &dyn Fn(&mut S, u64) -> Result<(), E>) -> Result<(), E> {
        let mut result = Ok(());
        let now = crate::app::clock::now_ms();
        self.state.update(|s| {
            if let Some(s) = s {
                result = f(s, now);
            }
        });
        self.persist();
        result
    }

    /// Forgets the game (a new one starts).
    pub fn clear(&self) {
        dom::storage_remove(&state_key(self.format));
        dom::storage_remove(&screen_key(self.format));
        self.state.set(None);
    }
}

pub fn use_hosted<S>(format: &'static str, build: fn(&S) -> Screen) -> Hosted<S>
where
    S: Serialize + DeserializeOwned + PartialEq + Send + Sync + 'static,
{
    let loaded =
        dom::storage_get(&state_key(format)).and_then(|j| serde_json::from_str::<S>(&j).ok());
    let state = RwSignal::new(loaded);
    let screen = Memo::new(move |_| state.with(|s| s.as_ref().map(build)));
    // An audience window that opens (or reopens) says hello and gets the
    // screen at once; every change goes out after that.
    let hellos = RwSignal::new(0u32);
    let channel = use_channel(&channel_name(format), move |m| {
        if m == Message::Hello {
            hellos.update(|n| *n += 1);
        }
    });
    Effect::new(move |_| {
        hellos.track();
        if let Some(s) = screen.get() {
            if let Ok(json) = serde_json::to_string(&s) {
                dom::storage_set(&screen_key(format), &json);
            }
            channel.post(&Message::Screen {
                screen: Box::new(s),
            });
        }
    });
    Hosted {
        state,
        saved_ok: RwSignal::new(true),
        screen,
        format,
    }
}

/// The host's shortcuts: `on_key(key)` for every key pressed outside a text
/// field; returning true stops the browser's own action (Space scrolling).
pub fn use_host_keys(on_key: impl Fn(&str) -> bool + 'static) {
    let keys = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        let typing = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if typing || e.ctrl_key() || e.meta_key() || e.alt_key() || e.repeat() {
            return;
        }
        if on_key(&e.key()) {
            e.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());
}

impl<S: Send + Sync + 'static> Hosted<S> {
    /// Opens the audience window for the projector; if the browser blocks
    /// it, `message` tells the host how to go on (`blocked`).
    pub fn open_audience(&self, message: RwSignal<String>, blocked: &str) {
        let url = format!("/contest/{}/screen", self.format);
        if !dom::open_window(&url, "asean-audience") {
            message.set(blocked.to_string());
        }
    }
}

/// The end of every hosted game's controls: "Download results (CSV)" and
/// "New game" behind a confirmation. `csv` gives `(file name, text)`.
#[component]
pub fn GameActions(
    csv: Callback<(), Option<(String, String)>>,
    on_new: Callback<()>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let export = move |_| {
        if let Some((name, text)) = csv.run(()) {
            dom::download(&name, "text/csv;charset=utf-8", &text);
        }
    };
    view! {
        <div class="actions">
            <button type="button" class="btn" on:click=export>{tr(|t| t.host_export_csv())}</button>
            <button type="button" class="btn" on:click=move |_| confirming.set(true)>{tr(|t| t.host_new_game())}</button>
        </div>
        <div class="card confirm" role="alertdialog" aria-labelledby="new-h" hidden=move || !confirming.get()>
            <h3 id="new-h">{tr(|t| t.host_new_game_confirm())}</h3>
            <div class="actions">
                <button type="button" class="btn btn-danger" on:click=move |_| {
                    confirming.set(false);
                    on_new.run(());
                }>{tr(|t| t.host_new_game())}</button>
                <button type="button" class="btn" on:click=move |_| confirming.set(false)>{tr(|t| t.contest_keep_working())}</button>
            </div>
        </div>
    }
}
