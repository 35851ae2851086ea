//! "Sources": the titles of the sources a page's facts come from (member
//! pages, the symbols, the anthem, Corner articles)
//! (`content/sources.json`). Addresses are shown as text, not followed: a
//! kiosk never leaves the app.

use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::tr;
use crate::core::content::SourcesFile;
use crate::core::validate::SOURCES_FILE;
use leptos::prelude::*;

#[component]
pub fn SourceList(ids: Vec<String>) -> impl IntoView {
    let sources = use_content::<SourcesFile>(SOURCES_FILE);
    let mut ids = ids;
    // Once each, in first-mention order.
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    view! {
        <details class="sources">
            <summary>{tr(|t| t.app_sources())}</summary>
            <ContentView res=sources render=move |c: Content| {
                let file = c.get::<SourcesFile>();
                let items = ids
                    .iter()
                    .map(|id| match file.get(id) {
                        Some(s) => {
                            let url = s.url.clone();
                            view! {
                                <li data-source=id.clone()>
                                    {s.title.clone()}
                                    {url.map(|u| view! { <br/><span class="source-url">{u}</span> })}
                                </li>
                            }
                            .into_any()
                        }
                        None => view! { <li data-source=id.clone()><code>{id.clone()}</code></li> }.into_any(),
                    })
                    .collect_view();
                view! { <ol class="source-list">{items}</ol> }.into_any()
            }/>
        </details>
    }
}
