//! The contest engine played natively over the bundled packs: every mode
//! to the end, timers, bonuses, determinism, and a save/restore round trip
//! after every step.
#![cfg(not(target_arch = "wasm32"))] // native: reads the repository's files

use asean_kiosk::core::quiz::contest::{Contest, EngineError, Mode, Settings, MORE_TIME_MS};
use asean_kiosk::core::quiz::mark::Response;
use asean_kiosk::core::quiz::pack::{Answer, Question};

mod common;

fn pool() -> Vec<Question> {
    common::all_questions()
}

/// The right response for a question (what a perfect player gives).
fn right(q: &Question) -> Response {
    match &q.answer {
        Answer::Single { correct, .. }
        | Answer::Image { correct, .. }
        | Answer::Audio { correct, .. } => Response::Choice(*correct),
        Answer::Multiple { correct, .. } => Response::Choices(correct.clone()),
        Answer::TrueFalse { correct } => Response::Bool(*correct),
        Answer::Typed { accepted, .. } => Response::Text(accepted.vi[0].to_lowercase()),
        Answer::Ordering { items } => Response::Order((0..items.len()).collect()),
        Answer::Matching { pairs } => Response::Pairs((0..pairs.len()).collect()),
        Answer::Map { correct } => Response::Member(correct.clone()),
        Answer::Numeric { value, .. } => Response::Number(*value),
    }
}

fn wrong(q: &Question) -> Response {
    match &q.answer {
        Answer::TrueFalse { correct } => Response::Bool(!correct),
        Answer::Map { correct } => {
            Response::Member(if correct == "vn" { "la" } else { "vn" }.into())
        }
        Answer::Numeric {
            value, tolerance, ..
        } => Response::Number(value + tolerance + 100.0),
        _ => Response::Text("không phải đáp án".into()),
    }
}

/// Serialises and restores, checking nothing is lost.
fn round_trip(c: &Contest) -> Contest {
    let json = serde_json::to_string(c).expect("serialise");
    let back: Contest = serde_json::from_str(&json).expect("restore");
    assert_eq!(&back, c, "state changed in a save/restore round trip");
    // The UI saves the setup once and the progress after every step.
    let progress = serde_json::to_string(&c.progress).expect("progress");
    let resumed = Contest::resume(
        c.setup.clone(),
        serde_json::from_str(&progress).expect("restore"),
    )
    .expect("resume");
    assert_eq!(&resumed, c, "resume from setup + progress");
    back
}

#[test]
fn every_bundled_question_is_marked_right_for_its_answer_and_wrong_otherwise() {
    let pool = pool();
    assert!(pool.len() >= 600);
    for q in &pool {
        let r = asean_kiosk::core::quiz::mark::mark(&q.answer, &right(q));
        assert!(
            r.correct && r.credit == 1.0,
            "{}: right answer not accepted",
            q.id
        );
        assert!(
            !asean_kiosk::core::quiz::mark::mark(&q.answer, &wrong(q)).correct,
            "{}",
            q.id
        );
    }
}

#[test]
fn practice_to_the_end_with_a_retry_round_and_restore_at_every_step() {
    let pool = pool();
    let mut t = 1_000_000;
    let mut c = Contest::new(Settings::practice(10, 7), &pool, t).expect("contest");
    assert_eq!(c.setup.questions.len(), 10);
    assert_eq!(c.remaining_ms(t), None, "practice is untimed by default");
    let mut asked = 0;
    while !c.is_finished() {
        let q = c.question().expect("a question").clone();
        // The first three wrong, the rest right; the retry round right.
        let response = if asked < 3 { wrong(&q) } else { right(&q) };
        t += 5_000;
        c.answer(response, t).expect("answer");
        c = round_trip(&c);
        if !c.progress.retrying {
            assert_eq!(
                c.answer(right(&q), t).err(),
                Some(EngineError::AlreadyAnswered),
                "one answer per question outside the retry round"
            );
        }
        c.next(t);
        c = round_trip(&c);
        asked += 1;
        assert!(asked < 50, "practice must end");
    }
    assert_eq!(asked, 13, "10 questions, then the 3 wrong ones again");
    assert_eq!(
        c.correct_count(),
        7,
        "a retry teaches but does not change the score"
    );
    assert_eq!(c.score(), 700);
    assert_eq!(
        c.answer(Response::Bool(true), t).err(),
        Some(EngineError::Finished)
    );
}

#[test]
fn challenge_scores_speed_and_streak_and_times_out() {
    let pool = pool();
    let t0 = 5_000_000;
    let mut c = Contest::new(Settings::challenge(8, 3), &pool, t0).expect("contest");
    assert_eq!(c.setup.settings.mode, Mode::Challenge);
    assert_eq!(c.remaining_ms(t0), Some(20_000));
    // Instant right answer: full speed bonus (+50 %), no streak yet.
    let q = c.question().expect("q").clone();
    assert_eq!(c.answer(right(&q), t0).expect("answer").points, 150);
    c.next(t0);
    // Right after half the time: +25 % speed, +10 % streak.
    let q = c.question().expect("q").clone();
    assert_eq!(
        c.answer(right(&q), t0 + 10_000).expect("answer").points,
        135
    );
    c.next(t0 + 10_000);
    // No answer: the timer runs out and the streak resets.
    assert!(!c.due(t0 + 10_000 + 19_999), "the UI's cheap poll: not yet");
    assert!(!c.tick(t0 + 10_000 + 19_999), "not yet");
    assert!(c.due(t0 + 10_000 + 20_000));
    assert!(c.tick(t0 + 10_000 + 20_000), "timeout recorded");
    assert!(
        !c.due(t0 + 10_000 + 25_000),
        "an answered (timed-out) question is not due again"
    );
    let timeout = c.progress.answers[2].clone().expect("timeout");
    assert!(timeout.response.is_none() && timeout.points == 0 && !timeout.mark.correct);
    assert_eq!(c.progress.streak, 0);
    c = round_trip(&c);
    assert_eq!(c.score(), 285);
    // Without bonuses a right answer is worth the base points.
    let mut plain = Settings::challenge(8, 3);
    plain.speed_bonus = false;
    plain.streak_bonus = false;
    let mut p = Contest::new(plain, &pool, t0).expect("contest");
    let q = p.question().expect("q").clone();
    assert_eq!(p.answer(right(&q), t0).expect("answer").points, 100);
}

#[test]
fn exam_lets_answers_change_and_ends_when_time_is_up_even_across_a_reload() {
    let pool = pool();
    let t0 = 9_000_000;
    let mut c = Contest::new(Settings::exam(5, 11, 60_000), &pool, t0).expect("contest");
    for i in 0..5 {
        c.go_to(i, t0 + 1_000).expect("go to");
        let q = c.question().expect("q").clone();
        c.answer(wrong(&q), t0 + 1_000).expect("answer");
    }
    // Go back and change the first answer.
    c.go_to(0, t0 + 2_000).expect("back");
    let q = c.question().expect("q").clone();
    c.answer(right(&q), t0 + 2_000).expect("change");
    assert_eq!(c.correct_count(), 1);
    // A reload 50 s in: the saved state restores with 10 s left, not 60.
    let saved = serde_json::to_string(&c).expect("save");
    let mut c: Contest = serde_json::from_str(&saved).expect("restore");
    assert_eq!(c.remaining_ms(t0 + 50_000), Some(10_000));
    assert!(!c.tick(t0 + 59_999));
    assert!(c.tick(t0 + 60_000), "time up finishes the exam");
    assert!(c.is_finished());
    assert_eq!(c.go_to(9, t0).err(), Some(EngineError::NoSuchQuestion));
    let mut practice = Contest::new(Settings::practice(3, 1), &pool, t0).expect("contest");
    assert_eq!(
        practice.go_to(1, t0).err(),
        Some(EngineError::NotInThisMode)
    );
}

#[test]
fn a_pupil_adds_time_to_an_exam_as_often_as_needed_and_it_survives_a_reload() {
    let pool = pool();
    let t0 = 5_000_000;
    let mut c = Contest::new(Settings::exam(5, 3, 60_000), &pool, t0).expect("contest");
    assert!(
        c.setup.settings.more_time,
        "exams allow more time by default"
    );
    // 50 s in, 10 s left: more time, twice.
    assert_eq!(c.add_time(t0 + 50_000), Ok(10_000 + MORE_TIME_MS));
    assert_eq!(c.add_time(t0 + 50_000), Ok(10_000 + 2 * MORE_TIME_MS));
    let mut c = round_trip(&c);
    assert!(!c.tick(t0 + 60_000), "the added time counts");
    assert!(c.tick(t0 + 60_000 + 2 * MORE_TIME_MS));
    assert_eq!(
        c.add_time(t0 + 60_000 + 2 * MORE_TIME_MS),
        Err(EngineError::Finished)
    );

    // Not when the teacher turned it off, nor in the other modes.
    let strict = Settings {
        more_time: false,
        ..Settings::exam(5, 3, 60_000)
    };
    let mut c = Contest::new(strict, &pool, t0).expect("contest");
    assert_eq!(c.add_time(t0), Err(EngineError::NotInThisMode));
    assert_eq!(c.remaining_ms(t0), Some(60_000));
    let mut c = Contest::new(Settings::challenge(5, 3), &pool, t0).expect("contest");
    assert_eq!(c.add_time(t0), Err(EngineError::NotInThisMode));

    // Progress saved before the setting existed still loads: no time added.
    let mut c = Contest::new(Settings::exam(5, 3, 60_000), &pool, t0).expect("contest");
    let mut progress = serde_json::to_value(&c.progress).expect("progress");
    progress.as_object_mut().expect("object").remove("added_ms");
    c.progress = serde_json::from_value(progress).expect("old progress");
    assert_eq!(c.remaining_ms(t0), Some(60_000));
}

#[test]
fn same_seed_same_contest_other_seed_other_contest() {
    let pool = pool();
    let a = Contest::new(Settings::practice(10, 99), &pool, 0).expect("a");
    let b = Contest::new(Settings::practice(10, 99), &pool, 0).expect("b");
    let c = Contest::new(Settings::practice(10, 100), &pool, 0).expect("c");
    assert_eq!(a, b);
    let ids = |x: &Contest| {
        x.setup
            .questions
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>()
    };
    assert_ne!(ids(&a), ids(&c));
    assert!(
        Contest::new(Settings::practice(10, 1), &[], 0).is_err(),
        "empty pool is an error"
    );
    let all = Contest::new(Settings::practice(10_000, 1), &pool, 0).expect("all");
    assert_eq!(
        all.setup.questions.len(),
        pool.len(),
        "never more than the pool"
    );
}

#[test]
fn a_finished_contest_becomes_an_attempt_a_board_entry_and_a_csv_row() {
    use asean_kiosk::core::quiz::results::{to_csv, Attempt, CsvLabels, Leaderboard};
    let pool = pool();
    let mut c = Contest::new(Settings::challenge(3, 5), &pool, 0).expect("contest");
    let q = c.question().expect("q").clone();
    c.answer(right(&q), 0).expect("answer");
    c.next(0);
    let q = c.question().expect("q").clone();
    c.answer(wrong(&q), 1_000).expect("answer");
    c.next(1_000);
    assert!(c.tick(21_000), "third question times out");
    c.next(21_000);
    assert!(c.is_finished());
    let a = Attempt::from_contest(&c, "  Lớp 7A  ", vec!["mix".into()]);
    assert_eq!(a.nickname, "Lớp 7A");
    assert_eq!((a.correct, a.total, a.score), (1, 3, 150));
    let marks: Vec<Option<bool>> = a.answers.iter().map(|x| x.correct).collect();
    assert_eq!(marks, vec![Some(true), Some(false), None]);
    let mut board = Leaderboard::default();
    assert_eq!(board.insert(&a), Some(0));
    let labels = CsvLabels {
        nickname: "Nickname",
        packs: "Packs",
        mode: "Mode",
        started: "Started",
        finished: "Finished",
        score: "Score",
        correct: "Correct",
        total: "Questions",
        right: "right",
        wrong: "wrong",
    };
    let csv = to_csv(&[a], &labels);
    assert!(csv.contains(",right,wrong,\r\n"), "{csv}");
}
