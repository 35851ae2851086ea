//! The Corner's map (`/corner/map`): Southeast Asia with the eleven members.
//! Each member is a button on the map (a list, in ASEAN's order, for the
//! keyboard and screen readers; the outlines answer a click or touch too);
//! choosing one shows its capital, its page in the exhibit, the articles
//! about it and its events on the timeline.

use super::article_links;
use super::nav::CornerNav;
use crate::app::components::on_map::{MapFrame, OnMap};
use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::app::router::Link;
use crate::core::content::{ArticleIndex, MapFile, MembersFile, MEMBER_CODES};
use crate::core::exhibit::map_boxes;
use crate::core::validate::{ARTICLE_INDEX_FILE, MAP_FILE, MEMBERS_FILE};
use leptos::prelude::*;

/// The room a name button takes, in map units (the map is 1000 wide).
const BOX: (f64, f64) = (170.0, 48.0);

/// What the map says about the chosen member.
#[component]
fn MemberPanel(code: String, members: MembersFile) -> impl IntoView {
    let index = use_content::<ArticleIndex>(ARTICLE_INDEX_FILE);
    let i18n = use_i18n();
    let Some(m) = members.get(&code).cloned() else {
        return ().into_any();
    };
    let name = m.name.clone();
    let capital = m.capital.clone();
    let about = code.clone();
    view! {
        <section class="card map-panel" id="map-panel" aria-live="polite" data-code=code.clone()>
            <h2>{text(&m.name)}</h2>
            <p>{move || fill(i18n.t().corner_map_capital(), &[("capital", capital.get(i18n.lang()))])}</p>
            <p class="actions">
                <Link href=format!("/exhibit/{code}") class="btn btn-primary">
                    {move || fill(i18n.t().corner_map_member_page(), &[("name", name.get(i18n.lang()))])}
                </Link>
                <Link href=format!("/corner/timeline?member={code}") class="btn">{tr(|t| t.corner_map_events())}</Link>
            </p>
            <ContentView res=index render=move |c: Content| {
                let articles = &c.get::<ArticleIndex>().articles;
                view! {
                    <h3>{tr(|t| t.corner_map_articles())}</h3>
                    {article_links(articles.iter().filter(|a| a.members.contains(&about)))}
                }.into_any()
            }/>
        </section>
    }
    .into_any()
}

#[component]
pub fn CornerMap() -> impl IntoView {
    let map = use_content::<MapFile>(MAP_FILE);
    let members = use_content::<MembersFile>(MEMBERS_FILE);
    let chosen =
        RwSignal::new(dom::query_param("member").filter(|c| MEMBER_CODES.contains(&c.as_str())));
    Effect::new(move |_| {
        dom::replace_url(&match chosen.get() {
            Some(c) => format!("/corner/map?member={c}"),
            None => "/corner/map".into(),
        })
    });
    view! {
        <div class="section corner map-page">
            <CornerNav/>
            <h1>{tr(|t| t.corner_map_title())}</h1>
            <p class="lead">{tr(|t| t.corner_map_intro())}</p>
            <ContentView res=members render=move |mc: Content| {
                let members = mc.get::<MembersFile>().clone();
                let panel_members = members.clone();
                view! {
                    <div class="map-layout">
                    <ContentView res=map render=move |c: Content| {
                        let m = c.get::<MapFile>();
                        let outlines = m.members.iter().map(|o| {
                            let code = o.code.clone();
                            let code2 = o.code.clone();
                            let dot = o.dot.map(|[cx, cy, r]| {
                                let code = o.code.clone();
                                view! { <circle class="map-dot" cx=cx cy=cy r=r on:click=move |_| chosen.set(Some(code.clone()))></circle> }
                            });
                            view! {
                                <path class="map-land" class:chosen=move || chosen.with(|c| c.as_deref() == Some(code2.as_str()))
                                    d=o.d.clone() on:click=move |_| chosen.set(Some(code.clone()))></path>
                                {dot}
                            }
                        }).collect_view();
                        // ASEAN's order: the keyboard's order too.
                        let buttons = map_boxes(m, &MEMBER_CODES, BOX).into_iter().map(|b| {
                            let name = members.get(&b.code).map(|mm| mm.name.clone()).unwrap_or_default();
                            let c1 = b.code.clone();
                            let c2 = b.code.clone();
                            view! {
                                <OnMap at=b class="map-name">
                                    <button type="button" class="map-name-button"
                                        aria-pressed=move || chosen.with(|c| c.as_deref() == Some(c1.as_str())).to_string()
                                        on:click=move |_| chosen.set(Some(c2.clone()))>{text(&name)}</button>
                                </OnMap>
                            }
                        }).collect_view();
                        view! {
                            <MapFrame view_box=m.view_box credit=m.credit.clone() class="gallery-map corner-map" list_class="map-names"
                                label=Signal::derive(move || tr(|t| t.corner_map_label())().to_string())
                                drawing=outlines.into_any() items=buttons.into_any()/>
                        }.into_any()
                    }/>
                    {move || chosen.get().map(|code| view! { <MemberPanel code members=panel_members.clone()/> })}
                    </div>
                }.into_any()
            }/>
        </div>
    }
}
