//! Match each left item with a right item: one drop-down per left item
//! (native, so it works with a keyboard, a screen reader and a phone's
//! picker); "Answer" once every item has a match.

use super::{submit_label, Ask, Verdict};
use crate::app::i18n::{text, tr};
use crate::core::quiz::mark::Response;
use crate::core::quiz::Answer;
use leptos::prelude::*;

#[component]
pub fn Matching(ask: Ask) -> impl IntoView {
    let Answer::Matching { pairs } = ask.q.answer.clone() else {
        return ().into_any();
    };
    let Ask {
        order,
        chosen,
        locked,
        reveal,
        exam,
        on_answer,
        ..
    } = ask;
    let n = pairs.len();
    let picked = RwSignal::new(match chosen.get_untracked() {
        Some(Response::Pairs(v)) if v.len() == n => v.into_iter().map(Some).collect(),
        _ => vec![None::<usize>; n],
    });
    let complete = move || picked.with(|p| p.iter().all(Option::is_some));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v: Option<Vec<usize>> = picked.get_untracked().into_iter().collect();
        if let Some(v) = v {
            on_answer.run(Response::Pairs(v));
        }
    };
    let pairs = StoredValue::new(pairs);
    view! {
        <form class="matching" on:submit=submit>
            <p class="muted">{tr(|t| t.contest_matching_help())}</p>
            <ul class="match-list" role="list">
                {(0..n)
                    .map(|i| {
                        let id = format!("match-{i}");
                        let left = pairs.with_value(|p| p[i].left.clone());
                        let state = move || {
                            if !reveal.get() {
                                return "";
                            }
                            if picked.with(|p| p[i] == Some(i)) { "right" } else { "wrong" }
                        };
                        view! {
                            <li class="match-row" data-state=state>
                                <label for=id.clone() class="match-left">{text(&left)}</label>
                                <select
                                    id=id
                                    disabled=move || locked.get()
                                    on:change=move |ev| {
                                        let v = event_target_value(&ev).parse::<usize>().ok();
                                        picked.update(|p| p[i] = v);
                                    }
                                >
                                    <option value="" selected=move || picked.with(|p| p[i].is_none())>
                                        {tr(|t| t.contest_choose())}
                                    </option>
                                    {order
                                        .iter()
                                        .map(|&r| {
                                            let right = pairs.with_value(|p| p.get(r).map(|x| x.right.clone())).unwrap_or_default();
                                            view! {
                                                <option value=r.to_string() selected=move || picked.with(|p| p[i] == Some(r))>
                                                    {text(&right)}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                                <Verdict state=Signal::derive(state)/>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button type="submit" class="btn btn-primary" disabled=move || locked.get() || !complete()>
                {tr(submit_label(exam))}
            </button>
        </form>
    }
    .into_any()
}
