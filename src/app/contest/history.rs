//! `/contest/results`: every attempt kept on this device, newest first, as a
//! table and as one CSV for the teacher (one row per attempt, a column per
//! question, UTF-8 with BOM for Excel). Clearing asks first.

use super::csv::csv_labels;
use super::start::mode_name;
use super::store;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::core::quiz::results::to_csv;
use crate::core::quiz::validate::INDEX_FILE;
use crate::core::quiz::PackIndex;
use leptos::prelude::*;

#[component]
pub fn History() -> impl IntoView {
    let i18n = use_i18n();
    let attempts = RwSignal::new(store::attempts());
    let confirming = RwSignal::new(false);
    let index = use_content::<PackIndex>(INDEX_FILE);
    let export = move |_| {
        let t = i18n.t();
        let csv = attempts.with_untracked(|a| to_csv(a, &csv_labels(t)));
        dom::download(
            &format!("{}-all.csv", t.contest_csv_file()),
            "text/csv;charset=utf-8",
            &csv,
        );
    };
    let clear = move |_| {
        store::clear_attempts();
        attempts.set(Vec::new());
        confirming.set(false);
    };
    let count = move || attempts.with(Vec::len);
    view! {
        <div class="section history">
            <h1>{tr(|t| t.contest_history_title())}</h1>
            <p class="lead">{tr(|t| t.contest_history_intro())}</p>
            <p>{move || fill(i18n.t().contest_history_count(), &[("n", &count().to_string())])}</p>
            <div class="actions" hidden=move || count() == 0>
                <button type="button" class="btn btn-primary" on:click=export>{tr(|t| t.contest_export_all_csv())}</button>
                <button type="button" class="btn" on:click=move |_| confirming.set(true) hidden=move || confirming.get()>
                    {tr(|t| t.contest_history_clear())}
                </button>
            </div>
            <div class="card confirm" role="alertdialog" aria-labelledby="clear-h" hidden=move || !confirming.get()>
                <h2 id="clear-h">{tr(|t| t.contest_history_clear_confirm())}</h2>
                <div class="actions">
                    <button type="button" class="btn btn-danger" on:click=clear>{tr(|t| t.contest_history_clear_yes())}</button>
                    <button type="button" class="btn" on:click=move |_| confirming.set(false)>{tr(|t| t.contest_keep_working())}</button>
                </div>
            </div>
            <ContentView res=index render=move |c: Content| {
                let idx = c.get::<PackIndex>().clone();
                view! {
                    <div class="table-wrap" hidden=move || count() == 0>
                        <table class="history-table">
                            <thead>
                                <tr>
                                    <th scope="col">{tr(|t| t.contest_history_when())}</th>
                                    <th scope="col">{tr(|t| t.contest_csv_nickname())}</th>
                                    <th scope="col">{tr(|t| t.contest_csv_packs())}</th>
                                    <th scope="col">{tr(|t| t.contest_csv_mode())}</th>
                                    <th scope="col" class="num">{tr(|t| t.contest_csv_score())}</th>
                                    <th scope="col" class="num">{tr(|t| t.contest_csv_correct())}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {move || {
                                    attempts.with(|all| {
                                        all.iter()
                                            .rev()
                                            .map(|a| {
                                                let packs = if a.packs.len() > 1 {
                                                    view! { <span>{tr(|t| t.contest_mix_title())}</span> }.into_any()
                                                } else {
                                                    let id = a.packs.first().cloned().unwrap_or_default();
                                                    match idx.packs.iter().find(|p| p.id == id) {
                                                        Some(p) => view! { <span>{text(&p.title)}</span> }.into_any(),
                                                        None => view! { <span>{id}</span> }.into_any(),
                                                    }
                                                };
                                                view! {
                                                    <tr>
                                                        <td>{let at = a.started_ms; move || dom::local_datetime(at, i18n.lang().code())}</td>
                                                        <td>{a.nickname.clone()}</td>
                                                        <td>{packs}</td>
                                                        <td>{tr(mode_name(a.mode))}</td>
                                                        <td class="num">{a.score}</td>
                                                        <td class="num">{format!("{}/{}", a.correct, a.total)}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()
                                    })
                                }}
                            </tbody>
                        </table>
                    </div>
                }
                .into_any()
            }/>
        </div>
    }
}
