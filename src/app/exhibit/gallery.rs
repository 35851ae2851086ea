//! The flag gallery (`/exhibit`): the ASEAN flag and the eleven member
//! flags, sorted by name, by joining date or placed on a map; each flag
//! links to its page. Links to the symbols, the anthem, the ceremony and a
//! flags challenge.

use super::flag::FlagImage;
use super::gallery_map::GalleryMap;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, trf, use_i18n, Pick};
use crate::app::router::Link;
use crate::core::content::{Member, MembersFile};
use crate::core::exhibit::{ordered, GalleryOrder};
use crate::core::validate::MEMBERS_FILE;
use leptos::prelude::*;

/// The chosen order is kept for the next visit to the gallery.
pub(crate) const ORDER_KEY: &str = "asean-kiosk.exhibit.order";

fn order_name(o: GalleryOrder) -> Pick {
    match o {
        GalleryOrder::Name => |t| t.exhibit_order_name(),
        GalleryOrder::Joined => |t| t.exhibit_order_joined(),
        GalleryOrder::Map => |t| t.exhibit_order_map(),
    }
}

#[component]
fn FlagCard(member: Member, show_joined: bool) -> impl IntoView {
    let i18n = use_i18n();
    let label = Signal::derive(text(&member.name));
    let joined = member.joined;
    // The flag is part of the link, whose name is its visible text (the
    // country first, then its capital): the picture needs no second name,
    // and a name other than the text would not match what a speech-input
    // user reads on it (WCAG 2.5.3).
    view! {
        <li class="flag-card" data-code=member.code.clone()>
            <Link href=format!("/exhibit/{}", member.code) class="flag-link">
                <FlagImage src=member.flag.file.clone() ratio=member.flag.ratio.clone() alt=String::new()/>
                <span class="flag-name">{move || label.get()}</span>
                <span class="muted small">
                    {text(&member.capital)}
                    {show_joined.then(|| view! {
                        " · "
                        <span class="joined">{move || joined.long(i18n.lang())}</span>
                    })}
                </span>
            </Link>
        </li>
    }
}

/// The ASEAN flag, first in every order; it leads to the symbols page.
#[component]
fn AseanCard() -> impl IntoView {
    let name = tr(|t| t.exhibit_asean_flag_name());
    view! {
        <li class="flag-card asean-card" data-code="asean">
            <Link href="/exhibit/asean" class="flag-link">
                <FlagImage src="flags/asean.svg".to_string() ratio="2:3".to_string() alt=String::new()/>
                <span class="flag-name">{name}</span>
                <span class="muted small">{tr(|t| t.exhibit_asean_flag_hint())}</span>
            </Link>
        </li>
    }
}

#[component]
pub fn Gallery() -> impl IntoView {
    let i18n = use_i18n();
    let members = use_content::<MembersFile>(MEMBERS_FILE);
    let order = RwSignal::new(
        dom::storage_get(ORDER_KEY)
            .and_then(|s| GalleryOrder::parse(&s))
            .unwrap_or_default(),
    );
    let choose = move |o: GalleryOrder| {
        order.set(o);
        dom::storage_set(ORDER_KEY, o.id());
    };
    view! {
        <div class="section exhibit">
            <div class="exhibit-hero">
            <div>
            <h1>{tr(|t| t.exhibit_title())}</h1>
            <p class="lead">{tr(|t| t.exhibit_intro())}</p>
            <ul class="exhibit-links" role="list">
                <li><Link href="/exhibit/asean" class="btn">{tr(|t| t.exhibit_symbols_link())}</Link></li>
                <li><Link href="/exhibit/anthem" class="btn">{tr(|t| t.exhibit_anthem_link())}</Link></li>
                <li><Link href="/exhibit/ceremony" class="btn">{tr(|t| t.exhibit_ceremony_link())}</Link></li>
                <li><Link href="/contest/challenge/flags" class="btn btn-primary test-yourself">{tr(|t| t.exhibit_test_yourself())}</Link></li>
            </ul>
            </div>
            // Outside the members' file: shown even when that file is broken.
            <ul class="flag-grid asean-row" role="list"><AseanCard/></ul>
            </div>
            <div class="gallery-order" role="group" aria-label=tr(|t| t.exhibit_order_label())>
                <span class="label" aria-hidden="true">{tr(|t| t.exhibit_order_label())}</span>
                {GalleryOrder::ALL
                    .into_iter()
                    .map(|o| view! {
                        <button
                            type="button"
                            class="btn chip"
                            data-order=o.id()
                            aria-pressed=move || (order.get() == o).to_string()
                            on:click=move |_| choose(o)
                        >
                            {tr(order_name(o))}
                        </button>
                    })
                    .collect_view()}
            </div>
            <ContentView res=members render=move |c: Content| {
                let data = c.get::<MembersFile>().clone();
                let n = (data.members.len() + 1).to_string();
                view! {
                    <h2 class="visually-hidden">{trf(move |t| fill(t.exhibit_flags_count(), &[("n", &n)]))}</h2>
                    {move || {
                        let o = order.get();
                        if o == GalleryOrder::Map {
                            view! { <GalleryMap members=data.members.clone()/> }.into_any()
                        } else {
                            let lang = i18n.lang();
                            let cards = ordered(&data.members, o, lang)
                                .into_iter()
                                .map(|m| view! { <FlagCard member=m.clone() show_joined=o == GalleryOrder::Joined/> })
                                .collect_view();
                            view! {
                                <ul class="flag-grid" role="list" data-order=o.id()>{cards}</ul>
                            }.into_any()
                        }
                    }}
                }.into_any()
            }/>
        </div>
    }
}
