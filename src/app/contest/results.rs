//! The end of a game: score, time, topics to revisit, every question
//! reviewed with its explanation, the leaderboard, the certificate and the
//! CSV export. Shown again after a reload until a new game starts.

use super::certificate::Certificate;
use super::csv::csv_labels;
use super::leaderboard::Board;
use super::play::use_game;
use super::question::words;
use super::start::mode_name;
use crate::app::clock::format_duration;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::app::router::Link;
use crate::core::content::TopicsFile;
use crate::core::quiz::describe::{answer_text, response_text};
use crate::core::quiz::results::{format_utc, to_csv};
use crate::core::validate::TOPICS_FILE;
use leptos::html;
use leptos::prelude::*;

/// Topic ids of the questions not fully right, most missed first.
fn topics_to_revisit(c: &crate::core::quiz::contest::Contest) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for (q, a) in c.setup.questions.iter().zip(&c.progress.answers) {
        if a.as_ref().is_some_and(|g| g.mark.correct) {
            continue;
        }
        for t in &q.topics {
            match counts.iter_mut().find(|(id, _)| id == t) {
                Some((_, n)) => *n += 1,
                None => counts.push((t.clone(), 1)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts.into_iter().map(|(t, _)| t).collect()
}

#[component]
pub fn Results() -> impl IntoView {
    let Some(ctx) = use_game() else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let Some(c) = ctx.contest.get_untracked() else {
        return ().into_any();
    };
    let settings = crate::app::settings::settings();
    let title = ctx.loaded.with_value(|l| l.title.clone());
    let score = c.score().to_string();
    let correct = c.correct_count().to_string();
    let total = c.setup.questions.len().to_string();
    let time = format_duration(
        c.progress
            .finished_ms
            .unwrap_or(c.progress.started_ms)
            .saturating_sub(c.progress.started_ms),
    );
    let revisit = topics_to_revisit(&c);
    let topics = use_content::<TopicsFile>(TOPICS_FILE);

    let export = move |_| {
        let Some(a) = ctx.attempt() else { return };
        let t = i18n.t();
        let csv = to_csv(std::slice::from_ref(&a), &csv_labels(t));
        let day = format_utc(a.started_ms)
            .chars()
            .take(10)
            .collect::<String>();
        let name = format!(
            "{}-{}-{day}.csv",
            t.contest_csv_file(),
            ctx.route().replace('/', "-")
        );
        dom::download(&name, "text/csv;charset=utf-8", &csv);
    };

    let review = c
        .setup
        .questions
        .iter()
        .zip(c.progress.answers.iter())
        .enumerate()
        .map(|(i, (q, a))| {
            let q = q.clone();
            let a = a.clone();
            let verdict = match &a {
                Some(g) if g.mark.correct => "right",
                Some(g) if g.response.is_some() && g.mark.credit > 0.0 => "partial",
                Some(g) if g.response.is_some() => "wrong",
                _ => "none",
            };
            let (q1, q2) = (q.clone(), q.clone());
            let yours = move || {
                let lang = i18n.lang();
                let members = ctx.members.get();
                let w = words(i18n.t(), members.as_ref(), lang);
                match a.as_ref().and_then(|g| g.response.as_ref()) {
                    Some(r) => response_text(&q1.answer, r, lang, &w),
                    None => i18n.t().contest_no_answer().to_string(),
                }
            };
            let right = move || {
                let lang = i18n.lang();
                let members = ctx.members.get();
                answer_text(&q2.answer, lang, &words(i18n.t(), members.as_ref(), lang))
            };
            let verdict_text = move || match verdict {
                "right" => i18n.t().contest_right(),
                "partial" => i18n.t().contest_partly_right(),
                "wrong" => i18n.t().contest_wrong(),
                _ => i18n.t().contest_no_answer(),
            };
            view! {
                <li class="review-item" data-state=verdict>
                    <h3>
                        <span class="review-n">{fill("{n}. ", &[("n", &(i + 1).to_string())])}</span>
                        {text(&q.prompt)}
                    </h3>
                    <p class="verdict-line">{verdict_text}</p>
                    <p><span class="label">{tr(|t| t.contest_your_answer())}": "</span>{yours}</p>
                    <p><span class="label">{tr(|t| t.contest_right_answer())}": "</span>{right}</p>
                    <p class="explanation">{text(&q.explanation)}</p>
                </li>
            }
        })
        .collect_view();

    view! {
        <p class="eyebrow">{tr(mode_name(ctx.mode))}</p>
        <h1 tabindex="-1" node_ref=heading>{tr(|t| t.contest_results_title())}</h1>
        <p class="lead">{text(&title)}</p>
        <div class="result-summary">
            <p class="big-score">{let s = score.clone(); move || fill(i18n.t().contest_points(), &[("n", &s)])}</p>
            <p>{move || fill(i18n.t().contest_correct_of(), &[("correct", &correct), ("total", &total)])}</p>
            <p>{move || fill(i18n.t().contest_time_taken(), &[("time", &time)])}</p>
        </div>
        <div class="actions no-print">
            <button type="button" class="btn btn-primary" on:click=move |_| ctx.restart()>
                {tr(|t| t.contest_play_again())}
            </button>
            <Link href="/contest" class="btn">{tr(|t| t.contest_choose_pack())}</Link>
            <button type="button" class="btn" on:click=export>{tr(|t| t.contest_export_csv())}</button>
            <Link href="/contest/results" class="btn">{tr(|t| t.contest_all_results())}</Link>
        </div>
        {(!revisit.is_empty()).then(|| {
            let revisit = StoredValue::new(revisit);
            view! {
                <section class="revisit no-print" aria-labelledby="revisit-h">
                    <h2 id="revisit-h">{tr(|t| t.contest_revisit())}</h2>
                    <ContentView res=topics render=move |c: Content| {
                        let f = c.get::<TopicsFile>();
                        let names = revisit.with_value(|ids| {
                            ids.iter().filter_map(|id| f.get(id).map(|t| t.name.clone())).collect::<Vec<_>>()
                        });
                        view! {
                            <ul class="chips" role="list">
                                {names.iter().map(|n| view! { <li class="chip">{text(n)}</li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }/>
                </section>
            }
        })}
        {settings.leaderboard.then(|| view! { <Board/> })}
        <Certificate school=settings.school.clone()/>
        <section class="review no-print" aria-labelledby="review-h">
            <h2 id="review-h">{tr(|t| t.contest_review())}</h2>
            <ol class="review-list" role="list">{review}</ol>
        </section>
    }
    .into_any()
}
