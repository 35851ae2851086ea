//! The audience's screen for the state of a Rung chuông vàng, in both
//! languages (each window shows its own).

use crate::app::i18n::{fill, Strings, EN, VI};
use crate::core::host::bell_session::{BellSession, Phase};
use crate::core::host::screen::{Screen, ScreenQuestion};
use crate::core::lang::{Lang, Text};
use crate::core::quiz::describe::{answer_text, Words};
use crate::core::quiz::Answer;

fn both(f: impl Fn(&'static Strings) -> String) -> Text {
    Text::new(f(&VI), f(&EN))
}

pub fn build(s: &BellSession) -> Screen {
    let survivors = s.bell.survivors();
    let (left, total) = (survivors.len().to_string(), s.bell.contestants.to_string());
    let n = s.bell.question.to_string();
    let mut screen = Screen {
        title: both(|t| t.host_bell_title.to_string()),
        heading: if s.is_golden() {
            both(|t| t.host_bell_golden_question.to_string())
        } else {
            both(|t| fill(t.host_question_n, &[("n", &n)]))
        },
        lines: vec![both(|t| {
            fill(t.host_bell_survivors, &[("left", &left), ("total", &total)])
        })],
        ..Screen::default()
    };
    if s.phase == Phase::Finished {
        let winners = survivors
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        screen.heading = both(|t| t.host_bell_finished.to_string());
        screen.lines = vec![both(|t| {
            fill(t.host_bell_winners, &[("numbers", &winners)])
        })];
        screen.celebrate = !survivors.is_empty();
        return screen;
    }
    let Some(q) = s.question() else {
        return screen;
    };
    let mut sq = ScreenQuestion {
        prompt: q.prompt.clone(),
        media: q.media.clone(),
        ..ScreenQuestion::default()
    };
    match &q.answer {
        Answer::Single { options, .. } | Answer::Multiple { options, .. } => {
            sq.options = options.clone()
        }
        Answer::TrueFalse { .. } => {
            sq.options = vec![
                both(|t| t.contest_true.to_string()),
                both(|t| t.contest_false.to_string()),
            ]
        }
        Answer::Image { options, .. } => sq.pictures = options.clone(),
        _ => {}
    }
    screen.question = Some(sq);
    screen.timer = Some(s.timer);
    if s.phase == Phase::Revealed {
        let words = |t: &'static Strings| Words {
            true_word: t.contest_true,
            false_word: t.contest_false,
            member: Box::new(|c: &str| c.to_ascii_uppercase()),
        };
        screen.answer = Some(Text::new(
            answer_text(&q.answer, Lang::Vi, &words(&VI)),
            answer_text(&q.answer, Lang::En, &words(&EN)),
        ));
        screen.explanation = Some(q.explanation.clone());
    }
    screen
}
