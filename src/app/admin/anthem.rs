//! Admin: the anthem's recording (`/admin/anthem`). An institution picks
//! its audio file (kept in IndexedDB: it survives restarts and works
//! offline), says whom to credit, and times the lyrics by tapping at the
//! start of each line while it plays ("tap to sync"). The anthem page and
//! the flag ceremony then highlight the sung line.

use crate::app::components::loading::Loading;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::exhibit::recording::{
    load_timing, save_timing, use_recording, Found, AUDIO_KEY, TIMING_KEY,
};
use crate::app::i18n::{fill, tr, trf, use_i18n};
use crate::app::idb;
use crate::app::router::Link;
use crate::core::content::anthem::Line;
use crate::core::content::{AnthemFile, AnthemTiming};
use crate::core::exhibit::TapSync;
use crate::core::validate::ANTHEM_FILE;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::exhibit::player::{position_ms, Audio, Playback};

/// `m:ss.s` for a line start.
fn clock(ms: u32) -> String {
    let tenths = ms / 100;
    format!("{}:{:02}.{}", tenths / 600, tenths / 10 % 60, tenths % 10)
}

/// What the last action did, for the status line.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Saved,
    Removed,
    Failed(String),
}

#[component]
fn Recorder(lines: Vec<Line>) -> impl IntoView {
    let i18n = use_i18n();
    let rec = use_recording(None);
    let status = RwSignal::new(Status::Idle);
    let busy = RwSignal::new(false);
    let credit = RwSignal::new(String::new());
    let sync = RwSignal::new(None::<TapSync>);
    let playback = Playback::new();
    let audio = NodeRef::<leptos::html::Audio>::new();
    let tap_button = NodeRef::<leptos::html::Button>::new();
    let n_lines = lines.len();
    let lines = StoredValue::new(lines);
    // The credit field starts with the saved credit.
    Effect::new(move |_| {
        if let Some(Found::Playable(p)) = rec.get() {
            credit.set(p.credit);
        }
    });
    let fail = move |e: String| status.set(Status::Failed(e));

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = dom::chosen_file(&ev) else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            let mut timing = AnthemTiming::new(&file.name());
            timing.credit = credit.get_untracked();
            // The new audio's old timing would not fit: it starts empty.
            let result = async {
                idb::put(AUDIO_KEY, &file.clone().into()).await?;
                save_timing(&timing).await
            }
            .await;
            busy.set(false);
            match result {
                Ok(()) => {
                    status.set(Status::Saved);
                    sync.set(None);
                    rec.refetch();
                }
                Err(e) => fail(e),
            }
        });
    };

    // Saves `f(timing)`: the stored timing (or a fresh one) changed by `f`.
    let update_timing = move |f: Box<dyn FnOnce(&mut AnthemTiming)>| {
        spawn_local(async move {
            let name = match rec.get_untracked() {
                Some(Found::Playable(p)) => p.name,
                _ => String::new(),
            };
            let mut timing = match load_timing().await {
                Ok(Some(Ok(t))) => t,
                // Missing or damaged: rebuilt from what is known.
                Ok(_) => AnthemTiming::new(&name),
                Err(e) => return fail(e),
            };
            f(&mut timing);
            match save_timing(&timing).await {
                Ok(()) => {
                    status.set(Status::Saved);
                    rec.refetch();
                }
                Err(e) => fail(e),
            }
        });
    };

    let save_credit = move |_| {
        let c = crate::core::device::clean_line(&credit.get_untracked(), 120);
        update_timing(Box::new(move |t| t.credit = c));
    };

    let start_sync = move |_| {
        let Some(a) = audio.get_untracked() else {
            return;
        };
        a.set_current_time(0.0);
        sync.set(Some(TapSync::new(n_lines)));
        // Started by this click: a user action, as browsers require.
        let _ = a.play();
        if let Some(b) = tap_button.get_untracked() {
            let _ = b.focus();
        }
    };
    let tap = move |_| {
        let Some(a) = audio.get_untracked() else {
            return;
        };
        let at = position_ms(&a);
        sync.update(|s| {
            if let Some(s) = s {
                s.tap(at);
            }
        });
    };
    let undo = move |_| {
        sync.update(|s| {
            if let Some(s) = s {
                s.undo();
            }
        })
    };
    let save_sync = move |_| {
        let Some(s) = sync.get_untracked() else {
            return;
        };
        if let Some(a) = audio.get_untracked() {
            let _ = a.pause();
        }
        let starts = s.starts().to_vec();
        sync.set(None);
        update_timing(Box::new(move |t| t.line_starts_ms = starts));
    };
    let cancel_sync = move |_| {
        if let Some(a) = audio.get_untracked() {
            let _ = a.pause();
        }
        sync.set(None);
    };
    let remove = move |_| {
        let ok = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(i18n.t().admin_recording_remove_confirm())
                    .ok()
            })
            .unwrap_or(false);
        if !ok {
            return;
        }
        spawn_local(async move {
            let result = async {
                idb::delete(AUDIO_KEY).await?;
                idb::delete(TIMING_KEY).await
            }
            .await;
            match result {
                Ok(()) => {
                    status.set(Status::Removed);
                    sync.set(None);
                    rec.refetch();
                }
                Err(e) => fail(e),
            }
        });
    };

    let line_text =
        move |i: usize| lines.with_value(|l| l.get(i).map(|l| l.en.clone()).unwrap_or_default());

    view! {
        <section class="recorder" aria-labelledby="file-heading">
            <h2 id="file-heading">{tr(|t| t.admin_recording_file())}</h2>
            {move || match rec.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Found::Nothing) => view! { <p class="recording-state" data-state="none">{tr(|t| t.admin_recording_none())}</p> }.into_any(),
                Some(Found::Unreadable(e)) => view! {
                    <p class="recording-state notice" data-state="error" role="alert">
                        {trf(move |t| fill(t.exhibit_recording_unreadable(), &[("detail", &e)]))}
                    </p>
                }.into_any(),
                Some(Found::Playable(p)) => {
                    let name = p.name.clone();
                    let timed = p.starts.len().to_string();
                    view! {
                        <p class="recording-state" data-state="saved">
                            {trf(move |t| fill(t.admin_recording_current(), &[("name", &name), ("timed", &timed), ("lines", &n_lines.to_string())]))}
                        </p>
                        <Audio p playback node=audio/>
                    }.into_any()
                }
            }}
            <label class="field">
                <span>{tr(|t| t.admin_recording_choose())}</span>
                <input type="file" accept="audio/*" class="recording-file" on:change=on_file disabled=move || busy.get()/>
            </label>
            <p class="muted small">{tr(|t| t.admin_recording_hint())}</p>
            <label class="field">
                <span>{tr(|t| t.admin_recording_credit())}</span>
                <input type="text" class="recording-credit-input" maxlength="120" prop:value=move || credit.get()
                    on:input=move |e| credit.set(event_target_value(&e))/>
            </label>
            <div class="recorder-buttons">
            <button type="button" class="btn" on:click=save_credit
                disabled=move || !matches!(rec.get(), Some(Found::Playable(_)))>
                {tr(|t| t.admin_recording_save_credit())}
            </button>
            <button type="button" class="btn btn-danger" on:click=remove
                disabled=move || !matches!(rec.get(), Some(Found::Playable(_)))>
                {tr(|t| t.admin_recording_remove())}
            </button>
            </div>
            <p class="status" role="status">
                {move || match status.get() {
                    Status::Idle => String::new(),
                    Status::Saved => tr(|t| t.admin_recording_saved())().to_string(),
                    Status::Removed => tr(|t| t.admin_recording_removed())().to_string(),
                    Status::Failed(e) => fill(i18n.t().admin_recording_failed(), &[("detail", &e)]),
                }}
            </p>
        </section>
        <section class="tap-sync" aria-labelledby="sync-heading"
            hidden=move || !matches!(rec.get(), Some(Found::Playable(_)))>
            <h2 id="sync-heading">{tr(|t| t.admin_sync_heading())}</h2>
            <p>{tr(|t| t.admin_sync_intro())}</p>
            {move || match sync.get() {
                None => view! {
                    <button type="button" class="btn btn-primary sync-start" on:click=start_sync>
                        {tr(|t| t.admin_sync_start())}
                    </button>
                }.into_any(),
                Some(s) => {
                    let done = s.starts().len();
                    let next = s.next_line();
                    view! {
                        <p class="sync-progress" role="status">
                            {trf(move |t| fill(t.admin_sync_progress(), &[("done", &done.to_string()), ("lines", &n_lines.to_string())]))}
                        </p>
                        <p class="sync-next">
                            {match next {
                                Some(i) => view! { {tr(|t| t.admin_sync_next())}" " <q lang="en">{line_text(i)}</q> }.into_any(),
                                None => tr(|t| t.admin_sync_all_done()).into_any(),
                            }}
                        </p>
                        <div class="sync-buttons">
                            <button type="button" class="btn btn-primary sync-tap" node_ref=tap_button on:click=tap
                                disabled=next.is_none()>
                                {tr(|t| t.admin_sync_tap())}
                            </button>
                            <button type="button" class="btn sync-undo" on:click=undo disabled=done == 0>{tr(|t| t.admin_sync_undo())}</button>
                            <button type="button" class="btn sync-save" on:click=save_sync>{tr(|t| t.admin_sync_save())}</button>
                            <button type="button" class="btn sync-cancel" on:click=cancel_sync>{tr(|t| t.admin_sync_cancel())}</button>
                        </div>
                        <ol class="sync-lines">
                            {s.starts().iter().enumerate().map(|(i, ms)| view! {
                                <li><span class="sync-time">{clock(*ms)}</span>" "{line_text(i)}</li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
        </section>
    }
}

#[component]
pub fn AnthemRecording() -> impl IntoView {
    let anthem = use_content::<AnthemFile>(ANTHEM_FILE);
    view! {
        <div class="section admin admin-anthem">
            <h1>{tr(|t| t.admin_recording_title())}</h1>
            <p class="lead">{tr(|t| t.admin_recording_intro())}</p>
            <ContentView res=anthem render=|c: Content| {
                let lines = c.get::<AnthemFile>().lines.clone();
                view! { <Recorder lines/> }.into_any()
            }/>
            <p><Link href="/exhibit/anthem" class="btn">{tr(|t| t.exhibit_anthem_link())}</Link></p>
        </div>
    }
}
