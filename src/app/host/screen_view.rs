//! The audience's screen: what the room sees on the projector, drawn from a
//! [`Screen`] in this window's language. The timer counts down here from the
//! deadline the control window sent, so the two windows agree without
//! messages every second.

use crate::app::clock::{format_duration, now_ms, use_interval};
use crate::app::i18n::{text, tr};
use crate::core::host::screen::Screen;
use leptos::prelude::*;

fn letter(n: usize) -> String {
    char::from(b'A' + (n % 26) as u8).to_string()
}

#[component]
pub fn ScreenView(#[prop(into)] screen: Signal<Option<Screen>>) -> impl IntoView {
    let now = RwSignal::new(now_ms());
    use_interval(200, move || now.set(now_ms()));
    view! {
        <div class="screen" aria-live="polite">
            {move || match screen.get() {
                None => view! { <p class="screen-waiting">{tr(|t| t.host_waiting())}</p> }.into_any(),
                Some(s) => {
                    let timer = s.timer;
                    view! {
                        <p class="screen-title">{text(&s.title)}</p>
                        <h1 class="screen-heading">{text(&s.heading)}</h1>
                        {timer.map(|t| {
                            view! {
                                <p class="screen-timer" class:low=move || t.left(now.get()) <= 5_000 role="timer">
                                    {move || format_duration(t.left(now.get()))}
                                </p>
                            }
                        })}
                        {s.question.map(|q| {
                            view! {
                                <p class="screen-prompt">{text(&q.prompt)}</p>
                                {q.media.map(|m| view! { <img class="screen-media" src=m.src.clone() alt=text(&m.alt)/> })}
                                <ol class="screen-options" role="list">
                                    {q.options.iter().enumerate().map(|(i, o)| view! {
                                        <li><span class="letter">{letter(i)}</span>" "{text(o)}</li>
                                    }).collect_view()}
                                </ol>
                                <ol class="screen-pictures" role="list">
                                    {q.pictures.iter().enumerate().map(|(i, m)| view! {
                                        <li><span class="letter">{letter(i)}</span><img src=m.src.clone() alt=text(&m.alt)/></li>
                                    }).collect_view()}
                                </ol>
                            }
                        })}
                        {s.obstacle.map(|o| {
                            let open = o.open.clone();
                            view! {
                                <div class="obstacle">
                                    <div class="obstacle-picture">
                                        <img src=o.picture.src.clone() alt=text(&o.picture.alt)/>
                                        {(0..5).map(|i| {
                                            let shown = open.get(i).copied().unwrap_or(false);
                                            view! { <span class=format!("tile tile-{i}") class:open=shown aria-hidden="true"></span> }
                                        }).collect_view()}
                                    </div>
                                    <ol class="obstacle-rows" role="list">
                                        {o.rows.iter().enumerate().map(|(i, (vi, en, word))| {
                                            let label = if i == 4 { "★".to_string() } else { (i + 1).to_string() };
                                            let word = word.clone();
                                            let (vi, en) = (*vi, *en);
                                            let i18n = crate::app::i18n::use_i18n();
                                            let n = move || if i18n.lang() == crate::core::lang::Lang::Vi { vi } else { en };
                                            view! {
                                                <li class="obstacle-row">
                                                    <span class="letter">{label}</span>
                                                    {match word {
                                                        Some(w) => view! { <span class="row-word">{text(&w)}</span> }.into_any(),
                                                        None => view! { <span class="row-blank">{move || "□ ".repeat(n())}</span> }.into_any(),
                                                    }}
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ol>
                                    <p class="obstacle-keyword">
                                        <span class="label">{tr(|t| t.host_olympia_keyword())}": "</span>
                                        {match o.keyword {
                                            Some(k) => view! { <strong>{text(&k)}</strong> }.into_any(),
                                            None => view! { <span>{text(&o.keyword_letters)}" "{tr(|t| t.host_olympia_letters())}</span> }.into_any(),
                                        }}
                                    </p>
                                </div>
                            }
                        })}
                        {s.answer.map(|a| view! {
                            <p class="screen-answer"><span class="label">{tr(|t| t.contest_right_answer())}": "</span>{text(&a)}</p>
                        })}
                        {s.explanation.map(|e| view! { <p class="screen-explanation">{text(&e)}</p> })}
                        {(!s.scores.is_empty()).then(|| {
                            let top = s.scores.iter().map(|r| r.score).max().unwrap_or(0).max(1);
                            let podium = s.celebrate;
                            let mut rows = s.scores.clone();
                            if podium {
                                rows.sort_by_key(|r| r.place);
                            }
                            view! {
                                <ol class="scoreboard" class:podium=podium role="list">
                                    {rows.into_iter().map(|r| {
                                        let width = format!("{}%", (r.score.max(0) * 100 / top).max(2));
                                        let delta = match r.delta {
                                            0 => String::new(),
                                            d if d > 0 => format!("+{d}"),
                                            d => format!("−{}", -d),
                                        };
                                        view! {
                                            <li class="score-row" data-place=r.place>
                                                {podium.then(|| view! { <span class="place">{r.place}"."</span> })}
                                                <span class="score-name">{r.name.clone()}</span>
                                                <span class="score-bar"><span class="score-fill" style:width=width style:background=r.colour.clone()></span></span>
                                                <span class="score-value">{r.score}</span>
                                                <span class="score-delta">{delta}</span>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ol>
                            }
                        })}
                        <div class="screen-lines">
                            {s.lines.iter().map(|l| view! { <p>{text(l)}</p> }).collect_view()}
                        </div>
                        {s.celebrate.then(|| view! { <p class="screen-bell" aria-hidden="true">"🔔"</p> })}
                    }
                    .into_any()
                }
            }}
        </div>
    }
}
