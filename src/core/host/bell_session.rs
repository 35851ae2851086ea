//! A whole *Rung chuông vàng* game as the host runs it: the drawn
//! questions, the timer, the reveal, the numbers marked wrong before they
//! are confirmed, rescues and the end. Serialisable: the control window
//! saves it after every action and a reload restores it exactly.
//!
//! ```
//! use asean_kiosk::core::host::bell_session::BellSession;
//! use asean_kiosk::core::host::golden_bell::Rules;
//! let pool = vec![]; // questions from the packs
//! assert!(BellSession::new(60, Rules::default(), &pool, 1).is_err());
//! ```

use super::golden_bell::{BellError, GoldenBell, Rules};
use super::timer::Timer;
use crate::core::quiz::shuffle::{permutation, Rng};
use crate::core::quiz::{Answer, Question};
use serde::{Deserialize, Serialize};

/// Question types a room can answer on whiteboards: a letter, a word or a
/// number. (Ordering, matching and map questions need the screen.)
pub fn whiteboard_friendly(q: &Question) -> bool {
    matches!(
        q.answer,
        Answer::Single { .. }
            | Answer::Multiple { .. }
            | Answer::TrueFalse { .. }
            | Answer::Typed { .. }
            | Answer::Numeric { .. }
            | Answer::Image { .. }
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// The question is up; the timer may run.
    Asking,
    /// The answer is shown; the host marks who was wrong.
    Revealed,
    /// The game is over.
    Finished,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SessionError {
    Bell(BellError),
    /// Everyone still in was wrong: by the usual rule nobody is eliminated.
    EveryoneWrong,
    NoQuestions,
    NotNow,
}

impl From<BellError> for SessionError {
    fn from(e: BellError) -> Self {
        SessionError::Bell(e)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BellSession {
    pub bell: GoldenBell,
    pub questions: Vec<Question>,
    /// Index into `questions` of the question being played.
    pub index: usize,
    pub phase: Phase,
    pub timer: Timer,
    /// Numbers marked wrong for this question, not yet confirmed.
    pub marked: Vec<u32>,
    /// Confirmed for this question already (the host can go on).
    pub confirmed: bool,
    /// The question asked to the last survivor(s), if reached.
    pub golden_question: Option<u32>,
}

impl BellSession {
    /// Draws up to 100 whiteboard-friendly questions from `pool` in a seeded order.
    pub fn new(
        contestants: u32,
        rules: Rules,
        pool: &[Question],
        seed: u64,
    ) -> Result<BellSession, SessionError> {
        let usable: Vec<&Question> = pool.iter().filter(|q| whiteboard_friendly(q)).collect();
        if usable.is_empty() {
            return Err(SessionError::NoQuestions);
        }
        let mut rng = Rng::new(seed);
        let questions = permutation(usable.len(), &mut rng)
            .into_iter()
            .take(100)
            .map(|i| usable[i].clone())
            .collect();
        let timer = Timer::new(u64::from(rules.seconds) * 1000);
        Ok(BellSession {
            bell: GoldenBell::new(contestants, rules)?,
            questions,
            index: 0,
            phase: Phase::Asking,
            timer,
            marked: Vec::new(),
            confirmed: false,
            golden_question: None,
        })
    }

    pub fn question(&self) -> Option<&Question> {
        self.questions.get(self.index)
    }

    pub fn reveal(&mut self, now_ms: u64) {
        if self.phase == Phase::Asking {
            self.timer.pause(now_ms);
            self.phase = Phase::Revealed;
        }
    }

    /// Marks or unmarks one number as wrong (the grid).
    pub fn toggle(&mut self, n: u32) -> Result<(), SessionError> {
        if self.phase != Phase::Revealed || self.confirmed {
            return Err(SessionError::NotNow);
        }
        if n == 0 || n > self.bell.contestants || self.bell.out.contains_key(&n) {
            return Err(SessionError::Bell(BellError::NoSuchContestant(n)));
        }
        match self.marked.iter().position(|&m| m == n) {
            Some(i) => {
                self.marked.remove(i);
            }
            None => self.marked.push(n),
        }
        Ok(())
    }

    /// Marks every number of a typed list (`3, 5-8`); all or nothing.
    pub fn mark_all(&mut self, numbers: &[u32]) -> Result<(), SessionError> {
        if self.phase != Phase::Revealed || self.confirmed {
            return Err(SessionError::NotNow);
        }
        for &n in numbers {
            if n == 0 || n > self.bell.contestants {
                return Err(SessionError::Bell(BellError::NoSuchContestant(n)));
            }
            if self.bell.out.contains_key(&n) {
                return Err(SessionError::Bell(BellError::AlreadyOut(n)));
            }
        }
        for &n in numbers {
            if !self.marked.contains(&n) {
                self.marked.push(n);
            }
        }
        Ok(())
    }

    /// Eliminates the marked numbers. If they are everyone still in,
    /// nobody is eliminated (they all stay, as on the show).
    pub fn confirm(&mut self) -> Result<(), SessionError> {
        if self.phase != Phase::Revealed || self.confirmed {
            return Err(SessionError::NotNow);
        }
        let left = self.bell.survivors().len();
        if !self.marked.is_empty() && self.marked.len() == left {
            self.marked.clear();
            self.confirmed = true;
            return Err(SessionError::EveryoneWrong);
        }
        let mut marked = std::mem::take(&mut self.marked);
        marked.sort_unstable();
        self.bell.eliminate(&marked)?;
        self.confirmed = true;
        Ok(())
    }

    /// Brings eliminated contestants back (a rescue round).
    pub fn rescue(&mut self, numbers: &[u32]) -> Result<(), SessionError> {
        self.bell.rescue(numbers)?;
        Ok(())
    }

    /// The next question; the game ends when the questions run out.
    pub fn next_question(&mut self) -> Result<(), SessionError> {
        if self.phase == Phase::Finished {
            return Err(SessionError::NotNow);
        }
        if self.phase == Phase::Revealed && !self.confirmed {
            // Unconfirmed marks are dropped rather than applied silently.
            self.marked.clear();
        }
        if self.index + 1 >= self.questions.len() {
            self.phase = Phase::Finished;
            return Ok(());
        }
        self.index += 1;
        self.bell.next_question();
        self.phase = Phase::Asking;
        self.timer.reset();
        self.marked.clear();
        self.confirmed = false;
        if self.golden_question.is_none() && self.bell.golden_bell_due() {
            self.golden_question = Some(self.bell.question);
        }
        Ok(())
    }

    /// Whether the current question is the golden-bell question.
    pub fn is_golden(&self) -> bool {
        self.golden_question == Some(self.bell.question)
    }

    pub fn finish(&mut self) {
        self.timer.pause(0);
        self.phase = Phase::Finished;
    }

    /// The results for Excel: one row per contestant (UTF-8 with BOM,
    /// CRLF). `labels` = [number, result, eliminated at question, rescued
    /// after question, still in, out].
    pub fn to_csv(&self, labels: [&str; 6]) -> String {
        let [number, result, out_at, rescued, still_in, out] = labels;
        let mut csv = format!("\u{feff}{number},{result},{out_at},{rescued}\r\n");
        for n in 1..=self.bell.contestants {
            let at = self.bell.out.get(&n);
            let rescued_after: Vec<String> = self
                .bell
                .rescues
                .iter()
                .filter(|r| r.returned.contains(&n))
                .map(|r| r.after_question.to_string())
                .collect();
            let first_out = self
                .bell
                .history
                .iter()
                .filter(|&&(c, _)| c == n)
                .map(|&(_, q)| q.to_string())
                .collect::<Vec<_>>()
                .join(" ");
            csv.push_str(&format!(
                "{n},{},{first_out},{}\r\n",
                if at.is_some() { out } else { still_in },
                rescued_after.join(" ")
            ));
        }
        csv
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Text;

    fn q(id: &str, answer: Answer) -> Question {
        Question {
            id: id.into(),
            prompt: Text::new("?", "?"),
            media: None,
            answer,
            explanation: Text::new("vì", "because"),
            difficulty: 1,
            topics: vec![],
            members: vec![],
            source: "s".into(),
            time_limit_s: None,
        }
    }

    fn pool() -> Vec<Question> {
        (0..6)
            .map(|i| q(&format!("q{i}"), Answer::TrueFalse { correct: true }))
            .chain([q(
                "order",
                Answer::Ordering {
                    items: vec![Text::new("a", "a"), Text::new("b", "b")],
                },
            )])
            .collect()
    }

    #[test]
    fn only_whiteboard_questions_are_drawn_and_the_game_runs_to_a_golden_bell() {
        let rules = Rules {
            seconds: 15,
            rescue_below: 3,
            rescue_size: 2,
            max_rescues: 1,
        };
        let mut s = BellSession::new(5, rules, &pool(), 9).expect("session");
        assert_eq!(s.questions.len(), 6, "the ordering question is left out");
        // Question 1: the timer runs, the answer is revealed, 1 and 2 are out.
        s.timer.start(0);
        assert_eq!(s.timer.left(5_000), 10_000);
        s.reveal(5_000);
        assert_eq!(s.timer.left(99_000), 10_000, "revealing stops the clock");
        s.toggle(1).expect("mark");
        s.mark_all(&[2, 1]).expect("list");
        assert_eq!(s.marked, vec![1, 2]);
        s.confirm().expect("confirm");
        assert_eq!(s.bell.survivors(), vec![3, 4, 5]);
        assert_eq!(
            s.toggle(3),
            Err(SessionError::NotNow),
            "confirmed: no more marks"
        );
        s.next_question().expect("next");
        // Question 2: everyone left is wrong — they all stay.
        s.reveal(0);
        s.mark_all(&[3, 4, 5]).expect("list");
        assert_eq!(s.confirm(), Err(SessionError::EveryoneWrong));
        assert_eq!(s.bell.survivors().len(), 3);
        s.next_question().expect("next");
        // Question 3: 3 and 4 are out; a rescue is due and brings 1 back.
        s.reveal(0);
        s.mark_all(&[3, 4]).expect("list");
        s.confirm().expect("confirm");
        assert!(s.bell.rescue_due());
        s.rescue(&[1]).expect("rescue");
        assert_eq!(s.bell.survivors(), vec![1, 5]);
        s.next_question().expect("next");
        // Question 4: 1 is out again; one survivor: the golden-bell question follows.
        s.reveal(0);
        s.toggle(1).expect("mark");
        s.confirm().expect("confirm");
        s.next_question().expect("next");
        assert!(s.is_golden(), "question 5 is the golden-bell question");
        let round_trip: BellSession =
            serde_json::from_str(&serde_json::to_string(&s).expect("save")).expect("load");
        assert_eq!(round_trip, s, "a reload restores the game exactly");
        s.finish();
        let csv = s.to_csv(["No", "Result", "Out at", "Rescued after", "in", "out"]);
        assert!(csv.starts_with("\u{feff}No,Result,Out at,Rescued after\r\n"));
        assert!(csv.contains("\r\n1,out,1 4,3\r\n"), "{csv}");
        assert!(csv.contains("\r\n5,in,,\r\n"), "{csv}");
    }

    #[test]
    fn bad_numbers_change_nothing() {
        let mut s = BellSession::new(10, Rules::default(), &pool(), 1).expect("session");
        assert_eq!(
            s.toggle(3),
            Err(SessionError::NotNow),
            "not before the reveal"
        );
        s.reveal(0);
        assert!(s.mark_all(&[2, 11]).is_err());
        assert!(s.marked.is_empty(), "all or nothing");
        // Marks not confirmed are dropped on "next", never applied silently.
        s.toggle(4).expect("mark");
        s.next_question().expect("next");
        assert_eq!(s.bell.survivors().len(), 10);
    }
}
