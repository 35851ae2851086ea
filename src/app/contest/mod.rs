//! Contests section (`/contest`): the question packs, filterable by level.
//! Playing them (practice, challenge, exam, hosting) comes with the contest
//! engine; until then the page lists what is there and says what is next.

use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{fill, text, tr, trf, Pick};
use crate::core::quiz::pack::PackMeta;
use crate::core::quiz::validate::INDEX_FILE;
use crate::core::quiz::{Level, PackIndex};
use leptos::prelude::*;

fn level_name(level: Level) -> Pick {
    match level {
        Level::Primary => |t| t.contest_level_primary,
        Level::Secondary => |t| t.contest_level_secondary,
        Level::Adult => |t| t.contest_level_adult,
    }
}

#[component]
fn PackCard(pack: PackMeta) -> impl IntoView {
    let n = pack.question_count.to_string();
    view! {
        <li class="pack-card" data-pack=pack.id.clone()>
            <h3>{text(&pack.title)}</h3>
            <p>{text(&pack.description)}</p>
            <p class="muted">
                <span class="level">{tr(level_name(pack.level))}</span>
                " · "
                <span class="count">{trf(move |t| fill(t.contest_question_count, &[("n", &n)]))}</span>
            </p>
        </li>
    }
}

#[component]
pub fn ContestHome() -> impl IntoView {
    let index = use_content::<PackIndex>(INDEX_FILE);
    // None = all levels.
    let level = RwSignal::new(None::<Level>);
    let choices: [(Option<Level>, Pick); 4] = [
        (None, |t| t.contest_all_levels),
        (Some(Level::Primary), |t| t.contest_level_primary),
        (Some(Level::Secondary), |t| t.contest_level_secondary),
        (Some(Level::Adult), |t| t.contest_level_adult),
    ];
    view! {
        <div class="section contest">
            <h1>{tr(|t| t.contest_title)}</h1>
            <p class="lead">{tr(|t| t.contest_intro)}</p>
            <p class="notice" role="note">{tr(|t| t.contest_coming)}</p>
            <h2>{tr(|t| t.contest_packs_heading)}</h2>
            <div class="filter" role="group" aria-label=tr(|t| t.contest_filter_label)>
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
            <ContentView res=index render=move |c: Content| {
                let data = c.get::<PackIndex>();
                let packs = data.packs.clone();
                let total: usize = packs.iter().map(|p| p.question_count).sum();
                let (np, nq) = (packs.len().to_string(), total.to_string());
                view! {
                    <p class="muted">
                        {trf(move |t| fill(t.contest_packs_summary, &[("packs", &np), ("questions", &nq)]))}
                    </p>
                    <ul class="pack-list" role="list">
                        {move || {
                            let want = level.get();
                            packs
                                .iter()
                                .filter(|p| want.is_none_or(|l| p.level == l))
                                .map(|p| view! { <PackCard pack=p.clone()/> })
                                .collect_view()
                        }}
                    </ul>
                }
                .into_any()
            }/>
        </div>
    }
}
