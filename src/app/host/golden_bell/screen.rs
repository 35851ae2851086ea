//! The audience's screen for the state of a Rung chuông vàng, in both
//! languages (each window shows its own).

use crate::app::host::screen_parts::{answer, both, question};
use crate::app::i18n::fill;
use crate::core::host::bell_session::{BellSession, Phase};
use crate::core::host::screen::Screen;

pub fn build(s: &BellSession) -> Screen {
    let survivors = s.bell.survivors();
    let (left, total) = (survivors.len().to_string(), s.bell.contestants.to_string());
    let n = s.bell.question.to_string();
    let mut screen = Screen {
        title: both(|t| t.host_bell_title().to_string()),
        heading: if s.is_golden() {
            both(|t| t.host_bell_golden_question().to_string())
        } else {
            both(|t| fill(t.host_question_n(), &[("n", &n)]))
        },
        lines: vec![both(|t| {
            fill(
                t.host_bell_survivors(),
                &[("left", &left), ("total", &total)],
            )
        })],
        ..Screen::default()
    };
    if s.phase == Phase::Finished {
        let winners = survivors
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        screen.heading = both(|t| t.host_bell_finished().to_string());
        screen.lines = vec![both(|t| {
            fill(t.host_bell_winners(), &[("numbers", &winners)])
        })];
        screen.celebrate = !survivors.is_empty();
        return screen;
    }
    let Some(q) = s.question() else {
        return screen;
    };
    screen.question = Some(question(q));
    screen.timer = Some(s.timer);
    if s.phase == Phase::Revealed {
        screen.answer = Some(answer(q));
        screen.explanation = Some(q.explanation.clone());
    }
    screen
}
