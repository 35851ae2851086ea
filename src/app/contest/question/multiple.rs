//! Choose every right option: checkboxes, then "Answer". Partial credit is
//! the engine's business; here each option shows right or wrong afterwards.

use super::{option_state, submit_label, Ask, Verdict};
use crate::app::i18n::{text, tr};
use crate::core::quiz::mark::Response;
use crate::core::quiz::Answer;
use leptos::prelude::*;

#[component]
pub fn Multiple(ask: Ask) -> impl IntoView {
    let Answer::Multiple { options, correct } = ask.q.answer.clone() else {
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
    let picked = RwSignal::new(match chosen.get_untracked() {
        Some(Response::Choices(v)) => v,
        _ => Vec::new(),
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut v = picked.get_untracked();
        v.sort_unstable();
        on_answer.run(Response::Choices(v));
    };
    view! {
        <form class="multiple" on:submit=submit>
            <fieldset class="options">
                <legend>{tr(|t| t.contest_choose_all())}</legend>
                {order
                    .iter()
                    .filter_map(|&i| options.get(i).map(|o| (i, o.clone())))
                    .map(|(i, o)| {
                        let id = format!("opt-{i}");
                        let right = correct.contains(&i);
                        let on = move || picked.with(|p| p.contains(&i));
                        let state = move || option_state(reveal.get(), on(), right);
                        view! {
                            <div class="option check-option" data-state=state>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=on
                                    disabled=move || locked.get()
                                    on:change=move |ev| {
                                        let checked = event_target_checked(&ev);
                                        picked.update(|p| {
                                            p.retain(|&x| x != i);
                                            if checked {
                                                p.push(i);
                                            }
                                        });
                                    }
                                />
                                <label for=id>{text(&o)}</label>
                                <Verdict state=Signal::derive(state)/>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <button
                type="submit"
                class="btn btn-primary"
                disabled=move || locked.get() || picked.with(Vec::is_empty)
            >
                {tr(submit_label(exam))}
            </button>
        </form>
    }
    .into_any()
}
