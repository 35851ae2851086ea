//! The form of one question in the editor: its type, prompt, answer,
//! explanation, difficulty and time limit, with one input per language of
//! the pack.
//!
//! Typing never rebuilds the form (focus and the caret stay put): inputs
//! read the question once, untracked, and write it back on every input.
//! Only the *structure* is reactive: the question (its id), the pack's
//! languages, the type and the number of options, items or pairs; a change
//! to one of these rebuilds the part of the form that shows it.

use crate::app::dom;
use crate::app::i18n::{fill, tr, trf, use_i18n, Pick, Strings};
use crate::core::content::MEMBER_CODES;
use crate::core::lang::{Lang, Text};
use crate::core::quiz::describe::parse_number;
use crate::core::quiz::pack::{Accepted, Pair};
use crate::core::quiz::{Answer, Pack, Question};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// The most options, items or pairs a question may have.
const MAX_ROWS: usize = 6;
/// The longest time limit the form accepts, in seconds (as the importers).
const MAX_TIME_LIMIT_S: u32 = 3600;

/// A language's own name, as on the language switch.
fn lang_name(l: Lang) -> &'static str {
    match l {
        Lang::Vi => "Tiếng Việt",
        Lang::En => "English",
    }
}

fn set_text(t: &mut Text, lang: Lang, v: String) {
    match lang {
        Lang::Vi => t.vi = v,
        Lang::En => t.en = v,
    }
}

fn type_label(ty: &str) -> Pick {
    match ty {
        "single" => |t| t.qform_type_single(),
        "multiple" => |t| t.qform_type_multiple(),
        "true_false" => |t| t.qform_type_true_false(),
        "typed" => |t| t.qform_type_typed(),
        "ordering" => |t| t.qform_type_ordering(),
        "matching" => |t| t.qform_type_matching(),
        "image" => |t| t.qform_type_image(),
        "map" => |t| t.qform_type_map(),
        "numeric" => |t| t.qform_type_numeric(),
        _ => |t| t.qform_type_audio(),
    }
}

// ---------------------------------------------------------------------------
// The answer, as data (no browser: unit-tested below).

/// The fewest rows the type needs.
fn min_rows(a: &Answer) -> usize {
    match a {
        Answer::Single { .. } => 2,
        _ => 3,
    }
}

/// Row `i`'s text: an option, an item, or one side of a pair.
fn row_text(a: &Answer, i: usize, right: bool) -> Option<&Text> {
    match a {
        Answer::Single { options, .. }
        | Answer::Multiple { options, .. }
        | Answer::Audio { options, .. } => options.get(i),
        Answer::Ordering { items } => items.get(i),
        Answer::Matching { pairs } => pairs.get(i).map(|p| if right { &p.right } else { &p.left }),
        _ => None,
    }
}

fn row_text_mut(a: &mut Answer, i: usize, right: bool) -> Option<&mut Text> {
    match a {
        Answer::Single { options, .. }
        | Answer::Multiple { options, .. }
        | Answer::Audio { options, .. } => options.get_mut(i),
        Answer::Ordering { items } => items.get_mut(i),
        Answer::Matching { pairs } => {
            pairs
                .get_mut(i)
                .map(|p| if right { &mut p.right } else { &mut p.left })
        }
        _ => None,
    }
}

/// Adds an empty row at the end (up to [`MAX_ROWS`]).
fn add_row(a: &mut Answer) {
    if a.row_count() >= MAX_ROWS {
        return;
    }
    match a {
        Answer::Single { options, .. } | Answer::Multiple { options, .. } => {
            options.push(Text::default())
        }
        Answer::Ordering { items } => items.push(Text::default()),
        Answer::Matching { pairs } => pairs.push(Pair {
            left: Text::default(),
            right: Text::default(),
        }),
        _ => {}
    }
}

/// Removes row `i`; the right answers keep pointing at the same options.
fn remove_row(a: &mut Answer, i: usize) {
    if i >= a.row_count() {
        return;
    }
    match a {
        Answer::Single { options, correct } => {
            options.remove(i);
            if *correct == i {
                *correct = 0;
            } else if *correct > i {
                *correct -= 1;
            }
        }
        Answer::Multiple { options, correct } => {
            options.remove(i);
            correct.retain(|&c| c != i);
            for c in correct.iter_mut() {
                if *c > i {
                    *c -= 1;
                }
            }
        }
        Answer::Ordering { items } => {
            items.remove(i);
        }
        Answer::Matching { pairs } => {
            pairs.remove(i);
        }
        _ => {}
    }
}

/// Moves item `i` of an ordering one place up or down.
fn move_row(a: &mut Answer, i: usize, up: bool) {
    if let Answer::Ordering { items } = a {
        let other = if up { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(o) = other.filter(|&o| o < items.len() && i < items.len()) {
            items.swap(i, o);
        }
    }
}

/// The option texts an answer has, to keep when changing its type.
fn option_texts(a: &Answer) -> Option<Vec<Text>> {
    match a {
        Answer::Single { options, .. }
        | Answer::Multiple { options, .. }
        | Answer::Audio { options, .. } => Some(options.clone()),
        Answer::Ordering { items } => Some(items.clone()),
        Answer::Image { options, .. } => Some(options.iter().map(|m| m.alt.clone()).collect()),
        _ => None,
    }
}

/// The (first) right option of a choice answer.
fn right_option(a: &Answer) -> Option<usize> {
    match a {
        Answer::Single { correct, .. }
        | Answer::Audio { correct, .. }
        | Answer::Image { correct, .. } => Some(*correct),
        Answer::Multiple { correct, .. } => correct.first().copied(),
        _ => None,
    }
}

/// At least `min` and at most [`MAX_ROWS`] texts (empty ones added).
fn fit(mut v: Vec<Text>, min: usize) -> Vec<Text> {
    v.truncate(MAX_ROWS);
    while v.len() < min {
        v.push(Text::default());
    }
    v
}

/// `q`'s answer turned into type `to`: the options are kept between the
/// choice types and ordering, the right option becomes a typed answer,
/// anything else starts from a sensible empty answer. `None` for a type
/// that cannot be built here (picture and audio questions need files).
fn convert(q: &Question, to: &str) -> Option<Answer> {
    let from = &q.answer;
    if from.type_name() == to {
        return Some(from.clone());
    }
    let texts = option_texts(from).unwrap_or_default();
    let right = right_option(from);
    Some(match to {
        "single" => {
            let options = fit(texts, 2);
            let correct = right.filter(|&c| c < options.len()).unwrap_or(0);
            Answer::Single { options, correct }
        }
        "multiple" => {
            let options = fit(texts, 3);
            let correct = right.filter(|&c| c < options.len()).into_iter().collect();
            Answer::Multiple { options, correct }
        }
        "true_false" => Answer::TrueFalse { correct: true },
        "typed" => {
            let shown = right.and_then(|c| texts.get(c));
            let list = |lang: Lang| -> Vec<String> {
                shown
                    .map(|t| t.get(lang).trim().to_string())
                    .filter(|s| !s.is_empty())
                    .into_iter()
                    .collect()
            };
            Answer::Typed {
                accepted: Accepted {
                    vi: list(Lang::Vi),
                    en: list(Lang::En),
                },
                fold_diacritics: true,
            }
        }
        "ordering" => Answer::Ordering {
            items: fit(texts, 3),
        },
        "matching" => Answer::Matching {
            pairs: (0..3)
                .map(|_| Pair {
                    left: Text::default(),
                    right: Text::default(),
                })
                .collect(),
        },
        "numeric" => {
            let value = match from {
                Answer::Typed { accepted, .. } => accepted
                    .vi
                    .first()
                    .or(accepted.en.first())
                    .and_then(|s| parse_number(s)),
                _ => None,
            };
            Answer::Numeric {
                value: value.unwrap_or(0.0),
                tolerance: 0.0,
                unit: None,
            }
        }
        "map" => {
            let code = q
                .members
                .iter()
                .find(|m| MEMBER_CODES.contains(&m.as_str()))
                .map_or(MEMBER_CODES[0], String::as_str);
            Answer::Map {
                correct: code.to_string(),
            }
        }
        _ => return None,
    })
}

/// Accepted answers typed one a line: trimmed, empty lines dropped.
fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// A number as the teacher typed it back (`3.5`, `1967`).
fn number_text(n: f64) -> String {
    if n.is_finite() {
        n.to_string()
    } else {
        String::new()
    }
}

// ---------------------------------------------------------------------------
// The form.

/// The question being edited: reads untracked, writes through the pack.
#[derive(Clone, Copy)]
struct Q {
    pack: RwSignal<Pack>,
    index: usize,
}

impl Q {
    fn read<T>(self, f: impl FnOnce(&Question) -> T) -> Option<T> {
        self.pack
            .with_untracked(|p| p.questions.get(self.index).map(f))
    }

    fn write(self, f: impl FnOnce(&mut Question)) {
        self.pack.update(|p| {
            if let Some(q) = p.questions.get_mut(self.index) {
                f(q);
            }
        });
    }

    /// An element id unique on the page: `q3-prompt-vi`.
    fn id(self, part: &str) -> String {
        format!("q{}-{part}", self.index)
    }
}

/// The name of a field, before the language: "Option 2".
type Label = Arc<dyn Fn(&'static Strings) -> String + Send + Sync>;

fn label(f: impl Fn(&'static Strings) -> String + Send + Sync + 'static) -> Label {
    Arc::new(f)
}

fn numbered(pick: Pick, n: usize) -> Label {
    let n = (n + 1).to_string();
    label(move |t| fill(pick(t), &[("n", &n)]))
}

/// One input (or textarea) for one language, labelled "<field>, <language>"
/// (the field's name hidden: it is the group's visible legend).
fn lang_input(
    id: String,
    class: &'static str,
    lang: Lang,
    name: Label,
    multiline: bool,
    initial: String,
    on_text: impl Fn(String) + Clone + Send + Sync + 'static,
) -> AnyView {
    let i18n = use_i18n();
    let hidden = move || format!("{}, ", name(i18n.t()));
    let input = if multiline {
        view! {
            <textarea
                id=id.clone()
                class=class
                lang=lang.code()
                rows="3"
                prop:value=initial
                on:input=move |ev| on_text(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type="text"
                id=id.clone()
                class=class
                lang=lang.code()
                prop:value=initial
                on:input=move |ev| on_text(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="q-lang-field">
            <label for=id>
                <span class="visually-hidden">{hidden}</span>
                <span lang=lang.code()>{lang_name(lang)}</span>
            </label>
            {input}
        </div>
    }
    .into_any()
}

/// One input per language for a text of the question.
#[allow(clippy::too_many_arguments)]
fn text_inputs(
    q: Q,
    langs: &[Lang],
    part: &str,
    class: &'static str,
    name: Label,
    multiline: bool,
    get: impl Fn(&Question, Lang) -> String,
    set: impl Fn(&mut Question, Lang, String) + Clone + Send + Sync + 'static,
) -> AnyView {
    langs
        .iter()
        .map(|&lang| {
            let initial = q.read(|qq| get(qq, lang)).unwrap_or_default();
            let set = set.clone();
            lang_input(
                q.id(&format!("{part}-{}", lang.code())),
                class,
                lang,
                name.clone(),
                multiline,
                initial,
                move |v| q.write(|qq| set(qq, lang, v)),
            )
        })
        .collect_view()
        .into_any()
}

/// A text field of the question (prompt, explanation) in every language.
#[allow(clippy::too_many_arguments)]
fn text_field(
    q: Q,
    langs: &[Lang],
    part: &'static str,
    class: &'static str,
    legend: Pick,
    hint: Option<Pick>,
    get: fn(&Question) -> &Text,
    set: fn(&mut Question) -> &mut Text,
) -> AnyView {
    view! {
        <fieldset class=format!("field q-text-field q-{part}-field")>
            <legend>{tr(legend)}</legend>
            {hint.map(|h| view! { <p class="hint muted">{tr(h)}</p> })}
            {text_inputs(
                q,
                langs,
                part,
                class,
                label(move |t| legend(t).to_string()),
                true,
                move |qq, l| get(qq).get(l).to_string(),
                move |qq: &mut Question, l: Lang, v: String| set_text(set(qq), l, v),
            )}
        </fieldset>
    }
    .into_any()
}

/// Options, items or pairs.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Single,
    Multiple,
    Ordering,
    Matching,
}

impl Kind {
    /// The word in class names and ids: `q-option`, `q-add-option`.
    fn row(self) -> &'static str {
        match self {
            Kind::Single | Kind::Multiple => "option",
            Kind::Ordering => "item",
            Kind::Matching => "pair",
        }
    }

    fn legend(self) -> Pick {
        match self {
            Kind::Single | Kind::Multiple => |t| t.qform_options(),
            Kind::Ordering => |t| t.qform_items(),
            Kind::Matching => |t| t.qform_pairs(),
        }
    }

    fn hint(self) -> Pick {
        match self {
            Kind::Single | Kind::Multiple => |t| t.qform_options_hint(),
            Kind::Ordering => |t| t.qform_items_hint(),
            Kind::Matching => |t| t.qform_pairs_hint(),
        }
    }

    fn title(self) -> Pick {
        match self {
            Kind::Single | Kind::Multiple => |t| t.qform_option(),
            Kind::Ordering => |t| t.qform_item(),
            Kind::Matching => |t| t.qform_pair(),
        }
    }

    fn add(self) -> Pick {
        match self {
            Kind::Single | Kind::Multiple => |t| t.qform_add_option(),
            Kind::Ordering => |t| t.qform_add_item(),
            Kind::Matching => |t| t.qform_add_pair(),
        }
    }

    fn remove(self) -> Pick {
        match self {
            Kind::Single | Kind::Multiple => |t| t.qform_remove_option(),
            Kind::Ordering => |t| t.qform_remove_item(),
            Kind::Matching => |t| t.qform_remove_pair(),
        }
    }
}

/// The list of options, items or pairs, with add, remove and (ordering)
/// move buttons. Rebuilt when a row is added, removed or moved.
fn rows_editor(q: Q, langs: &[Lang], kind: Kind, rev: RwSignal<u32>) -> AnyView {
    let Some(answer) = q.read(|qq| qq.answer.clone()) else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let n = answer.row_count();
    let min = min_rows(&answer);
    let row = kind.row();
    let add_id = q.id(&format!("add-{row}"));
    let add = move |_: leptos::ev::MouseEvent| {
        q.write(|qq| add_row(&mut qq.answer));
        // The new row's first input, once the list is rebuilt.
        let part = match kind {
            Kind::Matching => format!("pair-{n}-left"),
            _ => format!("{row}-{n}"),
        };
        let id = q.id(&format!("{part}-{}", first_lang(q).code()));
        request_animation_frame(move || dom::focus_id(&id));
    };
    let rows = (0..n)
        .map(|i| {
            let title = numbered(kind.title(), i);
            let inputs = match kind {
                Kind::Matching => {
                    let sides = [
                        (false, "left", "q-pair-left", (|t| t.qform_pair_left()) as Pick),
                        (true, "right", "q-pair-right", |t| t.qform_pair_right()),
                    ];
                    sides
                        .into_iter()
                        .map(|(right, side, class, side_name)| {
                            let n1 = (i + 1).to_string();
                            let pair = kind.title();
                            let name = label(move |t| {
                                format!("{}, {}", fill(pair(t), &[("n", &n1)]), side_name(t))
                            });
                            view! {
                                <div class=format!("q-pair-side q-pair-{side}")>
                                    <span class="q-side-name" aria-hidden="true">{tr(side_name)}</span>
                                    {text_inputs(
                                        q,
                                        langs,
                                        &format!("pair-{i}-{side}"),
                                        class,
                                        name,
                                        false,
                                        move |qq, l| {
                                            row_text(&qq.answer, i, right).map(|t| t.get(l).to_string()).unwrap_or_default()
                                        },
                                        move |qq: &mut Question, l: Lang, v: String| {
                                            if let Some(t) = row_text_mut(&mut qq.answer, i, right) {
                                                set_text(t, l, v);
                                            }
                                        },
                                    )}
                                </div>
                            }
                        })
                        .collect_view()
                        .into_any()
                }
                _ => text_inputs(
                    q,
                    langs,
                    &format!("{row}-{i}"),
                    if kind == Kind::Ordering { "q-item" } else { "q-option" },
                    title.clone(),
                    false,
                    move |qq, l| {
                        row_text(&qq.answer, i, false)
                            .map(|t| t.get(l).to_string())
                            .unwrap_or_default()
                    },
                    move |qq: &mut Question, l: Lang, v: String| {
                        if let Some(t) = row_text_mut(&mut qq.answer, i, false) {
                            set_text(t, l, v);
                        }
                    },
                ),
            };
            let correct = match (&answer, kind) {
                (Answer::Single { correct, .. }, Kind::Single) => {
                    Some(correct_control(q, i, false, *correct == i))
                }
                (Answer::Multiple { correct, .. }, Kind::Multiple) => {
                    Some(correct_control(q, i, true, correct.contains(&i)))
                }
                _ => None,
            };
            let moves = (kind == Kind::Ordering).then(|| move_buttons(q, i, n, rev));
            let remove_title = numbered(kind.remove(), i);
            let remove = move |_: leptos::ev::MouseEvent| {
                q.write(|qq| remove_row(&mut qq.answer, i));
                let id = q.id(&format!("add-{row}"));
                request_animation_frame(move || dom::focus_id(&id));
            };
            let title2 = title.clone();
            view! {
                <li class=format!("q-row q-{row}-row") data-index=i.to_string()>
                    <fieldset class="q-row-set">
                        <legend class="q-row-title">{move || title2(i18n.t())}</legend>
                        <div class="q-row-inputs">{inputs}</div>
                        <div class="q-row-actions">
                            {correct}
                            {moves}
                            <button
                                type="button"
                                class=format!("btn small q-remove-{row}")
                                data-index=i.to_string()
                                disabled={n <= min}
                                aria-label=move || remove_title(i18n.t())
                                on:click=remove
                            >
                                <span aria-hidden="true">"✕"</span>
                            </button>
                        </div>
                    </fieldset>
                </li>
            }
        })
        .collect_view();
    let (min_s, max_s) = (min.to_string(), MAX_ROWS.to_string());
    let hint = kind.hint();
    view! {
        <fieldset class=format!("field q-rows q-{row}s") data-count=n.to_string()>
            <legend>{tr(kind.legend())}</legend>
            <p class="hint muted">{trf(move |t| fill(hint(t), &[("min", &min_s), ("max", &max_s)]))}</p>
            {(kind == Kind::Multiple).then(|| view! { <p class="hint muted">{tr(|t| t.qform_multiple_hint())}</p> })}
            <ol class="q-row-list" role="list">{rows}</ol>
            <button
                type="button"
                id=add_id
                class=format!("btn q-add-{row}")
                disabled={n >= MAX_ROWS}
                on:click=add
            >
                <span aria-hidden="true">"+ "</span>
                {tr(kind.add())}
            </button>
        </fieldset>
    }
    .into_any()
}

/// The first language the form shows (the first input of a row).
fn first_lang(q: Q) -> Lang {
    q.pack
        .with_untracked(|p| p.languages.first().copied())
        .unwrap_or(Lang::Vi)
}

/// "Right answer" beside an option: a radio (single) or a checkbox (multiple).
fn correct_control(q: Q, i: usize, multiple: bool, checked: bool) -> AnyView {
    let i18n = use_i18n();
    let id = q.id(&format!("correct-{i}"));
    let n = (i + 1).to_string();
    let hidden = move || format!(" — {}", fill(i18n.t().qform_option(), &[("n", &n)]));
    let on_change = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        q.write(|qq| match &mut qq.answer {
            Answer::Single { correct, .. } if on => *correct = i,
            Answer::Multiple { correct, .. } => {
                correct.retain(|&c| c != i);
                if on {
                    correct.push(i);
                    correct.sort_unstable();
                }
            }
            _ => {}
        });
    };
    view! {
        <span class="q-correct-field">
            <input
                type=if multiple { "checkbox" } else { "radio" }
                id=id.clone()
                class="q-correct"
                name=q.id("correct")
                value=i.to_string()
                data-index=i.to_string()
                prop:checked=checked
                on:change=on_change
            />
            <label for=id>
                {tr(|t| t.qform_right())}
                <span class="visually-hidden">{hidden}</span>
            </label>
        </span>
    }
    .into_any()
}

/// Move an item of an ordering up or down; the moved item's button keeps
/// focus (its other button at the top or the bottom).
fn move_buttons(q: Q, i: usize, n: usize, rev: RwSignal<u32>) -> AnyView {
    let i18n = use_i18n();
    let go = move |up: bool| {
        q.write(|qq| move_row(&mut qq.answer, i, up));
        rev.update(|r| *r = r.wrapping_add(1));
        let to = if up {
            i.saturating_sub(1)
        } else {
            (i + 1).min(n.saturating_sub(1))
        };
        let edge = if up { to == 0 } else { to + 1 == n };
        let dir = if up != edge { "up" } else { "down" };
        let id = q.id(&format!("item-{to}-{dir}"));
        request_animation_frame(move || dom::focus_id(&id));
    };
    let up_name = numbered(|t| t.qform_move_up(), i);
    let down_name = numbered(|t| t.qform_move_down(), i);
    view! {
        <button
            type="button"
            id=q.id(&format!("item-{i}-up"))
            class="btn small q-move-up"
            data-index=i.to_string()
            disabled={i == 0}
            aria-label=move || up_name(i18n.t())
            on:click=move |_| go(true)
        >
            <span aria-hidden="true">"↑"</span>
        </button>
        <button
            type="button"
            id=q.id(&format!("item-{i}-down"))
            class="btn small q-move-down"
            data-index=i.to_string()
            disabled={i + 1 >= n}
            aria-label=move || down_name(i18n.t())
            on:click=move |_| go(false)
        >
            <span aria-hidden="true">"↓"</span>
        </button>
    }
    .into_any()
}

fn true_false_editor(q: Q, correct: bool) -> AnyView {
    let name = q.id("tf");
    let radio = move |value: bool, pick: Pick| {
        let id = q.id(if value { "tf-true" } else { "tf-false" });
        view! {
            <span class="q-correct-field">
                <input
                    type="radio"
                    id=id.clone()
                    class=if value { "q-tf q-true" } else { "q-tf q-false" }
                    name=name.clone()
                    value=value.to_string()
                    prop:checked={correct == value}
                    on:change=move |ev| {
                        if event_target_checked(&ev) {
                            q.write(|qq| {
                                if let Answer::TrueFalse { correct } = &mut qq.answer {
                                    *correct = value;
                                }
                            });
                        }
                    }
                />
                <label for=id>{tr(pick)}</label>
            </span>
        }
    };
    view! {
        <fieldset class="field q-true-false">
            <legend>{tr(|t| t.qform_right())}</legend>
            {radio(true, |t| t.contest_true())}
            {radio(false, |t| t.contest_false())}
        </fieldset>
    }
    .into_any()
}

fn typed_editor(q: Q, langs: &[Lang], fold: bool) -> AnyView {
    let fold_id = q.id("fold");
    let hint_id = q.id("accepted-hint");
    let described = hint_id.clone();
    view! {
        <fieldset class="field q-text-field q-accepted-field" aria-describedby=described>
            <legend>{tr(|t| t.qform_accepted())}</legend>
            <p class="hint muted" id=hint_id>{tr(|t| t.qform_accepted_hint())}</p>
            {text_inputs(
                q,
                langs,
                "accepted",
                "q-accepted",
                label(|t| t.qform_accepted().to_string()),
                true,
                |qq, l| match &qq.answer {
                    Answer::Typed { accepted, .. } => accepted.get(l).join("\n"),
                    _ => String::new(),
                },
                |qq: &mut Question, l: Lang, v: String| {
                    if let Answer::Typed { accepted, .. } = &mut qq.answer {
                        match l {
                            Lang::Vi => accepted.vi = lines(&v),
                            Lang::En => accepted.en = lines(&v),
                        }
                    }
                },
            )}
        </fieldset>
        <div class="field check q-fold-field">
            <input
                type="checkbox"
                id=fold_id.clone()
                class="q-fold"
                prop:checked=fold
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    q.write(|qq| {
                        if let Answer::Typed { fold_diacritics, .. } = &mut qq.answer {
                            *fold_diacritics = on;
                        }
                    });
                }
            />
            <label for=fold_id>{tr(|t| t.qform_fold_diacritics())}</label>
        </div>
    }
    .into_any()
}

/// A number field (decimal comma or point) that writes only numbers it can
/// read, and says so when it cannot.
#[allow(clippy::too_many_arguments)]
fn number_field(
    q: Q,
    part: &'static str,
    class: &'static str,
    name: Pick,
    hint: Pick,
    error: Pick,
    initial: f64,
    set: fn(&mut Answer, f64) -> bool,
) -> AnyView {
    let i18n = use_i18n();
    let id = q.id(part);
    let hint_id = q.id(&format!("{part}-hint"));
    let error_id = q.id(&format!("{part}-error"));
    let bad = RwSignal::new(false);
    let on_input = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        match parse_number(&raw) {
            Some(v) => {
                let mut ok = false;
                q.write(|qq| ok = set(&mut qq.answer, v));
                bad.set(!ok);
            }
            None => bad.set(true),
        }
    };
    view! {
        <div class=format!("field q-{part}-field")>
            <label for=id.clone()>{tr(name)}</label>
            <p class="hint muted" id=hint_id.clone()>{tr(hint)}</p>
            <input
                type="text"
                inputmode="decimal"
                autocomplete="off"
                id=id
                class=class
                prop:value=number_text(initial)
                aria-describedby=format!("{hint_id} {error_id}")
                aria-invalid=move || bad.get().to_string()
                on:input=on_input
            />
            <p class="field-error" id=error_id aria-live="polite">
                {move || bad.get().then(|| error(i18n.t()))}
            </p>
        </div>
    }
    .into_any()
}

fn numeric_editor(q: Q, langs: &[Lang], value: f64, tolerance: f64) -> AnyView {
    view! {
        {number_field(
            q,
            "value",
            "q-value",
            |t| t.qform_value(),
            |t| t.qform_value_hint(),
            |t| t.contest_not_a_number(),
            value,
            |a, v| {
                if let Answer::Numeric { value, .. } = a {
                    *value = v;
                }
                true
            },
        )}
        {number_field(
            q,
            "tolerance",
            "q-tolerance",
            |t| t.qform_tolerance(),
            |t| t.qform_tolerance_hint(),
            |t| t.qform_tolerance_invalid(),
            tolerance,
            |a, v| {
                if v < 0.0 {
                    return false;
                }
                if let Answer::Numeric { tolerance, .. } = a {
                    *tolerance = v;
                }
                true
            },
        )}
        <fieldset class="field q-text-field q-unit-field">
            <legend>{tr(|t| t.qform_unit())}</legend>
            {text_inputs(
                q,
                langs,
                "unit",
                "q-unit",
                label(|t| t.qform_unit().to_string()),
                false,
                |qq, l| match &qq.answer {
                    Answer::Numeric { unit: Some(u), .. } => u.get(l).to_string(),
                    _ => String::new(),
                },
                |qq: &mut Question, l: Lang, v: String| {
                    if let Answer::Numeric { unit, .. } = &mut qq.answer {
                        let mut u = unit.take().unwrap_or_default();
                        set_text(&mut u, l, v);
                        *unit = (!u.vi.trim().is_empty() || !u.en.trim().is_empty()).then_some(u);
                    }
                },
            )}
        </fieldset>
    }
    .into_any()
}

fn map_editor(q: Q, correct: String) -> AnyView {
    let id = q.id("member");
    let known = MEMBER_CODES.contains(&correct.as_str());
    view! {
        <div class="field q-member-field">
            <label for=id.clone()>{tr(|t| t.qform_member())}</label>
            <select
                id=id
                class="q-member"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if MEMBER_CODES.contains(&v.as_str()) {
                        q.write(|qq| {
                            if let Answer::Map { correct } = &mut qq.answer {
                                *correct = v;
                            }
                        });
                    }
                }
            >
                {(!known).then(|| view! { <option value="" selected=true>{tr(|t| t.contest_choose())}</option> })}
                {MEMBER_CODES
                    .iter()
                    .map(|&c| {
                        view! { <option value=c selected={c == correct}>{c.to_ascii_uppercase()}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// What the form shows for the answer: rebuilt when this changes.
#[derive(Clone, PartialEq)]
struct Shape {
    ty: &'static str,
    rows: usize,
}

fn answer_editor(q: Q, langs: &[Lang], rev: RwSignal<u32>) -> AnyView {
    let Some(answer) = q.read(|qq| qq.answer.clone()) else {
        return ().into_any();
    };
    match answer {
        Answer::Single { .. } => rows_editor(q, langs, Kind::Single, rev),
        Answer::Multiple { .. } => rows_editor(q, langs, Kind::Multiple, rev),
        Answer::Ordering { .. } => rows_editor(q, langs, Kind::Ordering, rev),
        Answer::Matching { .. } => rows_editor(q, langs, Kind::Matching, rev),
        Answer::TrueFalse { correct } => true_false_editor(q, correct),
        Answer::Typed {
            fold_diacritics, ..
        } => typed_editor(q, langs, fold_diacritics),
        Answer::Numeric {
            value, tolerance, ..
        } => numeric_editor(q, langs, value, tolerance),
        Answer::Map { correct } => map_editor(q, correct),
        Answer::Image { .. } | Answer::Audio { .. } => view! {
            <p class="notice q-kept">{tr(|t| t.qform_kept())}</p>
        }
        .into_any(),
    }
}

fn type_select(q: Q) -> AnyView {
    let Some(start) = q.read(|qq| qq.answer.type_name()) else {
        return ().into_any();
    };
    // Answers left behind by a change of type, to bring back when the
    // teacher changes back (a picture or audio question cannot be rebuilt).
    let left = StoredValue::new(HashMap::<&'static str, Answer>::new());
    let id = q.id("type");
    let hint_id = q.id("type-hint");
    let on_change = move |ev: leptos::ev::Event| {
        let to = event_target_value(&ev);
        let Some(from) = q.read(|qq| qq.answer.clone()) else {
            return;
        };
        if from.type_name() == to {
            return;
        }
        // Options carry over between the choice types and ordering; other
        // answers come back as they were left.
        let shares = |t: &str| matches!(t, "single" | "multiple" | "ordering");
        let carried = shares(from.type_name()) && shares(&to);
        let back = left.with_value(|m| m.get(to.as_str()).cloned());
        let next = match back {
            Some(a) if !carried => Some(a),
            _ => q.read(|qq| convert(qq, &to)).flatten(),
        };
        if let Some(next) = next {
            left.update_value(|m| {
                m.insert(from.type_name(), from);
            });
            q.write(|qq| qq.answer = next);
        }
    };
    view! {
        <div class="field q-type-field">
            <label for=id.clone()>{tr(|t| t.qform_type())}</label>
            <select id=id class="q-type" aria-describedby=hint_id.clone() on:change=on_change>
                {Answer::TYPES
                    .iter()
                    .filter(|&&t| !matches!(t, "image" | "audio") || t == start)
                    .map(|&t| view! { <option value=t selected={t == start}>{tr(type_label(t))}</option> })
                    .collect_view()}
            </select>
            <p class="hint muted" id=hint_id>{tr(|t| t.qform_type_hint())}</p>
        </div>
    }
    .into_any()
}

fn difficulty_select(q: Q) -> AnyView {
    let id = q.id("difficulty");
    let now = q.read(|qq| qq.difficulty).unwrap_or(2);
    let levels: [(u8, Pick); 3] = [
        (1, |t| t.qform_difficulty_1()),
        (2, |t| t.qform_difficulty_2()),
        (3, |t| t.qform_difficulty_3()),
    ];
    view! {
        <div class="field q-difficulty-field">
            <label for=id.clone()>{tr(|t| t.qform_difficulty())}</label>
            <select
                id=id
                class="q-difficulty"
                on:change=move |ev| {
                    if let Ok(d @ 1..=3) = event_target_value(&ev).parse::<u8>() {
                        q.write(|qq| qq.difficulty = d);
                    }
                }
            >
                {levels
                    .into_iter()
                    .map(|(d, name)| view! { <option value=d.to_string() selected={d == now}>{tr(name)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
    .into_any()
}

fn time_limit_field(q: Q) -> AnyView {
    let i18n = use_i18n();
    let id = q.id("time-limit");
    let hint_id = q.id("time-limit-hint");
    let error_id = q.id("time-limit-error");
    let now = q
        .read(|qq| qq.time_limit_s)
        .flatten()
        .map(|s| s.to_string())
        .unwrap_or_default();
    let bad = RwSignal::new(false);
    let on_input = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        let raw = raw.trim();
        if raw.is_empty() {
            bad.set(false);
            q.write(|qq| qq.time_limit_s = None);
            return;
        }
        match raw.parse::<u32>() {
            Ok(s) if (1..=MAX_TIME_LIMIT_S).contains(&s) => {
                bad.set(false);
                q.write(|qq| qq.time_limit_s = Some(s));
            }
            _ => bad.set(true),
        }
    };
    view! {
        <div class="field q-time-limit-field">
            <label for=id.clone()>{tr(|t| t.qform_time_limit())}</label>
            <p class="hint muted" id=hint_id.clone()>{tr(|t| t.qform_time_limit_hint())}</p>
            <input
                type="number"
                inputmode="numeric"
                min="1"
                max=MAX_TIME_LIMIT_S.to_string()
                step="1"
                id=id
                class="q-time-limit"
                prop:value=now
                aria-describedby=format!("{hint_id} {error_id}")
                aria-invalid=move || bad.get().to_string()
                on:input=on_input
            />
            <p class="field-error" id=error_id aria-live="polite">
                {move || bad.get().then(|| i18n.t().qform_time_limit_invalid())}
            </p>
        </div>
    }
    .into_any()
}

/// The form of `pack.questions[index]`, edited in place.
#[component]
pub fn QuestionForm(pack: RwSignal<Pack>, index: usize) -> impl IntoView {
    let q = Q { pack, index };
    // The whole form is rebuilt for another question at this index (moved,
    // deleted, undone) or other languages; the answer part for another
    // type or number of rows.
    let frame = Memo::new(move |_| {
        pack.with(|p| {
            let langs = if p.languages.is_empty() {
                Lang::ALL.to_vec()
            } else {
                p.languages.clone()
            };
            (p.questions.get(index).map(|q| q.id.clone()), langs)
        })
    });
    let shape = Memo::new(move |_| {
        pack.with(|p| {
            p.questions.get(index).map(|q| Shape {
                ty: q.answer.type_name(),
                rows: q.answer.row_count(),
            })
        })
    });
    // Bumped when rows move (the count stays, the texts change places).
    let rev = RwSignal::new(0u32);
    move || {
        let (id, langs) = frame.get();
        let id = id?;
        let ty = shape
            .with_untracked(|s| s.as_ref().map(|s| s.ty))
            .unwrap_or("");
        let answer_langs = langs.clone();
        let answer = move || {
            shape.track();
            rev.track();
            answer_editor(q, &answer_langs, rev)
        };
        Some(view! {
            <div class="q-form" data-index=index.to_string() data-id=id data-type=move || shape.get().map(|s| s.ty).unwrap_or(ty)>
                {type_select(q)}
                {text_field(
                    q,
                    &langs,
                    "prompt",
                    "q-prompt",
                    |t| t.qform_prompt(),
                    None,
                    |qq| &qq.prompt,
                    |qq| &mut qq.prompt,
                )}
                <div class="q-answer">{answer}</div>
                {text_field(
                    q,
                    &langs,
                    "explanation",
                    "q-explanation",
                    |t| t.qform_explanation(),
                    Some(|t| t.qform_explanation_hint()),
                    |qq| &qq.explanation,
                    |qq| &mut qq.explanation,
                )}
                <div class="q-settings">
                    {difficulty_select(q)}
                    {time_limit_field(q)}
                </div>
            </div>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(answer: Answer) -> Question {
        Question {
            id: "t-001".into(),
            prompt: Text::new("Hỏi", "Ask"),
            media: None,
            answer,
            explanation: Text::new("Vì", "Because"),
            difficulty: 2,
            topics: Vec::new(),
            members: Vec::new(),
            source: String::new(),
            time_limit_s: None,
        }
    }

    fn opts(n: usize) -> Vec<Text> {
        (0..n)
            .map(|i| Text::new(format!("v{i}"), format!("e{i}")))
            .collect()
    }

    #[test]
    fn converting_keeps_options_and_the_right_one() {
        let q = question(Answer::Single {
            options: opts(4),
            correct: 2,
        });
        let Some(Answer::Multiple { options, correct }) = convert(&q, "multiple") else {
            panic!("not multiple");
        };
        assert_eq!(options, opts(4));
        assert_eq!(correct, vec![2]);
        let Some(Answer::Ordering { items }) = convert(&q, "ordering") else {
            panic!("not ordering");
        };
        assert_eq!(items, opts(4));
        let Some(Answer::Typed { accepted, .. }) = convert(&q, "typed") else {
            panic!("not typed");
        };
        assert_eq!(accepted.vi, vec!["v2".to_string()]);
        assert_eq!(accepted.en, vec!["e2".to_string()]);
        assert_eq!(convert(&q, "image"), None);
        assert_eq!(convert(&q, "audio"), None);
    }

    #[test]
    fn converting_pads_to_the_minimum() {
        let q = question(Answer::TrueFalse { correct: true });
        let Some(Answer::Single { options, correct }) = convert(&q, "single") else {
            panic!("not single");
        };
        assert_eq!((options.len(), correct), (2, 0));
        let Some(Answer::Matching { pairs }) = convert(&q, "matching") else {
            panic!("not matching");
        };
        assert_eq!(pairs.len(), 3);
        let Some(Answer::Map { correct }) = convert(&q, "map") else {
            panic!("not map");
        };
        assert_eq!(correct, MEMBER_CODES[0]);
        let typed = question(Answer::Typed {
            accepted: Accepted {
                vi: vec!["3,5".into()],
                en: vec![],
            },
            fold_diacritics: true,
        });
        assert!(
            matches!(convert(&typed, "numeric"), Some(Answer::Numeric { value, .. }) if value == 3.5)
        );
    }

    #[test]
    fn removing_an_option_keeps_the_right_answers() {
        let mut a = Answer::Single {
            options: opts(4),
            correct: 3,
        };
        remove_row(&mut a, 1);
        assert!(matches!(&a, Answer::Single { options, correct: 2 } if options.len() == 3));
        remove_row(&mut a, 2);
        assert!(matches!(&a, Answer::Single { correct: 0, .. }));
        remove_row(&mut a, 9);
        assert_eq!(a.row_count(), 2);

        let mut m = Answer::Multiple {
            options: opts(5),
            correct: vec![0, 2, 4],
        };
        remove_row(&mut m, 2);
        assert!(matches!(&m, Answer::Multiple { correct, .. } if correct == &vec![0, 3]));
    }

    #[test]
    fn adding_stops_at_six_and_moving_swaps() {
        let mut a = Answer::Ordering { items: opts(5) };
        add_row(&mut a);
        add_row(&mut a);
        assert_eq!(a.row_count(), MAX_ROWS);
        let mut o = Answer::Ordering { items: opts(3) };
        move_row(&mut o, 0, true);
        move_row(&mut o, 2, false);
        move_row(&mut o, 1, true);
        let Answer::Ordering { items } = o else {
            panic!()
        };
        assert_eq!(items[0].en, "e1");
        assert_eq!(items[1].en, "e0");
    }

    #[test]
    fn accepted_lines() {
        assert_eq!(lines(" Hà Nội \n\n ha noi\n"), vec!["Hà Nội", "ha noi"]);
        assert_eq!(number_text(3.5), "3.5");
        assert_eq!(number_text(1967.0), "1967");
    }
}
