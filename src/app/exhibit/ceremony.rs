//! Flag ceremony (`/exhibit/ceremony`): the ASEAN flag filling the screen,
//! optionally followed by the member flags in ASEAN's alphabetical order
//! (as at summits), with the institution's recording and the lyrics as
//! captions. The flag waves gently unless the visitor asked for less motion.

use super::flag::FlagImage;
use super::player::{Audio, Playback};
use super::recording::{line_starts, use_recording, Found};
use crate::app::clock::use_interval;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{fill, tr, trf, use_i18n};
use crate::core::content::anthem::Line;
use crate::core::content::{AnthemFile, MembersFile};
use crate::core::exhibit::{asean_order, current_line};
use crate::core::lang::Text;
use crate::core::validate::{ANTHEM_FILE, MEMBERS_FILE};
use leptos::prelude::*;

/// How long each flag stays when cycling.
const CYCLE_MS: u64 = 8000;

#[derive(Clone)]
struct Shown {
    file: String,
    ratio: String,
    name: Option<Text>,
}

/// The caption under the flag: the sung line while a timed recording plays.
#[component]
fn Captions(lines: Vec<Line>, starts: Memo<Vec<u32>>, playback: Playback) -> impl IntoView {
    let line = move || {
        if !playback.playing.get() {
            return None;
        }
        let at = playback.at_ms.get();
        starts
            .with(|s| current_line(s, at))
            .and_then(|i| lines.get(i).cloned())
    };
    view! {
        <div class="ceremony-captions">
            {move || line().map(|l| view! {
                <p class="caption-en" lang="en">{l.en}</p>
                <p class="caption-vi" lang="vi">{l.vi}</p>
            })}
        </div>
    }
}

#[component]
fn Stage(members: MembersFile, anthem: AnthemFile) -> impl IntoView {
    let i18n = use_i18n();
    let mut flags = vec![Shown {
        file: "flags/asean.svg".into(),
        ratio: "2:3".into(),
        name: None,
    }];
    flags.extend(asean_order(&members.members).into_iter().map(|m| Shown {
        file: m.flag.file.clone(),
        ratio: m.flag.ratio.clone(),
        name: Some(m.name.clone()),
    }));
    let count = flags.len();
    let flags = StoredValue::new(flags);
    let index = RwSignal::new(0usize);
    let cycle = RwSignal::new(false);
    use_interval(CYCLE_MS, move || {
        if cycle.get_untracked() {
            index.update(|i| *i = (*i + 1) % count);
        }
    });
    let rec = use_recording(anthem.recording.clone());
    let playback = Playback::new();
    let starts = line_starts(rec);
    let stage = NodeRef::<leptos::html::Div>::new();
    let full = move |_| {
        if let Some(el) = stage.get_untracked() {
            let _ = el.request_fullscreen();
        }
    };
    let asean_name = tr(|t| t.exhibit_asean_flag());
    let name_of = move |s: &Shown| match &s.name {
        Some(n) => fill(i18n.t().exhibit_flag_of(), &[("name", n.get(i18n.lang()))]),
        None => asean_name().to_string(),
    };
    let shown = move || flags.with_value(|f| f[index.get() % count].clone());
    view! {
        <div class="ceremony" node_ref=stage>
            <div class="ceremony-flag">
                {move || {
                    let s = shown();
                    let alt = name_of(&s);
                    view! {
                        <FlagImage src=s.file ratio=s.ratio alt=alt.clone() class="waving"/>
                        <p class="ceremony-name" aria-live="polite">{alt}</p>
                    }
                }}
            </div>
            <Captions lines=anthem.lines.clone() starts playback/>
            <div class="ceremony-controls">
                <label class="check">
                    <input type="checkbox" class="cycle" prop:checked=move || cycle.get()
                        on:change=move |e| {
                            let on = event_target_checked(&e);
                            cycle.set(on);
                            if !on {
                                index.set(0);
                            }
                        }/>
                    {trf(move |t| fill(t.exhibit_cycle(), &[("n", &(count - 1).to_string())]))}
                </label>
                <button type="button" class="btn" on:click=full>{tr(|t| t.exhibit_full_screen())}</button>
                {move || match rec.get() {
                    Some(Found::Playable(p)) => view! { <Audio p playback/> }.into_any(),
                    Some(_) => view! { <p class="muted small">{tr(|t| t.exhibit_ceremony_no_recording())}</p> }.into_any(),
                    None => ().into_any(),
                }}
            </div>
        </div>
    }
}

#[component]
pub fn Ceremony() -> impl IntoView {
    let members = use_content::<MembersFile>(MEMBERS_FILE);
    let anthem = use_content::<AnthemFile>(ANTHEM_FILE);
    view! {
        <div class="section exhibit ceremony-page">
            <h1 class="visually-hidden">{tr(|t| t.exhibit_ceremony_title())}</h1>
            <ContentView res=members render=move |m: Content| {
                let members = m.get::<MembersFile>().clone();
                view! {
                    <ContentView res=anthem render=move |a: Content| {
                        let anthem = a.get::<AnthemFile>().clone();
                        view! { <Stage members=members.clone() anthem/> }.into_any()
                    }/>
                }.into_any()
            }/>
        </div>
    }
}
