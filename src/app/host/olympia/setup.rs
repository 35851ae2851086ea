//! Setting up an Olympia match: the four players, the pack the questions
//! come from, and the obstacle-round puzzle (from any pack that has one).

use super::state::Match;
use crate::app::clock::{new_seed, now_ms};
use crate::app::contest::load::{load_packs, MIX};
use crate::app::host::fields::{load_pool, NumberField, PackSelect, StartButton, Starting};
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::core::device::clean_line;
use crate::core::host::olympia::{Olympia, OlympiaRules, PLAYERS};
use crate::core::host::timer::Timer;
use crate::core::quiz::pack::Obstacle;
use crate::core::quiz::shuffle::{permutation, Rng};
use leptos::prelude::*;
use std::sync::Arc;

/// `80, 60, 40` for a list of points.
fn list(values: &[i64]) -> String {
    values
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads exactly `N` whole numbers separated by commas or spaces.
fn read_list<const N: usize>(text: &str) -> Option<[i64; N]> {
    let v: Vec<i64> = text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    v.try_into().ok()
}

/// A list of numbers typed in one field (e.g. the keyword points).
#[component]
fn ListField(
    id: &'static str,
    label: crate::app::i18n::Pick,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}

#[component]
pub fn Setup(on_start: Callback<Match>) -> impl IntoView {
    let i18n = use_i18n();
    let names = RwSignal::new(vec![String::new(); PLAYERS]);
    let pack = RwSignal::new(MIX.to_string());
    let puzzle = RwSignal::new(0usize);
    let starting = Starting::new();
    let Starting {
        busy,
        error,
        no_questions,
    } = starting;
    // Point values and timers, with the show's defaults.
    let d = OlympiaRules::default();
    let warmup_points = RwSignal::new(d.warmup_points as u32);
    let warmup_penalty = RwSignal::new(d.warmup_penalty as u32);
    let clue_points = RwSignal::new(d.obstacle_clue_points as u32);
    let question_seconds = RwSignal::new(d.question_seconds);
    let acceleration_seconds = RwSignal::new(d.acceleration_seconds);
    let finish_seconds = RwSignal::new(d.finish_seconds);
    let steal_seconds = RwSignal::new(d.steal_seconds);
    let keyword_points = RwSignal::new(list(&d.keyword_points));
    let acceleration_points = RwSignal::new(list(&d.acceleration_points));
    let finish_values = RwSignal::new(list(&d.finish_values));
    let bad_list = RwSignal::new(false);
    // Every puzzle in every pack, with its pack's title.
    let puzzles = LocalResource::new(|| async {
        load_packs(MIX.to_string()).await.map(|l| {
            Arc::new(
                l.map(|l| {
                    l.packs
                        .iter()
                        .flat_map(|p| p.obstacles.iter().map(|o| (p.title.clone(), o.clone())))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default(),
            )
        })
    });
    let default_name = move |i: usize| {
        fill(
            i18n.t().host_olympia_default_name(),
            &[("n", &(i + 1).to_string())],
        )
    };
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let obstacle: Option<Obstacle> = puzzles
            .get()
            .and_then(Result::ok)
            .and_then(|p| p.get(puzzle.get_untracked()).map(|(_, o)| o.clone()));
        let rules = (|| {
            Some(OlympiaRules {
                warmup_points: i64::from(warmup_points.get_untracked()),
                warmup_penalty: i64::from(warmup_penalty.get_untracked()),
                obstacle_clue_points: i64::from(clue_points.get_untracked()),
                keyword_points: read_list(&keyword_points.get_untracked())?,
                acceleration_points: read_list(&acceleration_points.get_untracked())?,
                acceleration_seconds: acceleration_seconds.get_untracked(),
                question_seconds: question_seconds.get_untracked(),
                finish_seconds: finish_seconds.get_untracked(),
                finish_values: read_list(&finish_values.get_untracked())?,
                steal_seconds: steal_seconds.get_untracked(),
            })
        })();
        bad_list.set(rules.is_none());
        let Some(rules) = rules else {
            return;
        };
        let players: [String; PLAYERS] = std::array::from_fn(|i| {
            let typed = names.with_untracked(|n| clean_line(&n[i], 30));
            if typed.is_empty() {
                default_name(i)
            } else {
                typed
            }
        });
        starting.begin();
        let lang = i18n.lang_untracked();
        let id = pack.get_untracked();
        leptos::task::spawn_local(async move {
            match load_pool(id, lang).await {
                Ok(Some((pool, title))) if !pool.is_empty() => {
                    let mut rng = Rng::new(new_seed() ^ now_ms());
                    let questions = permutation(pool.len(), &mut rng)
                        .into_iter()
                        .take(60)
                        .map(|i| pool[i].clone())
                        .collect();
                    let names = players.each_ref().map(String::as_str);
                    on_start.run(Match {
                        game: Olympia::new(names, rules),
                        pack: title,
                        questions,
                        used: 0,
                        current: None,
                        obstacle,
                        clue: None,
                        revealed: false,
                        timer: Timer::new(15_000),

                        order: Vec::new(),
                    });
                }
                Ok(_) => no_questions.set(true),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="card start-form" on:submit=start>
            <h2>{tr(|t| t.contest_settings())}</h2>
            <fieldset class="team-names">
                <legend>{tr(|t| t.host_olympia_players())}</legend>
                {(0..PLAYERS)
                    .map(|i| {
                        let id = format!("player-{i}");
                        view! {
                            <div class="field">
                                <label for=id.clone()>{move || default_name(i)}</label>
                                <input
                                    id=id
                                    type="text"
                                    maxlength="30"
                                    autocomplete="off"
                                    prop:value=move || names.with(|n| n[i].clone())
                                    on:input=move |ev| names.update(|n| n[i] = event_target_value(&ev))
                                />
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <PackSelect id="olympia-pack" value=pack/>
            <div class="field">
                <label for="olympia-puzzle">{tr(|t| t.host_olympia_puzzle())}</label>
                <select id="olympia-puzzle" on:change=move |ev| {
                    if let Ok(i) = event_target_value(&ev).parse() {
                        puzzle.set(i);
                    }
                }>
                    {move || {
                        puzzles.get().and_then(Result::ok).map(|list| {
                            list.iter()
                                .enumerate()
                                .map(|(i, (title, o))| {
                                    let title = title.clone();
                                    let id = o.id.clone();
                                    view! { <option value=i.to_string()>{text(&title)}" — "{id}</option> }
                                })
                                .collect_view()
                        })
                    }}
                </select>
                <p class="muted hint">{tr(|t| t.host_olympia_puzzle_hint())}</p>
            </div>
            <details class="rules">
                <summary>{tr(|t| t.host_olympia_rules())}</summary>
                <NumberField id="o-warmup" label=|t| t.host_olympia_rule_warmup() value=warmup_points min=0 max=100/>
                <NumberField id="o-penalty" label=|t| t.host_olympia_rule_penalty() value=warmup_penalty min=0 max=100/>
                <NumberField id="o-clue" label=|t| t.host_olympia_rule_clue() value=clue_points min=0 max=100/>
                <ListField id="o-keyword" label=|t| t.host_olympia_rule_keyword() value=keyword_points/>
                <ListField id="o-accel" label=|t| t.host_olympia_rule_acceleration() value=acceleration_points/>
                <ListField id="o-values" label=|t| t.host_olympia_rule_values() value=finish_values/>
                <NumberField id="o-qs" label=|t| t.host_olympia_rule_question_seconds() value=question_seconds min=5 max=120/>
                <NumberField id="o-as" label=|t| t.host_olympia_rule_acceleration_seconds() value=acceleration_seconds min=5 max=120/>
                <NumberField id="o-fs" label=|t| t.host_olympia_rule_finish_seconds() value=finish_seconds min=5 max=120/>
                <NumberField id="o-ss" label=|t| t.host_olympia_rule_steal_seconds() value=steal_seconds min=1 max=60/>
            </details>
            <p class="field-error" role="alert">{move || bad_list.get().then(|| i18n.t().host_olympia_bad_list())}</p>
            <StartButton state=starting/>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::{list, read_list};

    #[test]
    fn point_lists_read_back_and_wrong_lengths_are_refused() {
        assert_eq!(
            read_list::<5>(&list(&[80, 60, 40, 20, 10])),
            Some([80, 60, 40, 20, 10])
        );
        assert_eq!(read_list::<3>("10 20,30"), Some([10, 20, 30]));
        assert_eq!(read_list::<3>("10, 20"), None, "too few");
        assert_eq!(read_list::<3>("10, 20, x"), None, "not a number");
    }
}
