//! "The ASEAN Way" (`/exhibit/anthem`): credits, history, the English
//! lyrics with a Vietnamese translation line by line, a sing-along view
//! with large text, and the institution's recording with the sung line
//! highlighted (see `recording`).

use super::lyrics::Lyrics;
use super::player::{Playback, Player};
use super::recording::{line_starts, use_recording};
use crate::app::components::loading::Loading;
use crate::app::components::source_list::SourceList;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{fill, text, tr, trf, use_i18n};
use crate::app::router::Link;
use crate::core::content::AnthemFile;
use crate::core::exhibit::current_line;
use crate::core::validate::ANTHEM_FILE;
use leptos::prelude::*;

#[component]
fn AnthemBody(a: AnthemFile) -> impl IntoView {
    let i18n = use_i18n();
    let rec = use_recording(a.recording.clone());
    let playback = Playback::new();
    let sing = RwSignal::new(false);
    let starts = line_starts(rec);
    // Highlight only once playing has begun: before, no line is "current".
    let current = Signal::derive(move || {
        let at = playback.at_ms.get();
        let started = playback.playing.get() || at > 0;
        starts.with(|s| if started { current_line(s, at) } else { None })
    });
    let (selected, first) = (a.selected, a.first_performed);
    let music = a.credits.music.join(", ");
    let lyrics_by = a.credits.lyrics.clone();
    view! {
        <p class="lead">
            {trf(move |t| fill(t.exhibit_anthem_credits(), &[("music", &music), ("lyrics", &lyrics_by)]))}
        </p>
        <p class="muted small">{text(&a.credits.note)}</p>
        <p>
            {trf(move |t| {
                let l = i18n.lang();
                fill(t.exhibit_anthem_dates(), &[("selected", &selected.long(l)), ("first", &first.long(l))])
            })}
        </p>
        <p>{text(&a.history)}</p>
        <section class="anthem-player" aria-labelledby="recording-heading">
            <h2 id="recording-heading">{tr(|t| t.exhibit_recording_heading())}</h2>
            {move || match rec.get() {
                None => view! { <Loading/> }.into_any(),
                Some(found) => view! { <Player found playback/> }.into_any(),
            }}
        </section>
        <section class="anthem-lyrics" class:sing-along-view=move || sing.get() aria-labelledby="lyrics-heading">
            <div class="lyrics-head">
                <h2 id="lyrics-heading">{tr(|t| t.exhibit_lyrics())}</h2>
                <button type="button" class="btn sing-along-toggle"
                    aria-pressed=move || sing.get().to_string()
                    on:click=move |_| sing.update(|s| *s = !*s)>
                    {tr(|t| t.exhibit_sing_along())}
                </button>
            </div>
            <Lyrics lines=a.lines.clone() current sing_along=sing/>
            <p class="muted small">{text(&a.translation_note)}</p>
        </section>
        <p class="muted small copyright">{text(&a.copyright)}</p>
        <p class="exhibit-links"><Link href="/exhibit/ceremony" class="btn">{tr(|t| t.exhibit_ceremony_link())}</Link></p>
        <SourceList ids=a.sources.clone()/>
    }
}

#[component]
pub fn AnthemPage() -> impl IntoView {
    let anthem = use_content::<AnthemFile>(ANTHEM_FILE);
    view! {
        <div class="section exhibit anthem-page">
            <h1>{tr(|t| t.exhibit_anthem_title())}</h1>
            <ContentView res=anthem render=|c: Content| {
                let a = c.get::<AnthemFile>().clone();
                view! { <AnthemBody a/> }.into_any()
            }/>
        </div>
    }
}
