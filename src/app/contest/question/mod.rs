//! One question on screen: the prompt, its picture if any, and the input
//! for its type, one file per type. Every input maps what it displayed back
//! to the pack's own indices before answering (see `core::quiz::mark`).

mod choice;
mod map;
mod matching;
mod multiple;
mod ordering;
mod typed;

use crate::app::content::Content;
use crate::app::i18n::{text, Strings};
use crate::core::content::MemberNames;
use crate::core::lang::Lang;
use crate::core::load::LoadError;
use crate::core::quiz::describe::Words;
use crate::core::quiz::mark::Response;
use crate::core::quiz::{Answer, Question};
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

/// What every question input gets.
#[derive(Clone)]
pub struct Ask {
    pub q: Arc<Question>,
    /// Display order of the options/items (indices into the pack order).
    pub order: Arc<Vec<usize>>,
    /// The response given (shown as chosen).
    pub chosen: Signal<Option<Response>>,
    /// Inputs disabled (answered, or time up).
    pub locked: Signal<bool>,
    /// Right and wrong shown on the options.
    pub reveal: Signal<bool>,
    /// Exam: answers are saved and changeable; the button says "Save answer".
    pub exam: bool,
    pub on_answer: Callback<Response>,
}

/// A member's name in `lang` from the loaded names (its code until they load).
pub fn member_name(members: Option<&Result<Content, LoadError>>, code: &str, lang: Lang) -> String {
    match members {
        Some(Ok(m)) => m.get::<MemberNames>().name(code, lang),
        _ => code.to_ascii_uppercase(),
    }
}

/// The describer's words in the current language, with member names from
/// members.json once it has loaded.
pub fn words(
    t: &'static Strings,
    members: Option<&Result<Content, LoadError>>,
    lang: Lang,
) -> Words<'static> {
    let members = members.cloned();
    Words {
        true_word: t.contest_true(),
        false_word: t.contest_false(),
        member: Box::new(move |code: &str| member_name(members.as_ref(), code, lang)),
    }
}

/// How an option, item or row shows: `"right"`, `"wrong"`, `"chosen"` or
/// `""`. Right and wrong only once revealed; the right one is marked even
/// when not chosen, so the player sees what it was.
pub fn option_state(reveal: bool, chosen: bool, right: bool) -> &'static str {
    match (reveal, chosen, right) {
        (true, _, true) => "right",
        (true, true, false) => "wrong",
        (false, true, _) => "chosen",
        _ => "",
    }
}

/// "✓ Right" / "✗ Wrong" beside a revealed option (words, not only colour).
#[component]
pub fn Verdict(#[prop(into)] state: Signal<&'static str>) -> impl IntoView {
    let i18n = crate::app::i18n::use_i18n();
    view! {
        <span class="verdict">
            {move || match state.get() {
                "right" => i18n.t().contest_mark_right(),
                "wrong" => i18n.t().contest_mark_wrong(),
                _ => "",
            }}
        </span>
    }
}

/// The label of the answer button: "Answer", or "Save answer" in an exam.
pub fn submit_label(exam: bool) -> crate::app::i18n::Pick {
    if exam {
        |t| t.contest_save_answer()
    } else {
        |t| t.contest_answer()
    }
}

/// `no_focus`: leave focus where it is (the editor's live preview, which
/// re-renders while the teacher types in the form).
#[component]
pub fn QuestionCard(ask: Ask, #[prop(optional)] no_focus: bool) -> impl IntoView {
    let heading = NodeRef::<html::H2>::new();
    // A new question: move focus to it so keyboard and screen-reader users
    // start reading at the prompt.
    if !no_focus {
        Effect::new(move |_| {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        });
    }
    let q = ask.q.clone();
    let input = match &q.answer {
        Answer::Single { .. }
        | Answer::TrueFalse { .. }
        | Answer::Image { .. }
        | Answer::Audio { .. } => view! { <choice::Choice ask=ask.clone()/> }.into_any(),
        Answer::Multiple { .. } => view! { <multiple::Multiple ask=ask.clone()/> }.into_any(),
        Answer::Typed { .. } | Answer::Numeric { .. } => {
            view! { <typed::Typed ask=ask.clone()/> }.into_any()
        }
        Answer::Ordering { .. } => view! { <ordering::Ordering ask=ask.clone()/> }.into_any(),
        Answer::Matching { .. } => view! { <matching::Matching ask=ask.clone()/> }.into_any(),
        Answer::Map { .. } => view! { <map::MapQuestion ask=ask.clone()/> }.into_any(),
    };
    view! {
        <article class="question" data-type=q.answer.type_name() data-id=q.id.clone()>
            <h2 class="prompt" tabindex="-1" node_ref=heading>{text(&q.prompt)}</h2>
            {q.media.as_ref().map(|m| {
                view! { <img class="question-media" src=m.src.clone() alt=text(&m.alt)/> }
            })}
            {input}
        </article>
    }
}
