//! The timeline (`/corner/timeline`): ASEAN from 1967 to today, filtered by
//! pillar and member; each event opens its detail
//! (`/corner/timeline/<id>`), where ← → and a swipe move to the previous or
//! next event of the filtered list.

use super::nav::CornerNav;
use super::{filter_from_query, FilterSelects};
use crate::app::components::source_list::SourceList;
use crate::app::components::swipe::Swipe;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::app::router::{navigate_in, use_location, Link};
use crate::core::content::timeline::Event;
use crate::core::content::{MemberNames, TimelineFile};
use crate::core::corner::Filter;
use crate::core::validate::{MEMBERS_FILE, TIMELINE_FILE};
use leptos::prelude::*;

fn event_path(id: &str, filter: &Filter) -> String {
    format!("/corner/timeline/{id}{}", filter.query())
}

/// One event in full, with its members, sources and the way to its neighbours.
#[component]
fn EventDetail(
    event: Event,
    prev: Option<String>,
    next: Option<String>,
    filter: RwSignal<Filter>,
) -> impl IntoView {
    let i18n = use_i18n();
    let loc = use_location();
    let names = use_content::<MemberNames>(MEMBERS_FILE);
    let go = move |to: Option<String>| {
        if let Some(id) = to {
            navigate_in(loc, &event_path(&id, &filter.get_untracked()));
        }
    };
    // The chosen event is where reading continues (after the route changed).
    Effect::new(move |_| dom::focus_id("event-detail"));
    let (p1, n1) = (prev.clone(), next.clone());
    let date = event.date;
    let members = event.members.clone();
    view! {
        <Swipe on_prev=Callback::new(move |_| go(p1.clone())) on_next=Callback::new(move |_| go(n1.clone()))>
            <section class="card event-detail" id="event-detail" tabindex="-1" aria-labelledby="event-title" data-id=event.id.clone()>
                <p class="event-date">{move || date.long(i18n.lang())}</p>
                <h2 id="event-title">{text(&event.title)}</h2>
                <p>{text(&event.text)}</p>
                {(!members.is_empty()).then(|| view! {
                    <ContentView res=names render=move |c: Content| {
                        let names = c.get::<MemberNames>().clone();
                        members.iter().map(|code| {
                            let n = names.clone();
                            let c2 = code.clone();
                            view! { <Link href=format!("/exhibit/{code}") class="btn chip">{move || n.name(&c2, i18n.lang())}</Link>" " }
                        }).collect_view().into_any()
                    }/>
                })}
                <SourceList ids=event.sources.clone()/>
                <nav class="event-nav" aria-label=tr(|t| t.corner_timeline_event_nav())>
                    {prev.map(|id| view! { <Link href=event_path(&id, &filter.get_untracked()) class="btn">"← "{tr(|t| t.corner_timeline_prev())}</Link> })}
                    <Link href=format!("/corner/timeline{}", filter.get_untracked().query()) class="btn">{tr(|t| t.corner_timeline_all())}</Link>
                    {next.map(|id| view! { <Link href=event_path(&id, &filter.get_untracked()) class="btn">{tr(|t| t.corner_timeline_next())}" →"</Link> })}
                </nav>
            </section>
        </Swipe>
    }
}

#[component]
pub fn TimelinePage(event: Option<String>) -> impl IntoView {
    let file = use_content::<TimelineFile>(TIMELINE_FILE);
    let filter = RwSignal::new(filter_from_query());
    let i18n = use_i18n();
    let selected = event.clone();
    Effect::new(move |_| {
        let q = filter.with(Filter::query);
        let path = match &selected {
            Some(id) => format!("/corner/timeline/{id}{q}"),
            None => format!("/corner/timeline{q}"),
        };
        dom::replace_url(&path);
    });
    view! {
        <div class="section corner timeline-page">
            <CornerNav/>
            <h1>{tr(|t| t.corner_timeline_title())}</h1>
            <p class="lead">{tr(|t| t.corner_timeline_intro())}</p>
            <FilterSelects filter/>
            <ContentView res=file render=move |c: Content| {
                let events = c.get::<TimelineFile>().events.clone();
                let selected = event.clone();
                let view_of = move || {
                    let shown: Vec<Event> = filter.with(|f| events.iter().filter(|e| f.event(e)).cloned().collect());
                    let detail = selected.as_ref().and_then(|id| {
                        // The selected event, even if the filter hides it.
                        let all_pos = events.iter().position(|e| &e.id == id)?;
                        let pos = shown.iter().position(|e| &e.id == id);
                        let prev = pos.and_then(|p| p.checked_sub(1)).map(|p| shown[p].id.clone());
                        let next = pos.and_then(|p| shown.get(p + 1)).map(|e| e.id.clone());
                        Some(view! { <EventDetail event=events[all_pos].clone() prev next filter/> })
                    });
                    let missing = selected.as_ref().is_some_and(|id| !events.iter().any(|e| &e.id == id));
                    let n = shown.len().to_string();
                    let items = shown
                        .iter()
                        .map(|e| {
                            let date = e.date;
                            let current = selected.as_deref() == Some(e.id.as_str());
                            let title = text(&e.title);
                            view! {
                                <li class="timeline-item" class:current=current data-id=e.id.clone()>
                                    <span class="timeline-date">{move || date.long(i18n.lang())}</span>
                                    <Link href=event_path(&e.id, &filter.get_untracked())>{title}</Link>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        {missing.then(|| view! { <p role="alert">{tr(|t| t.corner_timeline_no_event())}</p> })}
                        {detail}
                        <p class="muted" role="status">{move || fill(i18n.t().corner_timeline_count(), &[("n", &n)])}</p>
                        <ol class="timeline" role="list">{items}</ol>
                    }
                };
                view_of.into_any()
            }/>
        </div>
    }
}
