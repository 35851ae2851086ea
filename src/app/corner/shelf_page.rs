//! The visitor's bookmarks and reading history (`/corner/saved`), each a
//! link back to the article, with a way to remove a bookmark or clear the
//! history.

use super::nav::CornerNav;
use super::shelf::{change, use_shelf};
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::app::router::Link;
use crate::core::shelf::Saved;
use leptos::prelude::*;

#[component]
pub fn SavedPage() -> impl IntoView {
    let shelf = use_shelf();
    let i18n = use_i18n();
    let item = move |s: Saved, removable: bool| {
        let id = s.id.clone();
        let title = s.title.clone();
        view! {
            <li class="saved-item" data-id=s.id.clone()>
                <Link href=format!("/corner/{}", s.id)>{text(&s.title)}</Link>
                {removable.then(|| view! {
                    " "
                    <button type="button" class="btn small"
                        aria-label=move || fill(i18n.t().corner_saved_remove(), &[("title", title.get(i18n.lang()))])
                        on:click=move |_| {
                            let id = id.clone();
                            change(shelf, move |sh| sh.bookmarks.retain(|b| b.id != id));
                        }>"✕"</button>
                })}
            </li>
        }
    };
    view! {
        <div class="section corner saved-page">
            <CornerNav/>
            <h1>{tr(|t| t.corner_saved_title())}</h1>
            <h2>{tr(|t| t.corner_saved_bookmarks())}</h2>
            {move || {
                let b = shelf.with(|s| s.bookmarks.clone());
                if b.is_empty() {
                    view! { <p class="muted">{tr(|t| t.corner_saved_no_bookmarks())}</p> }.into_any()
                } else {
                    view! { <ul class="saved-list bookmarks" role="list">{b.into_iter().map(|s| item(s, true)).collect_view()}</ul> }.into_any()
                }
            }}
            <h2>{tr(|t| t.corner_saved_history())}</h2>
            {move || {
                let h = shelf.with(|s| s.history.clone());
                if h.is_empty() {
                    view! { <p class="muted">{tr(|t| t.corner_saved_no_history())}</p> }.into_any()
                } else {
                    view! {
                        <ol class="saved-list history" role="list">{h.into_iter().map(|s| item(s, false)).collect_view()}</ol>
                        <p><button type="button" class="btn" on:click=move |_| { change(shelf, |sh| sh.history.clear()); }>
                            {tr(|t| t.corner_saved_clear_history())}
                        </button></p>
                    }.into_any()
                }
            }}
        </div>
    }
}
