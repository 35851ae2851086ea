//! After an answer in practice and challenge: right or not, the points, the
//! right answer and the explanation, then "Next". Focus moves to "Next" so
//! a keyboard player goes on with Enter.

use super::play::use_game;
use super::question::{words, Ask};
use crate::app::i18n::{fill, text, use_i18n};
use crate::core::quiz::contest::Mode;
use crate::core::quiz::describe::answer_text;
use crate::core::quiz::mark::Mark;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Feedback(ask: Ask, verdict: Signal<Option<Option<Mark>>>) -> impl IntoView {
    let Some(ctx) = use_game() else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let next_ref = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if verdict.get().is_some() {
            if let Some(b) = next_ref.get() {
                let _ = b.focus();
            }
        }
    });
    let q = ask.q.clone();
    let right = move || {
        let lang = i18n.lang();
        let members = ctx.members.get();
        answer_text(&q.answer, lang, &words(i18n.t(), members.as_ref(), lang))
    };
    let points = move || {
        ctx.contest.with(|c| {
            c.as_ref()
                .filter(|c| c.setup.settings.mode == Mode::Challenge && !c.progress.retrying)
                .and_then(|c| {
                    c.progress
                        .answers
                        .get(c.progress.current)
                        .cloned()
                        .flatten()
                })
                .map(|g| g.points)
        })
    };
    // Whether "Next" ends the game (then it says "See results").
    let last = move || {
        ctx.contest.with(|c| {
            c.as_ref().is_some_and(|c| {
                let p = &c.progress;
                if p.retrying {
                    return p.retry.iter().all(|&r| r == p.current);
                }
                let any_wrong = p.answers.iter().flatten().any(|g| !g.mark.correct);
                p.current + 1 == c.setup.questions.len()
                    && !(c.setup.settings.retry_wrong && any_wrong)
            })
        })
    };
    let explanation = ask.q.explanation.clone();
    view! {
        <div class="feedback-live" role="status" aria-live="polite">
            {move || {
                verdict.get().map(|v| {
                    let (class, word) = match v {
                        None => ("feedback timeout", i18n.t().contest_time_up()),
                        Some(m) if m.correct => ("feedback right", i18n.t().contest_right()),
                        Some(m) if m.credit > 0.0 => ("feedback partial", i18n.t().contest_partly_right()),
                        Some(_) => ("feedback wrong", i18n.t().contest_wrong()),
                    };
                    let explanation = explanation.clone();
                    view! {
                        <section class=class aria-labelledby="feedback-h">
                            <h2 id="feedback-h">{word}</h2>
                            {points().map(|p| view! {
                                <p class="points">{fill(i18n.t().contest_points_gained(), &[("n", &p.to_string())])}</p>
                            })}
                            <p class="right-answer">
                                <span class="label">{i18n.t().contest_right_answer()}": "</span>
                                {right.clone()}
                            </p>
                            <p class="explanation">{text(&explanation)}</p>
                        </section>
                    }
                })
            }}
        </div>
        <div class="actions" hidden=move || verdict.get().is_none()>
            <button type="button" class="btn btn-primary btn-large" node_ref=next_ref on:click=move |_| ctx.next()>
                {move || if last() { i18n.t().contest_see_results() } else { i18n.t().contest_next() }}
            </button>
        </div>
    }
    .into_any()
}
