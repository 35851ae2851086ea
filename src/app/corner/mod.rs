//! ASEAN Corner section (`/corner…`): browse by topic, member and pillar
//! (this file), the reader, search as you type, the timeline, the map, the
//! glossary, the visitor's bookmarks and history, and the QR hand-off.
//! One download of its own (see `app::pages`).

mod glossary;
mod keyboard;
mod map;
mod nav;
mod qr;
pub(crate) mod reader;
mod search;
mod search_index;
pub mod shelf;
mod timeline;

pub use glossary::GlossaryPage;
pub use map::CornerMap;
pub use qr::QrPage;
pub use reader::Reader;
pub use search::SearchPage;
pub use shelf_page::SavedPage;
pub use timeline::TimelinePage;

mod shelf_page;

use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, trf, use_i18n};
use crate::app::router::{navigate, Link};
use crate::core::content::article::ArticleMeta;
use crate::core::content::{ArticleIndex, MemberNames, Pillar, TopicsFile, MEMBER_CODES};
use crate::core::corner::{recently_updated, Filter};
use crate::core::validate::{ARTICLE_INDEX_FILE, MEMBERS_FILE, TOPICS_FILE};
use leptos::prelude::*;
use nav::CornerNav;

/// The filter the page was opened with (`/corner?topic=history`).
pub(crate) fn filter_from_query() -> Filter {
    Filter::parse(
        dom::query_param("topic").as_deref(),
        dom::query_param("member").as_deref(),
        dom::query_param("pillar").as_deref(),
    )
}

/// A pillar's name in the current language.
pub(crate) fn pillar_name(t: &crate::app::i18n::Strings, p: Pillar) -> &'static str {
    match p {
        Pillar::PoliticalSecurity => t.corner_pillar_political_security(),
        Pillar::Economic => t.corner_pillar_economic(),
        Pillar::SocioCultural => t.corner_pillar_socio_cultural(),
    }
}

/// The member and pillar choices, shared by browse and the timeline.
#[component]
pub(crate) fn FilterSelects(filter: RwSignal<Filter>) -> impl IntoView {
    let names = use_content::<MemberNames>(MEMBERS_FILE);
    let i18n = use_i18n();
    let pillars = Pillar::ALL
        .into_iter()
        .map(|p| {
            view! {
                <option value=p.id() selected=move || filter.with(|f| f.pillar == Some(p))>
                    {move || pillar_name(i18n.t(), p)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="filters">
            <div class="field">
                <label for="filter-member">{tr(|t| t.corner_filter_member())}</label>
                <ContentView res=names render=move |c: Content| {
                    let names = c.get::<MemberNames>().clone();
                    let options = MEMBER_CODES
                        .iter()
                        .map(|code| {
                            let n = names.clone();
                            view! {
                                <option value=*code selected=move || filter.with(|f| f.member.as_deref() == Some(*code))>
                                    {move || n.name(code, i18n.lang())}
                                </option>
                            }
                        })
                        .collect_view();
                    view! {
                        <select id="filter-member" on:change=move |e| {
                            let v = event_target_value(&e);
                            filter.update(|f| f.member = MEMBER_CODES.contains(&v.as_str()).then_some(v));
                        }>
                            <option value="" selected=move || filter.with(|f| f.member.is_none())>{tr(|t| t.corner_filter_all())}</option>
                            {options}
                        </select>
                    }.into_any()
                }/>
            </div>
            <div class="field">
                <label for="filter-pillar">{tr(|t| t.corner_filter_pillar())}</label>
                <select id="filter-pillar" on:change=move |e| {
                    let v = event_target_value(&e);
                    filter.update(|f| f.pillar = Pillar::ALL.into_iter().find(|p| p.id() == v));
                }>
                    <option value="" selected=move || filter.with(|f| f.pillar.is_none())>{tr(|t| t.corner_filter_all())}</option>
                    {pillars}
                </select>
            </div>
        </div>
    }
}

/// A plain list of links to articles (related articles, a member's articles).
pub(crate) fn article_links<'a>(
    articles: impl IntoIterator<Item = &'a ArticleMeta>,
) -> impl IntoView {
    let items = articles
        .into_iter()
        .map(|a| {
            let title = text(&a.title);
            view! { <li><Link href=format!("/corner/{}", a.id)>{title}</Link></li> }
        })
        .collect_view();
    view! { <ul class="related" role="list">{items}</ul> }
}

#[component]
fn ArticleItem(article: ArticleMeta) -> impl IntoView {
    let minutes = article.reading_minutes.to_string();
    view! {
        <li class="article-item" data-id=article.id.clone()>
            <h3><Link href=format!("/corner/{}", article.id)>{text(&article.title)}</Link></h3>
            <p>{text(&article.summary)}</p>
            <p class="muted">{trf(move |t| fill(t.corner_reading_minutes(), &[("n", &minutes)]))}</p>
        </li>
    }
}

/// A search box that opens the search page with what was typed.
#[component]
fn SearchBox() -> impl IntoView {
    let q = RwSignal::new(String::new());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let v = q.get_untracked();
        navigate(&format!(
            "/corner/search?q={}",
            dom::encode_component(v.trim())
        ));
    };
    view! {
        <form role="search" class="search-form" on:submit=submit>
            <input type="search" class="search-input" id="corner-home-q" autocomplete="off"
                enterkeyhint="search"
                aria-label=tr(|t| t.corner_search_label())
                placeholder=tr(|t| t.corner_search_placeholder())
                on:input=move |e| q.set(event_target_value(&e))/>
            <button type="submit" class="btn btn-primary">{tr(|t| t.corner_search_go())}</button>
        </form>
    }
}

#[component]
pub fn CornerHome() -> impl IntoView {
    let topics = use_content::<TopicsFile>(TOPICS_FILE);
    let index = use_content::<ArticleIndex>(ARTICLE_INDEX_FILE);
    let filter = RwSignal::new(filter_from_query());
    let i18n = use_i18n();
    // The address keeps the filter: it can be bookmarked or handed on by QR.
    Effect::new(move |_| dom::replace_url(&format!("/corner{}", filter.with(Filter::query))));
    view! {
        <div class="section corner">
            <CornerNav/>
            <h1>{tr(|t| t.corner_title())}</h1>
            <p class="lead">{tr(|t| t.corner_intro())}</p>
            <SearchBox/>
            <h2>{tr(|t| t.corner_topics_heading())}</h2>
            <ContentView res=topics render=move |c: Content| view! {
                <ul class="topic-tiles" role="list">
                    {c.get::<TopicsFile>().topics.iter().filter(|x| x.tile).map(|topic| {
                        let id = topic.id.clone();
                        let id2 = id.clone();
                        let on = move || filter.with(|f| f.topic.as_deref() == Some(id.as_str()));
                        view! {
                            <li class="topic-tile">
                                <button type="button" class="topic-button" aria-pressed=move || on().to_string()
                                    on:click=move |_| {
                                        let id = id2.clone();
                                        filter.update(|f| f.topic = if f.topic.as_deref() == Some(id.as_str()) { None } else { Some(id) });
                                        dom::focus_id("corner-articles");
                                    }>
                                    <span class="topic-name">{text(&topic.name)}</span>
                                    <span class="topic-description">{text(&topic.description)}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()/>
            <FilterSelects filter/>
            <ContentView res=index render=move |c: Content| {
                let data = c.get::<ArticleIndex>().clone();
                let recent = recently_updated(&data.articles, 3)
                    .into_iter()
                    .map(|a| view! { <ArticleItem article=a.clone()/> })
                    .collect_view();
                let all = data.articles.clone();
                let shown = Memo::new(move |_| {
                    filter.with(|f| all.iter().filter(|a| f.article(a)).cloned().collect::<Vec<_>>())
                });
                view! {
                    {move || filter.with(Filter::is_empty).then(|| view! {
                        <h2>{tr(|t| t.corner_recent_heading())}</h2>
                    })}
                    <ul class="article-list recent" role="list" class:hidden=move || !filter.with(Filter::is_empty)>{recent}</ul>
                    <h2 id="corner-articles" tabindex="-1">{tr(|t| t.corner_articles_heading())}</h2>
                    <p class="muted" role="status">{move || {
                        let n = shown.with(Vec::len).to_string();
                        fill(i18n.t().corner_articles_count(), &[("n", &n)])
                    }}</p>
                    {move || filter.with(|f| !f.is_empty()).then(|| view! {
                        <p><button type="button" class="btn" on:click=move |_| filter.set(Filter::default())>{tr(|t| t.corner_filter_clear())}</button></p>
                    })}
                    <ul class="article-list" role="list">
                        {move || shown.get().into_iter().map(|a| view! { <ArticleItem article=a/> }).collect_view()}
                    </ul>
                }.into_any()
            }/>
        </div>
    }
}
