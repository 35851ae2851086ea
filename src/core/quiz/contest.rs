//! The contest state machine: a selection of questions played in one of
//! three modes, with timers, scoring and a state that serialises after every
//! step so a reload never costs an answer.
//!
//! Time is always passed in (milliseconds since the Unix epoch); the engine
//! never reads a clock. Deadlines are stored as absolute times, so time keeps
//! running honestly across a reload.
//!
//! ```
//! use asean_kiosk::core::quiz::contest::{Contest, Settings};
//! let pool = vec![];
//! // An empty pool is an error, never a panic.
//! assert!(Contest::new(Settings::practice(10, 42), &pool, 0).is_err());
//! ```

use super::mark::{mark, Mark, Response};
use super::pack::Question;
use super::shuffle::{permutation, Rng};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Untimed by default, feedback after each answer, wrong ones retried at the end.
    Practice,
    /// A timer per question, points with optional speed and streak bonuses.
    Challenge,
    /// One timer for the whole test, answers changeable, feedback at the end.
    Exam,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub mode: Mode,
    /// How many questions to draw from the pool (fewer if the pool is smaller).
    pub count: usize,
    /// Drives question selection and option order.
    pub seed: u64,
    /// Per-question time limit (challenge; practice only if set).
    pub question_ms: Option<u64>,
    /// Whole-test time limit (exam).
    pub total_ms: Option<u64>,
    /// Points for a fully right answer.
    pub points: u32,
    /// Challenge: up to +50 % for answering fast.
    pub speed_bonus: bool,
    /// Challenge: +10 % per consecutive right answer, up to +50 %.
    pub streak_bonus: bool,
    /// Practice: ask the wrong ones again at the end.
    pub retry_wrong: bool,
    /// Exam: the pupil may add [`MORE_TIME_MS`] while the test runs, as
    /// often as needed (WCAG 2.2.1, timing adjustable). Absent in progress
    /// saved before it existed: off.
    #[serde(default)]
    pub more_time: bool,
}

/// What "more time" adds to an exam.
pub const MORE_TIME_MS: u64 = 5 * 60_000;

impl Settings {
    pub fn practice(count: usize, seed: u64) -> Settings {
        Settings {
            mode: Mode::Practice,
            count,
            seed,
            question_ms: None,
            total_ms: None,
            points: 100,
            speed_bonus: false,
            streak_bonus: false,
            retry_wrong: true,
            more_time: false,
        }
    }

    /// The kiosk-friendly default: 8 questions, 20 s each, both bonuses.
    pub fn challenge(count: usize, seed: u64) -> Settings {
        Settings {
            mode: Mode::Challenge,
            question_ms: Some(20_000),
            speed_bonus: true,
            streak_bonus: true,
            retry_wrong: false,
            ..Settings::practice(count, seed)
        }
    }

    /// An exam of `total_ms`, to which the pupil may add time.
    pub fn exam(count: usize, seed: u64, total_ms: u64) -> Settings {
        Settings {
            mode: Mode::Exam,
            total_ms: Some(total_ms),
            retry_wrong: false,
            more_time: true,
            ..Settings::practice(count, seed)
        }
    }
}

/// One answer given (or a timeout, with no response).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Given {
    pub response: Option<Response>,
    pub mark: Mark,
    /// Time spent on the question, ms.
    pub elapsed_ms: u64,
    pub points: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineError {
    EmptyPool,
    Finished,
    AlreadyAnswered,
    NoSuchQuestion,
    NotInThisMode,
}

/// What is fixed when a contest starts: save it once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Setup {
    pub settings: Settings,
    /// The drawn questions, in play order (kept whole so a resume does not
    /// depend on the packs being unchanged).
    pub questions: Vec<Question>,
    /// Display order of each question's options/items (indices into the pack order).
    pub shuffles: Vec<Vec<usize>>,
}

/// What changes at every step: save it after every step. Small, and
/// independent of the size of the question bank.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub answers: Vec<Option<Given>>,
    /// Practice: the questions still to be asked again in the retry round.
    pub retry: Vec<usize>,
    /// Practice: in the retry round.
    pub retrying: bool,
    pub current: usize,
    pub started_ms: u64,
    pub question_started_ms: u64,
    pub finished_ms: Option<u64>,
    pub streak: u32,
    /// Exam: the time the pupil added ([`Contest::add_time`]).
    #[serde(default)]
    pub added_ms: u64,
}

/// A contest: its setup and its progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contest {
    pub setup: Setup,
    pub progress: Progress,
}

impl Contest {
    /// Draws `settings.count` questions from `pool` and starts at `now_ms`.
    pub fn new(settings: Settings, pool: &[Question], now_ms: u64) -> Result<Contest, EngineError> {
        if pool.is_empty() || settings.count == 0 {
            return Err(EngineError::EmptyPool);
        }
        let mut rng = Rng::new(settings.seed);
        let picked: Vec<Question> = permutation(pool.len(), &mut rng)
            .into_iter()
            .take(settings.count)
            .map(|i| pool[i].clone())
            .collect();
        let shuffles = picked
            .iter()
            .map(|q| permutation(q.answer.row_count(), &mut rng))
            .collect();
        let n = picked.len();
        Ok(Contest {
            setup: Setup {
                settings,
                questions: picked,
                shuffles,
            },
            progress: Progress {
                answers: vec![None; n],
                retry: Vec::new(),
                retrying: false,
                current: 0,
                started_ms: now_ms,
                question_started_ms: now_ms,
                finished_ms: None,
                streak: 0,
                added_ms: 0,
            },
        })
    }

    /// Continues a saved contest.
    pub fn resume(setup: Setup, progress: Progress) -> Result<Contest, EngineError> {
        let n = setup.questions.len();
        if progress.answers.len() != n || progress.current >= n.max(1) || setup.shuffles.len() != n
        {
            return Err(EngineError::NoSuchQuestion);
        }
        Ok(Contest { setup, progress })
    }

    pub fn is_finished(&self) -> bool {
        self.progress.finished_ms.is_some()
    }

    pub fn question(&self) -> Option<&Question> {
        self.setup.questions.get(self.progress.current)
    }

    /// Milliseconds left on the running timer (question or whole test), if any.
    pub fn remaining_ms(&self, now_ms: u64) -> Option<u64> {
        let deadline = match self.setup.settings.mode {
            Mode::Exam => {
                self.progress.started_ms + self.setup.settings.total_ms? + self.progress.added_ms
            }
            _ => self.progress.question_started_ms + self.setup.settings.question_ms?,
        };
        Some(deadline.saturating_sub(now_ms))
    }

    fn points_for(&self, m: Mark, elapsed_ms: u64) -> u32 {
        let base = f64::from(self.setup.settings.points) * m.credit;
        if self.setup.settings.mode != Mode::Challenge || !m.correct {
            return base.round() as u32;
        }
        let mut factor = 1.0;
        if self.setup.settings.speed_bonus {
            if let Some(limit) = self.setup.settings.question_ms.filter(|&l| l > 0) {
                let left = limit.saturating_sub(elapsed_ms) as f64 / limit as f64;
                factor += 0.5 * left;
            }
        }
        if self.setup.settings.streak_bonus {
            factor += (0.1 * f64::from(self.progress.streak)).min(0.5);
        }
        (base * factor).round() as u32
    }

    /// Records `response` for the current question.
    pub fn answer(&mut self, response: Response, now_ms: u64) -> Result<&Given, EngineError> {
        if self.is_finished() {
            return Err(EngineError::Finished);
        }
        let i = self.progress.current;
        let q = self
            .setup
            .questions
            .get(i)
            .ok_or(EngineError::NoSuchQuestion)?;
        let retrying = self.progress.retrying && self.progress.retry.contains(&i);
        if self.setup.settings.mode != Mode::Exam && self.progress.answers[i].is_some() && !retrying
        {
            return Err(EngineError::AlreadyAnswered);
        }
        if retrying {
            // A retry teaches; it does not change the score.
            self.progress.retry.retain(|&r| r != i);
            return self.progress.answers[i]
                .as_ref()
                .ok_or(EngineError::NoSuchQuestion);
        }
        let m = mark(&q.answer, &response);
        let elapsed = now_ms.saturating_sub(self.progress.question_started_ms);
        let points = self.points_for(m, elapsed);
        self.progress.streak = if m.correct {
            self.progress.streak + 1
        } else {
            0
        };
        self.progress.answers[i] = Some(Given {
            response: Some(response),
            mark: m,
            elapsed_ms: elapsed,
            points,
        });
        self.progress.answers[i]
            .as_ref()
            .ok_or(EngineError::NoSuchQuestion)
    }

    /// Whether [`Contest::tick`] would change anything now: lets a UI poll
    /// the clock cheaply and touch the state only when a timer runs out.
    pub fn due(&self, now_ms: u64) -> bool {
        if self.is_finished() || self.remaining_ms(now_ms) != Some(0) {
            return false;
        }
        self.setup.settings.mode == Mode::Exam
            || self
                .progress
                .answers
                .get(self.progress.current)
                .is_some_and(Option::is_none)
    }

    /// Call regularly: records a timeout when the question timer ran out,
    /// and finishes an exam whose time is up. Returns whether anything changed.
    pub fn tick(&mut self, now_ms: u64) -> bool {
        if !self.due(now_ms) {
            return false;
        }
        if self.setup.settings.mode == Mode::Exam {
            self.finish(now_ms);
            return true;
        }
        let i = self.progress.current;
        if self.progress.answers.get(i).is_some_and(Option::is_none) {
            self.progress.streak = 0;
            self.progress.answers[i] = Some(Given {
                response: None,
                mark: Mark::WRONG,
                elapsed_ms: now_ms.saturating_sub(self.progress.question_started_ms),
                points: 0,
            });
            return true;
        }
        false
    }

    /// Moves on: the next question; in practice, after the last one, the
    /// wrong ones once more (retry round); then the end.
    pub fn next(&mut self, now_ms: u64) {
        if self.is_finished() {
            return;
        }
        if self.progress.retrying {
            // Skipping a retry question drops it from the round.
            self.progress.retry.retain(|&r| r != self.progress.current);
        } else if self.progress.current + 1 < self.setup.questions.len() {
            self.progress.current += 1;
            self.progress.question_started_ms = now_ms;
            return;
        } else if self.setup.settings.mode == Mode::Practice && self.setup.settings.retry_wrong {
            self.progress.retrying = true;
            self.progress.retry = (0..self.setup.questions.len())
                .filter(|&i| {
                    self.progress.answers[i]
                        .as_ref()
                        .is_some_and(|g| !g.mark.correct)
                })
                .collect();
        }
        match self.progress.retry.first() {
            Some(&i) => {
                self.progress.current = i;
                self.progress.question_started_ms = now_ms;
            }
            None => self.finish(now_ms),
        }
    }

    /// Exam: jump to any question to answer or change it.
    pub fn go_to(&mut self, i: usize, now_ms: u64) -> Result<(), EngineError> {
        if self.setup.settings.mode != Mode::Exam {
            return Err(EngineError::NotInThisMode);
        }
        if i >= self.setup.questions.len() {
            return Err(EngineError::NoSuchQuestion);
        }
        self.progress.current = i;
        self.progress.question_started_ms = now_ms;
        Ok(())
    }

    /// Exam: adds [`MORE_TIME_MS`] to the test's time, when the settings
    /// allow it and time is not up; returns the time left.
    pub fn add_time(&mut self, now_ms: u64) -> Result<u64, EngineError> {
        if self.setup.settings.mode != Mode::Exam || !self.setup.settings.more_time {
            return Err(EngineError::NotInThisMode);
        }
        if self.is_finished() || self.remaining_ms(now_ms) == Some(0) {
            return Err(EngineError::Finished);
        }
        self.progress.added_ms += MORE_TIME_MS;
        self.remaining_ms(now_ms).ok_or(EngineError::NotInThisMode)
    }

    pub fn finish(&mut self, now_ms: u64) {
        if self.progress.finished_ms.is_none() {
            self.progress.finished_ms = Some(now_ms);
            self.progress.retry.clear();
        }
    }

    pub fn score(&self) -> u32 {
        self.progress
            .answers
            .iter()
            .flatten()
            .map(|g| g.points)
            .sum()
    }

    pub fn correct_count(&self) -> usize {
        self.progress
            .answers
            .iter()
            .flatten()
            .filter(|g| g.mark.correct)
            .count()
    }

    pub fn answered_count(&self) -> usize {
        self.progress
            .answers
            .iter()
            .filter(|a| a.as_ref().is_some_and(|g| g.response.is_some()))
            .count()
    }
}
