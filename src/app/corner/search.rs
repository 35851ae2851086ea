//! Search as you type (`/corner/search?q=`): articles, member profiles,
//! timeline events and glossary terms in the current language, accents
//! optional (`ha noi` finds "Hà Nội"), the last word as a prefix, best
//! first, with the matched words marked. The address follows the typing so
//! a search can be bookmarked or handed to a phone.

use super::keyboard::ScreenKeyboard;
use super::nav::CornerNav;
use super::search_index::load_search;
use crate::app::components::error_panel::ErrorPanel;
use crate::app::components::loading::Loading;
use crate::app::dom;
use crate::app::i18n::{fill, tr, use_i18n};
use crate::app::router::Link;
use crate::core::corpus::{Found, Kind};
use crate::core::search::{Hit, Snippet};
use leptos::prelude::*;

/// Most results shown.
const LIMIT: usize = 30;

/// Where a result leads.
pub fn href(found: Found) -> String {
    match found.kind {
        Kind::Article => format!("/corner/{}", found.key),
        Kind::Member => format!("/exhibit/{}", found.key),
        Kind::Event => format!("/corner/timeline/{}", found.key),
        Kind::Term => format!("/corner/glossary#term-{}", found.key),
    }
}

/// The snippet as text with the matched words in `<mark>`.
#[component]
fn Marked(snippet: Snippet) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for r in &snippet.marks {
        if r.start < at || r.end > snippet.text.len() {
            continue;
        }
        let before = snippet
            .text
            .get(at..r.start)
            .unwrap_or_default()
            .to_string();
        let word = snippet.text.get(r.clone()).unwrap_or_default().to_string();
        parts.push(view! { {before}<mark>{word}</mark> }.into_any());
        at = r.end;
    }
    let rest = snippet.text.get(at..).unwrap_or_default().to_string();
    view! { <p class="snippet">{parts}{rest}</p> }
}

#[component]
fn HitItem(hit: Hit) -> impl IntoView {
    let i18n = use_i18n();
    let Some(found) = Found::parse(&hit.id) else {
        return ().into_any();
    };
    let kind = found.kind;
    let label = move || {
        let t = i18n.t();
        match kind {
            Kind::Article => t.corner_kind_article(),
            Kind::Member => t.corner_kind_member(),
            Kind::Event => t.corner_kind_event(),
            Kind::Term => t.corner_kind_term(),
        }
    };
    view! {
        <li class="search-hit" data-id=hit.id.clone()>
            <span class=format!("badge kind-{}", kind.prefix())>{label}</span>
            <h2 class="hit-title"><Link href=href(found)>{hit.title.clone()}</Link></h2>
            {(!hit.snippet.text.is_empty()).then(|| view! { <Marked snippet=hit.snippet.clone()/> })}
        </li>
    }
    .into_any()
}

/// Searches to try, as a visitor would type them (no accents needed).
const EXAMPLES: [&str; 4] = ["ha noi", "hue", "1967", "hien chuong"];

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let q = RwSignal::new(dom::query_param("q").unwrap_or_default());
    let data = LocalResource::new(load_search);
    // The address follows the typing, without a history entry per letter.
    Effect::new(move |_| {
        let v = q.get();
        let query = v.trim();
        dom::replace_url(&if query.is_empty() {
            "/corner/search".to_string()
        } else {
            format!("/corner/search?q={}", dom::encode_component(query))
        });
    });
    // Counted once per search, when the visitor leaves it (never its words).
    on_cleanup(move || {
        if q.try_with_untracked(|q| !q.trim().is_empty())
            .unwrap_or(false)
        {
            crate::app::usage::record(crate::app::usage::Event::Search);
        }
    });
    let hits = Memo::new(move |_| {
        let d = data.get()?;
        let lang = i18n.lang();
        Some(q.with(|q| d.index(lang).search(q, LIMIT)))
    });
    let results = move || {
        let Some(hits) = hits.get() else {
            return view! { <Loading/> }.into_any();
        };
        if q.with(|q| q.trim().is_empty()) {
            let examples = EXAMPLES
                .iter()
                .map(|e| view! {
                    <li><button type="button" class="btn chip" on:click=move |_| q.set(e.to_string())>{*e}</button></li>
                })
                .collect_view();
            return view! {
                <p>{tr(|t| t.corner_search_hint())}</p>
                <ul class="chips" role="list" aria-label=tr(|t| t.corner_search_examples())>{examples}</ul>
            }
            .into_any();
        }
        let items = hits
            .iter()
            .map(|h| view! { <HitItem hit=h.clone()/> })
            .collect_view();
        view! { <ol class="search-results" role="list">{items}</ol> }.into_any()
    };
    let status = move || {
        let t = i18n.t();
        match hits.get() {
            None => t.corner_search_preparing().to_string(),
            Some(_) if q.with(|q| q.trim().is_empty()) => String::new(),
            Some(h) if h.is_empty() => fill(t.corner_search_none(), &[("q", q.get().trim())]),
            Some(h) => fill(t.corner_search_count(), &[("n", &h.len().to_string())]),
        }
    };
    let errors = move || {
        data.get().map(|d| {
            d.errors
                .iter()
                .map(|e| view! { <ErrorPanel error=e.clone()/> })
                .collect_view()
        })
    };
    view! {
        <div class="section corner search-page">
            <CornerNav/>
            <h1>{tr(|t| t.corner_search_title())}</h1>
            <form role="search" class="search-form" on:submit=|e| e.prevent_default()>
                <input type="search" id="corner-q" class="search-input" autocomplete="off"
                    spellcheck="false" enterkeyhint="search"
                    aria-label=tr(|t| t.corner_search_label())
                    placeholder=tr(|t| t.corner_search_placeholder())
                    prop:value=move || q.get()
                    on:input=move |e| q.set(event_target_value(&e))/>
            </form>
            <ScreenKeyboard text=q/>
            <p role="status" class="search-status muted">{status}</p>
            {results}
            {errors}
            <p><Link href="/corner" class="btn">{tr(|t| t.corner_back_to_corner())}</Link></p>
        </div>
    }
}
