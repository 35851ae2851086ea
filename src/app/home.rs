//! The home screen: three large entries, one per section.

use crate::app::i18n::{tr, Pick};
use crate::app::router::Link;
use leptos::prelude::*;

/// One large entry tile.
#[component]
fn Entry(
    href: &'static str,
    class: &'static str,
    icon: &'static str,
    title: Pick,
    text: Pick,
) -> impl IntoView {
    view! {
        <li>
            <Link href=href class=class>
                <span class="entry-icon" aria-hidden="true">{icon}</span>
                <span class="entry-title">{tr(title)}</span>
                <span class="entry-text">{tr(text)}</span>
            </Link>
        </li>
    }
}

#[component]
pub fn Home() -> impl IntoView {
    // A kiosk may offer only some sections (set in /admin).
    let shown = crate::app::settings::settings().sections;
    view! {
        <div class="home">
            <h1 class="home-title">{tr(|t| t.home_title())}</h1>
            <p class="lead">{tr(|t| t.home_intro())}</p>
            <ul class="entries" role="list">
                {shown.contest.then(|| view! {
                    <Entry href="/contest" class="entry entry-contest" icon="?"
                        title=|t| t.home_contest_title() text=|t| t.home_contest_text()/>
                })}
                {shown.exhibit.then(|| view! {
                    <Entry href="/exhibit" class="entry entry-exhibit" icon="⚑"
                        title=|t| t.home_exhibit_title() text=|t| t.home_exhibit_text()/>
                })}
                {shown.corner.then(|| view! {
                    <Entry href="/corner" class="entry entry-corner" icon="☰"
                        title=|t| t.home_corner_title() text=|t| t.home_corner_text()/>
                })}
            </ul>
            <p class="home-footer">
                <Link href="/admin" class="quiet-link">{tr(|t| t.home_admin_link())}</Link>
            </p>
        </div>
    }
}
