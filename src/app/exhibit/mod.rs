//! Flags & Anthem section (`/exhibit`): the flags of ASEAN and its members.

use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{fill, text, tr, trf, use_i18n};
use crate::core::content::{Member, MembersFile};
use crate::core::validate::MEMBERS_FILE;
use leptos::prelude::*;

#[component]
fn FlagCard(member: Member) -> impl IntoView {
    let i18n = use_i18n();
    let name = member.name.clone();
    let alt = move || {
        fill(
            i18n.t().exhibit_flag_of(),
            &[("name", name.get(i18n.lang()))],
        )
    };
    view! {
        <li class="flag-card" data-code=member.code.clone()>
            <img class="flag" src=member.flag.file.clone() alt=alt/>
            <h3>{text(&member.name)}</h3>
            <p>
                <span class="label">{tr(|t| t.exhibit_capital())}": "</span>
                {text(&member.capital)}
            </p>
        </li>
    }
}

#[component]
pub fn ExhibitHome() -> impl IntoView {
    let members = use_content::<MembersFile>(MEMBERS_FILE);
    view! {
        <div class="section exhibit">
            <h1>{tr(|t| t.exhibit_title())}</h1>
            <p class="lead">{tr(|t| t.exhibit_intro())}</p>
            <figure class="asean-flag">
                <img class="flag" src="flags/asean.svg" alt=tr(|t| t.exhibit_asean_flag())/>
                <figcaption>{tr(|t| t.exhibit_asean_flag())}</figcaption>
            </figure>
            <h2>{tr(|t| t.exhibit_members_heading())}</h2>
            <ContentView res=members render=|c: Content| {
                let data = c.get::<MembersFile>();
                let n = data.members.len().to_string();
                view! {
                    <p class="visually-hidden">{trf(move |t| fill(t.home_members_count(), &[("n", &n)]))}</p>
                    <ul class="flag-grid" role="list">
                        {data.members.iter().map(|m| view! { <FlagCard member=m.clone()/> }).collect_view()}
                    </ul>
                }.into_any()
            }/>
        </div>
    }
}
