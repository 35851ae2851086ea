//! The start screen of a game: what the pack is, the offer to resume an
//! unfinished game, and the settings of the mode (all visible, nothing
//! hidden in a menu) before "Start".

use super::play::use_game;
use super::store::Active;
use crate::app::clock::{format_duration, new_seed, now_ms};
use crate::app::components::qr_link::QrLink;
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, trf, use_i18n, Pick};
use crate::app::router::{mode_segment, Link};
use crate::core::quiz::contest::{Contest, Mode, Settings};
use leptos::prelude::*;

pub fn mode_name(mode: Mode) -> Pick {
    match mode {
        Mode::Practice => |t| t.contest_mode_practice(),
        Mode::Challenge => |t| t.contest_mode_challenge(),
        Mode::Exam => |t| t.contest_mode_exam(),
    }
}

pub fn mode_about(mode: Mode) -> Pick {
    match mode {
        Mode::Practice => |t| t.contest_mode_practice_about(),
        Mode::Challenge => |t| t.contest_mode_challenge_about(),
        Mode::Exam => |t| t.contest_mode_exam_about(),
    }
}

const COUNTS: [usize; 8] = [5, 8, 10, 15, 20, 30, 40, 50];

fn default_count(mode: Mode) -> usize {
    let asked = dom::query_param("count").and_then(|s| s.parse::<usize>().ok());
    asked.filter(|&n| n > 0).unwrap_or(match mode {
        Mode::Practice => 10,
        Mode::Challenge => 8,
        Mode::Exam => 20,
    })
}

/// A labelled `<select>` of numbers; `0` in `choices` reads as `zero_label`.
#[component]
fn NumberSelect(
    id: &'static str,
    label: Pick,
    value: RwSignal<u64>,
    choices: Vec<u64>,
    #[prop(into)] show: Callback<u64, String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse() {
                        value.set(v);
                    }
                }
            >
                {choices
                    .into_iter()
                    .map(|c| {
                        view! {
                            <option value=c.to_string() selected=move || value.get() == c>
                                {move || show.run(c)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn Check(id: &'static str, label: Pick, hint: Pick, value: RwSignal<bool>) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field check">
            <input
                type="checkbox"
                id=id
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
                aria-describedby=hint_id.clone()
            />
            <label for=id>{tr(label)}</label>
            <p class="muted hint" id=hint_id>{tr(hint)}</p>
        </div>
    }
}

#[component]
fn ResumeOffer(active: Active, contest: Contest) -> impl IntoView {
    let Some(ctx) = use_game() else {
        return ().into_any();
    };
    let shown = RwSignal::new(true);
    let n = contest.setup.questions.len().to_string();
    let at = (contest.progress.current + 1).to_string();
    let answered = contest.answered_count().to_string();
    let left = contest.remaining_ms(now_ms()).map(format_duration);
    let data = StoredValue::new(Some((active, contest)));
    let resume = move |_| {
        if let Some((a, c)) = data.get_value() {
            ctx.resume(a, c);
        }
    };
    view! {
        <section class="card resume" aria-labelledby="resume-h" hidden=move || !shown.get()>
            <h2 id="resume-h">{tr(|t| t.contest_resume_title())}</h2>
            <p>
                {trf(move |t| {
                    fill(t.contest_resume_text(), &[("at", &at), ("n", &n), ("answered", &answered)])
                })}
                {left.map(|l| trf(move |t| format!(" {}", fill(t.contest_time_left(), &[("time", &l)]))))}
            </p>
            <div class="actions">
                <button type="button" class="btn btn-primary" on:click=resume>
                    {tr(|t| t.contest_resume())}
                </button>
                <button type="button" class="btn" on:click=move |_| shown.set(false)>
                    {tr(|t| t.contest_start_over())}
                </button>
            </div>
        </section>
    }
    .into_any()
}

#[component]
pub fn Start(offer: Option<(Active, Contest)>) -> impl IntoView {
    let Some(ctx) = use_game() else {
        return ().into_any();
    };
    let mode = ctx.mode;
    let (title, description, pool, id) = ctx.loaded.with_value(|l| {
        let description = if l.packs.len() == 1 {
            l.packs.first().map(|p| p.description.clone())
        } else {
            None
        };
        let pool: usize = l.packs.iter().map(|p| p.questions.len()).sum();
        (l.title.clone(), description, pool, l.id.clone())
    });
    let count = RwSignal::new(default_count(mode).min(pool) as u64);
    let nickname = RwSignal::new(
        offer
            .as_ref()
            .map(|(a, _)| a.nickname.clone())
            .unwrap_or_default(),
    );
    // Practice: no timer unless asked; challenge: 20 s; exam: 15 min.
    let practice_s = RwSignal::new(0u64);
    let challenge_s = RwSignal::new(20u64);
    let speed = RwSignal::new(true);
    let streak = RwSignal::new(true);
    let exam_min = RwSignal::new(15u64);
    let more_time = RwSignal::new(true);

    let mut counts: Vec<u64> = COUNTS
        .iter()
        .map(|&c| c as u64)
        .filter(|&c| (c as usize) < pool)
        .collect();
    counts.push(pool as u64);
    if !counts.contains(&count.get_untracked()) {
        counts.push(count.get_untracked());
        counts.sort_unstable();
    }
    let pool_text = pool.to_string();
    let i18n = use_i18n();

    let no_questions = RwSignal::new(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = count.get_untracked() as usize;
        // `?seed=` gives everyone the same questions in the same order (a
        // class sitting one exam); otherwise every game is new.
        let seed = dom::query_param("seed")
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(new_seed);
        let settings = match mode {
            Mode::Practice => Settings {
                question_ms: Some(practice_s.get_untracked() * 1000).filter(|&ms| ms > 0),
                ..Settings::practice(n, seed)
            },
            Mode::Challenge => Settings {
                question_ms: Some(challenge_s.get_untracked() * 1000),
                speed_bonus: speed.get_untracked(),
                streak_bonus: streak.get_untracked(),
                ..Settings::challenge(n, seed)
            },
            Mode::Exam => Settings {
                more_time: more_time.get_untracked(),
                ..Settings::exam(n, seed, exam_min.get_untracked() * 60_000)
            },
        };
        no_questions.set(!ctx.start(settings, &nickname.get_untracked()));
    };

    let others = [Mode::Practice, Mode::Challenge, Mode::Exam]
        .into_iter()
        .filter(|&m| m != mode)
        .map(|m| {
            let href = format!("/contest/{}/{}", mode_segment(m), id);
            view! { <Link href class="btn">{tr(mode_name(m))}</Link> }
        })
        .collect_view();

    let seconds = move |v: u64| {
        if v == 0 {
            i18n.t().contest_no_timer().to_string()
        } else {
            fill(i18n.t().contest_seconds(), &[("n", &v.to_string())])
        }
    };

    view! {
        <p class="eyebrow">{tr(mode_name(mode))}</p>
        <h1>{text(&title)}</h1>
        {description.map(|d| view! { <p class="lead">{text(&d)}</p> })}
        <p>{tr(mode_about(mode))}</p>
        {offer.map(|(active, contest)| view! { <ResumeOffer active contest/> })}
        <form class="card start-form" on:submit=start>
            <h2>{tr(|t| t.contest_settings())}</h2>
            <div class="field">
                <label for="nickname">{tr(|t| t.contest_nickname())}</label>
                <input
                    id="nickname"
                    type="text"
                    autocomplete="off"
                    maxlength="24"
                    prop:value=move || nickname.get()
                    on:input=move |ev| nickname.set(event_target_value(&ev))
                    aria-describedby="nickname-hint"
                />
                <p class="muted hint" id="nickname-hint">{tr(|t| t.contest_nickname_hint())}</p>
            </div>
            <NumberSelect
                id="count"
                label=|t| t.contest_count()
                value=count
                choices=counts
                show=move |n: u64| {
                    if n as usize == pool {
                        fill(i18n.t().contest_count_all(), &[("n", &pool_text)])
                    } else {
                        n.to_string()
                    }
                }
            />
            {match mode {
                Mode::Practice => {
                    view! {
                        <NumberSelect
                            id="timer"
                            label=|t| t.contest_timer_per_question()
                            value=practice_s
                            choices=vec![0, 30, 60]
                            show=seconds
                        />
                    }
                        .into_any()
                }
                Mode::Challenge => {
                    view! {
                        <NumberSelect
                            id="timer"
                            label=|t| t.contest_timer_per_question()
                            value=challenge_s
                            choices=vec![10, 15, 20, 30, 45]
                            show=seconds
                        />
                        <Check id="speed" label=|t| t.contest_speed_bonus() hint=|t| t.contest_speed_bonus_hint() value=speed/>
                        <Check id="streak" label=|t| t.contest_streak_bonus() hint=|t| t.contest_streak_bonus_hint() value=streak/>
                    }
                        .into_any()
                }
                Mode::Exam => {
                    view! {
                        <NumberSelect
                            id="timer"
                            label=|t| t.contest_exam_time()
                            value=exam_min
                            choices=vec![5, 10, 15, 20, 30, 45, 60]
                            show=move |v: u64| fill(i18n.t().contest_minutes(), &[("n", &v.to_string())])
                        />
                        <Check id="more-time" label=|t| t.contest_more_time_setting() hint=|t| t.contest_more_time_hint() value=more_time/>
                    }
                        .into_any()
                }
            }}
            <button type="submit" class="btn btn-primary btn-large">{tr(|t| t.contest_start())}</button>
            <p class="field-error" role="alert">
                {move || no_questions.get().then(|| i18n.t().contest_no_questions())}
            </p>
        </form>
        <nav class="other-modes" aria-label=tr(|t| t.contest_other_modes())>
            <span class="muted">{tr(|t| t.contest_other_modes())}": "</span>
            {others}
        </nav>
        <p><QrLink path=format!("/contest/{}/{id}", mode_segment(mode))/></p>
    }
    .into_any()
}
