//! Setting up a Rung chuông vàng: how many contestants, which pack (or all),
//! seconds per question and the rescue rules. Defaults follow the show.

use crate::app::clock::{new_seed, now_ms};
use crate::app::contest::load::MIX;
use crate::app::host::fields::{load_pool, NumberField, PackSelect, StartButton, Starting};
use crate::app::i18n::{fill, tr, use_i18n};
use crate::core::host::bell_session::BellSession;
use crate::core::host::golden_bell::{Rules, MAX_CONTESTANTS};
use crate::core::lang::Text;
use leptos::prelude::*;

#[component]
pub fn Setup(on_start: Callback<(BellSession, Text)>) -> impl IntoView {
    let i18n = use_i18n();
    let contestants = RwSignal::new(60u32);
    let seconds = RwSignal::new(15u32);
    let defaults = Rules::default();
    let rescue_below = RwSignal::new(defaults.rescue_below);
    let rescue_size = RwSignal::new(defaults.rescue_size);
    let max_rescues = RwSignal::new(defaults.max_rescues);
    let pack = RwSignal::new(MIX.to_string());
    let starting = Starting::new();
    let Starting {
        busy,
        error,
        no_questions,
    } = starting;
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        starting.begin();
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
            match load_pool(id, lang).await {
                Ok(Some((pool, title))) => {
                    match BellSession::new(n, rules, &pool, new_seed() ^ now_ms()) {
                        Ok(s) => on_start.run((s, title)),
                        Err(_) => no_questions.set(true),
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
            <h2>{tr(|t| t.contest_settings())}</h2>
            <NumberField id="contestants" label=|t| t.host_bell_contestants() value=contestants min=2 max=MAX_CONTESTANTS/>
            <PackSelect id="bell-pack" value=pack/>
            <NumberField id="seconds" label=|t| t.host_seconds() value=seconds min=5 max=120/>
            <NumberField id="rescue-below" label=|t| t.host_bell_rescue_below() value=rescue_below min=0 max=MAX_CONTESTANTS/>
            <NumberField id="rescue-size" label=|t| t.host_bell_rescue_size() value=rescue_size min=0 max=MAX_CONTESTANTS/>
            <NumberField id="max-rescues" label=|t| t.host_bell_max_rescues() value=max_rescues min=0 max=5/>
            <p class="muted hint">
                {move || fill(i18n.t().host_bell_rules_hint(), &[
                    ("below", &rescue_below.get().to_string()),
                    ("size", &rescue_size.get().to_string()),
                ])}
            </p>
            <StartButton state=starting/>
        </form>
    }
}
