//! A question as the pupil will see it, live: the contest's own question
//! card, answerable, with the verdict, the right answer and the explanation
//! after answering, and "Try again". It follows the interface language (the
//! pack's first language when the pack lacks it) and never takes focus
//! from the form.

use super::pack_lang;
use crate::app::contest::question::{words, Ask, QuestionCard};
use crate::app::i18n::{tr, use_i18n};
use crate::core::import::check;
use crate::core::lang::{Lang, Text};
use crate::core::quiz::describe::answer_text;
use crate::core::quiz::mark::{mark, Response};
use crate::core::quiz::pack::{Accepted, Media};
use crate::core::quiz::shuffle::{permutation, Rng};
use crate::core::quiz::{Answer, Pack, Question};
use leptos::prelude::*;
use std::sync::Arc;

/// `t` with its `lang` text in both languages, so the card (which shows
/// the interface language) shows the language being previewed.
fn only(t: &Text, lang: Lang) -> Text {
    let s = t.get(lang);
    Text::new(s, s)
}

/// The question with every text in `lang` alone.
fn in_lang(q: &Question, lang: Lang) -> Question {
    let texts = |v: &[Text]| v.iter().map(|t| only(t, lang)).collect::<Vec<_>>();
    let media = |m: &Media| Media {
        src: m.src.clone(),
        alt: only(&m.alt, lang),
    };
    let answer = match &q.answer {
        Answer::Single { options, correct } => Answer::Single {
            options: texts(options),
            correct: *correct,
        },
        Answer::Multiple { options, correct } => Answer::Multiple {
            options: texts(options),
            correct: correct.clone(),
        },
        Answer::Audio {
            clip,
            options,
            correct,
        } => Answer::Audio {
            clip: clip.clone(),
            options: texts(options),
            correct: *correct,
        },
        Answer::Image { options, correct } => Answer::Image {
            options: options.iter().map(media).collect(),
            correct: *correct,
        },
        Answer::Ordering { items } => Answer::Ordering {
            items: texts(items),
        },
        Answer::Matching { pairs } => Answer::Matching {
            pairs: pairs
                .iter()
                .map(|p| crate::core::quiz::pack::Pair {
                    left: only(&p.left, lang),
                    right: only(&p.right, lang),
                })
                .collect(),
        },
        Answer::Typed {
            accepted,
            fold_diacritics,
        } => {
            let list = accepted.get(lang).to_vec();
            Answer::Typed {
                accepted: Accepted {
                    vi: list.clone(),
                    en: list,
                },
                fold_diacritics: *fold_diacritics,
            }
        }
        Answer::Numeric {
            value,
            tolerance,
            unit,
        } => Answer::Numeric {
            value: *value,
            tolerance: *tolerance,
            unit: unit.as_ref().map(|u| only(u, lang)),
        },
        other => other.clone(),
    };
    Question {
        prompt: only(&q.prompt, lang),
        media: q.media.as_ref().map(media),
        explanation: only(&q.explanation, lang),
        answer,
        ..q.clone()
    }
}

/// The display order the input expects: options as written (the teacher
/// sees them as typed), items and pairs shuffled as in play (never in the
/// right order, which would give the answer away).
fn display_order(a: &Answer) -> Vec<usize> {
    let n = a.row_count();
    if !matches!(a, Answer::Ordering { .. } | Answer::Matching { .. }) {
        return (0..n).collect();
    }
    let mut order = permutation(n, &mut Rng::new(n as u64));
    if n > 1 && order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order
}

/// The preview of `pack.questions[index]`.
#[component]
pub fn QuestionPreview(pack: RwSignal<Pack>, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let question = Memo::new(move |_| pack.with(|p| p.questions.get(index).cloned()));
    let lang = Memo::new(move |_| pack.with(|p| pack_lang(p, i18n.lang())));
    let card = move || {
        let lang = lang.get();
        let q = question.get().filter(|q| check(q, lang).is_none());
        let Some(q) = q else {
            return view! { <p class="muted q-preview-incomplete">{tr(|t| t.qform_preview_incomplete())}</p> }
                .into_any();
        };
        let q = in_lang(&q, lang);
        let answer = q.answer.clone();
        let order = display_order(&answer);
        // Fresh for every change of the question: an answer to the old one
        // may not fit the new one.
        let chosen = RwSignal::new(None::<Response>);
        let answered = Signal::derive(move || chosen.with(Option::is_some));
        let ask = Ask {
            q: Arc::new(q.clone()),
            order: Arc::new(order),
            chosen: chosen.into(),
            locked: answered,
            reveal: answered,
            exam: false,
            on_answer: Callback::new(move |r: Response| chosen.set(Some(r))),
        };
        let explanation = q.explanation.get(lang).to_string();
        let verdict = move || {
            chosen.get().map(|r| {
                let t = i18n.t();
                let m = mark(&answer, &r);
                let (class, word) = if m.correct {
                    ("q-preview-feedback right", t.contest_right())
                } else if m.credit > 0.0 {
                    ("q-preview-feedback partial", t.contest_partly_right())
                } else {
                    ("q-preview-feedback wrong", t.contest_wrong())
                };
                let right = answer_text(&answer, lang, &words(t, None, lang));
                let explanation = explanation.clone();
                view! {
                    <div class=class>
                        <p class="q-preview-verdict"><strong>{word}</strong></p>
                        <p class="right-answer">
                            <span class="label">{t.contest_right_answer()}": "</span>
                            <span lang=lang.code()>{right}</span>
                        </p>
                        {(!explanation.trim().is_empty()).then(|| view! {
                            <p class="explanation" lang=lang.code()>{explanation}</p>
                        })}
                    </div>
                }
            })
        };
        view! {
            <div class="q-preview-card" lang=lang.code()>
                <QuestionCard ask no_focus=true/>
            </div>
            <div role="status" aria-live="polite">{verdict}</div>
            <button
                type="button"
                class="btn q-preview-reset"
                hidden=move || !answered.get()
                on:click=move |_| chosen.set(None)
            >
                {tr(|t| t.qform_try_again())}
            </button>
        }
        .into_any()
    };
    view! {
        <div class="q-preview" data-index=index.to_string()>
            <h2 class="q-preview-title">{tr(|t| t.qform_preview_title())}</h2>
            {card}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_fit_the_inputs() {
        let texts = |n: usize| {
            (0..n)
                .map(|i| Text::new(i.to_string(), ""))
                .collect::<Vec<_>>()
        };
        let single = Answer::Single {
            options: texts(3),
            correct: 0,
        };
        assert_eq!(display_order(&single), vec![0, 1, 2]);
        for n in 3..=6 {
            let o = display_order(&Answer::Ordering { items: texts(n) });
            let mut sorted = o.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            assert_ne!(o, sorted, "shown in the right order");
        }
        assert!(display_order(&Answer::TrueFalse { correct: true }).is_empty());
    }

    #[test]
    fn one_language_everywhere() {
        let q = Question {
            id: "x".into(),
            prompt: Text::new("", "Which?"),
            media: None,
            answer: Answer::Single {
                options: vec![Text::new("", "A"), Text::new("", "B")],
                correct: 1,
            },
            explanation: Text::new("", "So."),
            difficulty: 1,
            topics: Vec::new(),
            members: Vec::new(),
            source: String::new(),
            time_limit_s: None,
        };
        let p = in_lang(&q, Lang::En);
        assert_eq!(p.prompt.vi, "Which?");
        assert!(
            matches!(&p.answer, Answer::Single { options, correct: 1 } if options[0].vi == "A")
        );
    }
}
