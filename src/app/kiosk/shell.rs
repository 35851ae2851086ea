//! What kiosk mode adds around every screen: it notices each touch, key and
//! scroll; after the idle time it shows "Are you still there?" with a
//! countdown that any touch cancels, then wipes the visitor's session and
//! returns to the attract loop. Media playing counts as use. A teacher's
//! screens (hosting a classroom contest, the pack editor) are never reset. It also keeps the screen
//! awake, goes full screen on the first touch, blocks the context menu, and
//! reloads an idle kiosk once a night at the hour set in admin.

use super::session::{start_visitor, visitor_present, wipe_visitor};
use super::{go_to_attract, wake};
use crate::app::clock::{now_ms, use_interval};
use crate::app::dom;
use crate::app::i18n::{fill, tr, use_i18n};
use crate::app::router::{use_route, Route};
use crate::app::settings::settings;
use crate::app::usage::{record, Event};
use crate::core::idle::{Idle, IdleState};
use leptos::ev;
use leptos::prelude::*;

fn media_playing() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("audio, video").ok())
        .is_some_and(|list| {
            (0..list.length()).any(|i| {
                list.item(i)
                    .and_then(|n| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlMediaElement>(n).ok()
                    })
                    .is_some_and(|m| !m.paused())
            })
        })
}

/// Whether tonight's reload is still to do (remembered for the tab).
fn night_reload_due() -> bool {
    const KEY: &str = "asean-kiosk.night-reload";
    let today = dom::local_day();
    if dom::session_get(KEY).as_deref() == Some(today.as_str()) {
        return false;
    }
    dom::session_set(KEY, &today);
    true
}

/// A teacher's screens: hosting a classroom contest, editing or importing
/// packs. The kiosk never resets them.
fn is_teachers(r: &Route) -> bool {
    matches!(
        r,
        Route::GoldenBell
            | Route::Teams
            | Route::Olympia
            | Route::Audience(_)
            | Route::Editor(_)
            | Route::Import
    )
}

#[component]
pub fn KioskShell() -> impl IntoView {
    let s = settings();
    let i18n = use_i18n();
    let route = use_route();
    let idle = StoredValue::new(Idle::new(s.idle_s));
    idle.update_value(|i| i.touch(now_ms()));
    let state = RwSignal::new(IdleState::Active);
    let full_screen_asked = StoredValue::new(false);
    dom::set_body_class("kiosk", true);
    dom::set_manifest("manifest-kiosk.webmanifest");
    wake::keep_awake();

    let activity = move || {
        idle.update_value(|i| i.touch(now_ms()));
        if state.get_untracked() != IdleState::Active {
            state.set(IdleState::Active);
        }
    };
    let on_pointer = window_event_listener(ev::pointerdown, move |_| {
        activity();
        if !full_screen_asked.get_value() {
            full_screen_asked.set_value(true);
            dom::fullscreen();
        }
    });
    let on_key = window_event_listener(ev::keydown, move |_| activity());
    let on_wheel = window_event_listener(ev::wheel, move |_| activity());
    let on_menu = window_event_listener(ev::contextmenu, |e| e.prevent_default());
    let on_visible = window_event_listener(ev::visibilitychange, |_| wake::keep_awake());
    on_cleanup(move || {
        on_pointer.remove();
        on_key.remove();
        on_wheel.remove();
        on_menu.remove();
        on_visible.remove();
        dom::set_body_class("kiosk", false);
    });

    // A kiosk that was left on any screen but the attract loop has a visitor.
    if !visitor_present() && route.get_untracked() != Route::Attract {
        start_visitor();
    }

    let last_minute = StoredValue::new(now_ms());
    let default_lang = s.default_lang;
    let night = s.nightly_reload_hour;
    use_interval(1000, move || {
        let now = now_ms();
        if media_playing() {
            idle.update_value(|i| i.touch(now));
        }
        let r = route.get_untracked();
        let someone_there = idle.with_value(|i| i.someone_there(now));
        // Minutes in use: a minute with someone there.
        if now.saturating_sub(last_minute.get_value()) >= 60_000 {
            last_minute.set_value(now);
            if r != Route::Attract && someone_there {
                record(Event::MinuteInUse);
            }
        }
        // The nightly reload: only on the attract loop, once that night.
        if let Some(hour) = night {
            if r == Route::Attract
                && !someone_there
                && dom::local_hour() == u32::from(hour)
                && night_reload_due()
            {
                dom::reload();
            }
        }
        if is_teachers(&r) || r == Route::Attract {
            state.set(IdleState::Active);
            return;
        }
        let st = idle.with_value(|i| i.state(now));
        if st == IdleState::Reset {
            wipe_visitor(default_lang);
            go_to_attract();
        }
        if state.get_untracked() != st {
            state.set(st);
        }
    });

    move || {
        match state.get() {
        IdleState::Warning { seconds_left } => view! {
            <div class="idle-warning" role="alertdialog" aria-modal="true"
                aria-labelledby="idle-title" aria-describedby="idle-text">
                <div class="idle-box">
                    <h2 id="idle-title">{tr(|t| t.kiosk_still_there())}</h2>
                    <p id="idle-text" class="idle-count">
                        {move || fill(i18n.t().kiosk_restart_in(), &[("n", &seconds_left.to_string())])}
                    </p>
                    <button type="button" class="btn btn-primary btn-large" autofocus
                        on:click=move |_| activity()>{tr(|t| t.kiosk_continue())}</button>
                </div>
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    }
    }
}
