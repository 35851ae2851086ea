//! Setting up a Rung chuông vàng: how many contestants, which pack (or all),
//! seconds per question and the rescue rules. Defaults follow the show.

use crate::app::clock::{new_seed, now_ms};
use crate::app::components::error_panel::ErrorPanel;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::contest::load::{load_packs, MIX};
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::core::host::bell_session::{BellSession, SessionError};
use crate::core::host::golden_bell::{Rules, MAX_CONTESTANTS};
use crate::core::lang::Text;
use crate::core::load::LoadError;
use crate::core::quiz::validate::INDEX_FILE;
use crate::core::quiz::PackIndex;
use leptos::prelude::*;

/// A number input that keeps its value within `min..=max`.
#[component]
fn NumberField(
    id: &'static str,
    label: crate::app::i18n::Pick,
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

#[component]
pub fn Setup(on_start: Callback<(BellSession, Text)>) -> impl IntoView {
    let i18n = use_i18n();
    let index = use_content::<PackIndex>(INDEX_FILE);
    let contestants = RwSignal::new(60u32);
    let seconds = RwSignal::new(15u32);
    let defaults = Rules::default();
    let rescue_below = RwSignal::new(defaults.rescue_below);
    let rescue_size = RwSignal::new(defaults.rescue_size);
    let max_rescues = RwSignal::new(defaults.max_rescues);
    let pack = RwSignal::new(MIX.to_string());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<LoadError>);
    let no_questions = RwSignal::new(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        error.set(None);
        no_questions.set(false);
        let lang = i18n.lang_untracked();
        let id = pack.get_untracked();
        let rules = Rules {
            seconds: seconds.get_untracked(),
            rescue_below: rescue_below.get_untracked(),
            rescue_size: rescue_size.get_untracked(),
            max_rescues: max_rescues.get_untracked(),
        };
        let n = contestants.get_untracked();
        leptos::task::spawn_local(async move {
            match load_packs(id).await {
                Ok(Some(loaded)) => {
                    let pool: Vec<_> = loaded
                        .packs
                        .iter()
                        .filter(|p| p.languages.contains(&lang))
                        .flat_map(|p| p.questions.iter().cloned())
                        .collect();
                    let seed = new_seed() ^ now_ms();
                    match BellSession::new(n, rules, &pool, seed) {
                        Ok(s) => on_start.run((s, loaded.title.clone())),
                        Err(SessionError::NoQuestions) | Err(_) => no_questions.set(true),
                    }
                }
                Ok(None) => no_questions.set(true),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="card start-form" on:submit=start>
            <h2>{tr(|t| t.contest_settings)}</h2>
            <NumberField id="contestants" label=|t| t.host_bell_contestants value=contestants min=2 max=MAX_CONTESTANTS/>
            <div class="field">
                <label for="bell-pack">{tr(|t| t.host_pack)}</label>
                <select id="bell-pack" on:change=move |ev| pack.set(event_target_value(&ev))>
                    <option value=MIX selected=true>{tr(|t| t.contest_mix_title)}</option>
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
            <NumberField id="seconds" label=|t| t.host_seconds value=seconds min=5 max=120/>
            <NumberField id="rescue-below" label=|t| t.host_bell_rescue_below value=rescue_below min=0 max=MAX_CONTESTANTS/>
            <NumberField id="rescue-size" label=|t| t.host_bell_rescue_size value=rescue_size min=0 max=MAX_CONTESTANTS/>
            <NumberField id="max-rescues" label=|t| t.host_bell_max_rescues value=max_rescues min=0 max=5/>
            <p class="muted hint">
                {move || fill(i18n.t().host_bell_rules_hint, &[
                    ("below", &rescue_below.get().to_string()),
                    ("size", &rescue_size.get().to_string()),
                ])}
            </p>
            <button type="submit" class="btn btn-primary btn-large" disabled=move || busy.get()>
                {tr(|t| t.contest_start)}
            </button>
            <p class="field-error" role="alert">{move || no_questions.get().then(|| i18n.t().contest_no_questions)}</p>
            {move || error.get().map(|error| view! { <ErrorPanel error/> })}
        </form>
    }
}
