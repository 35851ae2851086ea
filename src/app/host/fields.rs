//! Form fields the hosting set-up screens share.

use crate::app::content::{use_content, Content, ContentView};
use crate::app::contest::load::MIX;
use crate::app::i18n::{text, tr, Pick};
use crate::core::quiz::validate::INDEX_FILE;
use crate::core::quiz::PackIndex;
use leptos::prelude::*;

/// A number input that keeps its value within `min..=max`.
#[component]
pub fn NumberField(
    id: &'static str,
    label: Pick,
    value: RwSignal<u32>,
    min: u32,
    max: u32,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input
                id=id
                type="number"
                inputmode="numeric"
                min=min.to_string()
                max=max.to_string()
                prop:value=move || value.get().to_string()
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).trim().parse::<u32>() {
                        value.set(v.clamp(min, max));
                    }
                }
            />
        </div>
    }
}

/// The pack to draw questions from: every pack (the default) or one.
#[component]
pub fn PackSelect(id: &'static str, value: RwSignal<String>) -> impl IntoView {
    let index = use_content::<PackIndex>(INDEX_FILE);
    let mine = LocalResource::new(crate::app::my_packs::list_meta);
    view! {
        <div class="field">
            <label for=id>{tr(|t| t.host_pack())}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                <option value=MIX selected=true>{tr(|t| t.contest_mix_title())}</option>
                // The teacher's own packs of this device, as a group of their own.
                {move || {
                    let packs: Vec<_> = mine
                        .get()
                        .and_then(Result::ok)
                        .unwrap_or_default();
                    (!packs.is_empty()).then(|| view! {
                        <optgroup label=tr(|t| t.host_my_packs())>
                            {packs.iter().map(|p| view! { <option value=p.id.clone()>{text(&p.title)}</option> }).collect_view()}
                        </optgroup>
                    })
                }}
                <ContentView res=index render=move |c: Content| {
                    c.get::<PackIndex>()
                        .packs
                        .iter()
                        .map(|p| view! { <option value=p.id.clone()>{text(&p.title)}</option> })
                        .collect_view()
                        .into_any()
                }/>
            </select>
        </div>
    }
}

/// The whiteboard-friendly questions of a pack (or every pack) in `lang`,
/// with the pack's title. `Ok(None)`: no such pack.
pub async fn load_pool(
    id: String,
    lang: crate::core::lang::Lang,
) -> Result<
    Option<(Vec<crate::core::quiz::Question>, crate::core::lang::Text)>,
    crate::core::load::LoadError,
> {
    let Some(loaded) = crate::app::contest::load::load_packs(id).await? else {
        return Ok(None);
    };
    let pool = loaded
        .packs
        .iter()
        .filter(|p| p.languages.contains(&lang))
        .flat_map(|p| p.questions.iter())
        .filter(|q| crate::core::host::bell_session::whiteboard_friendly(q))
        .cloned()
        .collect();
    Ok(Some((pool, loaded.title.clone())))
}

/// Starting a hosted game: busy while the packs load, and what went wrong.
#[derive(Clone, Copy)]
pub struct Starting {
    pub busy: RwSignal<bool>,
    pub no_questions: RwSignal<bool>,
    pub error: RwSignal<Option<crate::core::load::LoadError>>,
}

impl Default for Starting {
    fn default() -> Starting {
        Starting {
            busy: RwSignal::new(false),
            no_questions: RwSignal::new(false),
            error: RwSignal::new(None),
        }
    }
}

impl Starting {
    pub fn new() -> Starting {
        Starting::default()
    }

    /// A new attempt: busy, nothing wrong yet.
    pub fn begin(&self) {
        self.busy.set(true);
        self.error.set(None);
        self.no_questions.set(false);
    }
}

/// "Start", then what went wrong if it did: no questions, or a pack's error panel.
#[component]
pub fn StartButton(state: Starting) -> impl IntoView {
    let i18n = crate::app::i18n::use_i18n();
    view! {
        <button type="submit" class="btn btn-primary btn-large" disabled=move || state.busy.get()>
            {tr(|t| t.contest_start())}
        </button>
        <p class="field-error" role="alert">
            {move || state.no_questions.get().then(|| i18n.t().contest_no_questions())}
        </p>
        {move || state.error.get().map(|error| view! { <crate::app::components::error_panel::ErrorPanel error/> })}
    }
}
