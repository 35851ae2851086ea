//! Setting up a team contest: teams (names, colours, buzzer keys), the pack,
//! how many questions, seconds, points, negative marking and speed ranking —
//! every setting on one screen.

use crate::app::clock::{new_seed, now_ms};
use crate::app::contest::load::MIX;
use crate::app::host::fields::{load_pool, NumberField, PackSelect, StartButton, Starting};
use crate::app::i18n::{fill, tr, use_i18n};
use crate::core::device::clean_line;
use crate::core::host::teams::{Team, TeamRules, TeamSession, MAX_TEAMS, MIN_TEAMS};
use crate::core::lang::Text;
use leptos::prelude::*;

#[component]
pub fn Setup(on_start: Callback<(TeamSession, Text)>) -> impl IntoView {
    let i18n = use_i18n();
    let count_teams = RwSignal::new(4u32);
    let names = RwSignal::new(vec![String::new(); MAX_TEAMS]);
    let pack = RwSignal::new(MIX.to_string());
    let questions = RwSignal::new(10u32);
    let defaults = TeamRules::default();
    let seconds = RwSignal::new(defaults.seconds);
    let points = RwSignal::new(defaults.points);
    let penalty = RwSignal::new(defaults.penalty);
    let speed = RwSignal::new(defaults.speed_ranking);
    let starting = Starting::new();
    let Starting {
        busy,
        error,
        no_questions,
    } = starting;
    let default_name = move |i: usize| {
        fill(
            i18n.t().host_teams_default_name(),
            &[("n", &(i + 1).to_string())],
        )
    };
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        starting.begin();
        let lang = i18n.lang_untracked();
        let teams: Vec<Team> = (0..count_teams.get_untracked() as usize)
            .map(|i| {
                let typed = names.with_untracked(|n| clean_line(&n[i], 30));
                let name = if typed.is_empty() {
                    default_name(i)
                } else {
                    typed
                };
                Team::new(&name, i)
            })
            .collect();
        let rules = TeamRules {
            seconds: seconds.get_untracked(),
            points: points.get_untracked(),
            penalty: penalty.get_untracked(),
            speed_ranking: speed.get_untracked(),
        };
        let n = questions.get_untracked() as usize;
        let id = pack.get_untracked();
        leptos::task::spawn_local(async move {
            match load_pool(id, lang).await {
                Ok(Some((pool, title))) => {
                    match TeamSession::new(teams, rules, &pool, n, new_seed() ^ now_ms()) {
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
            <NumberField id="team-count" label=|t| t.host_teams_count() value=count_teams min=MIN_TEAMS as u32 max=MAX_TEAMS as u32/>
            <fieldset class="team-names">
                <legend>{tr(|t| t.host_teams_names())}</legend>
                {(0..MAX_TEAMS)
                    .map(|i| {
                        let id = format!("team-{i}");
                        view! {
                            <div class="field team-field" hidden=move || { i >= count_teams.get() as usize }>
                                <label for=id.clone()>
                                    <span class="team-chip" style:background=crate::core::host::teams::COLOURS[i]></span>
                                    {move || fill(i18n.t().host_teams_name_label(), &[
                                        ("n", &(i + 1).to_string()),
                                        ("key", &crate::core::host::teams::KEYS[i].to_string()),
                                    ])}
                                </label>
                                <input
                                    id=id
                                    type="text"
                                    maxlength="30"
                                    autocomplete="off"
                                    placeholder=move || default_name(i)
                                    prop:value=move || names.with(|n| n[i].clone())
                                    on:input=move |ev| names.update(|n| n[i] = event_target_value(&ev))
                                />
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <PackSelect id="teams-pack" value=pack/>
            <NumberField id="team-questions" label=|t| t.contest_count() value=questions min=1 max=100/>
            <NumberField id="team-seconds" label=|t| t.host_seconds() value=seconds min=5 max=300/>
            <NumberField id="team-points" label=|t| t.host_teams_points() value=points min=1 max=1000/>
            <NumberField id="team-penalty" label=|t| t.host_teams_penalty() value=penalty min=0 max=1000/>
            <div class="field check">
                <input type="checkbox" id="team-speed" prop:checked=move || speed.get()
                    on:change=move |ev| speed.set(event_target_checked(&ev)) aria-describedby="team-speed-hint"/>
                <label for="team-speed">{tr(|t| t.host_teams_speed())}</label>
                <p class="muted hint" id="team-speed-hint">{tr(|t| t.host_teams_speed_hint())}</p>
            </div>
            <StartButton state=starting/>
        </form>
    }
}
