//! One answer from a set: single choice, true/false, picture choice and
//! audio (the clip plays above the options). A tap answers at once; in an
//! exam it is saved and can be changed.

use super::{option_state, Ask, Verdict};
use crate::app::dom;
use crate::app::i18n::{text, tr, use_i18n};
use crate::core::lang::Text;
use crate::core::quiz::mark::{mark, Response};
use crate::core::quiz::pack::Media;
use crate::core::quiz::Answer;
use leptos::prelude::*;

enum Face {
    Text(Text),
    Image(Media),
    Word(bool),
}

/// A, B, C… beside each option, as on a paper test.
fn letter(n: usize) -> String {
    char::from(b'A' + (n % 26) as u8).to_string()
}

#[component]
pub fn Choice(ask: Ask) -> impl IntoView {
    let i18n = use_i18n();
    let answer = ask.q.answer.clone();
    let pick = |options: &Vec<Text>| -> Vec<(Response, Face)> {
        ask.order
            .iter()
            .filter_map(|&i| {
                options
                    .get(i)
                    .map(|o| (Response::Choice(i), Face::Text(o.clone())))
            })
            .collect()
    };
    let (options, clip, pictures) = match &answer {
        Answer::Single { options, .. } => (pick(options), None, false),
        Answer::Audio { options, clip, .. } => (pick(options), Some(clip.clone()), false),
        Answer::Image { options, .. } => (
            ask.order
                .iter()
                .filter_map(|&i| {
                    options
                        .get(i)
                        .map(|o| (Response::Choice(i), Face::Image(o.clone())))
                })
                .collect(),
            None,
            true,
        ),
        Answer::TrueFalse { .. } => (
            vec![
                (Response::Bool(true), Face::Word(true)),
                (Response::Bool(false), Face::Word(false)),
            ],
            None,
            false,
        ),
        _ => (Vec::new(), None, false),
    };
    let Ask {
        chosen,
        locked,
        reveal,
        on_answer,
        ..
    } = ask;
    view! {
        {clip.map(|c| {
            view! {
                <audio class="clip" controls preload="none" src=dom::asset_url(&c) aria-label=tr(|t| t.contest_clip())></audio>
            }
        })}
        <div class="options" class:options-image=pictures role="group" aria-label=tr(|t| t.contest_choose_one())>
            {options
                .into_iter()
                .enumerate()
                .map(|(n, (resp, face))| {
                    let right = mark(&answer, &resp).correct;
                    let value = resp.clone();
                    let is_chosen = move || chosen.with(|c| c.as_ref() == Some(&resp));
                    let is_chosen2 = is_chosen.clone();
                    let state = move || option_state(reveal.get(), is_chosen(), right);
                    let state_text = state.clone();
                    let face = match face {
                        Face::Text(t) => view! { <span class="option-text">{text(&t)}</span> }.into_any(),
                        Face::Image(m) => view! { <img class="option-image" src=m.src.clone() alt=text(&m.alt)/> }.into_any(),
                        Face::Word(b) => {
                            view! {
                                <span class="option-text">
                                    {move || if b { i18n.t().contest_true() } else { i18n.t().contest_false() }}
                                </span>
                            }
                                .into_any()
                        }
                    };
                    view! {
                        <button
                            type="button"
                            class="option"
                            data-state=state
                            aria-pressed=move || is_chosen2().to_string()
                            disabled=move || locked.get()
                            on:click=move |_| on_answer.run(value.clone())
                        >
                            <span class="letter" aria-hidden="true">{letter(n)}</span>
                            {face}
                            <Verdict state=Signal::derive(state_text)/>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
