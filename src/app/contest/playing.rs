//! The game in progress: the bar (question n of N, score, timer), the
//! current question, feedback after an answer (practice, challenge) or the
//! question map and submit (exam).

use super::exam_nav::ExamNav;
use super::feedback::Feedback;
use super::play::{use_game, GameCtx};
use super::question::{Ask, QuestionCard};
use super::start::mode_name;
use crate::app::clock::{format_duration, now_ms, use_interval};
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::core::quiz::contest::Mode;
use crate::core::quiz::mark::{mark, Response};
use leptos::prelude::*;
use std::sync::Arc;

/// What the current question shows: the given response, whether the
/// inputs are locked and whether right/wrong is revealed.
#[derive(Clone, PartialEq)]
struct QuestionState {
    chosen: Option<Response>,
    locked: bool,
}

fn question_state(ctx: &GameCtx, retry_response: Option<Response>) -> QuestionState {
    ctx.contest.with(|c| {
        let Some(c) = c else {
            return QuestionState {
                chosen: None,
                locked: true,
            };
        };
        let i = c.progress.current;
        let given = c.progress.answers.get(i).cloned().flatten();
        let retrying = c.progress.retrying;
        if c.setup.settings.mode == Mode::Exam {
            return QuestionState {
                chosen: given.and_then(|g| g.response),
                locked: false,
            };
        }
        if retrying {
            let pending = c.progress.retry.contains(&i);
            return QuestionState {
                chosen: if pending { None } else { retry_response },
                locked: !pending,
            };
        }
        QuestionState {
            locked: given.is_some(),
            chosen: given.and_then(|g| g.response),
        }
    })
}

#[component]
fn Timer(now: RwSignal<u64>) -> impl IntoView {
    let Some(ctx) = use_game() else {
        return ().into_any();
    };
    let left = Memo::new(move |_| {
        let t = now.get();
        ctx.contest
            .with(|c| c.as_ref().and_then(|c| c.remaining_ms(t)))
    });
    let i18n = use_i18n();
    let label = move || {
        if ctx.mode == Mode::Exam {
            i18n.t().contest_time_left_exam()
        } else {
            i18n.t().contest_time_left_question()
        }
    };
    let more_time = ctx.mode == Mode::Exam
        && ctx
            .contest
            .with_untracked(|c| c.as_ref().is_some_and(|c| c.setup.settings.more_time));
    // Said once as the last minute starts, not every second (a timer's own
    // live region would spam a screen reader).
    let last_minute =
        Memo::new(move |_| ctx.mode == Mode::Exam && left.get().is_some_and(|ms| ms <= 60_000));
    view! {
        {move || {
            left.get()
                .map(|ms| {
                    let low = ms <= 5_000 || (ctx.mode == Mode::Exam && ms <= 60_000);
                    view! {
                        <span class="timer" class:low=low role="timer" aria-label=label>
                            <span aria-hidden="true">"⏱ "</span>
                            {format_duration(ms)}
                        </span>
                    }
                })
        }}
        {more_time.then(|| view! {
            <button type="button" class="btn small more-time" on:click=move |_| ctx.add_time()>
                {tr(|t| t.contest_more_time())}
            </button>
        })}
        <span class="visually-hidden" aria-live="polite">
            {move || last_minute.get().then(|| {
                if more_time { i18n.t().contest_last_minute_more() } else { i18n.t().contest_last_minute() }
            })}
        </span>
    }
    .into_any()
}

#[component]
pub fn Playing() -> impl IntoView {
    let Some(ctx) = use_game() else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let now = RwSignal::new(now_ms());
    let timed = ctx.contest.with_untracked(|c| {
        c.as_ref().is_some_and(|c| {
            c.setup.settings.question_ms.is_some() || c.setup.settings.total_ms.is_some()
        })
    });
    if timed {
        use_interval(250, move || {
            let t = now_ms();
            now.set(t);
            ctx.tick(t);
        });
    }
    // The retry round's own answer (it does not change the score, so the
    // engine does not keep it).
    let retry_response = RwSignal::new(None::<Response>);
    let key = Memo::new(move |_| {
        ctx.contest.with(|c| {
            c.as_ref()
                .map(|c| (c.progress.current, c.progress.retrying))
        })
    });
    let state = Memo::new(move |_| question_state(&ctx, retry_response.get()));
    let title = ctx.loaded.with_value(|l| l.title.clone());
    let counter = move || {
        ctx.contest.with(|c| {
            c.as_ref().map(|c| {
                let at = (c.progress.current + 1).to_string();
                let n = c.setup.questions.len().to_string();
                (at, n, c.progress.retrying)
            })
        })
    };
    let score = move || ctx.contest.with(|c| c.as_ref().map_or(0, |c| c.score()));

    let on_answer = Callback::new(move |r: Response| {
        let retrying = ctx.contest.with_untracked(|c| {
            c.as_ref().is_some_and(|c| {
                c.progress.retrying && c.progress.retry.contains(&c.progress.current)
            })
        });
        if retrying {
            retry_response.set(Some(r.clone()));
        }
        ctx.answer(r);
    });

    view! {
        <div class="play-bar">
            // The page's one h1 while playing: the mode and the pack.
            <h1 class="play-title">
                <span class="muted">{tr(mode_name(ctx.mode))}" · "</span>
                {text(&title)}
            </h1>
            <span class="progress-text" aria-live="off">
                {move || {
                    counter()
                        .map(|(at, n, retrying)| {
                            if retrying {
                                i18n.t().contest_retry_round().to_string()
                            } else {
                                fill(i18n.t().contest_question_of(), &[("at", &at), ("n", &n)])
                            }
                        })
                }}
            </span>
            {(ctx.mode == Mode::Challenge)
                .then(|| {
                    view! {
                        <span class="score">
                            {move || fill(i18n.t().contest_points(), &[("n", &score().to_string())])}
                        </span>
                    }
                })}
            <Timer now/>
        </div>
        {move || {
            key.get()
                .and_then(|(i, _)| {
                    ctx.contest
                        .with_untracked(|c| {
                            c.as_ref()
                                .and_then(|c| {
                                    Some((
                                        Arc::new(c.setup.questions.get(i)?.clone()),
                                        Arc::new(c.setup.shuffles.get(i)?.clone()),
                                    ))
                                })
                        })
                })
                .map(|(q, order)| {
                    let ask = Ask {
                        q: q.clone(),
                        order,
                        chosen: Signal::derive(move || state.get().chosen),
                        locked: Signal::derive(move || state.get().locked),
                        reveal: Signal::derive(move || ctx.mode != Mode::Exam && state.get().locked),
                        exam: ctx.mode == Mode::Exam,
                        on_answer,
                    };
                    let verdict = Signal::derive(move || {
                        let st = state.get();
                        if ctx.mode == Mode::Exam || !st.locked {
                            return None;
                        }
                        Some(st.chosen.as_ref().map(|r| mark(&q.answer, r)))
                    });
                    view! {
                        <QuestionCard ask=ask.clone()/>
                        {(ctx.mode != Mode::Exam).then(|| view! { <Feedback ask verdict/> })}
                    }
                })
        }}
        {(ctx.mode == Mode::Exam).then(|| view! { <ExamNav/> })}
    }
    .into_any()
}
