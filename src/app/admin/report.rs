//! The usage report (`/admin/report`) for the yearly review of ASEAN
//! promotion: for a date range, sessions, minutes in use, quizzes played and
//! completed per pack and mode with the average score, the most opened
//! articles, searches run (a count, never the words), member pages viewed.
//! Anonymous and local; exported as CSV or printed.

use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::i18n::{fill, tr, use_i18n};
use crate::app::router::Link;
use crate::app::settings::settings;
use crate::app::usage;
use crate::core::content::{ArticleIndex, MemberNames};
use crate::core::quiz::validate::INDEX_FILE as QUIZ_INDEX_FILE;
use crate::core::quiz::PackIndex;
use crate::core::validate::{ARTICLE_INDEX_FILE, MEMBERS_FILE};
use leptos::prelude::*;

fn is_date(s: &str) -> bool {
    crate::core::date::Date::parse(s).is_ok()
}

#[component]
pub fn Report() -> impl IntoView {
    let i18n = use_i18n();
    let today = dom::local_day();
    let year = today.get(..4).unwrap_or("2026").to_string();
    let from = RwSignal::new(format!("{year}-01-01"));
    let to = RwSignal::new(today);
    let data = usage::load();
    let articles = use_content::<ArticleIndex>(ARTICLE_INDEX_FILE);
    let packs = use_content::<PackIndex>(QUIZ_INDEX_FILE);
    let names = use_content::<MemberNames>(MEMBERS_FILE);
    let data2 = data.clone();
    let summary = Memo::new(move |_| {
        let (f, t) = (from.get(), to.get());
        (is_date(&f) && is_date(&t)).then(|| data2.summary(&f, &t))
    });
    let export = move |_| {
        let (f, t) = (from.get_untracked(), to.get_untracked());
        dom::download(
            &format!("asean-kiosk-usage-{f}-{t}.csv"),
            "text/csv",
            &data.csv(&f, &t),
        );
    };
    let school = settings().school;
    view! {
        <div class="section admin report">
            <h1>{tr(|t| t.report_title())}</h1>
            {(!school.is_empty()).then(|| view! { <p class="lead">{school.clone()}</p> })}
            <p class="no-print">{tr(|t| t.report_intro())}</p>
            <div class="filters no-print">
                <div class="field">
                    <label for="report-from">{tr(|t| t.report_from())}</label>
                    <input id="report-from" type="date" prop:value=move || from.get() on:change=move |e| from.set(event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="report-to">{tr(|t| t.report_to())}</label>
                    <input id="report-to" type="date" prop:value=move || to.get() on:change=move |e| to.set(event_target_value(&e))/>
                </div>
            </div>
            <p class="muted">{move || fill(i18n.t().report_period(), &[("from", &from.get()), ("to", &to.get())])}</p>
            {move || match summary.get() {
                None => view! { <p role="alert">{tr(|t| t.report_bad_range())}</p> }.into_any(),
                Some(s) => {
                    let t = i18n.t();
                    let avg = s.average_score.map(|a| format!("{a} %")).unwrap_or_else(|| "—".into());
                    let lines = [
                        (t.report_days(), s.days_used.to_string()),
                        (t.report_sessions(), s.sessions.to_string()),
                        (t.report_minutes(), s.minutes.to_string()),
                        (t.report_quizzes_started(), s.quizzes_started.to_string()),
                        (t.report_quizzes_completed(), s.quizzes_completed.to_string()),
                        (t.report_average(), avg),
                        (t.report_articles(), s.articles_opened.to_string()),
                        (t.report_searches(), s.searches.to_string()),
                    ];
                    let totals = lines
                        .into_iter()
                        .map(|(label, v)| view! { <tr><th scope="row">{label}</th><td class="num">{v}</td></tr> })
                        .collect_view();
                    let quiz_rows = s.quizzes.clone();
                    let top = s.top_articles.clone();
                    let members = s.member_views.clone();
                    view! {
                        <table class="report-table" data-report="totals">
                            <caption>{tr(|t| t.report_totals())}</caption>
                            <tbody>{totals}</tbody>
                        </table>
                        <ContentView res=packs render=move |c: Content| {
                            let idx = c.get::<PackIndex>().clone();
                            let rows = quiz_rows.iter().map(|(k, q)| {
                                let (pack, mode) = k.split_once('/').unwrap_or((k.as_str(), ""));
                                let title = idx.packs.iter().find(|p| p.id == pack).map(|p| p.title.get(i18n.lang()).to_string()).unwrap_or_else(|| pack.to_string());
                                let avg = if q.completed > 0 { format!("{} %", q.score_sum / u64::from(q.completed)) } else { "—".into() };
                                view! { <tr data-pack=pack.to_string()><td>{title}</td><td>{mode.to_string()}</td><td class="num">{q.started}</td><td class="num">{q.completed}</td><td class="num">{avg}</td></tr> }
                            }).collect_view();
                            view! {
                                <table class="report-table" data-report="quizzes">
                                    <caption>{tr(|t| t.report_quizzes())}</caption>
                                    <thead><tr>
                                        <th scope="col">{tr(|t| t.report_pack())}</th><th scope="col">{tr(|t| t.report_mode())}</th>
                                        <th scope="col">{tr(|t| t.report_started())}</th><th scope="col">{tr(|t| t.report_completed())}</th>
                                        <th scope="col">{tr(|t| t.report_average())}</th>
                                    </tr></thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            }.into_any()
                        }/>
                        <ContentView res=articles render=move |c: Content| {
                            let idx = c.get::<ArticleIndex>().clone();
                            let rows = top.iter().map(|(id, n)| {
                                let title = idx.articles.iter().find(|a| &a.id == id).map(|a| a.title.get(i18n.lang()).to_string()).unwrap_or_else(|| id.clone());
                                view! { <tr><td>{title}</td><td class="num">{*n}</td></tr> }
                            }).collect_view();
                            view! {
                                <table class="report-table" data-report="articles">
                                    <caption>{tr(|t| t.report_top_articles())}</caption>
                                    <tbody>{rows}</tbody>
                                </table>
                            }.into_any()
                        }/>
                        <ContentView res=names render=move |c: Content| {
                            let names = c.get::<MemberNames>().clone();
                            let rows = members.iter().map(|(code, n)| {
                                view! { <tr><td>{names.name(code, i18n.lang())}</td><td class="num">{*n}</td></tr> }
                            }).collect_view();
                            view! {
                                <table class="report-table" data-report="members">
                                    <caption>{tr(|t| t.report_members())}</caption>
                                    <tbody>{rows}</tbody>
                                </table>
                            }.into_any()
                        }/>
                    }.into_any()
                }
            }}
            <p class="actions no-print">
                <button type="button" class="btn btn-primary" on:click=export>{tr(|t| t.report_csv())}</button>
                " "
                <button type="button" class="btn" on:click=|_| dom::print()>{tr(|t| t.report_print())}</button>
                " "
                <Link href="/admin" class="btn">{tr(|t| t.report_back())}</Link>
            </p>
            <p class="muted small">{tr(|t| t.report_privacy())}</p>
        </div>
    }
}
