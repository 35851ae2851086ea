//! The glossary (`/corner/glossary`): ASEAN's terms and abbreviations, in
//! the order of the current language (accents folded), each with its
//! definition; `#term-<id>` opens at one term (search results link there).

use super::nav::CornerNav;
use crate::app::components::source_list::SourceList;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{text, tr, use_i18n};
use crate::core::content::GlossaryFile;
use crate::core::text::normalise;
use crate::core::validate::GLOSSARY_FILE;
use leptos::prelude::*;

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let file = use_content::<GlossaryFile>(GLOSSARY_FILE);
    let i18n = use_i18n();
    view! {
        <div class="section corner glossary-page">
            <CornerNav/>
            <h1>{tr(|t| t.corner_glossary_title())}</h1>
            <p class="lead">{tr(|t| t.corner_glossary_intro())}</p>
            <ContentView res=file render=move |c: Content| {
                let file = c.get::<GlossaryFile>().clone();
                let mut sources: Vec<String> = file.terms.iter().flat_map(|t| t.sources.clone()).collect();
                sources.dedup();
                // Once drawn, go to the term the address names.
                Effect::new(move |_| {
                    let hash = dom::location_hash();
                    if hash.starts_with("term-") {
                        dom::focus_id(&hash);
                    }
                });
                let list = move || {
                    let lang = i18n.lang();
                    let mut terms = file.terms.clone();
                    terms.sort_by_cached_key(|t| normalise(t.term.get(lang), true));
                    terms
                        .into_iter()
                        .map(|t| view! {
                            <dt id=format!("term-{}", t.id) tabindex="-1">{text(&t.term)}</dt>
                            <dd>{text(&t.definition)}</dd>
                        })
                        .collect_view()
                };
                view! {
                    <dl class="glossary">{list}</dl>
                    <SourceList ids=sources/>
                }.into_any()
            }/>
        </div>
    }
}
