//! The anthem's player: the browser's own audio controls (keyboard
//! accessible, never started without a user action), reporting the playing
//! time so the lyrics can follow. Without a recording it says how an
//! institution adds one.

use super::recording::{Found, Playable};
use crate::app::components::error_panel::ErrorPanel;
use crate::app::i18n::{fill, tr, trf};
use crate::app::router::Link;
use leptos::prelude::*;

/// The playing position in ms, and whether it is playing.
#[derive(Clone, Copy)]
pub struct Playback {
    pub at_ms: RwSignal<u32>,
    pub playing: RwSignal<bool>,
}

impl Default for Playback {
    fn default() -> Self {
        Self::new()
    }
}

impl Playback {
    pub fn new() -> Playback {
        Playback {
            at_ms: RwSignal::new(0),
            playing: RwSignal::new(false),
        }
    }
}

/// The audio element's position, in ms.
pub fn position_ms(audio: &web_sys::HtmlMediaElement) -> u32 {
    let t = audio.current_time();
    if t.is_finite() && t > 0.0 {
        (t * 1000.0).round() as u32
    } else {
        0
    }
}

#[component]
pub fn Audio(
    p: Playable,
    playback: Playback,
    #[prop(optional)] node: Option<NodeRef<leptos::html::Audio>>,
) -> impl IntoView {
    let node = node.unwrap_or_default();
    let sync = move || {
        if let Some(a) = node.get_untracked() {
            playback.at_ms.set(position_ms(&a));
        }
    };
    view! {
        <audio
            class="anthem-audio"
            controls
            preload="metadata"
            src=p.url
            node_ref=node
            aria-label=tr(|t| t.exhibit_recording_label())
            on:timeupdate=move |_| sync()
            on:seeked=move |_| sync()
            on:play=move |_| playback.playing.set(true)
            on:pause=move |_| playback.playing.set(false)
            on:ended=move |_| playback.playing.set(false)
        ></audio>
    }
}

#[component]
pub fn Player(found: Found, playback: Playback) -> impl IntoView {
    match found {
        Found::Playable(p) => {
            let credit = p.credit.clone();
            let name = p.name.clone();
            let timed = p.starts.len();
            let problem = p.problem.clone();
            view! {
                <div class="player" data-recording="yes">
                    <Audio p playback/>
                    <p class="muted small recording-credit">
                        {trf(move |t| {
                            let who = if credit.is_empty() { name.clone() } else { credit.clone() };
                            fill(t.exhibit_recording_credit(), &[("who", &who)])
                        })}
                        {(timed == 0).then(|| view! { " " {tr(|t| t.exhibit_recording_untimed())} })}
                    </p>
                    {problem.map(|error| view! { <ErrorPanel error/> })}
                </div>
            }
            .into_any()
        }
        Found::Nothing => view! {
            <div class="player notice" data-recording="no">
                <p>{tr(|t| t.exhibit_no_recording())}</p>
                <p><Link href="/admin/anthem" class="btn">{tr(|t| t.exhibit_add_recording_link())}</Link></p>
            </div>
        }
        .into_any(),
        Found::Unreadable(detail) => view! {
            <div class="player notice" data-recording="error" role="alert">
                <p>{trf(move |t| fill(t.exhibit_recording_unreadable(), &[("detail", &detail)]))}</p>
            </div>
        }
        .into_any(),
    }
}
