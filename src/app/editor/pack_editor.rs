//! `/contest/editor/<id>`: one of the teacher's packs — its title, level,
//! topics and languages, its questions (add, edit, reorder, delete with an
//! undo), checks as you type, a live preview, export, and play. Every change
//! is saved on this device at once (IndexedDB).

use super::preview::QuestionPreview;
use super::question_form::QuestionForm;
use super::reasons::reason_text;
use crate::app::components::error_panel::ErrorPanel;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{fill, text, tr, trf, use_i18n};
use crate::app::my_packs;
use crate::app::router::Link;
use crate::core::content::TopicsFile;
use crate::core::import::check;
use crate::core::lang::{Lang, Text};
use crate::core::quiz::pack::{Answer, Level};
use crate::core::quiz::{Pack, Question};
use crate::core::validate::TOPICS_FILE;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The types "Add a question" offers (any type can be chosen in the form).
const NEW_TYPES: [(&str, crate::app::i18n::Pick); 5] = [
    ("single", |t| t.editor_type_single()),
    ("multiple", |t| t.editor_type_multiple()),
    ("true_false", |t| t.editor_type_true_false()),
    ("typed", |t| t.editor_type_typed()),
    ("numeric", |t| t.editor_type_numeric()),
];

/// A new question of the type chosen in "Add a question".
fn new_question(id: String, kind: &str) -> Question {
    let two = || vec![Text::default(), Text::default()];
    let three = || vec![Text::default(), Text::default(), Text::default()];
    let answer = match kind {
        "multiple" => Answer::Multiple {
            options: three(),
            correct: vec![0, 1],
        },
        "true_false" => Answer::TrueFalse { correct: true },
        "typed" => Answer::Typed {
            accepted: crate::core::quiz::pack::Accepted {
                vi: Vec::new(),
                en: Vec::new(),
            },
            fold_diacritics: true,
        },
        "numeric" => Answer::Numeric {
            value: 0.0,
            tolerance: 0.0,
            unit: None,
        },
        _ => Answer::Single {
            options: two(),
            correct: 0,
        },
    };
    Question::new(id, Text::default(), answer)
}

/// A question id not used in the pack: `<pack id>-<n>`.
fn free_id(pack: &Pack) -> String {
    (pack.questions.len() + 1..)
        .map(|n| format!("{}-{n:03}", pack.id))
        .find(|id| !pack.questions.iter().any(|q| &q.id == id))
        .unwrap_or_default()
}

/// What is still wrong, question by question and language by language.
fn problems(pack: &Pack, t: &'static crate::app::i18n::Strings) -> Vec<(Option<usize>, String)> {
    let mut out = Vec::new();
    for &l in &pack.languages {
        if pack.title.get(l).trim().is_empty() {
            out.push((
                None,
                fill(t.editor_problem_title(), &[("lang", lang_name(l))]),
            ));
        }
    }
    if pack.questions.is_empty() {
        out.push((None, t.editor_problem_no_questions().to_string()));
    }
    for (i, q) in pack.questions.iter().enumerate() {
        for &l in &pack.languages {
            if let Some(r) = check(q, l) {
                out.push((
                    Some(i),
                    fill(
                        t.editor_problem_question(),
                        &[
                            ("n", &(i + 1).to_string()),
                            ("lang", lang_name(l)),
                            ("reason", &reason_text(t, &r)),
                        ],
                    ),
                ));
            }
        }
    }
    out
}

fn lang_name(l: Lang) -> &'static str {
    match l {
        Lang::Vi => "Tiếng Việt",
        Lang::En => "English",
    }
}

#[component]
pub fn Editor(id: String) -> impl IntoView {
    let key = id.clone();
    let loaded = LocalResource::new(move || {
        let key = key.clone();
        async move { my_packs::get(&key).await }
    });
    view! {
        <div class="section editor">
            {move || match loaded.get() {
                None => ().into_any(),
                Some(Err(error)) => view! { <ErrorPanel error/> }.into_any(),
                Some(Ok(None)) => view! {
                    <h1>{tr(|t| t.editor_not_found())}</h1>
                    <p><Link href="/contest/editor" class="btn btn-primary">{tr(|t| t.editor_title())}</Link></p>
                }.into_any(),
                Some(Ok(Some(pack))) => view! { <PackEditor start=pack/> }.into_any(),
            }}
        </div>
    }
}

#[derive(Clone, PartialEq)]
enum Saved {
    Yes,
    Saving,
    Failed(String),
}

#[component]
fn PackEditor(start: Pack) -> impl IntoView {
    let i18n = use_i18n();
    let topics = use_content::<TopicsFile>(TOPICS_FILE);
    let pack = RwSignal::new(start.clone());
    let selected = RwSignal::new(None::<usize>);
    let deleted = RwSignal::new(None::<(usize, Question)>);
    let saved = RwSignal::new(Saved::Yes);
    let new_kind = RwSignal::new("single".to_string());

    // Autosave: every change is written; the first run is the loaded pack.
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let p = pack.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        saved.set(Saved::Saving);
        spawn_local(async move {
            match my_packs::save(&p).await {
                Ok(()) => saved.set(Saved::Yes),
                Err(e) => saved.set(Saved::Failed(e)),
            }
        });
    });

    let title_input = move |l: Lang| {
        view! {
            <div class="field">
                <label for=format!("pack-title-{}", l.code())>{move || fill(i18n.t().editor_pack_title(), &[("lang", lang_name(l))])}</label>
                <input id=format!("pack-title-{}", l.code()) class="pack-title" type="text" lang=l.code()
                    prop:value=pack.with_untracked(|p| p.title.get(l).to_string())
                    on:input=move |ev| { let v = event_target_value(&ev); pack.update(|p| match l { Lang::Vi => p.title.vi = v, Lang::En => p.title.en = v }); }/>
            </div>
        }
    };
    let description_input = move |l: Lang| {
        view! {
            <div class="field">
                <label for=format!("pack-description-{}", l.code())>{move || fill(i18n.t().editor_pack_description(), &[("lang", lang_name(l))])}</label>
                <textarea id=format!("pack-description-{}", l.code()) rows="2" lang=l.code()
                    prop:value=pack.with_untracked(|p| p.description.get(l).to_string())
                    on:input=move |ev| { let v = event_target_value(&ev); pack.update(|p| match l { Lang::Vi => p.description.vi = v, Lang::En => p.description.en = v }); }></textarea>
            </div>
        }
    };
    let langs = Memo::new(move |_| pack.with(|p| p.languages.clone()));
    let count = Memo::new(move |_| pack.with(|p| p.questions.len()));
    let summaries = Memo::new(move |_| {
        let l = pack.with(|p| super::pack_lang(p, i18n.lang()));
        pack.with(|p| {
            p.questions
                .iter()
                .map(|q| (q.answer.type_name(), q.prompt.get(l).to_string()))
                .collect::<Vec<_>>()
        })
    });
    let found = Memo::new(move |_| pack.with(|p| problems(p, i18n.t())));

    // Opens question `i` in the form and takes focus there: on a phone the
    // form is below the list, out of sight.
    let open = move |i: usize| {
        selected.set(Some(i));
        request_animation_frame(|| crate::app::dom::focus_id("q-form-h"));
    };
    let move_q = move |i: usize, down: bool| {
        let j = if down { i + 1 } else { i.wrapping_sub(1) };
        pack.update(|p| {
            if i < p.questions.len() && j < p.questions.len() {
                p.questions.swap(i, j);
            }
        });
        if selected.get_untracked() == Some(i) {
            selected.set(Some(j));
        } else if selected.get_untracked() == Some(j) {
            selected.set(Some(i));
        }
    };
    let delete_q = move |i: usize| {
        let mut gone = None;
        pack.update(|p| {
            if i < p.questions.len() {
                gone = Some(p.questions.remove(i));
            }
        });
        if let Some(q) = gone {
            deleted.set(Some((i, q)));
            selected.set(None);
        }
    };
    let undo = move |_| {
        if let Some((i, q)) = deleted.get_untracked() {
            pack.update(|p| {
                let at = i.min(p.questions.len());
                p.questions.insert(at, q);
            });
            deleted.set(None);
        }
    };
    let add = move |_| {
        let kind = new_kind.get_untracked();
        let mut at = 0;
        pack.update(|p| {
            let q = new_question(free_id(p), &kind);
            p.questions.push(q);
            at = p.questions.len() - 1;
        });
        deleted.set(None);
        open(at);
    };
    let export_href = format!("/contest/editor#pack-{}", start.id);
    let practice = format!("/contest/practice/{}", start.id);

    view! {
        <h1>{move || { let p = pack.with(|p| p.title.clone()); let l = pack.with(|p| super::pack_lang(p, i18n.lang())); let s = p.get(l).to_string(); if s.trim().is_empty() { i18n.t().editor_untitled().to_string() } else { s } }}</h1>
        <p class="save-state" role="status">{move || match saved.get() {
            Saved::Yes => i18n.t().editor_saved().to_string(),
            Saved::Saving => i18n.t().editor_saving().to_string(),
            Saved::Failed(e) => fill(i18n.t().editor_storage_error(), &[("detail", &e)]),
        }}</p>
        <div class="mode-links">
            <Link href=practice class="btn btn-primary">{tr(|t| t.editor_play())}</Link>
            <Link href="/contest/golden-bell" class="btn">{tr(|t| t.host_bell_title())}</Link>
            <Link href="/contest/editor" class="btn">{tr(|t| t.editor_title())}</Link>
        </div>
        <section class="card pack-fields" aria-labelledby="pack-h">
            <h2 id="pack-h">{tr(|t| t.editor_pack_heading())}</h2>
            <fieldset class="languages">
                <legend>{tr(|t| t.editor_languages())}</legend>
                {Lang::ALL.into_iter().map(|l| view! {
                    <label class="check">
                        <input type="checkbox" class=format!("pack-lang-{}", l.code())
                            prop:checked=move || langs.get().contains(&l)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                pack.update(|p| {
                                    if on && !p.languages.contains(&l) { p.languages.push(l); }
                                    // At least one language stays.
                                    if !on && p.languages.len() > 1 { p.languages.retain(|x| *x != l); }
                                });
                            }/>
                        " " {lang_name(l)}
                    </label>
                }).collect_view()}
            </fieldset>
            {move || langs.get().into_iter().map(|l| view! { {title_input(l)} {description_input(l)} }).collect_view()}
            <div class="field">
                <label for="pack-level">{tr(|t| t.editor_level())}</label>
                <select id="pack-level" on:change=move |ev| {
                    let level = match event_target_value(&ev).as_str() { "primary" => Level::Primary, "adult" => Level::Adult, _ => Level::Secondary };
                    pack.update(|p| p.level = level);
                }>
                    {[(Level::Primary, "primary"), (Level::Secondary, "secondary"), (Level::Adult, "adult")].into_iter().map(|(lv, v)| view! {
                        <option value=v selected=pack.with_untracked(|p| p.level == lv)>{tr(match lv { Level::Primary => |t| t.contest_level_primary(), Level::Secondary => |t| t.contest_level_secondary(), Level::Adult => |t| t.contest_level_adult() })}</option>
                    }).collect_view()}
                </select>
            </div>
            <fieldset class="topics">
                <legend>{tr(|t| t.editor_topics())}</legend>
                <ContentView res=topics render=move |c: Content| {
                    c.get::<TopicsFile>().topics.iter().map(|tp| {
                        let id = tp.id.clone();
                        let id2 = id.clone();
                        view! {
                            <label class="check chip">
                                <input type="checkbox" prop:checked=pack.with_untracked(|p| p.topics.contains(&id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let id = id2.clone();
                                        pack.update(|p| { p.topics.retain(|x| *x != id); if on { p.topics.push(id); } });
                                    }/>
                                " " {text(&tp.name)}
                            </label>
                        }
                    }).collect_view().into_any()
                }/>
            </fieldset>
        </section>

        <section class="card checks" aria-labelledby="checks-h">
            <h2 id="checks-h">{tr(|t| t.editor_checks())}</h2>
            <p role="status" class="check-summary">{move || {
                let n = found.with(Vec::len);
                if n == 0 { i18n.t().editor_all_good().to_string() } else { fill(i18n.t().editor_problem_count(), &[("n", &n.to_string())]) }
            }}</p>
            <ul class="problems">
                {move || found.get().into_iter().map(|(q, msg)| view! {
                    <li>{match q {
                        Some(i) => view! { <button type="button" class="link-button" on:click=move |_| open(i)>{msg}</button> }.into_any(),
                        None => view! { <span>{msg}</span> }.into_any(),
                    }}</li>
                }).collect_view()}
            </ul>
        </section>

        <section class="card questions-editor" aria-labelledby="questions-h">
            <h2 id="questions-h">{move || fill(i18n.t().editor_questions(), &[("n", &count.get().to_string())])}</h2>
            {move || deleted.get().map(|(i, _)| view! {
                <p class="notice undo" role="status">
                    {fill(i18n.t().editor_question_deleted(), &[("n", &(i + 1).to_string())])}
                    " "
                    <button type="button" class="btn undo-delete" on:click=undo>{tr(|t| t.editor_undo())}</button>
                </p>
            })}
            <ol class="question-list">
                {move || summaries.get().into_iter().enumerate().map(|(i, (kind, prompt))| {
                    let n = (i + 1).to_string();
                    let label = if prompt.trim().is_empty() { i18n.t().editor_no_prompt().to_string() } else { prompt };
                    view! {
                        <li class="question-row" class:selected=move || selected.get() == Some(i) data-type=kind>
                            <button type="button" class="link-button edit-question" aria-expanded=move || (selected.get() == Some(i)).to_string()
                                on:click=move |_| if selected.get_untracked() == Some(i) { selected.set(None) } else { open(i) }>
                                <span class="muted">{n.clone()}". "</span>{label}
                            </button>
                            <span class="row-actions">
                                <button type="button" class="btn small move-up" disabled=i == 0 on:click=move |_| move_q(i, false)
                                    aria-label=move || fill(i18n.t().editor_move_up(), &[("n", &(i + 1).to_string())])>"↑"</button>
                                <button type="button" class="btn small move-down" disabled=move || { i + 1 >= count.get() } on:click=move |_| move_q(i, true)
                                    aria-label=move || fill(i18n.t().editor_move_down(), &[("n", &(i + 1).to_string())])>"↓"</button>
                                <button type="button" class="btn small delete-question" on:click=move |_| delete_q(i)
                                    aria-label=move || fill(i18n.t().editor_delete_question(), &[("n", &(i + 1).to_string())])>"✕"</button>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="add-question">
                <div class="field">
                    <label for="new-type">{tr(|t| t.editor_new_type())}</label>
                    <select id="new-type" on:change=move |ev| new_kind.set(event_target_value(&ev))>
                        {NEW_TYPES.into_iter().map(|(v, name)| view! { <option value=v>{tr(name)}</option> }).collect_view()}
                    </select>
                </div>
                <button type="button" class="btn btn-primary add-question-button" on:click=add>{tr(|t| t.editor_add_question())}</button>
            </div>
        </section>

        {move || selected.get().filter(|&i| i < count.get_untracked()).map(|i| view! {
            <div class="question-editing">
                <section class="card" aria-labelledby="q-form-h">
                    <h2 id="q-form-h" tabindex="-1">{fill(i18n.t().editor_editing(), &[("n", &(i + 1).to_string())])}</h2>
                    <QuestionForm pack index=i/>
                </section>
                <section class="card preview">
                    <QuestionPreview pack index=i/>
                </section>
            </div>
        })}

        <section class="card" aria-labelledby="export-h">
            <h2 id="export-h">{tr(|t| t.editor_export())}</h2>
            <p class="muted">{tr(|t| t.editor_export_about())}</p>
            // Export lives with the list (the exporters are in that download,
            // which keeps this one small); the link lands on this pack's card.
            <p><Link href=export_href class="btn export-open">{tr(|t| t.editor_export_open())}</Link></p>
        </section>
        {move || (count.get() == 0).then(|| view! { <p class="muted">{trf(|t| t.editor_empty_hint().to_string())}</p> })}
    }
}
