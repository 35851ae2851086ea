//! Contests section (`/contest`). The quiz engine, packs and modes arrive
//! with their own issues; until then this page says so plainly.

use crate::app::i18n::tr;
use crate::app::router::Link;
use leptos::prelude::*;

#[component]
pub fn ContestHome() -> impl IntoView {
    view! {
        <div class="section contest">
            <h1>{tr(|t| t.contest_title)}</h1>
            <p class="lead">{tr(|t| t.contest_intro)}</p>
            <p class="notice" role="note">{tr(|t| t.contest_coming)}</p>
            <p class="actions">
                <Link href="/exhibit" class="btn btn-primary">{tr(|t| t.home_exhibit_title)}</Link>
                <Link href="/corner" class="btn">{tr(|t| t.home_corner_title)}</Link>
            </p>
        </div>
    }
}
