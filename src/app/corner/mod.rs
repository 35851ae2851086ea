//! ASEAN Corner section (`/corner`): topics and articles, and the reader
//! (`/corner/<id>`).

mod reader;

pub use reader::Reader;

use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{fill, text, tr, trf};
use crate::app::router::Link;
use crate::core::content::article::ArticleMeta;
use crate::core::content::topics::Topic;
use crate::core::content::{ArticleIndex, TopicsFile};
use crate::core::validate::{ARTICLE_INDEX_FILE, TOPICS_FILE};
use leptos::prelude::*;

#[component]
fn TopicTile(topic: Topic) -> impl IntoView {
    view! {
        <li class="topic-tile">
            <h3>{text(&topic.name)}</h3>
            <p>{text(&topic.description)}</p>
        </li>
    }
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

#[component]
pub fn CornerHome() -> impl IntoView {
    let topics = use_content::<TopicsFile>(TOPICS_FILE);
    let index = use_content::<ArticleIndex>(ARTICLE_INDEX_FILE);
    view! {
        <div class="section corner">
            <h1>{tr(|t| t.corner_title())}</h1>
            <p class="lead">{tr(|t| t.corner_intro())}</p>
            <h2>{tr(|t| t.corner_topics_heading())}</h2>
            <ContentView res=topics render=|c: Content| view! {
                <ul class="topic-tiles" role="list">
                    {c.get::<TopicsFile>().topics.iter().filter(|x| x.tile)
                        .map(|topic| view! { <TopicTile topic=topic.clone()/> }).collect_view()}
                </ul>
            }.into_any()/>
            <h2>{tr(|t| t.corner_articles_heading())}</h2>
            <ContentView res=index render=|c: Content| {
                let data = c.get::<ArticleIndex>();
                let n = data.articles.len().to_string();
                view! {
                    <p class="muted">{trf(move |t| fill(t.corner_articles_count(), &[("n", &n)]))}</p>
                    <ul class="article-list" role="list">
                        {data.articles.iter().map(|a| view! { <ArticleItem article=a.clone()/> }).collect_view()}
                    </ul>
                }.into_any()
            }/>
        </div>
    }
}
