//! `/contest/<mode>/<pack>`: one pack (or the mix) played in one mode,
//! from the start screen through the questions to the results. The state is
//! the core's [`Contest`]; this file wires it to storage after every step.

use super::load::{load_packs, Loaded};
use super::playing::Playing;
use super::results::Results;
use super::start::Start;
use super::store::{self, Active};
use crate::app::clock::now_ms;
use crate::app::components::error_panel::ErrorPanel;
use crate::app::components::loading::Loading;
use crate::app::content::{use_content, ContentResource};
use crate::app::i18n::{tr, use_i18n};
use crate::app::router::{mode_segment, Link};
use crate::app::usage;
use crate::core::content::MemberNames;
use crate::core::quiz::contest::{Contest, Mode, Settings};
use crate::core::quiz::mark::Response;
use crate::core::quiz::results::{clean_nickname, Attempt};
use crate::core::validate::MEMBERS_FILE;
use leptos::prelude::*;
use std::sync::Arc;

/// Everything the screens of one game share.
#[derive(Clone, Copy)]
pub struct GameCtx {
    pub mode: Mode,
    pub contest: RwSignal<Option<Contest>>,
    pub active: RwSignal<Option<Active>>,
    /// False once a save failed: a notice says results will not be kept.
    pub saved_ok: RwSignal<bool>,
    pub loaded: StoredValue<Arc<Loaded>>,
    /// Member names, for map questions and their review.
    pub members: ContentResource,
}

impl GameCtx {
    /// `practice/flags`: the route and the leaderboard key.
    pub fn route(&self) -> String {
        self.loaded
            .with_value(|l| format!("{}/{}", mode_segment(self.mode), l.id))
    }

    fn note_save(&self, ok: bool) {
        if !ok {
            self.saved_ok.set(false);
        }
    }

    /// Starts a new contest over every question of the loaded packs in the
    /// current language. False when there is no question to ask.
    pub fn start(&self, settings: Settings, nickname: &str) -> bool {
        let lang = use_i18n().lang_untracked();
        let (pool, packs, title) = self.loaded.with_value(|l| {
            let pool: Vec<_> = l
                .packs
                .iter()
                .filter(|p| p.languages.contains(&lang))
                .flat_map(|p| p.questions.iter().cloned())
                .collect();
            let packs = l.packs.iter().map(|p| p.id.clone()).collect();
            (pool, packs, l.title.clone())
        });
        let Ok(c) = Contest::new(settings, &pool, now_ms()) else {
            return false;
        };
        let active = Active {
            route: self.route(),
            packs,
            title,
            nickname: clean_nickname(nickname),
            recorded: false,
            on_board: false,
        };
        self.note_save(store::save_new(&active, &c));
        if let Some((mode, pack)) = active.route.split_once('/') {
            usage::record(usage::Event::QuizStarted {
                pack: pack.into(),
                mode: mode.into(),
            });
        }
        self.active.set(Some(active));
        self.contest.set(Some(c));
        true
    }

    /// Continues the kept contest.
    pub fn resume(&self, active: Active, c: Contest) {
        self.active.set(Some(active));
        self.contest.set(Some(c));
        self.after_step();
    }

    /// Back to the start screen (the kept contest stays until a new one starts).
    pub fn restart(&self) {
        self.contest.set(None);
    }

    fn step(&self, f: impl FnOnce(&mut Contest)) {
        self.contest.update(|c| {
            if let Some(c) = c {
                f(c);
            }
        });
        self.after_step();
    }

    /// Saves the progress; records the attempt once the contest is over.
    fn after_step(&self) {
        let ok = self
            .contest
            .with_untracked(|c| c.as_ref().is_none_or(|c| store::save_progress(&c.progress)));
        self.note_save(ok);
        let finished = self
            .contest
            .with_untracked(|c| c.as_ref().is_some_and(Contest::is_finished));
        let recorded = self
            .active
            .with_untracked(|a| a.as_ref().is_none_or(|a| a.recorded));
        if finished && !recorded {
            self.record();
        }
    }

    fn record(&self) {
        let Some(mut active) = self.active.get_untracked() else {
            return;
        };
        let attempt = self.contest.with_untracked(|c| {
            c.as_ref()
                .map(|c| Attempt::from_contest(c, &active.nickname, active.packs.clone()))
        });
        if let Some(a) = attempt {
            self.note_save(store::add_attempt(&a));
            if let Some((mode, pack)) = active.route.split_once('/') {
                usage::record(usage::Event::QuizCompleted {
                    pack: pack.into(),
                    mode: mode.into(),
                    score_pct: (a.correct * 100).checked_div(a.total).unwrap_or(0) as u32,
                });
            }
        }
        active.recorded = true;
        self.note_save(store::save_active(&active));
        self.active.set(Some(active));
    }

    /// The attempt of the finished contest (for CSV and the leaderboard).
    pub fn attempt(&self) -> Option<Attempt> {
        let active = self.active.get_untracked()?;
        self.contest.with_untracked(|c| {
            c.as_ref()
                .map(|c| Attempt::from_contest(c, &active.nickname, active.packs.clone()))
        })
    }

    pub fn set_active(&self, a: Active) {
        self.note_save(store::save_active(&a));
        self.active.set(Some(a));
    }

    pub fn answer(&self, r: Response) {
        self.step(|c| {
            let _ = c.answer(r, now_ms());
        });
    }

    pub fn next(&self) {
        self.step(|c| c.next(now_ms()));
    }

    pub fn go_to(&self, i: usize) {
        self.step(|c| {
            let _ = c.go_to(i, now_ms());
        });
    }

    pub fn finish(&self) {
        self.step(|c| c.finish(now_ms()));
    }

    /// Exam: adds time, when the settings allow it (saved like every step).
    pub fn add_time(&self) {
        self.step(|c| {
            let _ = c.add_time(now_ms());
        });
    }

    /// Called by the ticking clock: touches the state only when a timer
    /// ran out.
    pub fn tick(&self, now: u64) {
        let due = self
            .contest
            .with_untracked(|c| c.as_ref().is_some_and(|c| c.due(now)));
        if due {
            self.step(|c| {
                c.tick(now);
            });
        }
    }
}

pub fn use_game() -> Option<GameCtx> {
    use_context::<GameCtx>()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Start,
    Playing,
    Done,
}

#[component]
pub fn Play(mode: Mode, pack: String) -> impl IntoView {
    let id = pack.clone();
    let res = LocalResource::new(move || load_packs(id.clone()));
    view! {
        <div class="section play" data-mode=mode_segment(mode)>
            {move || match res.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(error)) => view! { <ErrorPanel error/> }.into_any(),
                Some(Ok(None)) => {
                    view! {
                        <h1>{tr(|t| t.contest_no_pack_title())}</h1>
                        <p>{tr(|t| t.contest_no_pack_text())}</p>
                        <Link href="/contest" class="btn btn-primary">{tr(|t| t.contest_choose_pack())}</Link>
                    }
                        .into_any()
                }
                Some(Ok(Some(loaded))) => view! { <Game mode loaded/> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn Game(mode: Mode, loaded: Arc<Loaded>) -> impl IntoView {
    let errors = loaded.errors.clone();
    let ctx = GameCtx {
        mode,
        contest: RwSignal::new(None),
        active: RwSignal::new(None),
        saved_ok: RwSignal::new(true),
        loaded: StoredValue::new(loaded),
        members: use_content::<MemberNames>(MEMBERS_FILE),
    };
    provide_context(ctx);
    // A kept contest for this route: finished → its results again;
    // unfinished → offered on the start screen.
    let route = ctx.route();
    let kept = store::load().filter(|(a, _)| a.route == route);
    let offer = match kept {
        Some((a, c)) if c.is_finished() => {
            ctx.resume(a, c);
            None
        }
        other => other,
    };
    let phase = Memo::new(move |_| {
        ctx.contest.with(|c| match c {
            None => Phase::Start,
            Some(c) if c.is_finished() => Phase::Done,
            Some(_) => Phase::Playing,
        })
    });
    let offer = StoredValue::new(offer);
    view! {
        {errors
            .into_iter()
            .map(|error| view! { <ErrorPanel error/> })
            .collect_view()}
        <p class="notice warn" role="alert" hidden=move || ctx.saved_ok.get()>
            {tr(|t| t.contest_storage_failed())}
        </p>
        {move || match phase.get() {
            Phase::Start => view! { <Start offer=offer.get_value()/> }.into_any(),
            Phase::Playing => view! { <Playing/> }.into_any(),
            Phase::Done => view! { <Results/> }.into_any(),
        }}
    }
}
