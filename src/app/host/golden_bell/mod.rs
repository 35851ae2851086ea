//! `/contest/golden-bell`: the control window of a *Rung chuông vàng*. The
//! teacher sets it up, opens the audience window on the projector, and runs
//! each question: timer, reveal, marking who was wrong, rescues, the
//! golden-bell question, results and CSV. Saved after every action: a reload
//! restores the game exactly, and the audience window follows.

mod grid;
mod screen;
mod setup;

use super::hosted::{use_host_keys, use_hosted, GameActions};
use super::screen_view::ScreenView;
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::core::host::bell_session::{BellSession, Phase, SessionError};
use crate::core::host::golden_bell::{parse_numbers, BellError};
use crate::core::lang::Text;
use crate::core::quiz::describe::{answer_text, Words};
use grid::{Cell, NumberGrid};
use leptos::ev;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const FORMAT: &str = "golden-bell";

/// What is saved after every action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Saved {
    session: BellSession,
    pack: Text,
}

fn error_text(t: &'static crate::app::i18n::Strings, e: &SessionError) -> String {
    match e {
        SessionError::EveryoneWrong => t.host_bell_everyone_wrong().to_string(),
        SessionError::Bell(BellError::NoSuchContestant(n)) => {
            fill(t.host_bell_no_such(), &[("n", &n.to_string())])
        }
        SessionError::Bell(BellError::AlreadyOut(n)) => {
            fill(t.host_bell_already_out(), &[("n", &n.to_string())])
        }
        SessionError::Bell(BellError::BadList(piece)) => {
            fill(t.host_bell_bad_list(), &[("piece", piece)])
        }
        SessionError::Bell(BellError::RescueTooLarge { allowed }) => fill(
            t.host_bell_rescue_too_large(),
            &[("n", &allowed.to_string())],
        ),
        _ => t.host_bell_not_now().to_string(),
    }
}

#[component]
pub fn GoldenBellControl() -> impl IntoView {
    let i18n = use_i18n();
    let hosted = use_hosted::<Saved>(FORMAT, |s| screen::build(&s.session));
    let saved = hosted.state;
    let screen = hosted.screen;
    let saved_ok = hosted.saved_ok;
    let message = RwSignal::new(String::new());
    let controls_hidden = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let rescue_pick = RwSignal::new(Vec::<u32>::new());
    // One action on the game: applied, saved, and any refusal explained.
    let act = move |f: &dyn Fn(&mut BellSession, u64) -> Result<(), SessionError>| {
        let result = hosted.act(&|s: &mut Saved, now| f(&mut s.session, now));
        message.set(
            result
                .err()
                .map(|e| error_text(i18n.t(), &e))
                .unwrap_or_default(),
        );
    };
    let phase = Memo::new(move |_| saved.with(|s| s.as_ref().map(|s| s.session.phase)));
    let running =
        Memo::new(move |_| saved.with(|s| s.as_ref().is_some_and(|s| s.session.timer.running())));

    let toggle_timer = move || {
        act(&|s, now| {
            if s.phase != Phase::Asking {
                return Err(SessionError::NotNow);
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
    let confirm = move || act(&|s, _| s.confirm());
    let next = move || {
        rescue_pick.set(Vec::new());
        act(&|s, _| s.next_question())
    };

    use_host_keys(move |key| {
        if saved.with_untracked(Option::is_none) {
            return false;
        }
        match key {
            " " => toggle_timer(),
            "r" | "R" => reveal(),
            "e" | "E" => confirm(),
            "n" | "N" => next(),
            "h" | "H" => controls_hidden.update(|h| *h = !*h),
            _ => return false,
        }
        true
    });

    let on_start = Callback::new(move |(session, pack): (BellSession, Text)| {
        saved.set(Some(Saved { session, pack }));
        hosted.persist();
    });
    let mark_typed = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        match parse_numbers(&typed.get_untracked()) {
            Ok(numbers) => {
                act(&|s, _| s.mark_all(&numbers));
                if message.with_untracked(String::is_empty) {
                    typed.set(String::new());
                }
            }
            Err(e) => message.set(error_text(i18n.t(), &SessionError::Bell(e))),
        }
    };
    let new_game = Callback::new(move |()| {
        hosted.clear();
        message.set(String::new());
    });
    let csv = Callback::new(move |()| {
        let t = i18n.t();
        saved.with_untracked(|s| {
            s.as_ref().map(|s| {
                let labels = [
                    t.host_csv_number(),
                    t.host_csv_result(),
                    t.host_csv_out_at(),
                    t.host_csv_rescued(),
                    t.host_csv_in(),
                    t.host_csv_out(),
                ];
                (
                    format!("{}.csv", t.host_bell_csv_file()),
                    s.session.to_csv(labels),
                )
            })
        })
    });

    view! {
        <div class="section host golden-bell" class:controls-hidden=move || controls_hidden.get()>
            {move || match phase.get() {
                None => view! {
                    <h1>{tr(|t| t.host_bell_title())}</h1>
                    <p class="lead">{tr(|t| t.host_bell_intro())}</p>
                    <setup::Setup on_start/>
                }.into_any(),
                Some(_) => ().into_any(),
            }}
            <div class="host-screen" hidden=move || phase.get().is_none()>
                <ScreenView screen/>
            </div>
            <p class="notice warn" role="alert" hidden=move || saved_ok.get()>{tr(|t| t.contest_storage_failed())}</p>
            {move || phase.get().map(|ph| {
                let count = saved.with_untracked(|s| s.as_ref().map_or(0, |s| s.session.bell.contestants));
                let host_answer = move || saved.with(|s| s.as_ref().and_then(|s| {
                    let q = s.session.question()?;
                    let lang = i18n.lang();
                    let w = Words { true_word: i18n.t().contest_true(), false_word: i18n.t().contest_false(), member: Box::new(|c: &str| c.to_ascii_uppercase()) };
                    Some((answer_text(&q.answer, lang, &w), q.explanation.get(lang).to_string()))
                }));
                let status = move || saved.with(|s| s.as_ref().map(|s| {
                    fill(i18n.t().host_bell_status(), &[
                        ("q", &s.session.bell.question.to_string()),
                        ("left", &s.session.bell.survivors().len().to_string()),
                        ("total", &s.session.bell.contestants.to_string()),
                    ])
                }).unwrap_or_default());
                let cell = Callback::new(move |n: u32| saved.with(|s| match s {
                    Some(s) => match s.session.bell.out.get(&n) {
                        Some(&q) => if rescue_pick.with(|r| r.contains(&n)) { Cell::Marked } else { Cell::Out(q) },
                        None if s.session.marked.contains(&n) => Cell::Marked,
                        None => Cell::In,
                    },
                    None => Cell::In,
                }));
                let rescue_due = move || saved.with(|s| s.as_ref().is_some_and(|s| s.session.confirmed && s.session.bell.rescue_due()));
                let can_mark = Signal::derive(move || saved.with(|s| s.as_ref().is_some_and(|s| s.session.phase == Phase::Revealed && !s.session.confirmed)));
                let rescue_size = saved.with_untracked(|s| s.as_ref().map_or(0, |s| s.session.bell.rules.rescue_size));
                let history = move || saved.with(|s| s.as_ref().map(|s| s.session.bell.eliminated_by_question()).unwrap_or_default());
                let pack = saved.with_untracked(|s| s.as_ref().map(|s| s.pack.clone())).unwrap_or_default();
                view! {
                    <section class="host-controls card" aria-labelledby="controls-h">
                        <h2 id="controls-h">{tr(|t| t.host_controls())}</h2>
                        <p class="muted">{text(&pack)}" · "{status}</p>
                        <div class="actions">
                            <button type="button" class="btn" on:click=move |_| hosted.open_audience(message, i18n.t().host_popup_blocked())>{tr(|t| t.host_open_audience())}</button>
                            <button type="button" class="btn" on:click=move |_| toggle_timer() disabled=move || phase.get() != Some(Phase::Asking)>
                                {move || if running.get() { i18n.t().host_pause_timer() } else { i18n.t().host_start_timer() }}
                            </button>
                            <button type="button" class="btn btn-primary" on:click=move |_| reveal() disabled=move || phase.get() != Some(Phase::Asking)>
                                {tr(|t| t.host_reveal())}
                            </button>
                            <button type="button" class="btn" on:click=move |_| confirm() disabled=move || !can_mark.get()>
                                {tr(|t| t.host_bell_confirm())}
                            </button>
                            <button type="button" class="btn btn-primary" on:click=move |_| next() disabled=move || phase.get() == Some(Phase::Finished)>
                                {tr(|t| t.host_next())}
                            </button>
                        </div>
                        {(ph != Phase::Finished).then(|| view! {
                            <div class="host-answer">
                                {move || host_answer().map(|(a, e)| view! {
                                    <p><span class="label">{tr(|t| t.host_answer_for_host())}": "</span><strong>{a}</strong></p>
                                    <p class="muted">{e}</p>
                                })}
                            </div>
                        })}
                        <p class="host-message" role="status">{move || message.get()}</p>
                        <form class="typed-row" on:submit=mark_typed>
                            <label for="bell-list">{tr(|t| t.host_bell_type_list())}</label>
                            <input id="bell-list" type="text" inputmode="numeric" autocomplete="off"
                                prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))
                                disabled=move || !can_mark.get() aria-describedby="bell-list-hint"/>
                            <button type="submit" class="btn" disabled=move || !can_mark.get()>{tr(|t| t.host_bell_mark())}</button>
                        </form>
                        <p class="muted hint" id="bell-list-hint">{tr(|t| t.host_bell_list_hint())}</p>
                        <NumberGrid
                            label=Signal::derive(move || i18n.t().host_bell_grid().to_string())
                            count
                            cell
                            enabled=can_mark
                            on_toggle=Callback::new(move |n| act(&|s, _| s.toggle(n)))
                        />
                        <div class="card rescue" hidden=move || !rescue_due()>
                            <h3>{tr(|t| t.host_bell_rescue_title())}</h3>
                            <p>{move || fill(i18n.t().host_bell_rescue_text(), &[("n", &rescue_size.to_string())])}</p>
                            <NumberGrid
                                label=Signal::derive(move || i18n.t().host_bell_rescue_title().to_string())
                                count
                                cell
                                enabled=Signal::derive(rescue_due)
                                on_toggle=Callback::new(move |n| rescue_pick.update(|r| {
                                    match r.iter().position(|&x| x == n) { Some(i) => { r.remove(i); } None => r.push(n) }
                                }))
                                rescue=true
                            />
                            <button type="button" class="btn btn-primary" on:click=move |_| {
                                let picked = rescue_pick.get_untracked();
                                act(&|s, _| s.rescue(&picked));
                                if message.with_untracked(String::is_empty) { rescue_pick.set(Vec::new()); }
                            }>{tr(|t| t.host_bell_bring_back())}</button>
                        </div>
                        <p class="muted small">{tr(|t| t.host_shortcuts())}</p>
                        <div class="actions">
                            <button type="button" class="btn" on:click=move |_| act(&|s, _| { s.finish(); Ok(()) }) disabled=move || phase.get() == Some(Phase::Finished)>
                                {tr(|t| t.host_finish())}
                            </button>
                        </div>
                        <GameActions csv on_new=new_game/>
                    </section>
                    <section class="host-history" aria-labelledby="history-h">
                        <h2 id="history-h">{tr(|t| t.host_bell_history())}</h2>
                        <table class="history-table">
                            <thead><tr>
                                <th scope="col">{tr(|t| t.host_bell_history_question())}</th>
                                <th scope="col">{tr(|t| t.host_bell_history_out())}</th>
                            </tr></thead>
                            <tbody>
                                {move || history().into_iter().map(|(q, ns)| view! {
                                    <tr><td>{q}</td><td>{ns.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </section>
                }
            })}
        </div>
    }
}
