//! The anthem's lyrics, line by line: the official English words with the
//! Vietnamese translation of each, the line being sung marked (and, in the
//! sing-along view, kept in sight).

use crate::core::content::anthem::Line;
use leptos::prelude::*;

#[component]
pub fn Lyrics(
    lines: Vec<Line>,
    /// The line being sung, if a timed recording plays.
    #[prop(into)]
    current: Signal<Option<usize>>,
    #[prop(into)] sing_along: Signal<bool>,
) -> impl IntoView {
    let list = NodeRef::<leptos::html::Ol>::new();
    // Keep the sung line in view on a big screen (no smooth scrolling: it
    // would move the page on its own for people who asked for less motion).
    Effect::new(move |_| {
        let (Some(i), true) = (current.get(), sing_along.get()) else {
            return;
        };
        if let Some(li) = list.get().and_then(|ol| ol.children().item(i as u32)) {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            li.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    });
    view! {
        <ol class="lyrics" class:sing-along=move || sing_along.get() node_ref=list>
            {lines
                .into_iter()
                .enumerate()
                .map(|(i, l)| {
                    let is_current = move || current.get() == Some(i);
                    view! {
                        <li class="lyric" class:current=is_current
                            aria-current=move || is_current().then_some("true") data-line=i>
                            <span class="lyric-en" lang="en">{l.en}</span>
                            <span class="lyric-vi" lang="vi">{l.vi}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
