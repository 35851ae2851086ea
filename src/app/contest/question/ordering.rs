//! Put items in order. Each item has "move up" and "move down" buttons
//! (keyboard and touch alike, no drag precision needed); "Answer" sends the
//! order. After answering each place shows whether it is right.

use super::{submit_label, Ask, Verdict};
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::core::quiz::mark::Response;
use crate::core::quiz::Answer;
use leptos::prelude::*;

#[component]
pub fn Ordering(ask: Ask) -> impl IntoView {
    let i18n = use_i18n();
    let Answer::Ordering { items } = ask.q.answer.clone() else {
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
    let start = match chosen.get_untracked() {
        Some(Response::Order(v)) if v.len() == items.len() => v,
        _ => order.to_vec(),
    };
    let current = RwSignal::new(start);
    let n = current.with_untracked(Vec::len);
    let swap = move |pos: usize, up: bool| {
        let item = current.with_untracked(|v| v.get(pos).copied());
        current.update(|v| {
            let other = if up {
                pos.checked_sub(1)
            } else {
                Some(pos + 1)
            };
            if let Some(o) = other.filter(|&o| o < v.len()) {
                v.swap(pos, o);
            }
        });
        // The moved item keeps focus after the list re-renders (on its other
        // button when it reached the top or the bottom).
        if let Some(item) = item {
            let new_pos = if up {
                pos.saturating_sub(1)
            } else {
                (pos + 1).min(n - 1)
            };
            let edge = if up { new_pos == 0 } else { new_pos + 1 == n };
            let dir = if up != edge { "up" } else { "down" };
            let id = format!("order-{dir}-{item}");
            request_animation_frame(move || dom::focus_id(&id));
        }
    };
    let items = StoredValue::new(items);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_answer.run(Response::Order(current.get_untracked()));
    };
    view! {
        <form class="ordering" on:submit=submit>
            <p class="muted" id="ordering-help">{tr(|t| t.contest_ordering_help())}</p>
            <ol class="order-list" aria-describedby="ordering-help">
                {move || {
                    current
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(pos, item)| {
                            let label = items.with_value(|it| it.get(item).cloned()).unwrap_or_default();
                            let name = label.clone();
                            let up_label = move || fill(i18n.t().contest_move_up(), &[("item", name.get(i18n.lang()))]);
                            let name = label.clone();
                            let down_label = move || fill(i18n.t().contest_move_down(), &[("item", name.get(i18n.lang()))]);
                            let state = move || {
                                if reveal.get() {
                                    if pos == item { "right" } else { "wrong" }
                                } else {
                                    ""
                                }
                            };
                            view! {
                                <li class="order-item" data-state=state>
                                    <span class="order-pos" aria-hidden="true">{pos + 1}</span>
                                    <span class="order-text">{text(&label)}</span>
                                    <span class="order-buttons">
                                        <button
                                            type="button"
                                            class="btn icon"
                                            aria-label=up_label
                                            disabled=move || locked.get() || pos == 0
                                            id=format!("order-up-{item}")
                                            on:click=move |_| swap(pos, true)
                                        >
                                            "↑"
                                        </button>
                                        <button
                                            type="button"
                                            class="btn icon"
                                            aria-label=down_label
                                            disabled=move || locked.get() || pos + 1 == n
                                            id=format!("order-down-{item}")
                                            on:click=move |_| swap(pos, false)
                                        >
                                            "↓"
                                        </button>
                                    </span>
                                    <Verdict state=Signal::derive(state)/>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <button type="submit" class="btn btn-primary" disabled=move || locked.get()>
                {tr(submit_label(exam))}
            </button>
        </form>
    }
    .into_any()
}
