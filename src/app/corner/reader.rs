//! The article reader (`/corner/<id>`): the structured article of
//! `content/articles/<id>.json` rendered block by block (never as HTML from
//! the file), with its members, its sources and the date it was updated; a
//! text size the visitor chooses, a bookmark, related articles, a quiz on
//! the topic, and the QR code to carry on reading on a phone.

use super::article_links;
use super::nav::CornerNav;
use super::qr::QrCode;
use super::shelf::{change, use_shelf};
use crate::app::components::source_list::SourceList;
use crate::app::content::{use_content, use_content_file, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, trf, use_i18n};
use crate::app::router::Link;
use crate::core::content::{Article, ArticleIndex, Block, MemberNames};
use crate::core::corner::{quiz_for, related};
use crate::core::quiz::validate::INDEX_FILE as QUIZ_INDEX_FILE;
use crate::core::quiz::PackIndex;
use crate::core::shelf::Saved;
use crate::core::validate::{ARTICLE_INDEX_FILE, MEMBERS_FILE};
use leptos::prelude::*;

/// Text sizes the reader offers, in percent; the choice is remembered.
const SIZES: [u32; 5] = [100, 115, 130, 150, 175];
pub(crate) const SIZE_KEY: &str = "asean-kiosk.text-size";

#[component]
fn BlockView(block: Block) -> impl IntoView {
    match block {
        Block::Heading { text: t } => view! { <h2>{text(&t)}</h2> }.into_any(),
        Block::Paragraph { text: t } => view! { <p>{text(&t)}</p> }.into_any(),
        Block::List { ordered, items } => {
            let items = items
                .iter()
                .map(|i| view! { <li>{text(i)}</li> })
                .collect_view();
            if ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Figure {
            src,
            alt,
            caption,
            credit,
        } => {
            let alt = text(&alt);
            view! {
                <figure class="article-figure">
                    <img src=dom::asset_url(&src) alt=alt loading="lazy" decoding="async"/>
                    <figcaption>
                        {text(&caption)}
                        <span class="muted small credit">" "{trf(move |t| fill(t.corner_figure_credit(), &[("credit", &credit)]))}</span>
                    </figcaption>
                </figure>
            }
            .into_any()
        }
        Block::Quote { text: t, cite } => view! {
            <blockquote>
                <p>{text(&t)}</p>
                <footer>"— "<cite>{text(&cite)}</cite></footer>
            </blockquote>
        }
        .into_any(),
    }
}

/// Links to the member pages of the members the article is about.
#[component]
fn MemberLinks(codes: Vec<String>) -> impl IntoView {
    let names = crate::app::content::use_content::<MemberNames>(MEMBERS_FILE);
    view! {
        <ContentView res=names render=move |c: Content| {
            let i18n = use_i18n();
            let names = c.get::<MemberNames>().clone();
            let links = codes
                .iter()
                .map(|code| {
                    let names = names.clone();
                    let c2 = code.clone();
                    view! {
                        <li><Link href=format!("/exhibit/{code}") class="btn chip">{move || names.name(&c2, i18n.lang())}</Link></li>
                    }
                })
                .collect_view();
            view! {
                <h2>{tr(|t| t.corner_about_members())}</h2>
                <ul class="chips" role="list">{links}</ul>
            }.into_any()
        }/>
    }
}

/// A− / A+: the article's text size, remembered on this device.
#[component]
fn TextSize(step: RwSignal<usize>) -> impl IntoView {
    let set = move |d: isize| {
        let next = step
            .get_untracked()
            .saturating_add_signed(d)
            .min(SIZES.len() - 1);
        step.set(next);
        dom::storage_set(SIZE_KEY, &next.to_string());
    };
    // The visible "A−"/"A+" begin the buttons' names (WCAG 2.5.3), the
    // words for them follow, hidden.
    view! {
        <div class="text-size" role="group" aria-label=tr(|t| t.corner_text_size())>
            <button type="button" class="btn" on:click=move |_| set(-1)
                disabled=move || step.get() == 0>"A−"<span class="visually-hidden">" " {tr(|t| t.corner_text_smaller())}</span></button>
            <span class="text-size-value" aria-live="polite">{move || format!("{} %", SIZES[step.get()])}</span>
            <button type="button" class="btn" on:click=move |_| set(1)
                disabled=move || step.get() + 1 == SIZES.len()>"A+"<span class="visually-hidden">" " {tr(|t| t.corner_text_larger())}</span></button>
        </div>
    }
}

/// Related articles and a quiz on the article's topic.
#[component]
fn ReadOn(id: String, topics: Vec<String>, members: Vec<String>) -> impl IntoView {
    let index = use_content::<ArticleIndex>(ARTICLE_INDEX_FILE);
    let packs = use_content::<PackIndex>(QUIZ_INDEX_FILE);
    let i18n = use_i18n();
    view! {
        <ContentView res=packs render=move |c: Content| {
            let p = c.get::<PackIndex>();
            quiz_for(&p.packs, &topics, &members)
                .map(|pack| {
                    let title = pack.title.clone();
                    view! {
                        <p class="read-on-quiz">
                            <Link href=format!("/contest/practice/{}", pack.id) class="btn btn-primary">
                                {move || fill(i18n.t().corner_quiz_on(), &[("pack", title.get(i18n.lang()))])}
                            </Link>
                        </p>
                    }
                })
                .into_any()
        }/>
        <ContentView res=index render=move |c: Content| {
            let list = related(&c.get::<ArticleIndex>().articles, &id, 4);
            view! {
                <h2>{tr(|t| t.corner_related())}</h2>
                {article_links(list)}
            }.into_any()
        }/>
    }
}

#[component]
pub fn Reader(id: String) -> impl IntoView {
    let article = use_content_file::<Article>(format!("content/articles/{id}.json"));
    let i18n = use_i18n();
    let shelf = use_shelf();
    let step = RwSignal::new(
        dom::storage_get(SIZE_KEY)
            .and_then(|s| s.parse::<usize>().ok())
            .filter(|&s| s < SIZES.len())
            .unwrap_or(0),
    );
    let path = format!("/corner/{id}");
    view! {
        <div class="section corner reader">
            <CornerNav/>
            <ContentView res=article render=move |c: Content| {
                let a = c.get::<Article>().clone();
                let saved = Saved { id: a.id.clone(), title: a.title.clone() };
                // Opening an article puts it at the top of the history.
                change(shelf, |s| s.visit(saved.clone()));
                crate::app::usage::record(crate::app::usage::Event::ArticleOpened(a.id.clone()));
                let minutes = a.reading_minutes.to_string();
                let updated = a.updated;
                let members = a.members.clone();
                let aid = a.id.clone();
                let marked = Memo::new(move |_| shelf.with(|s| s.is_bookmarked(&aid)));
                let toggle = move |_| {
                    let saved = saved.clone();
                    change(shelf, move |s| {
                        s.toggle_bookmark(saved);
                    });
                };
                view! {
                    <div class="reader-tools">
                        <button type="button" class="btn bookmark" aria-pressed=move || marked.get().to_string() on:click=toggle>
                            <span aria-hidden="true">{move || if marked.get() { "★ " } else { "☆ " }}</span>
                            {move || if marked.get() { i18n.t().corner_bookmarked() } else { i18n.t().corner_bookmark() }}
                        </button>
                        <TextSize step/>
                    </div>
                    <article class="article" data-id=a.id.clone() style:font-size=move || format!("{}%", SIZES[step.get()])>
                        <h1>{text(&a.title)}</h1>
                        <p class="lead">{text(&a.summary)}</p>
                        <p class="muted small">
                            {trf(move |t| fill(t.corner_reading_minutes(), &[("n", &minutes)]))}
                            " · "
                            {trf(move |t| fill(t.corner_updated(), &[("date", &updated.long(i18n.lang()))]))}
                        </p>
                        {a.body.iter().map(|b| view! { <BlockView block=b.clone()/> }).collect_view()}
                    </article>
                    {(!members.is_empty()).then(|| view! { <MemberLinks codes=members.clone()/> })}
                    <ReadOn id=a.id.clone() topics=a.topics.clone() members/>
                    <SourceList ids=a.sources.clone()/>
                }.into_any()
            }/>
            <details class="qr-handoff">
                <summary>{tr(|t| t.app_qr_link())}</summary>
                <p>{tr(|t| t.corner_qr_intro())}</p>
                <QrCode path=path/>
            </details>
            <p><Link href="/corner" class="btn">{tr(|t| t.corner_back_to_corner())}</Link></p>
        </div>
    }
}
