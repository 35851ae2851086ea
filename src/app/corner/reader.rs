//! The article reader (`/corner/<id>`): the structured article of
//! `content/articles/<id>.json` rendered block by block (never as HTML from
//! the file), with its members, its sources and the date it was updated.

use crate::app::components::source_list::SourceList;
use crate::app::content::{use_content_file, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, trf, use_i18n};
use crate::app::router::Link;
use crate::core::content::{Article, Block, MemberNames};
use crate::core::validate::MEMBERS_FILE;
use leptos::prelude::*;

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

#[component]
pub fn Reader(id: String) -> impl IntoView {
    let article = use_content_file::<Article>(format!("content/articles/{id}.json"));
    let i18n = use_i18n();
    view! {
        <div class="section corner reader">
            <ContentView res=article render=move |c: Content| {
                let a = c.get::<Article>().clone();
                let minutes = a.reading_minutes.to_string();
                let updated = a.updated;
                let members = a.members.clone();
                view! {
                    <article class="article" data-id=a.id.clone()>
                        <h1>{text(&a.title)}</h1>
                        <p class="lead">{text(&a.summary)}</p>
                        <p class="muted small">
                            {trf(move |t| fill(t.corner_reading_minutes(), &[("n", &minutes)]))}
                            " · "
                            {trf(move |t| fill(t.corner_updated(), &[("date", &updated.long(i18n.lang()))]))}
                        </p>
                        {a.body.iter().map(|b| view! { <BlockView block=b.clone()/> }).collect_view()}
                    </article>
                    {(!members.is_empty()).then(|| view! { <MemberLinks codes=members/> })}
                    <SourceList ids=a.sources.clone()/>
                }.into_any()
            }/>
            <p><Link href="/corner" class="btn">{tr(|t| t.corner_back_to_corner())}</Link></p>
        </div>
    }
}
