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
                None => view! { <p class="screen-waiting">{tr(|t| t.host_waiting)}</p> }.into_any(),
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
                        {s.answer.map(|a| view! {
                            <p class="screen-answer"><span class="label">{tr(|t| t.contest_right_answer)}": "</span>{text(&a)}</p>
                        })}
                        {s.explanation.map(|e| view! { <p class="screen-explanation">{text(&e)}</p> })}
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
