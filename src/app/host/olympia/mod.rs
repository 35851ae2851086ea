//! `/contest/olympia`: the control window of *Đường lên đỉnh Olympia* —
//! four players through the warm-up, the obstacle round, acceleration and
//! the finish. The host puts each question (or clue) on screen, reveals it
//! and says who was right; scoring is the core's (`core::host::olympia`).

mod screen;
mod setup;
mod state;

use super::hosted::{use_host_keys, use_hosted, GameActions};
use super::screen_view::ScreenView;
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::core::host::olympia::{OlympiaError, Round, OBSTACLE_CLUES, PLAYERS};
use leptos::prelude::*;
use state::Match;

const FORMAT: &str = "olympia";

#[component]
pub fn OlympiaControl() -> impl IntoView {
    let i18n = use_i18n();
    let hosted = use_hosted::<Match>(FORMAT, screen::build);
    let m = hosted.state;
    let message = RwSignal::new(String::new());
    let controls_hidden = RwSignal::new(false);
    // Warm-up: whose turn; obstacle: who was right on the clue.
    let player = RwSignal::new(0usize);
    let buzzer = RwSignal::new(false);
    let right_on_clue = RwSignal::new([false; PLAYERS]);
    let value = RwSignal::new(10i64);
    let star = RwSignal::new(false);

    let act = move |f: &dyn Fn(&mut Match, u64) -> Result<(), OlympiaError>| {
        let t = i18n.t();
        message.set(match hosted.act(f) {
            Ok(()) => String::new(),
            Err(OlympiaError::OutOfObstacle) => t.host_olympia_out().to_string(),
            Err(OlympiaError::StarUsed) => t.host_olympia_star_used().to_string(),
            Err(OlympiaError::NotAStealer) => t.host_olympia_not_stealer().to_string(),
            Err(OlympiaError::NoQuestion) => t.contest_no_questions().to_string(),
            Err(_) => t.host_bell_not_now().to_string(),
        });
    };
    let round = Memo::new(move |_| m.with(|s| s.as_ref().map(|s| s.game.round)));
    let running = Memo::new(move |_| m.with(|s| s.as_ref().is_some_and(|s| s.timer.running())));
    let toggle_timer = move || {
        act(&|s, now| {
            s.timer.toggle(now);
            Ok(())
        })
    };
    let reveal = move || {
        act(&|s, now| {
            s.timer.pause(now);
            s.revealed = true;
            Ok(())
        })
    };
    let next_question = move || {
        act(&|s, _| {
            if s.next_question() {
                Ok(())
            } else {
                Err(OlympiaError::NoQuestion)
            }
        })
    };
    use_host_keys(move |key| {
        if m.with_untracked(Option::is_none) {
            return false;
        }
        match key {
            " " => toggle_timer(),
            "r" | "R" => reveal(),
            "n" | "N" => next_question(),
            "h" | "H" => controls_hidden.update(|h| *h = !*h),
            _ => return false,
        }
        true
    });

    let on_start = Callback::new(move |game: Match| {
        m.set(Some(game));
        hosted.persist();
    });
    let csv = Callback::new(move |()| {
        let t = i18n.t();
        m.with_untracked(|s| {
            s.as_ref().map(|s| {
                let g = &s.game;
                let by = g.by_round();
                let places = g.places();
                let mut out = format!(
                    "\u{feff}{},{},{},{},{},{},{}\r\n",
                    t.host_teams_csv_place(),
                    t.host_olympia_csv_player(),
                    t.host_olympia_warmup(),
                    t.host_olympia_obstacle(),
                    t.host_olympia_acceleration(),
                    t.host_olympia_finish(),
                    t.host_teams_csv_total()
                );
                for i in 0..PLAYERS {
                    let name = g.players[i].replace(['"', ','], " ");
                    let [a, b, c, d] = by[i];
                    out.push_str(&format!(
                        "{},{name},{a},{b},{c},{d},{}\r\n",
                        places[i], g.scores[i]
                    ));
                }
                (format!("{}.csv", t.host_olympia_csv_file()), out)
            })
        })
    });
    let new_game = Callback::new(move |()| {
        hosted.clear();
        message.set(String::new());
    });
    let players = move || {
        m.with(|s| {
            s.as_ref()
                .map(|s| s.game.players.to_vec())
                .unwrap_or_default()
        })
    };

    view! {
        <div class="section host olympia" class:controls-hidden=move || controls_hidden.get()>
            {move || round.get().is_none().then(|| view! {
                <h1>{tr(|t| t.host_olympia_title())}</h1>
                <p class="lead">{tr(|t| t.host_olympia_intro())}</p>
                <setup::Setup on_start/>
            })}
            <div class="host-screen" hidden=move || round.get().is_none()>
                <ScreenView screen=hosted.screen/>
            </div>
            <p class="notice warn" role="alert" hidden=move || hosted.saved_ok.get()>{tr(|t| t.contest_storage_failed())}</p>
            {move || round.get().map(|r| {
                let host_answer = move || m.with(|s| s.as_ref().and_then(|s| {
                    if let Some(q) = s.question() {
                        return Some((super::screen_parts::answer(q), Some(q.explanation.clone())));
                    }
                    let c = s.obstacle.as_ref()?.clues.get(s.clue?)?;
                    Some((c.answer.clone(), None))
                }));
                let keyword = m.with_untracked(|s| s.as_ref().and_then(|s| s.obstacle.as_ref().map(|o| o.keyword.clone())));
                view! {
                    <section class="host-controls card" aria-labelledby="controls-h">
                        <h2 id="controls-h">{tr(|t| t.host_controls())}" · "{tr(screen::round_name(r))}</h2>
                        <div class="actions">
                            <button type="button" class="btn" on:click=move |_| hosted.open_audience(message, i18n.t().host_popup_blocked())>{tr(|t| t.host_open_audience())}</button>
                            <button type="button" class="btn" on:click=move |_| toggle_timer()>
                                {move || if running.get() { i18n.t().host_pause_timer() } else { i18n.t().host_start_timer() }}
                            </button>
                            <button type="button" class="btn btn-primary" on:click=move |_| reveal()>{tr(|t| t.host_reveal())}</button>
                            {(r != Round::Obstacle && r != Round::Over && r != Round::Finish).then(|| view! {
                                <button type="button" class="btn btn-primary" on:click=move |_| next_question()>{tr(|t| t.host_olympia_show_question())}</button>
                            })}
                            <button type="button" class="btn" on:click=move |_| act(&|s, _| { s.next_round(); Ok(()) }) disabled=r == Round::Over>
                                {tr(|t| t.host_olympia_next_round())}
                            </button>
                        </div>
                        <div class="host-answer">
                            {move || host_answer().map(|(a, e)| view! {
                                <p><span class="label">{tr(|t| t.host_answer_for_host())}": "</span><strong>{text(&a)}</strong></p>
                                {e.map(|e| view! { <p class="muted">{text(&e)}</p> })}
                            })}
                        </div>
                        <p class="host-message" role="status">{move || message.get()}</p>
                        {match r {
                            Round::Warmup => view! {
                                <fieldset class="olympia-panel">
                                    <legend>{tr(|t| t.host_olympia_warmup_help())}</legend>
                                    <label class="inline"><input type="checkbox" prop:checked=move || buzzer.get() on:change=move |ev| buzzer.set(event_target_checked(&ev))/>
                                        {tr(|t| t.host_olympia_buzzer())}</label>
                                    <div class="player-rows">
                                        {move || players().into_iter().enumerate().map(|(i, name)| {
                                            let n2 = name.clone();
                                            view! {
                                                <div class="player-row" data-player=i>
                                                    <span class="player-name">{name.clone()}</span>
                                                    <button type="button" class="btn chip" aria-label=move || fill(i18n.t().host_teams_mark_right(), &[("team", &name)])
                                                        on:click=move |_| { let b = buzzer.get_untracked(); act(&|s, _| s.game.warmup(i, true, b)) }>"✓"</button>
                                                    <button type="button" class="btn chip" aria-label=move || fill(i18n.t().host_teams_mark_wrong(), &[("team", &n2)])
                                                        on:click=move |_| { let b = buzzer.get_untracked(); act(&|s, _| s.game.warmup(i, false, b)) }>"✗"</button>
                                                </div>
                                            }
                                        }).collect_view()}
                                    </div>
                                </fieldset>
                            }.into_any(),
                            Round::Obstacle => view! {
                                <fieldset class="olympia-panel">
                                    <legend>{tr(|t| t.host_olympia_obstacle_help())}</legend>
                                    {keyword.map(|k| view! { <p><span class="label">{tr(|t| t.host_olympia_keyword())}": "</span><strong>{text(&k)}</strong></p> })}
                                    <div class="actions">
                                        {(0..OBSTACLE_CLUES).map(|c| view! {
                                            <button type="button" class="btn" on:click=move |_| {
                                                right_on_clue.set([false; PLAYERS]);
                                                act(&|s, _| { s.show_clue(c); Ok(()) })
                                            }>
                                                {move || if c + 1 == OBSTACLE_CLUES { i18n.t().host_olympia_centre().to_string() } else { fill(i18n.t().host_olympia_row(), &[("n", &(c + 1).to_string())]) }}
                                            </button>
                                        }).collect_view()}
                                    </div>
                                    <div class="player-rows">
                                        {move || players().into_iter().enumerate().map(|(i, name)| {
                                            let n2 = name.clone();
                                            let n3 = name.clone();
                                            view! {
                                                <div class="player-row" data-player=i>
                                                    <label class="inline player-name">
                                                        <input type="checkbox" prop:checked=move || right_on_clue.with(|r| r[i])
                                                            on:change=move |ev| { let v = event_target_checked(&ev); right_on_clue.update(|r| r[i] = v) }/>
                                                        {name.clone()}
                                                    </label>
                                                    <button type="button" class="btn chip" aria-label=move || fill(i18n.t().host_olympia_keyword_right(), &[("player", &n2)])
                                                        on:click=move |_| act(&|s, _| s.game.keyword(i, true))>{tr(|t| t.host_olympia_keyword())}" ✓"</button>
                                                    <button type="button" class="btn chip" aria-label=move || fill(i18n.t().host_olympia_keyword_wrong(), &[("player", &n3)])
                                                        on:click=move |_| act(&|s, _| s.game.keyword(i, false))>{tr(|t| t.host_olympia_keyword())}" ✗"</button>
                                                </div>
                                            }
                                        }).collect_view()}
                                    </div>
                                    <button type="button" class="btn btn-primary" on:click=move |_| {
                                        let right: Vec<usize> = right_on_clue.get_untracked().iter().enumerate().filter(|(_, r)| **r).map(|(i, _)| i).collect();
                                        act(&|s, _| {
                                            let clue = s.clue.ok_or(OlympiaError::NoQuestion)?;
                                            s.game.obstacle_clue(clue, &right)?;
                                            s.revealed = true;
                                            Ok(())
                                        });
                                        right_on_clue.set([false; PLAYERS]);
                                    }>{tr(|t| t.host_olympia_open_tile())}</button>
                                </fieldset>
                            }.into_any(),
                            Round::Acceleration => view! {
                                <fieldset class="olympia-panel">
                                    <legend>{tr(|t| t.host_olympia_acceleration_help())}</legend>
                                    <div class="player-rows">
                                        {move || players().into_iter().enumerate().map(|(i, name)| view! {
                                            <button type="button" class="btn" data-player=i on:click=move |_| act(&|s, _| {
                                                if !s.order.contains(&i) { s.order.push(i); }
                                                Ok(())
                                            })>{name}</button>
                                        }).collect_view()}
                                    </div>
                                    <p>{tr(|t| t.host_olympia_order())}": "{move || m.with(|s| s.as_ref().map(|s| s.order.iter().map(|&i| s.game.players[i].clone()).collect::<Vec<_>>().join(" → ")).unwrap_or_default())}</p>
                                    <div class="actions">
                                        <button type="button" class="btn" on:click=move |_| act(&|s, _| { s.order.clear(); Ok(()) })>{tr(|t| t.host_olympia_clear())}</button>
                                        <button type="button" class="btn btn-primary" on:click=move |_| act(&|s, _| {
                                            let order = std::mem::take(&mut s.order);
                                            s.game.acceleration(&order)
                                        })>{tr(|t| t.host_teams_score())}</button>
                                    </div>
                                </fieldset>
                            }.into_any(),
                            Round::Finish => view! {
                                <fieldset class="olympia-panel">
                                    <legend>{tr(|t| t.host_olympia_finish_help())}</legend>
                                    <div class="field">
                                        <label for="finish-player">{tr(|t| t.host_olympia_csv_player())}</label>
                                        <select id="finish-player" on:change=move |ev| if let Ok(i) = event_target_value(&ev).parse() { player.set(i) }>
                                            {move || players().into_iter().enumerate().map(|(i, n)| view! { <option value=i.to_string()>{n}</option> }).collect_view()}
                                        </select>
                                    </div>
                                    <div class="actions" role="group" aria-label=tr(|t| t.host_olympia_value())>
                                        {[10i64, 20, 30].into_iter().map(|v| view! {
                                            <button type="button" class="btn chip" aria-pressed=move || (value.get() == v).to_string() on:click=move |_| value.set(v)>{v}</button>
                                        }).collect_view()}
                                    </div>
                                    <label class="inline"><input type="checkbox" prop:checked=move || star.get() on:change=move |ev| star.set(event_target_checked(&ev))/>
                                        {tr(|t| t.host_olympia_star())}</label>
                                    <div class="actions">
                                        <button type="button" class="btn btn-primary" on:click=move |_| {
                                            let (p, v, st) = (player.get_untracked(), value.get_untracked(), star.get_untracked());
                                            act(&|s, _| {
                                                s.game.finish_question(p, v, st)?;
                                                if s.next_question() { Ok(()) } else { Err(OlympiaError::NoQuestion) }
                                            });
                                            star.set(false);
                                        }>{tr(|t| t.host_olympia_ask())}</button>
                                        <button type="button" class="btn" on:click=move |_| act(&|s, _| s.game.finish_answer(true))>{tr(|t| t.host_olympia_answer_right())}</button>
                                        <button type="button" class="btn" on:click=move |_| act(&|s, now| {
                                            s.game.finish_answer(false)?;
                                            // The others' steal time runs on both screens.
                                            s.timer = crate::core::host::timer::Timer::new(u64::from(s.game.rules.steal_seconds) * 1000);
                                            s.timer.start(now);
                                            Ok(())
                                        })>{tr(|t| t.host_olympia_answer_wrong())}</button>
                                    </div>
                                    <div class="player-rows" hidden=move || !m.with(|s| s.as_ref().is_some_and(|s| s.game.finish.as_ref().is_some_and(|f| f.missed)))>
                                        <p>{tr(|t| t.host_olympia_steal())}</p>
                                        {move || players().into_iter().enumerate().map(|(i, name)| {
                                            let n2 = name.clone();
                                            view! {
                                                <div class="player-row" data-player=i>
                                                    <span class="player-name">{name.clone()}</span>
                                                    <button type="button" class="btn chip" aria-label=move || fill(i18n.t().host_olympia_steal_right(), &[("player", &name)])
                                                        on:click=move |_| act(&|s, _| s.game.steal(i, true))>"✓"</button>
                                                    <button type="button" class="btn chip" aria-label=move || fill(i18n.t().host_olympia_steal_wrong(), &[("player", &n2)])
                                                        on:click=move |_| act(&|s, _| s.game.steal(i, false))>"✗"</button>
                                                </div>
                                            }
                                        }).collect_view()}
                                    </div>
                                </fieldset>
                            }.into_any(),
                            Round::Over => view! { <p>{tr(|t| t.host_olympia_over())}</p> }.into_any(),
                        }}
                        <p class="muted small">{tr(|t| t.host_olympia_shortcuts())}</p>
                        <GameActions csv on_new=new_game/>
                    </section>
                }
            })}
        </div>
    }
}
