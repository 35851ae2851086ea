//! The audience's screen for a team contest, in both languages.

use crate::app::host::screen_parts::{answer, both, question};
use crate::app::i18n::fill;
use crate::core::host::screen::{ScoreRow, Screen};
use crate::core::host::teams::{TeamPhase, TeamSession};

pub fn build(s: &TeamSession) -> Screen {
    let deltas = s.history.last().cloned().unwrap_or_default();
    let places = s.places();
    let scores = s
        .teams
        .iter()
        .enumerate()
        .map(|(i, t)| ScoreRow {
            name: t.name.clone(),
            colour: t.colour.clone(),
            score: s.scores[i],
            delta: if s.phase == TeamPhase::Scored {
                deltas.get(i).copied().unwrap_or(0)
            } else {
                0
            },
            place: places[i],
        })
        .collect();
    let n = (s.index + 1).to_string();
    let mut screen = Screen {
        title: both(|t| t.host_teams_title().to_string()),
        heading: if s.is_tie_break() {
            both(|t| t.host_teams_tie_break().to_string())
        } else {
            both(|t| fill(t.host_question_n(), &[("n", &n)]))
        },
        scores,
        ..Screen::default()
    };
    if s.phase == TeamPhase::Finished {
        screen.heading = both(|t| t.host_teams_podium().to_string());
        screen.celebrate = true;
        return screen;
    }
    if !s.buzz.is_empty() {
        let order = |t: &'static crate::app::i18n::Strings| {
            let names: Vec<String> = s
                .buzz
                .iter()
                .enumerate()
                .map(|(i, &b)| format!("{}. {}", i + 1, s.teams[b].name))
                .collect();
            fill(t.host_teams_buzz_order(), &[("order", &names.join(" · "))])
        };
        screen.lines.push(both(order));
    }
    let Some(q) = s.question() else {
        return screen;
    };
    screen.question = Some(question(q));
    if s.phase == TeamPhase::Asking || s.phase == TeamPhase::Revealed {
        screen.timer = Some(s.timer);
    }
    if s.phase != TeamPhase::Asking {
        screen.answer = Some(answer(q));
        screen.explanation = Some(q.explanation.clone());
    }
    screen
}
