//! Contests section (`/contest`): the pack picker, solo play in three modes
//! (`/contest/<mode>/<pack>`) and the results kept on this device
//! (`/contest/results`).

mod certificate;
mod csv;
mod exam_nav;
mod feedback;
mod history;
mod leaderboard;
pub mod load;
mod play;
mod playing;
pub mod question;
mod results;
mod start;
pub mod store;

pub use history::History;
pub use play::Play;

use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{fill, text, tr, trf, use_i18n, Pick};
use crate::app::router::{mode_segment, Link};
use crate::core::content::TopicsFile;
use crate::core::lang::Lang;
use crate::core::quiz::contest::Mode;
use crate::core::quiz::pack::PackMeta;
use crate::core::quiz::validate::INDEX_FILE;
use crate::core::quiz::{Level, PackIndex};
use crate::core::validate::TOPICS_FILE;
use leptos::prelude::*;
use start::mode_name;

fn level_name(level: Level) -> Pick {
    match level {
        Level::Primary => |t| t.contest_level_primary(),
        Level::Secondary => |t| t.contest_level_secondary(),
        Level::Adult => |t| t.contest_level_adult(),
    }
}

const MODES: [Mode; 3] = [Mode::Practice, Mode::Challenge, Mode::Exam];

/// The three ways to play a pack, as links.
#[component]
fn ModeLinks(id: String, #[prop(into)] title: Signal<String>) -> impl IntoView {
    view! {
        <div class="mode-links">
            {MODES
                .into_iter()
                .map(|m| {
                    let href = format!("/contest/{}/{}", mode_segment(m), id);
                    let class = if m == Mode::Practice { "btn btn-primary" } else { "btn" };
                    // "Practice: Flags of ASEAN" for screen readers; "Practice" on screen.
                    view! {
                        <Link href class>
                            <span>{tr(mode_name(m))}</span>
                            <span class="visually-hidden">": " {move || title.get()}</span>
                        </Link>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn PackCard(
    pack: PackMeta,
    /// A teacher's pack of this device: marked, and editable.
    #[prop(optional)]
    mine: bool,
) -> impl IntoView {
    let n = pack.question_count.to_string();
    let title = text(&pack.title);
    let edit = format!("/contest/editor/{}", pack.id);
    view! {
        <li class="pack-card" class:mine=mine data-pack=pack.id.clone()>
            {mine.then(|| view! { <p class="badge">{tr(|t| t.editor_badge())}</p> })}
            <h3>{title.clone()}</h3>
            <p>{text(&pack.description)}</p>
            <p class="muted">
                <span class="level">{tr(level_name(pack.level))}</span>
                " · "
                <span class="count">{trf(move |t| fill(t.contest_question_count(), &[("n", &n)]))}</span>
            </p>
            <ModeLinks id=pack.id.clone() title=Signal::derive(title)/>
            {mine.then(|| view! { <p><Link href=edit class="quiet-link">{tr(|t| t.editor_edit())}</Link></p> })}
        </li>
    }
}

/// The teacher's packs of this device, marked, before the bundled ones.
#[component]
fn MyPacksSection() -> impl IntoView {
    let mine = LocalResource::new(crate::app::my_packs::list_meta);
    view! {
        <section class="card my-packs-card" aria-labelledby="my-packs-h">
            <h2 id="my-packs-h">{tr(|t| t.contest_my_packs())}</h2>
            <p>{tr(|t| t.contest_my_packs_text())}</p>
            <p><Link href="/contest/editor" class="btn btn-primary">{tr(|t| t.contest_my_packs_open())}</Link></p>
            <ul class="pack-list" role="list">
                {move || {
                    mine.get()
                        .and_then(Result::ok)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|p| view! { <PackCard pack=p mine=true/> })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// "Resume your game" when one is unfinished on this device.
#[component]
fn ResumeBanner() -> impl IntoView {
    let active = store::active().filter(|a| !a.recorded);
    active.map(|a| {
        let href = format!("/contest/{}", a.route);
        view! {
            <aside class="card resume" aria-labelledby="resume-banner-h">
                <h2 id="resume-banner-h">{tr(|t| t.contest_resume_title())}</h2>
                <p>{text(&a.title)}</p>
                <Link href class="btn btn-primary">{tr(|t| t.contest_resume())}</Link>
            </aside>
        }
    })
}

#[component]
pub fn ContestHome() -> impl IntoView {
    let index = use_content::<PackIndex>(INDEX_FILE);
    let topics = use_content::<TopicsFile>(TOPICS_FILE);
    // None = all.
    let level = RwSignal::new(None::<Level>);
    let topic = RwSignal::new(None::<String>);
    let language = RwSignal::new(None::<Lang>);
    let choices: [(Option<Level>, Pick); 4] = [
        (None, |t| t.contest_all_levels()),
        (Some(Level::Primary), |t| t.contest_level_primary()),
        (Some(Level::Secondary), |t| t.contest_level_secondary()),
        (Some(Level::Adult), |t| t.contest_level_adult()),
    ];
    view! {
        <div class="section contest">
            <h1>{tr(|t| t.contest_title())}</h1>
            <p class="lead">{tr(|t| t.contest_intro())}</p>
            <ResumeBanner/>
            <section class="card mix" aria-labelledby="mix-h">
                <h2 id="mix-h">{tr(|t| t.contest_mix_title())}</h2>
                <p>{tr(|t| t.contest_mix_text())}</p>
                <ModeLinks id=load::MIX.to_string() title=Signal::derive(tr(|t| t.contest_mix_title()))/>
            </section>
            <section class="card host-card" aria-labelledby="host-h">
                <h2 id="host-h">{tr(|t| t.contest_host_title())}</h2>
                <p>{tr(|t| t.contest_host_text())}</p>
                <div class="mode-links">
                    <Link href="/contest/host" class="btn btn-primary">{tr(|t| t.host_teams_title())}</Link>
                    <Link href="/contest/golden-bell" class="btn btn-primary">{tr(|t| t.host_bell_title())}</Link>
                    <Link href="/contest/olympia" class="btn btn-primary">{tr(|t| t.host_olympia_title())}</Link>
                </div>
            </section>
            <MyPacksSection/>
            <p>
                <Link href="/contest/results" class="quiet-link">{tr(|t| t.contest_all_results())}</Link>
            </p>
            <h2>{tr(|t| t.contest_packs_heading())}</h2>
            <div class="filter" role="group" aria-label=tr(|t| t.contest_filter_label())>
                {choices
                    .into_iter()
                    .map(|(value, label)| {
                        view! {
                            <button
                                type="button"
                                class="btn chip"
                                aria-pressed=move || (level.get() == value).to_string()
                                on:click=move |_| level.set(value)
                            >
                                {tr(label)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div class="filter-row">
                <div class="field">
                    <label for="topic-filter">{tr(|t| t.contest_filter_topic())}</label>
                    <select
                        id="topic-filter"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            topic.set((!v.is_empty()).then_some(v));
                        }
                    >
                        <option value="">{tr(|t| t.contest_all_topics())}</option>
                        <ContentView res=topics render=move |c: Content| {
                            let f = c.get::<TopicsFile>();
                            f.topics
                                .iter()
                                .map(|t| view! { <option value=t.id.clone()>{text(&t.name)}</option> })
                                .collect_view()
                                .into_any()
                        }/>
                    </select>
                </div>
                <div class="field">
                    <label for="lang-filter">{tr(|t| t.contest_filter_language())}</label>
                    <select
                        id="lang-filter"
                        on:change=move |ev| language.set(Lang::parse(&event_target_value(&ev)))
                    >
                        <option value="">{tr(|t| t.contest_all_languages())}</option>
                        <option value="vi" lang="vi">"Tiếng Việt"</option>
                        <option value="en" lang="en">"English"</option>
                    </select>
                </div>
            </div>
            <ContentView res=index render=move |c: Content| {
                let data = c.get::<PackIndex>();
                let packs = data.packs.clone();
                let total: usize = packs.iter().map(|p| p.question_count).sum();
                let (np, nq) = (packs.len().to_string(), total.to_string());
                let i18n = use_i18n();
                let shown = Memo::new(move |_| {
                    let (want_level, want_topic, want_lang) = (level.get(), topic.get(), language.get());
                    packs
                        .iter()
                        .filter(|p| want_level.is_none_or(|l| p.level == l))
                        .filter(|p| want_topic.as_ref().is_none_or(|t| p.topics.contains(t)))
                        .filter(|p| want_lang.is_none_or(|l| p.languages.contains(&l)))
                        .cloned()
                        .collect::<Vec<_>>()
                });
                view! {
                    <p class="muted">
                        {trf(move |t| fill(t.contest_packs_summary(), &[("packs", &np), ("questions", &nq)]))}
                    </p>
                    <p class="muted" role="status">
                        {move || {
                            let n = shown.with(Vec::len);
                            fill(i18n.t().contest_packs_shown(), &[("n", &n.to_string())])
                        }}
                    </p>
                    <ul class="pack-list" role="list">
                        {move || {
                            shown
                                .get()
                                .into_iter()
                                .map(|p| view! { <PackCard pack=p/> })
                                .collect_view()
                        }}
                    </ul>
                }
                .into_any()
            }/>
        </div>
    }
}
