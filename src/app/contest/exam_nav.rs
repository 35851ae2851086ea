//! Exam navigation: previous/next, a numbered map of every question
//! (answered ones marked) to go back and change answers, and "Submit" with
//! a confirmation that says how many are still unanswered.

use super::play::use_game;
use crate::app::i18n::{fill, tr, use_i18n};
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn ExamNav() -> impl IntoView {
    let Some(ctx) = use_game() else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    let confirm_ref = NodeRef::<html::Button>::new();
    let n = ctx
        .contest
        .with_untracked(|c| c.as_ref().map_or(0, |c| c.setup.questions.len()));
    let current = Memo::new(move |_| {
        ctx.contest
            .with(|c| c.as_ref().map_or(0, |c| c.progress.current))
    });
    let answered = Memo::new(move |_| {
        ctx.contest.with(|c| {
            c.as_ref().map_or(Vec::new(), |c| {
                c.progress
                    .answers
                    .iter()
                    .map(|a| a.as_ref().is_some_and(|g| g.response.is_some()))
                    .collect()
            })
        })
    });
    let unanswered = move || answered.with(|a| a.iter().filter(|x| !**x).count());
    let ask_submit = move |_| {
        confirming.set(true);
        request_animation_frame(move || {
            if let Some(b) = confirm_ref.get_untracked() {
                let _ = b.focus();
            }
        });
    };
    view! {
        <nav class="exam-nav" aria-label=tr(|t| t.contest_exam_nav())>
            <div class="actions">
                <button
                    type="button"
                    class="btn"
                    disabled=move || current.get() == 0
                    on:click=move |_| ctx.go_to(current.get_untracked().saturating_sub(1))
                >
                    {tr(|t| t.contest_previous())}
                </button>
                <button
                    type="button"
                    class="btn btn-primary"
                    disabled=move || { current.get() + 1 >= n }
                    on:click=move |_| ctx.go_to(current.get_untracked() + 1)
                >
                    {tr(|t| t.contest_next())}
                </button>
            </div>
            <ol class="exam-grid">
                {(0..n)
                    .map(|i| {
                        let done = move || answered.with(|a| a.get(i).copied().unwrap_or(false));
                        let label = move || {
                            let key = if done() { i18n.t().contest_goto_answered() } else { i18n.t().contest_goto_open() };
                            fill(key, &[("n", &(i + 1).to_string())])
                        };
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="btn grid-btn"
                                    class:done=done
                                    aria-label=label
                                    aria-current=move || (current.get() == i).then_some("step")
                                    on:click=move |_| ctx.go_to(i)
                                >
                                    {i + 1}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <div class="submit-area">
                <button type="button" class="btn btn-large" hidden=move || confirming.get() on:click=ask_submit>
                    {tr(|t| t.contest_submit())}
                </button>
                <div class="card confirm" role="alertdialog" aria-labelledby="confirm-h" hidden=move || !confirming.get()>
                    <h2 id="confirm-h">{tr(|t| t.contest_submit_confirm_title())}</h2>
                    <p>
                        {move || {
                            let left = unanswered();
                            if left == 0 {
                                i18n.t().contest_submit_all_answered().to_string()
                            } else {
                                fill(i18n.t().contest_submit_unanswered(), &[("n", &left.to_string())])
                            }
                        }}
                    </p>
                    <div class="actions">
                        <button type="button" class="btn btn-primary" node_ref=confirm_ref on:click=move |_| ctx.finish()>
                            {tr(|t| t.contest_submit_now())}
                        </button>
                        <button type="button" class="btn" on:click=move |_| confirming.set(false)>
                            {tr(|t| t.contest_keep_working())}
                        </button>
                    </div>
                </div>
            </div>
        </nav>
    }
    .into_any()
}
