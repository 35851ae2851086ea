//! A team contest on the projector: 2–10 teams, the host marks each team
//! right or wrong (or teams buzz in with a key each and the order of first
//! presses is kept), points with optional speed ranking and negative
//! marking, a scoreboard between questions, tie-break questions and a
//! podium. Serialisable: saved after every action.
//!
//! ```
//! use asean_kiosk::core::host::teams::{TeamRules, TeamSession, Team};
//! let teams = vec![Team::new("A", 0), Team::new("B", 1)];
//! assert!(TeamSession::new(teams, TeamRules::default(), &[], 10, 1).is_err());
//! ```

use super::timer::Timer;
use crate::core::quiz::shuffle::{permutation, Rng};
use crate::core::quiz::Question;
use serde::{Deserialize, Serialize};

pub const MIN_TEAMS: usize = 2;
pub const MAX_TEAMS: usize = 10;
/// Team colours (also told apart by name and position, never by colour alone).
pub const COLOURS: [&str; MAX_TEAMS] = [
    "#d62828", "#1d4ed8", "#15803d", "#b45309", "#7e22ce", "#0e7490", "#be185d", "#4d7c0f",
    "#475569", "#9a3412",
];
/// Buzzer keys, team by team.
pub const KEYS: [char; MAX_TEAMS] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Team {
    pub name: String,
    pub colour: String,
    pub key: char,
}

impl Team {
    /// Team number `i` (from 0) with its default colour and key.
    pub fn new(name: &str, i: usize) -> Team {
        Team {
            name: name.to_string(),
            colour: COLOURS[i % MAX_TEAMS].to_string(),
            key: KEYS[i % MAX_TEAMS],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamRules {
    pub seconds: u32,
    /// Points for a right answer.
    pub points: u32,
    /// Points taken for a wrong answer (0: no negative marking).
    pub penalty: u32,
    /// Right answers earn a bonus by buzz order: +50 % for the first, +25 %
    /// for the second.
    pub speed_ranking: bool,
}

impl Default for TeamRules {
    fn default() -> Self {
        TeamRules {
            seconds: 20,
            points: 10,
            penalty: 0,
            speed_ranking: false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamPhase {
    Asking,
    Revealed,
    /// Points given; the scoreboard shows.
    Scored,
    Finished,
}

#[derive(Debug, PartialEq, Eq)]
pub enum TeamError {
    TeamCount,
    NoQuestions,
    NoSuchTeam,
    NotNow,
    NoTie,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamSession {
    pub rules: TeamRules,
    pub teams: Vec<Team>,
    /// The drawn questions; those after `count` are kept for tie-breaks.
    pub questions: Vec<Question>,
    pub count: usize,
    pub index: usize,
    pub phase: TeamPhase,
    pub timer: Timer,
    /// Teams in the order they buzzed for this question.
    pub buzz: Vec<usize>,
    /// This question's verdict per team: None = not marked.
    pub marks: Vec<Option<bool>>,
    pub scores: Vec<i64>,
    /// Points per question per team, for the results.
    pub history: Vec<Vec<i64>>,
    /// Question indices played as tie-breaks.
    pub tie_breaks: Vec<usize>,
}

impl TeamSession {
    pub fn new(
        teams: Vec<Team>,
        rules: TeamRules,
        pool: &[Question],
        count: usize,
        seed: u64,
    ) -> Result<TeamSession, TeamError> {
        if !(MIN_TEAMS..=MAX_TEAMS).contains(&teams.len()) {
            return Err(TeamError::TeamCount);
        }
        if pool.is_empty() || count == 0 {
            return Err(TeamError::NoQuestions);
        }
        let mut rng = Rng::new(seed);
        let questions: Vec<Question> = permutation(pool.len(), &mut rng)
            .into_iter()
            .take(count + 5)
            .map(|i| pool[i].clone())
            .collect();
        let n = teams.len();
        Ok(TeamSession {
            timer: Timer::new(u64::from(rules.seconds) * 1000),
            rules,
            teams,
            count: count.min(questions.len()),
            questions,
            index: 0,
            phase: TeamPhase::Asking,
            buzz: Vec::new(),
            marks: vec![None; n],
            scores: vec![0; n],
            history: Vec::new(),
            tie_breaks: Vec::new(),
        })
    }

    pub fn question(&self) -> Option<&Question> {
        self.questions.get(self.index)
    }

    pub fn is_tie_break(&self) -> bool {
        self.tie_breaks.contains(&self.index)
    }

    /// A team pressed its key; only its first press counts.
    pub fn press(&mut self, team: usize) -> Result<(), TeamError> {
        if team >= self.teams.len() {
            return Err(TeamError::NoSuchTeam);
        }
        if self.phase != TeamPhase::Asking {
            return Err(TeamError::NotNow);
        }
        if !self.buzz.contains(&team) {
            self.buzz.push(team);
        }
        Ok(())
    }

    pub fn reveal(&mut self, now_ms: u64) {
        if self.phase == TeamPhase::Asking {
            self.timer.pause(now_ms);
            self.phase = TeamPhase::Revealed;
        }
    }

    /// Marks a team right, wrong, or unmarked again.
    pub fn mark(&mut self, team: usize, verdict: Option<bool>) -> Result<(), TeamError> {
        if !matches!(self.phase, TeamPhase::Asking | TeamPhase::Revealed) {
            return Err(TeamError::NotNow);
        }
        let m = self.marks.get_mut(team).ok_or(TeamError::NoSuchTeam)?;
        *m = verdict;
        Ok(())
    }

    /// The points each team gets for this question with the current marks.
    pub fn points(&self) -> Vec<i64> {
        let base = i64::from(self.rules.points);
        // Rank of each right team among right teams, by buzz order (those
        // that did not buzz come after, in team order).
        let mut order: Vec<usize> = self.buzz.clone();
        order.extend((0..self.teams.len()).filter(|t| !self.buzz.contains(t)));
        let right_rank = |team: usize| {
            order
                .iter()
                .filter(|&&t| self.marks[t] == Some(true))
                .position(|&t| t == team)
        };
        (0..self.teams.len())
            .map(|t| match self.marks[t] {
                Some(true) => {
                    let bonus = if self.rules.speed_ranking && self.buzz.contains(&t) {
                        match right_rank(t) {
                            Some(0) => base / 2,
                            Some(1) => base / 4,
                            _ => 0,
                        }
                    } else {
                        0
                    };
                    base + bonus
                }
                Some(false) => -i64::from(self.rules.penalty),
                None => 0,
            })
            .collect()
    }

    /// Gives this question's points and shows the scoreboard.
    pub fn score(&mut self, now_ms: u64) -> Result<(), TeamError> {
        if !matches!(self.phase, TeamPhase::Asking | TeamPhase::Revealed) {
            return Err(TeamError::NotNow);
        }
        self.timer.pause(now_ms);
        let points = self.points();
        for (s, p) in self.scores.iter_mut().zip(&points) {
            *s += p;
        }
        self.history.push(points);
        self.phase = TeamPhase::Scored;
        Ok(())
    }

    /// The next question, or the end after the last one.
    pub fn next_question(&mut self) -> Result<(), TeamError> {
        if self.phase == TeamPhase::Finished {
            return Err(TeamError::NotNow);
        }
        if self.phase != TeamPhase::Scored {
            // Moving on without scoring: this question counts for nobody.
            self.history.push(vec![0; self.teams.len()]);
        }
        // A tie-break is one question; otherwise the drawn count.
        if self.is_tie_break() || self.index + 1 >= self.count {
            self.phase = TeamPhase::Finished;
            return Ok(());
        }
        self.start_question(self.index + 1);
        Ok(())
    }

    fn start_question(&mut self, index: usize) {
        self.index = index;
        self.phase = TeamPhase::Asking;
        self.timer.reset();
        self.buzz.clear();
        self.marks = vec![None; self.teams.len()];
    }

    /// Teams sharing the top score at the end.
    pub fn tied_leaders(&self) -> Vec<usize> {
        let Some(&top) = self.scores.iter().max() else {
            return Vec::new();
        };
        let leaders: Vec<usize> = (0..self.teams.len())
            .filter(|&t| self.scores[t] == top)
            .collect();
        if leaders.len() > 1 {
            leaders
        } else {
            Vec::new()
        }
    }

    /// One more question to break a tie for first place.
    pub fn tie_break(&mut self) -> Result<(), TeamError> {
        if self.phase != TeamPhase::Finished || self.tied_leaders().is_empty() {
            return Err(TeamError::NoTie);
        }
        let next = self.index + 1;
        if next >= self.questions.len() {
            return Err(TeamError::NoQuestions);
        }
        self.tie_breaks.push(next);
        self.start_question(next);
        Ok(())
    }

    /// Places (1 = first; equal scores share a place), team by team.
    pub fn places(&self) -> Vec<usize> {
        self.scores
            .iter()
            .map(|s| 1 + self.scores.iter().filter(|o| *o > s).count())
            .collect()
    }

    /// Results for Excel: one row per team (UTF-8 with BOM, CRLF). `labels`
    /// = [place, team, total]; then one column per question.
    pub fn to_csv(&self, labels: [&str; 3]) -> String {
        let cell = |s: &str| {
            let s = if s.starts_with(['=', '+', '-', '@']) {
                format!("'{s}")
            } else {
                s.to_string()
            };
            if s.contains([',', '"', '\n']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s
            }
        };
        let [place, team, total] = labels;
        let mut out = format!("\u{feff}{place},{team},{total}");
        for q in 0..self.history.len() {
            out.push_str(&format!(
                ",{}",
                self.questions.get(q).map_or("", |x| x.id.as_str())
            ));
        }
        out.push_str("\r\n");
        let places = self.places();
        let mut order: Vec<usize> = (0..self.teams.len()).collect();
        order.sort_by_key(|&t| (places[t], t));
        for t in order {
            out.push_str(&format!(
                "{},{},{}",
                places[t],
                cell(&self.teams[t].name),
                self.scores[t]
            ));
            for h in &self.history {
                out.push_str(&format!(",{}", h.get(t).copied().unwrap_or(0)));
            }
            out.push_str("\r\n");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Text;
    use crate::core::quiz::Answer;

    fn pool(n: usize) -> Vec<Question> {
        (0..n)
            .map(|i| Question {
                id: format!("q{i}"),
                prompt: Text::new("?", "?"),
                media: None,
                answer: Answer::TrueFalse { correct: true },
                explanation: Text::new("", ""),
                difficulty: 1,
                topics: vec![],
                members: vec![],
                source: "s".into(),
                time_limit_s: None,
            })
            .collect()
    }

    fn three() -> Vec<Team> {
        ["Lotus", "Bamboo", "Rice"]
            .iter()
            .enumerate()
            .map(|(i, n)| Team::new(n, i))
            .collect()
    }

    #[test]
    fn points_speed_ranking_penalty_scoreboard_tie_break_and_podium() {
        let rules = TeamRules {
            seconds: 20,
            points: 10,
            penalty: 5,
            speed_ranking: true,
        };
        let mut s = TeamSession::new(three(), rules, &pool(20), 2, 7).expect("session");
        assert_eq!(s.count, 2);
        // Question 1: Rice buzzes first, then Lotus; both right, Bamboo wrong.
        s.press(2).expect("buzz");
        s.press(0).expect("buzz");
        s.press(2).expect("second press ignored");
        assert_eq!(s.buzz, vec![2, 0]);
        s.reveal(0);
        assert_eq!(
            s.press(1),
            Err(TeamError::NotNow),
            "no buzzing after the reveal"
        );
        s.mark(0, Some(true)).expect("mark");
        s.mark(1, Some(false)).expect("mark");
        s.mark(2, Some(true)).expect("mark");
        assert_eq!(
            s.points(),
            vec![12, -5, 15],
            "first right +50 %, second +25 %, wrong −5"
        );
        s.score(0).expect("score");
        assert_eq!(s.scores, vec![12, -5, 15]);
        s.next_question().expect("next");
        // Question 2: only Lotus right, no buzz: base points.
        s.mark(0, Some(true)).expect("mark");
        s.score(0).expect("score");
        assert_eq!(s.scores, vec![22, -5, 15]);
        s.next_question().expect("end");
        assert_eq!(s.phase, TeamPhase::Finished);
        assert!(s.tied_leaders().is_empty());
        assert_eq!(s.tie_break(), Err(TeamError::NoTie));
        assert_eq!(s.places(), vec![1, 3, 2]);
        let csv = s.to_csv(["Place", "Team", "Total"]);
        assert!(csv.starts_with("\u{feff}Place,Team,Total,"), "{csv}");
        assert!(csv.contains("\r\n1,Lotus,22,12,10\r\n"), "{csv}");
        assert!(csv.contains("\r\n3,Bamboo,-5,-5,0\r\n"), "{csv}");
    }

    #[test]
    fn a_tie_for_first_gets_a_tie_break_question() {
        let mut s =
            TeamSession::new(three(), TeamRules::default(), &pool(10), 1, 3).expect("session");
        s.mark(0, Some(true)).expect("mark");
        s.mark(1, Some(true)).expect("mark");
        s.score(0).expect("score");
        s.next_question().expect("end");
        assert_eq!(s.tied_leaders(), vec![0, 1]);
        assert_eq!(s.places(), vec![1, 1, 3], "equal scores share a place");
        s.tie_break().expect("tie-break");
        assert!(s.is_tie_break());
        assert_eq!(s.phase, TeamPhase::Asking);
        s.mark(1, Some(true)).expect("mark");
        s.score(0).expect("score");
        s.next_question().expect("end");
        assert_eq!(s.phase, TeamPhase::Finished);
        assert_eq!(s.places(), vec![2, 1, 3]);
        let back: TeamSession =
            serde_json::from_str(&serde_json::to_string(&s).expect("save")).expect("load");
        assert_eq!(back, s, "saved and restored exactly");
    }

    #[test]
    fn team_count_and_bad_team_are_refused() {
        let one = vec![Team::new("Solo", 0)];
        assert_eq!(
            TeamSession::new(one, TeamRules::default(), &pool(3), 3, 1),
            Err(TeamError::TeamCount)
        );
        let mut s =
            TeamSession::new(three(), TeamRules::default(), &pool(3), 3, 1).expect("session");
        assert_eq!(s.press(7), Err(TeamError::NoSuchTeam));
        assert_eq!(s.mark(9, Some(true)), Err(TeamError::NoSuchTeam));
    }
}
