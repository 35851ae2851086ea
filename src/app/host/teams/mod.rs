//! `/contest/host`: the control window of a team contest. Teams answer on
//! whiteboards or buzz in with a key each (1, 2, … 0 on the host's
//! keyboard; the order of first presses shows); the host marks each team
//! right or wrong, gives the points (speed ranking and negative marking if
//! chosen), and the audience window shows the animated scoreboard, a
//! tie-break question when first place is shared, and the podium.

mod screen;
mod setup;

use super::hosted::{use_host_keys, use_hosted, GameActions};
use super::screen_view::ScreenView;
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::core::host::teams::{TeamError, TeamPhase, TeamSession};
use crate::core::lang::Text;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const FORMAT: &str = "host";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Saved {
    session: TeamSession,
    pack: Text,
}

#[component]
pub fn TeamControl() -> impl IntoView {
    let i18n = use_i18n();
    let hosted = use_hosted::<Saved>(FORMAT, |s| screen::build(&s.session));
    let saved = hosted.state;
    let message = RwSignal::new(String::new());
    let controls_hidden = RwSignal::new(false);

    let act = move |f: &dyn Fn(&mut TeamSession, u64) -> Result<(), TeamError>| {
        let t = i18n.t();
        message.set(
            match hosted.act(&|s: &mut Saved, now| f(&mut s.session, now)) {
                Ok(()) => String::new(),
                Err(TeamError::NoTie) => t.host_teams_no_tie().to_string(),
                Err(TeamError::NoQuestions) => t.contest_no_questions().to_string(),
                Err(_) => t.host_bell_not_now().to_string(),
            },
        );
    };
    let phase = Memo::new(move |_| saved.with(|s| s.as_ref().map(|s| s.session.phase)));
    let running =
        Memo::new(move |_| saved.with(|s| s.as_ref().is_some_and(|s| s.session.timer.running())));
    let toggle_timer = move || {
        act(&|s, now| {
            if s.phase != TeamPhase::Asking {
                return Err(TeamError::NotNow);
            }
            s.timer.toggle(now);
            Ok(())
        })
    };
    let reveal = move || {
        act(&|s, now| {
            s.reveal(now);
            Ok(())
        })
    };
    let score = move || act(&|s, now| s.score(now));
    let next = move || act(&|s, _| s.next_question());

    use_host_keys(move |key| {
        if saved.with_untracked(Option::is_none) {
            return false;
        }
        // A team's buzzer key: 1, 2, … 9, 0.
        let team = saved.with_untracked(|s| {
            s.as_ref()
                .and_then(|s| s.session.teams.iter().position(|t| key.chars().eq([t.key])))
        });
        if let Some(t) = team {
            act(&|s, _| s.press(t));
            return true;
        }
        match key {
            " " => toggle_timer(),
            "r" | "R" => reveal(),
            "s" | "S" => score(),
            "n" | "N" => next(),
            "h" | "H" => controls_hidden.update(|h| *h = !*h),
            _ => return false,
        }
        true
    });

    let on_start = Callback::new(move |(session, pack): (TeamSession, Text)| {
        saved.set(Some(Saved { session, pack }));
        hosted.persist();
    });
    let csv = Callback::new(move |()| {
        let t = i18n.t();
        saved.with_untracked(|s| {
            s.as_ref().map(|s| {
                let labels = [
                    t.host_teams_csv_place(),
                    t.host_teams_csv_team(),
                    t.host_teams_csv_total(),
                ];
                (
                    format!("{}.csv", t.host_teams_csv_file()),
                    s.session.to_csv(labels),
                )
            })
        })
    });
    let new_game = Callback::new(move |()| {
        hosted.clear();
        message.set(String::new());
    });

    view! {
        <div class="section host teams" class:controls-hidden=move || controls_hidden.get()>
            {move || phase.get().is_none().then(|| view! {
                <h1>{tr(|t| t.host_teams_title())}</h1>
                <p class="lead">{tr(|t| t.host_teams_intro())}</p>
                <setup::Setup on_start/>
            })}
            <div class="host-screen" hidden=move || phase.get().is_none()>
                <ScreenView screen=hosted.screen/>
            </div>
            <p class="notice warn" role="alert" hidden=move || hosted.saved_ok.get()>{tr(|t| t.contest_storage_failed())}</p>
            {move || phase.get().map(|_| {
                let teams = saved.with_untracked(|s| s.as_ref().map(|s| s.session.teams.clone())).unwrap_or_default();
                let pack = saved.with_untracked(|s| s.as_ref().map(|s| s.pack.clone())).unwrap_or_default();
                let status = move || saved.with(|s| s.as_ref().map(|s| fill(i18n.t().host_teams_status(), &[
                    ("q", &(s.session.index + 1).to_string()),
                    ("n", &s.session.count.to_string()),
                ])).unwrap_or_default());
                let host_answer = move || saved.with(|s| s.as_ref().and_then(|s| {
                    let q = s.session.question()?;
                    let a = super::screen_parts::answer(q);
                    Some((a, q.explanation.clone()))
                }));
                let tied = move || saved.with(|s| s.as_ref().is_some_and(|s| s.session.phase == TeamPhase::Finished && !s.session.tied_leaders().is_empty()));
                let can_mark = move || matches!(phase.get(), Some(TeamPhase::Asking | TeamPhase::Revealed));
                view! {
                    <section class="host-controls card" aria-labelledby="controls-h">
                        <h2 id="controls-h">{tr(|t| t.host_controls())}</h2>
                        <p class="muted">{text(&pack)}" · "{status}</p>
                        <div class="actions">
                            <button type="button" class="btn" on:click=move |_| hosted.open_audience(message, i18n.t().host_popup_blocked())>{tr(|t| t.host_open_audience())}</button>
                            <button type="button" class="btn" on:click=move |_| toggle_timer() disabled=move || phase.get() != Some(TeamPhase::Asking)>
                                {move || if running.get() { i18n.t().host_pause_timer() } else { i18n.t().host_start_timer() }}
                            </button>
                            <button type="button" class="btn btn-primary" on:click=move |_| reveal() disabled=move || phase.get() != Some(TeamPhase::Asking)>
                                {tr(|t| t.host_reveal())}
                            </button>
                            <button type="button" class="btn btn-primary" on:click=move |_| score() disabled=move || !can_mark()>
                                {tr(|t| t.host_teams_score())}
                            </button>
                            <button type="button" class="btn" on:click=move |_| next() disabled=move || phase.get() == Some(TeamPhase::Finished)>
                                {tr(|t| t.host_next())}
                            </button>
                        </div>
                        <div class="host-answer">
                            {move || host_answer().map(|(a, e)| view! {
                                <p><span class="label">{tr(|t| t.host_answer_for_host())}": "</span><strong>{text(&a)}</strong></p>
                                <p class="muted">{text(&e)}</p>
                            })}
                        </div>
                        <p class="host-message" role="status">{move || message.get()}</p>
                        <table class="team-marks">
                            <caption class="visually-hidden">{tr(|t| t.host_teams_marks())}</caption>
                            <thead><tr>
                                <th scope="col">{tr(|t| t.host_teams_csv_team())}</th>
                                <th scope="col">{tr(|t| t.host_teams_buzz())}</th>
                                <th scope="col">{tr(|t| t.host_teams_verdict())}</th>
                                <th scope="col" class="num">{tr(|t| t.host_teams_csv_total())}</th>
                            </tr></thead>
                            <tbody>
                                {teams.into_iter().enumerate().map(|(i, team)| {
                                    let verdict = move || saved.with(|s| s.as_ref().and_then(|s| s.session.marks.get(i).copied().flatten()));
                                    let buzz = move || saved.with(|s| s.as_ref().and_then(|s| s.session.buzz.iter().position(|&b| b == i)).map(|p| format!("#{}", p + 1)).unwrap_or_default());
                                    let total = move || saved.with(|s| s.as_ref().map_or(0, |s| s.session.scores[i]));
                                    let name = team.name.clone();
                                    let name2 = team.name.clone();
                                    let set = move |v: bool| {
                                        let now = verdict();
                                        let next = if now == Some(v) { None } else { Some(v) };
                                        act(&|s, _| s.mark(i, next));
                                    };
                                    view! {
                                        <tr data-team=i>
                                            <th scope="row">
                                                <span class="team-chip" style:background=team.colour.clone()></span>
                                                {team.name.clone()}
                                                <span class="muted small">" ("{team.key.to_string()}")"</span>
                                            </th>
                                            <td>{buzz}</td>
                                            <td class="verdict-buttons">
                                                <button type="button" class="btn chip"
                                                    aria-pressed=move || (verdict() == Some(true)).to_string()
                                                    aria-label=move || fill(i18n.t().host_teams_mark_right(), &[("team", &name)])
                                                    disabled=move || !can_mark()
                                                    on:click=move |_| set(true)>"✓"</button>
                                                <button type="button" class="btn chip"
                                                    aria-pressed=move || (verdict() == Some(false)).to_string()
                                                    aria-label=move || fill(i18n.t().host_teams_mark_wrong(), &[("team", &name2)])
                                                    disabled=move || !can_mark()
                                                    on:click=move |_| set(false)>"✗"</button>
                                            </td>
                                            <td class="num">{total}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                        <div class="actions tie-break" hidden=move || !tied()>
                            <button type="button" class="btn btn-primary" on:click=move |_| act(&|s, _| s.tie_break())>
                                {tr(|t| t.host_teams_tie_break_button())}
                            </button>
                        </div>
                        <p class="muted small">{tr(|t| t.host_teams_shortcuts())}</p>
                        <GameActions csv on_new=new_game/>
                    </section>
                }
            })}
        </div>
    }
}
