//! What the Olympia control window keeps (and saves after every action):
//! the core's scoring, the questions drawn for the match, which question or
//! clue is on screen, and the timer.

use crate::core::host::olympia::{Olympia, Round};
use crate::core::host::timer::Timer;
use crate::core::lang::Text;
use crate::core::quiz::pack::Obstacle;
use crate::core::quiz::Question;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Match {
    pub game: Olympia,
    pub pack: Text,
    /// Questions for the warm-up, acceleration and finish, drawn in order.
    pub questions: Vec<Question>,
    /// How many have been put on screen.
    pub used: usize,
    /// The question on screen (index into `questions`).
    pub current: Option<usize>,
    pub obstacle: Option<Obstacle>,
    /// The clue on screen (0–3 rows, 4 the centre).
    pub clue: Option<usize>,
    pub revealed: bool,
    pub timer: Timer,
    /// Acceleration: the players right on this question, fastest first.
    pub order: Vec<usize>,
}

/// Seconds per question by round (acceleration from the rules).
pub fn seconds(m: &Match) -> u64 {
    let r = &m.game.rules;
    u64::from(match m.game.round {
        Round::Acceleration => r.acceleration_seconds,
        Round::Finish => r.finish_seconds,
        _ => r.question_seconds,
    })
}

impl Match {
    /// Puts the next drawn question on screen; false when none is left.
    pub fn next_question(&mut self) -> bool {
        if self.used >= self.questions.len() {
            return false;
        }
        self.current = Some(self.used);
        self.used += 1;
        self.clue = None;
        self.revealed = false;
        self.order.clear();
        self.timer = Timer::new(seconds(self) * 1000);
        true
    }

    pub fn question(&self) -> Option<&Question> {
        self.questions.get(self.current?)
    }

    /// Puts an obstacle clue on screen.
    pub fn show_clue(&mut self, clue: usize) {
        self.current = None;
        self.clue = Some(clue);
        self.revealed = false;
        self.timer = Timer::new(u64::from(self.game.rules.question_seconds) * 1000);
    }

    pub fn next_round(&mut self) {
        self.game.next_round();
        self.current = None;
        self.clue = None;
        self.revealed = false;
        self.order.clear();
        self.timer = Timer::new(seconds(self) * 1000);
    }
}
