//! The local top 10 of a pack and mode: a nickname only, kept on this
//! device. A player adds their score once; a kiosk can turn the board off in
//! the settings.

use super::play::use_game;
use super::store;
use crate::app::i18n::{fill, tr, use_i18n};
use crate::core::quiz::results::{clean_nickname, Leaderboard};
use leptos::prelude::*;

#[component]
pub fn Board() -> impl IntoView {
    let Some(ctx) = use_game() else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let key = ctx.route();
    let board = RwSignal::new(store::board(&key));
    let placed = RwSignal::new(None::<usize>);
    let on_board = move || ctx.active.with(|a| a.as_ref().is_some_and(|a| a.on_board));
    let nickname = RwSignal::new(
        ctx.active
            .with_untracked(|a| a.as_ref().map(|a| a.nickname.clone()))
            .unwrap_or_default(),
    );
    let error = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = clean_nickname(&nickname.get_untracked());
        if name.is_empty() {
            error.set(true);
            return;
        }
        error.set(false);
        let Some(mut active) = ctx.active.get_untracked() else {
            return;
        };
        active.nickname = name;
        let Some(attempt) = ({
            ctx.active.set(Some(active.clone()));
            ctx.attempt()
        }) else {
            return;
        };
        let mut b: Leaderboard = store::board(&key);
        let place = b.insert(&attempt);
        if !store::save_board(&key, &b) {
            ctx.saved_ok.set(false);
        }
        active.on_board = true;
        ctx.set_active(active);
        placed.set(place);
        board.set(b);
    };
    view! {
        <section class="leaderboard no-print" aria-labelledby="board-h">
            <h2 id="board-h">{tr(|t| t.contest_leaderboard())}</h2>
            <form class="board-add" on:submit=add hidden=on_board>
                <label for="board-name">{tr(|t| t.contest_nickname())}</label>
                <div class="typed-row">
                    <input
                        id="board-name"
                        type="text"
                        maxlength="24"
                        autocomplete="off"
                        prop:value=move || nickname.get()
                        on:input=move |ev| nickname.set(event_target_value(&ev))
                        aria-invalid=move || error.get().to_string()
                        aria-describedby="board-error"
                    />
                    <button type="submit" class="btn btn-primary">{tr(|t| t.contest_add_to_board())}</button>
                </div>
                <p id="board-error" class="field-error" role="alert">
                    {move || error.get().then(|| i18n.t().contest_nickname_needed())}
                </p>
            </form>
            <p role="status">
                {move || {
                    placed.get().map(|p| fill(i18n.t().contest_board_place(), &[("n", &(p + 1).to_string())]))
                }}
            </p>
            {move || {
                board.with(|b| {
                    if b.entries.is_empty() {
                        return view! { <p class="muted">{tr(|t| t.contest_board_empty())}</p> }.into_any();
                    }
                    let rows = b
                        .entries
                        .iter()
                        .enumerate()
                        .map(|(i, e)| {
                            let mine = placed.get() == Some(i);
                            view! {
                                <tr class:mine=mine>
                                    <td>{i + 1}</td>
                                    <td>{e.nickname.clone()}</td>
                                    <td class="num">{e.score}</td>
                                    <td class="num">{format!("{}/{}", e.correct, e.total)}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <table class="board">
                            <thead>
                                <tr>
                                    <th scope="col">{tr(|t| t.contest_board_rank())}</th>
                                    <th scope="col">{tr(|t| t.contest_board_name())}</th>
                                    <th scope="col" class="num">{tr(|t| t.contest_board_score())}</th>
                                    <th scope="col" class="num">{tr(|t| t.contest_board_correct())}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    }
                    .into_any()
                })
            }}
        </section>
    }
    .into_any()
}
