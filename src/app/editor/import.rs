//! `/contest/import`: a file chosen or dropped (Kahoot, Quizizz, Blooket,
//! our CSV, GIFT, Aiken, our JSON) is read in the browser, shown as a
//! preview — what will come in, what is skipped and why, with the line — and
//! saved as a new pack of this device only when the teacher says so. A
//! refused file is named with the place and the reason; the packs already
//! kept are never touched.

use super::reasons::{format_name, place_text, reason_text};
use crate::app::i18n::{fill, tr, trf, use_i18n};
use crate::app::my_packs;
use crate::app::router::{navigate_in, use_location, Link};
use crate::core::import::{self, Note, Options, Preview, MAX_BYTES};
use crate::core::lang::{Lang, Text};
use crate::core::quiz::Pack;
use leptos::prelude::*;
use leptos::task::spawn_local;

enum Stage {
    Waiting,
    Reading(String),
    Refused(String, Note),
    Ready(String, Box<Preview>, String),
}

/// The file's bytes (the browser reads it; nothing leaves the device).
async fn read(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "read error".into()))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Lets the browser paint ("Reading…") before a long parse.
async fn next_frame() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    }))
    .await;
}

/// The new pack from what the preview can import.
fn pack_of(preview: &Preview, id: &str, title: &str, lang: Lang) -> Pack {
    let good: Vec<_> = preview
        .questions
        .iter()
        .map(|d| d.question.clone())
        .collect();
    match &preview.pack {
        // Our JSON: the pack as it was sent, less what cannot be played.
        Some(p) => {
            let mut p = p.clone();
            p.id = id.to_string();
            p.questions.retain(|q| good.iter().any(|g| g.id == q.id));
            p
        }
        None => {
            let title = match lang {
                Lang::Vi => Text::new(title, ""),
                Lang::En => Text::new("", title),
            };
            let mut p = super::empty_pack(id.to_string(), title, preview.languages.clone());
            p.questions = good;
            p
        }
    }
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let i18n = use_i18n();
    // Captured here: the saves finish outside the component tree.
    let loc = use_location();
    let lang = RwSignal::new(i18n.lang_untracked());
    let stage = RwSignal::new(Stage::Waiting);
    let title = RwSignal::new(String::new());
    let save_error = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);

    let take = move |file: web_sys::File| {
        let name = file.name();
        save_error.set(None);
        if file.size() > MAX_BYTES as f64 {
            let note = Note::new(
                import::Place::default(),
                import::Reason::TooLarge {
                    bytes: file.size() as usize,
                    max: MAX_BYTES,
                },
            );
            stage.set(Stage::Refused(name, note));
            return;
        }
        stage.set(Stage::Reading(name.clone()));
        spawn_local(async move {
            let bytes = match read(&file).await {
                Ok(b) => b,
                Err(_) => {
                    let note = Note::new(import::Place::default(), import::Reason::NotText);
                    stage.set(Stage::Refused(name, note));
                    return;
                }
            };
            next_frame().await;
            let id = my_packs::new_id();
            let opts = Options::new(lang.get_untracked(), &id);
            match import::import(&name, &bytes, &opts) {
                Ok(p) => {
                    let l = lang.get_untracked();
                    let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
                    let t = p
                        .title
                        .as_ref()
                        .map(|t| {
                            if t.get(l).is_empty() {
                                t.get(l.other()).to_string()
                            } else {
                                t.get(l).to_string()
                            }
                        })
                        .filter(|t| !t.trim().is_empty())
                        .unwrap_or_else(|| stem.to_string());
                    title.set(t);
                    stage.set(Stage::Ready(name, Box::new(p), id));
                }
                Err(note) => stage.set(Stage::Refused(name, note)),
            }
        });
    };
    let on_pick = move |e: leptos::ev::Event| {
        if let Some(f) = crate::app::dom::chosen_file(&e) {
            take(f);
        }
    };
    let on_drop = move |e: leptos::ev::DragEvent| {
        e.prevent_default();
        dragging.set(false);
        if let Some(f) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|l| l.get(0))
        {
            take(f);
        }
    };
    let confirm = move |_| {
        let Stage::Ready(_, preview, id) = &*stage.read_untracked() else {
            return;
        };
        let pack = pack_of(
            preview,
            id,
            title.get_untracked().trim(),
            lang.get_untracked(),
        );
        spawn_local(async move {
            match my_packs::save(&pack).await {
                Ok(()) => navigate_in(loc, &format!("/contest/editor/{}", pack.id)),
                Err(e) => save_error.set(Some(e)),
            }
        });
    };

    view! {
        <div class="section import-page">
            <h1>{tr(|t| t.import_title())}</h1>
            <p class="lead">{tr(|t| t.import_intro())}</p>
            <div class="field">
                <label for="import-lang">{tr(|t| t.import_language())}</label>
                <select id="import-lang" on:change=move |ev| {
                    if let Some(l) = Lang::parse(&event_target_value(&ev)) { lang.set(l) }
                }>
                    <option value="vi" lang="vi" selected=move || lang.get() == Lang::Vi>"Tiếng Việt"</option>
                    <option value="en" lang="en" selected=move || lang.get() == Lang::En>"English"</option>
                </select>
            </div>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |e: leptos::ev::DragEvent| { e.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="import-file">{tr(|t| t.import_choose())}</label>
                " "
                <input id="import-file" class="import-file" type="file"
                    accept=".csv,.tsv,.txt,.gift,.json,text/csv,text/plain,application/json"
                    on:change=on_pick/>
                <p class="muted">{tr(|t| t.import_drop())}</p>
                <p class="muted small">{tr(|t| t.import_formats())}</p>
            </div>
            {move || match &*stage.read() {
                Stage::Waiting => ().into_any(),
                Stage::Reading(name) => {
                    let name = name.clone();
                    view! { <p class="reading" role="status">{trf(move |t| fill(t.import_reading(), &[("file", &name)]))}</p> }.into_any()
                }
                Stage::Refused(name, note) => {
                    let t = i18n.t();
                    let place = place_text(t, note.place);
                    let reason = reason_text(t, &note.reason);
                    view! {
                        <section class="error-panel import-error" role="alert">
                            <h2>{fill(t.import_refused(), &[("file", name)])}</h2>
                            <p><span class="place">{place}</span>" "<span class="reason">{reason}</span></p>
                            <p class="muted">{t.import_nothing_changed()}</p>
                        </section>
                    }.into_any()
                }
                Stage::Ready(name, p, _) => {
                    let t = i18n.t();
                    let n = p.questions.len();
                    let skipped = p.skipped.len();
                    let shown_lang = super::pack_lang(&pack_of(p, "", "", lang.get_untracked()), i18n.lang_untracked());
                    view! {
                        <section class="card import-preview" aria-labelledby="preview-h">
                            <h2 id="preview-h">{fill(t.import_preview_heading(), &[("file", name)])}</h2>
                            <p class="format">{fill(t.import_format_found(), &[("format", format_name(t, p.format))])}</p>
                            <p class="summary" role="status">{fill(t.import_summary(), &[("n", &n.to_string()), ("skipped", &skipped.to_string())])}</p>
                            <div class="field">
                                <label for="import-title">{t.import_pack_title()}</label>
                                <input id="import-title" type="text" prop:value=move || title.get()
                                    on:input=move |ev| title.set(event_target_value(&ev))/>
                            </div>
                            {(skipped > 0).then(|| view! {
                                <h3>{t.import_skipped_heading()}</h3>
                                <ul class="skipped" role="list">
                                    {p.skipped.iter().map(|s| view! {
                                        <li><span class="place">{place_text(t, s.place)}</span>" "<span class="reason">{reason_text(t, &s.reason)}</span></li>
                                    }).collect_view()}
                                </ul>
                            })}
                            {(n > 0).then(|| view! {
                                <h3>{t.import_questions_heading()}</h3>
                                <ol class="import-questions">
                                    {p.questions.iter().map(|d| {
                                        let prompt = d.question.prompt.get(shown_lang).to_string();
                                        view! {
                                            <li data-type=d.question.answer.type_name()>
                                                <span class="place muted">{place_text(t, d.place)}</span>" "
                                                <span class="prompt">{prompt}</span>
                                                {d.warnings.iter().map(|w| view! { <span class="warning">" ⚠ "{reason_text(t, w)}</span> }).collect_view()}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ol>
                            })}
                            <div class="mode-links">
                                <button type="button" class="btn btn-primary import-confirm" disabled=n == 0 on:click=confirm>
                                    {if skipped > 0 { fill(t.import_confirm_good(), &[("n", &n.to_string())]) } else { fill(t.import_confirm(), &[("n", &n.to_string())]) }}
                                </button>
                                <button type="button" class="btn" on:click=move |_| stage.set(Stage::Waiting)>{t.import_cancel()}</button>
                            </div>
                        </section>
                    }.into_any()
                }
            }}
            {move || save_error.get().map(|e| view! { <p class="notice warn" role="alert">{trf(move |t| fill(t.editor_storage_error(), &[("detail", &e)]))}</p> })}
            <p><Link href="/contest/editor" class="quiet-link">{tr(|t| t.editor_title())}</Link></p>
        </div>
    }
}
