//! Typed answers (words) and numbers. Words are marked ignoring case,
//! spaces and, where the pack allows, Vietnamese diacritics; numbers accept
//! `3,5` as well as `3.5` and show the unit beside the box.

use super::{submit_label, Ask};
use crate::app::i18n::{text, tr, use_i18n};
use crate::core::quiz::describe::{format_number, parse_number};
use crate::core::quiz::mark::Response;
use crate::core::quiz::Answer;
use leptos::prelude::*;

#[component]
pub fn Typed(ask: Ask) -> impl IntoView {
    let i18n = use_i18n();
    let numeric = matches!(ask.q.answer, Answer::Numeric { .. });
    let unit = match &ask.q.answer {
        Answer::Numeric { unit, .. } => unit.clone(),
        _ => None,
    };
    let Ask {
        chosen,
        locked,
        exam,
        on_answer,
        ..
    } = ask;
    let shown = move || match chosen.get() {
        Some(Response::Text(t)) => t,
        Some(Response::Number(n)) => format_number(n, i18n.lang_untracked()),
        _ => String::new(),
    };
    let value = RwSignal::new(shown());
    // An exam question revisited shows the saved answer.
    Effect::new(move |_| {
        let s = shown();
        if !s.is_empty() {
            value.set(s);
        }
    });
    let error = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = value.get_untracked();
        if v.trim().is_empty() {
            error.set(true);
            return;
        }
        if numeric {
            match parse_number(&v) {
                Some(n) => {
                    error.set(false);
                    on_answer.run(Response::Number(n));
                }
                None => error.set(true),
            }
        } else {
            error.set(false);
            on_answer.run(Response::Text(v.trim().to_string()));
        }
    };
    view! {
        <form class="typed" on:submit=submit>
            <label for="typed-answer">
                {if numeric { tr(|t| t.contest_type_number()) } else { tr(|t| t.contest_type_answer()) }}
            </label>
            <div class="typed-row">
                <input
                    id="typed-answer"
                    type="text"
                    inputmode=if numeric { "decimal" } else { "text" }
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    disabled=move || locked.get()
                    aria-invalid=move || error.get().to_string()
                    aria-describedby="typed-error"
                />
                {unit.map(|u| view! { <span class="unit">{text(&u)}</span> })}
                <button type="submit" class="btn btn-primary" disabled=move || locked.get()>
                    {tr(submit_label(exam))}
                </button>
            </div>
            <p id="typed-error" class="field-error" role="alert">
                {move || {
                    error.get().then(|| {
                        if numeric { i18n.t().contest_not_a_number() } else { i18n.t().contest_empty_answer() }
                    })
                }}
            </p>
        </form>
    }
}
