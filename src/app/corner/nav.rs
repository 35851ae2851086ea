//! The Corner's own menu, at the top of each of its pages: browse, search,
//! timeline, map, glossary, saved. The current page is marked for assistive
//! technology (`aria-current`, set by `Link`).

use crate::app::i18n::tr;
use crate::app::router::Link;
use leptos::prelude::*;

#[component]
pub fn CornerNav() -> impl IntoView {
    view! {
        <nav class="corner-nav" aria-label=tr(|t| t.corner_nav())>
            <ul role="list">
                <li><Link href="/corner" class="btn">{tr(|t| t.corner_nav_browse())}</Link></li>
                <li><Link href="/corner/search" class="btn">{tr(|t| t.corner_nav_search())}</Link></li>
                <li><Link href="/corner/timeline" class="btn">{tr(|t| t.corner_nav_timeline())}</Link></li>
                <li><Link href="/corner/map" class="btn">{tr(|t| t.corner_nav_map())}</Link></li>
                <li><Link href="/corner/glossary" class="btn">{tr(|t| t.corner_nav_glossary())}</Link></li>
                <li><Link href="/corner/saved" class="btn">{tr(|t| t.corner_nav_saved())}</Link></li>
            </ul>
        </nav>
    }
}
