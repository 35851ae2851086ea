//! Marking a player's response to a question, for every question type.
//! Indices always refer to the pack's own (unshuffled) order; the UI maps
//! what it displayed back to these before calling [`mark`].

use super::pack::Answer;
use crate::core::text::normalise;
use serde::{Deserialize, Serialize};

/// What a player gave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Response {
    /// single, image, audio: the chosen option.
    Choice(usize),
    /// multiple: every chosen option.
    Choices(Vec<usize>),
    /// true_false.
    Bool(bool),
    /// typed.
    Text(String),
    /// ordering: item indices in the order the player put them.
    Order(Vec<usize>),
    /// matching: for each left item, the index of the right item chosen.
    Pairs(Vec<usize>),
    /// map: the member code clicked.
    Member(String),
    /// numeric.
    Number(f64),
}

/// The verdict: right or not, and the credit (0.0–1.0) for partial answers
/// (multiple, ordering, matching); fully right is 1.0.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub correct: bool,
    pub credit: f64,
}

impl Mark {
    pub const WRONG: Mark = Mark {
        correct: false,
        credit: 0.0,
    };
    fn of(correct: bool) -> Mark {
        Mark {
            correct,
            credit: if correct { 1.0 } else { 0.0 },
        }
    }
    fn partial(right: usize, total: usize) -> Mark {
        let credit = if total == 0 {
            0.0
        } else {
            right as f64 / total as f64
        };
        Mark {
            correct: total > 0 && right == total,
            credit,
        }
    }
}

/// Marks `response` against `answer`. A response of the wrong kind for the
/// question is simply wrong — never a panic.
pub fn mark(answer: &Answer, response: &Response) -> Mark {
    match (answer, response) {
        (Answer::Single { correct, .. }, Response::Choice(c))
        | (Answer::Image { correct, .. }, Response::Choice(c))
        | (Answer::Audio { correct, .. }, Response::Choice(c)) => Mark::of(c == correct),
        (Answer::Multiple { options, correct }, Response::Choices(chosen)) => {
            let mut chosen: Vec<usize> = chosen
                .iter()
                .copied()
                .filter(|&c| c < options.len())
                .collect();
            chosen.sort_unstable();
            chosen.dedup();
            let right = chosen.iter().filter(|c| correct.contains(c)).count();
            let wrong = chosen.len() - right;
            // Partial credit: each right pick counts, each wrong pick takes one back.
            let credit = (right.saturating_sub(wrong)) as f64 / correct.len().max(1) as f64;
            Mark {
                correct: wrong == 0 && right == correct.len(),
                credit,
            }
        }
        (Answer::TrueFalse { correct }, Response::Bool(b)) => Mark::of(b == correct),
        (
            Answer::Typed {
                accepted,
                fold_diacritics,
            },
            Response::Text(t),
        ) => {
            let given = normalise(t, *fold_diacritics);
            // Either language's answers count: a visitor may type "Hanoi" in Vietnamese mode.
            let ok = !given.is_empty()
                && accepted
                    .vi
                    .iter()
                    .chain(&accepted.en)
                    .any(|a| normalise(a, *fold_diacritics) == given);
            Mark::of(ok)
        }
        (Answer::Ordering { items }, Response::Order(order)) => {
            if order.len() != items.len() {
                return Mark::WRONG;
            }
            let right = order.iter().enumerate().filter(|(i, v)| i == *v).count();
            Mark::partial(right, items.len())
        }
        (Answer::Matching { pairs }, Response::Pairs(chosen)) => {
            if chosen.len() != pairs.len() {
                return Mark::WRONG;
            }
            let right = chosen.iter().enumerate().filter(|(i, v)| i == *v).count();
            Mark::partial(right, pairs.len())
        }
        (Answer::Map { correct }, Response::Member(m)) => Mark::of(m.eq_ignore_ascii_case(correct)),
        (
            Answer::Numeric {
                value, tolerance, ..
            },
            Response::Number(n),
        ) => Mark::of(n.is_finite() && (n - value).abs() <= tolerance + 1e-9),
        _ => Mark::WRONG,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Text;
    use crate::core::quiz::pack::{Accepted, Pair};

    fn t(s: &str) -> Text {
        Text::new(s, s)
    }

    #[test]
    fn single_true_false_map_and_numeric() {
        let single = Answer::Single {
            options: vec![t("a"), t("b"), t("c")],
            correct: 1,
        };
        assert!(mark(&single, &Response::Choice(1)).correct);
        assert!(!mark(&single, &Response::Choice(0)).correct);
        assert!(!mark(&single, &Response::Choice(99)).correct);
        assert!(
            !mark(&single, &Response::Bool(true)).correct,
            "wrong kind is wrong"
        );
        assert!(
            mark(
                &Answer::TrueFalse { correct: false },
                &Response::Bool(false)
            )
            .correct
        );
        let map = Answer::Map {
            correct: "la".into(),
        };
        assert!(mark(&map, &Response::Member("LA".into())).correct);
        assert!(!mark(&map, &Response::Member("th".into())).correct);
        let year = Answer::Numeric {
            value: 1967.0,
            tolerance: 0.0,
            unit: None,
        };
        assert!(mark(&year, &Response::Number(1967.0)).correct);
        assert!(!mark(&year, &Response::Number(1968.0)).correct);
        assert!(!mark(&year, &Response::Number(f64::NAN)).correct);
        let about = Answer::Numeric {
            value: 102.2,
            tolerance: 2.0,
            unit: None,
        };
        assert!(mark(&about, &Response::Number(100.2)).correct);
        assert!(!mark(&about, &Response::Number(100.1)).correct);
    }

    #[test]
    fn typed_answers_fold_case_spaces_and_diacritics() {
        let typed = Answer::Typed {
            accepted: Accepted {
                vi: vec!["Hà Nội".into()],
                en: vec!["Hanoi".into()],
            },
            fold_diacritics: true,
        };
        for ok in ["Hà Nội", "ha noi", "  HA   NOI ", "hanoi", "Hà nội"] {
            assert!(mark(&typed, &Response::Text(ok.into())).correct, "{ok}");
        }
        for bad in ["", "  ", "ha", "hanoi city", "Huế"] {
            assert!(!mark(&typed, &Response::Text(bad.into())).correct, "{bad}");
        }
        let strict = Answer::Typed {
            accepted: Accepted {
                vi: vec!["Đà Nẵng".into()],
                en: vec!["Da Nang".into()],
            },
            fold_diacritics: false,
        };
        assert!(mark(&strict, &Response::Text("đà nẵng".into())).correct);
        assert!(!mark(&strict, &Response::Text("đa nang".into())).correct);
        let d = Answer::Typed {
            accepted: Accepted {
                vi: vec!["Đông Nam Á".into()],
                en: vec!["Southeast Asia".into()],
            },
            fold_diacritics: true,
        };
        assert!(
            mark(&d, &Response::Text("dong nam a".into())).correct,
            "đ folds to d"
        );
    }

    #[test]
    fn multiple_gives_partial_credit() {
        let m = Answer::Multiple {
            options: vec![t("a"), t("b"), t("c"), t("d")],
            correct: vec![0, 2],
        };
        let all = mark(&m, &Response::Choices(vec![2, 0]));
        assert!(all.correct && (all.credit - 1.0).abs() < 1e-9);
        let half = mark(&m, &Response::Choices(vec![0]));
        assert!(!half.correct && (half.credit - 0.5).abs() < 1e-9);
        let cancelled = mark(&m, &Response::Choices(vec![0, 1]));
        assert!(!cancelled.correct && cancelled.credit == 0.0);
        let everything = mark(&m, &Response::Choices(vec![0, 1, 2, 3]));
        assert!(!everything.correct, "choosing everything is not right");
        assert!(
            mark(&m, &Response::Choices(vec![0, 0, 2, 9])).correct,
            "duplicates and out-of-range ignored"
        );
    }

    #[test]
    fn ordering_and_matching() {
        let o = Answer::Ordering {
            items: vec![t("1967"), t("1984"), t("1995")],
        };
        assert!(mark(&o, &Response::Order(vec![0, 1, 2])).correct);
        let swapped = mark(&o, &Response::Order(vec![1, 0, 2]));
        assert!(!swapped.correct && (swapped.credit - 1.0 / 3.0).abs() < 1e-9);
        assert!(!mark(&o, &Response::Order(vec![0, 1])).correct);
        let p = Answer::Matching {
            pairs: vec![
                Pair {
                    left: t("vn"),
                    right: t("Hà Nội"),
                },
                Pair {
                    left: t("la"),
                    right: t("Viêng Chăn"),
                },
                Pair {
                    left: t("th"),
                    right: t("Băng Cốc"),
                },
            ],
        };
        assert!(mark(&p, &Response::Pairs(vec![0, 1, 2])).correct);
        assert!(!mark(&p, &Response::Pairs(vec![1, 0, 2])).correct);
    }
}
