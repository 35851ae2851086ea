//! *Đường lên đỉnh Olympia* as schools adapt it: four players, four rounds.
//! Scoring only — the questions come from packs (and, for the obstacle
//! round, a puzzle); the host says who was right and this keeps the
//! points, who may still play, and a log for the results.
//!
//! - **Khởi động** (warm-up): individual questions (+10 if right), then
//!   buzzer questions (+10 if right, minus a penalty if wrong).
//! - **Vượt chướng ngại vật** (obstacle): four clue rows and a centre clue,
//!   each opening a tile of the picture (+10 to every player right); the
//!   keyword may be guessed at any time, worth more the fewer clues are open;
//!   a wrong keyword ends that player's round.
//! - **Tăng tốc** (acceleration): four questions, 30 s each; right answers
//!   score 40/30/20/10 by how fast they came.
//! - **Về đích** (finish): each player picks three questions worth 10, 20
//!   or 30; if they miss, the others may steal within 5 s (right: the
//!   points; wrong: half of them lost); *Ngôi sao hy vọng* (Star of Hope),
//!   once per player, doubles one question — right ×2, wrong −value.
//!
//! ```
//! use asean_kiosk::core::host::olympia::{Olympia, OlympiaRules};
//! let mut o = Olympia::new(["An", "Bình", "Chi", "Dũng"], OlympiaRules::default());
//! o.warmup(0, true, false).unwrap();
//! assert_eq!(o.scores, [10, 0, 0, 0]);
//! ```

use serde::{Deserialize, Serialize};

pub const PLAYERS: usize = 4;
/// Four clue rows and the centre clue.
pub const OBSTACLE_CLUES: usize = 5;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OlympiaRules {
    pub warmup_points: i64,
    /// Taken for a wrong buzzer answer in the warm-up.
    pub warmup_penalty: i64,
    pub obstacle_clue_points: i64,
    /// Keyword points by how many clues were open when it was guessed
    /// (index 0: after the first clue).
    pub keyword_points: [i64; OBSTACLE_CLUES],
    /// Acceleration points by order of the right answers.
    pub acceleration_points: [i64; PLAYERS],
    pub acceleration_seconds: u32,
    /// Seconds for warm-up questions and obstacle clues.
    pub question_seconds: u32,
    /// Seconds for a finish question.
    pub finish_seconds: u32,
    /// The values a finish question can have.
    pub finish_values: [i64; 3],
    pub steal_seconds: u32,
}

impl Default for OlympiaRules {
    fn default() -> Self {
        OlympiaRules {
            warmup_points: 10,
            warmup_penalty: 5,
            obstacle_clue_points: 10,
            keyword_points: [80, 60, 40, 20, 10],
            acceleration_points: [40, 30, 20, 10],
            acceleration_seconds: 30,
            question_seconds: 15,
            finish_seconds: 20,
            finish_values: [10, 20, 30],
            steal_seconds: 5,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Round {
    Warmup,
    Obstacle,
    Acceleration,
    Finish,
    Over,
}

#[derive(Debug, PartialEq, Eq)]
pub enum OlympiaError {
    NoSuchPlayer,
    WrongRound,
    /// A wrong keyword ended this player's obstacle round.
    OutOfObstacle,
    ClueAlreadyOpen,
    KeywordSolved,
    StarUsed,
    NoValue,
    /// Only another player may steal.
    NotAStealer,
    NoQuestion,
}

/// One scoring event, for the results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub round: Round,
    pub player: usize,
    pub points: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Obstacle {
    /// Clues opened so far (tiles shown).
    pub open: [bool; OBSTACLE_CLUES],
    /// Players whose wrong keyword ended their round.
    pub out: [bool; PLAYERS],
    pub solved_by: Option<usize>,
}

/// The finish question being played.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FinishQuestion {
    pub player: usize,
    pub value: i64,
    pub star: bool,
    /// Missed by the player: open to a steal.
    pub missed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Olympia {
    pub rules: OlympiaRules,
    pub players: [String; PLAYERS],
    pub scores: [i64; PLAYERS],
    pub round: Round,
    pub obstacle: Obstacle,
    /// Whether each player has used the Star of Hope.
    pub star_used: [bool; PLAYERS],
    pub finish: Option<FinishQuestion>,
    pub log: Vec<Event>,
}

impl Olympia {
    pub fn new(players: [&str; PLAYERS], rules: OlympiaRules) -> Olympia {
        Olympia {
            rules,
            players: players.map(str::to_string),
            scores: [0; PLAYERS],
            round: Round::Warmup,
            obstacle: Obstacle::default(),
            star_used: [false; PLAYERS],
            finish: None,
            log: Vec::new(),
        }
    }

    fn check(&self, player: usize, round: Round) -> Result<(), OlympiaError> {
        if player >= PLAYERS {
            return Err(OlympiaError::NoSuchPlayer);
        }
        if self.round != round {
            return Err(OlympiaError::WrongRound);
        }
        Ok(())
    }

    fn add(&mut self, player: usize, points: i64) {
        self.scores[player] += points;
        self.log.push(Event {
            round: self.round,
            player,
            points,
        });
    }

    /// The next round (warm-up → obstacle → acceleration → finish → over).
    pub fn next_round(&mut self) {
        self.round = match self.round {
            Round::Warmup => Round::Obstacle,
            Round::Obstacle => Round::Acceleration,
            Round::Acceleration => Round::Finish,
            Round::Finish | Round::Over => Round::Over,
        };
        self.finish = None;
    }

    /// Warm-up: an individual question (`buzzer` false) or a buzzer question.
    pub fn warmup(&mut self, player: usize, right: bool, buzzer: bool) -> Result<(), OlympiaError> {
        self.check(player, Round::Warmup)?;
        let points = match (right, buzzer) {
            (true, _) => self.rules.warmup_points,
            (false, true) => -self.rules.warmup_penalty,
            (false, false) => 0,
        };
        self.add(player, points);
        Ok(())
    }

    /// Obstacle: clue `clue` (0–3 rows, 4 the centre) is played; every
    /// player in `right` scores, and its tile opens.
    pub fn obstacle_clue(&mut self, clue: usize, right: &[usize]) -> Result<(), OlympiaError> {
        if self.round != Round::Obstacle {
            return Err(OlympiaError::WrongRound);
        }
        if self.obstacle.solved_by.is_some() {
            return Err(OlympiaError::KeywordSolved);
        }
        if clue >= OBSTACLE_CLUES || self.obstacle.open[clue] {
            return Err(OlympiaError::ClueAlreadyOpen);
        }
        for &p in right {
            if p >= PLAYERS {
                return Err(OlympiaError::NoSuchPlayer);
            }
            if self.obstacle.out[p] {
                return Err(OlympiaError::OutOfObstacle);
            }
        }
        self.obstacle.open[clue] = true;
        for &p in right {
            self.add(p, self.rules.obstacle_clue_points);
        }
        Ok(())
    }

    /// Obstacle: a player guesses the keyword. Right: points by how many
    /// clues are open; wrong: out of this round.
    pub fn keyword(&mut self, player: usize, right: bool) -> Result<(), OlympiaError> {
        self.check(player, Round::Obstacle)?;
        if self.obstacle.solved_by.is_some() {
            return Err(OlympiaError::KeywordSolved);
        }
        if self.obstacle.out[player] {
            return Err(OlympiaError::OutOfObstacle);
        }
        if right {
            let open = self.obstacle.open.iter().filter(|o| **o).count();
            let points = self.rules.keyword_points[open.clamp(1, OBSTACLE_CLUES) - 1];
            self.obstacle.solved_by = Some(player);
            self.add(player, points);
        } else {
            self.obstacle.out[player] = true;
        }
        Ok(())
    }

    /// Acceleration: the players right on this question, fastest first.
    pub fn acceleration(&mut self, right_in_order: &[usize]) -> Result<(), OlympiaError> {
        if self.round != Round::Acceleration {
            return Err(OlympiaError::WrongRound);
        }
        let mut seen = [false; PLAYERS];
        for &p in right_in_order {
            if p >= PLAYERS || seen[p] {
                return Err(OlympiaError::NoSuchPlayer);
            }
            seen[p] = true;
        }
        for (rank, &p) in right_in_order.iter().enumerate() {
            self.add(p, self.rules.acceleration_points[rank]);
        }
        Ok(())
    }

    /// Finish: `player` takes a question worth `value`, with the Star of
    /// Hope if `star` (once per player).
    pub fn finish_question(
        &mut self,
        player: usize,
        value: i64,
        star: bool,
    ) -> Result<(), OlympiaError> {
        self.check(player, Round::Finish)?;
        if !self.rules.finish_values.contains(&value) {
            return Err(OlympiaError::NoValue);
        }
        if star && self.star_used[player] {
            return Err(OlympiaError::StarUsed);
        }
        if star {
            self.star_used[player] = true;
        }
        self.finish = Some(FinishQuestion {
            player,
            value,
            star,
            missed: false,
        });
        Ok(())
    }

    /// Finish: the player's answer.
    pub fn finish_answer(&mut self, right: bool) -> Result<(), OlympiaError> {
        let q = self.finish.clone().ok_or(OlympiaError::NoQuestion)?;
        let m = if q.star { 2 } else { 1 };
        let points = match (right, q.star) {
            (true, _) => q.value * m,
            (false, true) => -q.value,
            (false, false) => 0,
        };
        self.add(q.player, points);
        self.finish = (!right).then_some(FinishQuestion { missed: true, ..q });
        Ok(())
    }

    /// Finish: another player steals a missed question (within the steal
    /// time). Right: the question's value; wrong: half of it lost.
    pub fn steal(&mut self, player: usize, right: bool) -> Result<(), OlympiaError> {
        let q = self
            .finish
            .clone()
            .filter(|q| q.missed)
            .ok_or(OlympiaError::NoQuestion)?;
        if player >= PLAYERS {
            return Err(OlympiaError::NoSuchPlayer);
        }
        if player == q.player {
            return Err(OlympiaError::NotAStealer);
        }
        let points = if right { q.value } else { -q.value / 2 };
        self.add(player, points);
        self.finish = None;
        Ok(())
    }

    /// Places (1 = first; equal scores share a place).
    pub fn places(&self) -> [usize; PLAYERS] {
        self.scores
            .map(|s| 1 + self.scores.iter().filter(|o| **o > s).count())
    }

    /// Points per player per round, for the results: rows of
    /// `[warm-up, obstacle, acceleration, finish]`.
    pub fn by_round(&self) -> [[i64; 4]; PLAYERS] {
        let mut t = [[0; 4]; PLAYERS];
        for e in &self.log {
            let r = match e.round {
                Round::Warmup => 0,
                Round::Obstacle => 1,
                Round::Acceleration => 2,
                Round::Finish | Round::Over => 3,
            };
            t[e.player][r] += e.points;
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn game() -> Olympia {
        Olympia::new(["An", "Bình", "Chi", "Dũng"], OlympiaRules::default())
    }

    #[test]
    fn a_whole_match_through_the_four_rounds() {
        let mut o = game();
        // Warm-up: An right alone; buzzer: Bình right, Chi wrong (−5).
        o.warmup(0, true, false).expect("warm-up");
        o.warmup(1, true, true).expect("buzzer");
        o.warmup(2, false, true).expect("buzzer");
        o.warmup(3, false, false)
            .expect("individual miss costs nothing");
        assert_eq!(o.scores, [10, 10, -5, 0]);
        assert_eq!(o.keyword(0, true), Err(OlympiaError::WrongRound));
        o.next_round();
        // Obstacle: row 1 right for An and Dũng; Chi guesses the keyword wrongly
        // and is out; row 2 right for nobody; Bình finds the keyword with 2 open.
        o.obstacle_clue(0, &[0, 3]).expect("row 1");
        assert_eq!(o.obstacle_clue(0, &[1]), Err(OlympiaError::ClueAlreadyOpen));
        o.keyword(2, false).expect("wrong keyword");
        assert_eq!(o.keyword(2, true), Err(OlympiaError::OutOfObstacle));
        assert_eq!(o.obstacle_clue(1, &[2]), Err(OlympiaError::OutOfObstacle));
        o.obstacle_clue(1, &[]).expect("row 2");
        o.keyword(1, true).expect("keyword");
        assert_eq!(o.keyword(0, true), Err(OlympiaError::KeywordSolved));
        assert_eq!(o.scores, [20, 70, -5, 10], "keyword after two clues: 60");
        o.next_round();
        // Acceleration: Dũng fastest, then An.
        o.acceleration(&[3, 0]).expect("acceleration");
        assert_eq!(o.acceleration(&[1, 1]), Err(OlympiaError::NoSuchPlayer));
        assert_eq!(o.scores, [50, 70, -5, 50]);
        o.next_round();
        // Finish: An takes 30 with the star and is right: +60.
        o.finish_question(0, 30, true).expect("pick");
        o.finish_answer(true).expect("answer");
        assert_eq!(o.finish_question(0, 10, true), Err(OlympiaError::StarUsed));
        // Bình misses a 20; Chi steals it rightly: +20.
        o.finish_question(1, 20, false).expect("pick");
        o.finish_answer(false).expect("answer");
        assert_eq!(o.steal(1, true), Err(OlympiaError::NotAStealer));
        o.steal(2, true).expect("steal");
        // Dũng misses a 30 with the star (−30); An steals wrongly (−15).
        o.finish_question(3, 30, true).expect("pick");
        o.finish_answer(false).expect("answer");
        o.steal(0, false).expect("steal");
        assert_eq!(o.finish_question(3, 25, false), Err(OlympiaError::NoValue));
        assert_eq!(o.scores, [95, 70, 15, 20]);
        o.next_round();
        assert_eq!(o.round, Round::Over);
        assert_eq!(o.places(), [1, 2, 4, 3]);
        assert_eq!(o.by_round()[0], [10, 10, 30, 45]);
        let back: Olympia =
            serde_json::from_str(&serde_json::to_string(&o).expect("save")).expect("load");
        assert_eq!(back, o, "saved and restored exactly");
    }

    #[test]
    fn keyword_points_fall_as_clues_open() {
        let mut o = game();
        o.next_round();
        for clue in 0..OBSTACLE_CLUES {
            o.obstacle_clue(clue, &[]).expect("clue");
        }
        o.keyword(3, true).expect("keyword");
        assert_eq!(o.scores[3], 10, "after all five clues");
        let mut early = game();
        early.next_round();
        early.keyword(0, true).expect("before any clue");
        assert_eq!(early.scores[0], 80, "as if after the first");
    }
}
