//! *Rung chuông vàng* (Golden Bell): up to 100 numbered contestants answer
//! on whiteboards; a wrong answer eliminates; when few are left, a rescue
//! round brings some back; the last survivor answers the golden-bell
//! question. The app shows the questions; this keeps who is in, who is out
//! and when, and decides when a rescue is due.
//!
//! ```
//! use asean_kiosk::core::host::golden_bell::{GoldenBell, Rules};
//! let mut game = GoldenBell::new(60, Rules::default()).expect("60 players");
//! game.eliminate(&[3, 17, 42]).expect("valid numbers");
//! assert_eq!(game.survivors().len(), 57);
//! ```

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const MAX_CONTESTANTS: u32 = 100;

/// When and how rescues happen; the host can change these before starting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    /// Seconds per question.
    pub seconds: u32,
    /// A rescue is due when fewer than this many contestants survive.
    pub rescue_below: u32,
    /// How many eliminated contestants one rescue brings back, at most.
    pub rescue_size: u32,
    /// How many rescues a game may have.
    pub max_rescues: u32,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            seconds: 15,
            rescue_below: 10,
            rescue_size: 5,
            max_rescues: 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BellError {
    /// Numbers run from 1 to the number of contestants.
    NoSuchContestant(u32),
    AlreadyOut(u32),
    NotOut(u32),
    RescueTooLarge {
        allowed: u32,
    },
    NoRescueLeft,
    BadCount,
    /// A typed list the host entered could not be read (the bad piece).
    BadList(String),
}

/// One rescue: at which question, who came back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rescue {
    pub after_question: u32,
    pub returned: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldenBell {
    pub rules: Rules,
    pub contestants: u32,
    /// The question being played, from 1.
    pub question: u32,
    /// Contestant → the question they were eliminated at (removed again when rescued).
    pub out: BTreeMap<u32, u32>,
    /// Everyone ever eliminated, in order: (contestant, question). Kept for the results.
    pub history: Vec<(u32, u32)>,
    pub rescues: Vec<Rescue>,
}

impl GoldenBell {
    pub fn new(contestants: u32, rules: Rules) -> Result<GoldenBell, BellError> {
        if !(1..=MAX_CONTESTANTS).contains(&contestants) {
            return Err(BellError::BadCount);
        }
        Ok(GoldenBell {
            rules,
            contestants,
            question: 1,
            out: BTreeMap::new(),
            history: Vec::new(),
            rescues: Vec::new(),
        })
    }

    fn check(&self, n: u32) -> Result<(), BellError> {
        if n == 0 || n > self.contestants {
            Err(BellError::NoSuchContestant(n))
        } else {
            Ok(())
        }
    }

    pub fn survivors(&self) -> Vec<u32> {
        (1..=self.contestants)
            .filter(|n| !self.out.contains_key(n))
            .collect()
    }

    /// Marks these contestants out at the current question. All or nothing:
    /// one bad number and nobody is changed, so a typo cannot half-apply.
    pub fn eliminate(&mut self, numbers: &[u32]) -> Result<(), BellError> {
        for &n in numbers {
            self.check(n)?;
            if self.out.contains_key(&n) {
                return Err(BellError::AlreadyOut(n));
            }
        }
        for &n in numbers {
            if self.out.insert(n, self.question).is_none() {
                self.history.push((n, self.question));
            }
        }
        Ok(())
    }

    /// Undoes an elimination made by mistake at the current question.
    pub fn reinstate(&mut self, n: u32) -> Result<(), BellError> {
        match self.out.get(&n) {
            Some(&q) if q == self.question => {
                self.out.remove(&n);
                if let Some(i) = self.history.iter().rposition(|&(c, _)| c == n) {
                    self.history.remove(i);
                }
                Ok(())
            }
            Some(_) => Err(BellError::AlreadyOut(n)),
            None => Err(BellError::NotOut(n)),
        }
    }

    pub fn next_question(&mut self) {
        self.question += 1;
    }

    /// Whether the rules call for a rescue round now.
    pub fn rescue_due(&self) -> bool {
        (self.survivors().len() as u32) < self.rules.rescue_below
            && (self.rescues.len() as u32) < self.rules.max_rescues
            && !self.out.is_empty()
    }

    /// Brings these eliminated contestants back (after a rescue question or
    /// the audience's help).
    pub fn rescue(&mut self, numbers: &[u32]) -> Result<(), BellError> {
        if self.rescues.len() as u32 >= self.rules.max_rescues {
            return Err(BellError::NoRescueLeft);
        }
        if numbers.len() as u32 > self.rules.rescue_size {
            return Err(BellError::RescueTooLarge {
                allowed: self.rules.rescue_size,
            });
        }
        for &n in numbers {
            self.check(n)?;
            if !self.out.contains_key(&n) {
                return Err(BellError::NotOut(n));
            }
        }
        for n in numbers {
            self.out.remove(n);
        }
        self.rescues.push(Rescue {
            after_question: self.question,
            returned: numbers.to_vec(),
        });
        Ok(())
    }

    /// One survivor left: they face the golden-bell question.
    pub fn golden_bell_due(&self) -> bool {
        self.survivors().len() == 1
    }

    /// Contestants eliminated at each question, for the results table.
    pub fn eliminated_by_question(&self) -> BTreeMap<u32, Vec<u32>> {
        let mut map: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for &(n, q) in &self.history {
            map.entry(q).or_default().push(n);
        }
        map
    }
}

/// Reads a list the host types: numbers and ranges separated by spaces,
/// commas or semicolons — `3, 5-8 12` → `[3, 5, 6, 7, 8, 12]`, duplicates
/// dropped, in order.
pub fn parse_numbers(text: &str) -> Result<Vec<u32>, BellError> {
    let mut out = Vec::new();
    for piece in text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|p| !p.is_empty())
    {
        let bad = || BellError::BadList(piece.to_string());
        let (a, b) = match piece.split_once(['-', '–']) {
            Some((a, b)) => (
                a.parse::<u32>().map_err(|_| bad())?,
                b.parse::<u32>().map_err(|_| bad())?,
            ),
            None => {
                let n = piece.parse::<u32>().map_err(|_| bad())?;
                (n, n)
            }
        };
        if a > b || b - a > MAX_CONTESTANTS {
            return Err(bad());
        }
        for n in a..=b {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_pupils_to_a_golden_bell_with_one_rescue() {
        let mut g = GoldenBell::new(60, Rules::default()).expect("game");
        // Question 1: 30 out.
        g.eliminate(&(1..=30).collect::<Vec<_>>()).expect("q1");
        g.next_question();
        // Question 2: 22 more out → 8 left, a rescue is due.
        g.eliminate(&(31..=52).collect::<Vec<_>>()).expect("q2");
        assert_eq!(g.survivors().len(), 8);
        assert!(g.rescue_due());
        assert_eq!(
            g.rescue(&[1, 2, 3, 4, 5, 6]),
            Err(BellError::RescueTooLarge { allowed: 5 })
        );
        assert_eq!(g.rescue(&[53]), Err(BellError::NotOut(53)));
        g.rescue(&[1, 2, 3, 4, 5]).expect("rescue");
        assert_eq!(g.survivors().len(), 13);
        assert!(!g.rescue_due(), "only one rescue by default");
        assert_eq!(g.rescue(&[6]), Err(BellError::NoRescueLeft));
        g.next_question();
        // Question 3: all but number 60 out.
        let mut rest = g.survivors();
        rest.retain(|&n| n != 60);
        g.eliminate(&rest).expect("q3");
        assert!(g.golden_bell_due());
        assert_eq!(g.survivors(), vec![60]);
        // History keeps everyone, including the rescued who fell again.
        let by_q = g.eliminated_by_question();
        assert_eq!(by_q[&1].len(), 30);
        assert_eq!(by_q[&2].len(), 22);
        assert!(
            by_q[&3].contains(&1),
            "rescued number 1 went out again at question 3"
        );
        // A save/restore round trip loses nothing.
        let json = serde_json::to_string(&g).expect("save");
        assert_eq!(serde_json::from_str::<GoldenBell>(&json).expect("load"), g);
    }

    #[test]
    fn mistakes_are_refused_whole_and_can_be_undone() {
        let mut g = GoldenBell::new(20, Rules::default()).expect("game");
        assert_eq!(g.eliminate(&[3, 21]), Err(BellError::NoSuchContestant(21)));
        assert_eq!(g.survivors().len(), 20, "nothing applied");
        g.eliminate(&[3]).expect("out");
        assert_eq!(g.eliminate(&[3]), Err(BellError::AlreadyOut(3)));
        g.reinstate(3).expect("undo");
        assert_eq!(g.survivors().len(), 20);
        assert!(g.history.is_empty());
        g.eliminate(&[4]).expect("out");
        g.next_question();
        assert_eq!(
            g.reinstate(4),
            Err(BellError::AlreadyOut(4)),
            "only at its own question"
        );
        assert_eq!(
            GoldenBell::new(0, Rules::default()),
            Err(BellError::BadCount)
        );
        assert_eq!(
            GoldenBell::new(101, Rules::default()),
            Err(BellError::BadCount)
        );
    }

    #[test]
    fn typed_lists() {
        assert_eq!(parse_numbers("3, 5-8 12"), Ok(vec![3, 5, 6, 7, 8, 12]));
        assert_eq!(parse_numbers("1;1; 2"), Ok(vec![1, 2]));
        assert_eq!(parse_numbers("  "), Ok(vec![]));
        assert_eq!(parse_numbers("7–9"), Ok(vec![7, 8, 9]));
        assert_eq!(parse_numbers("3, x"), Err(BellError::BadList("x".into())));
        assert_eq!(parse_numbers("9-3"), Err(BellError::BadList("9-3".into())));
    }
}
