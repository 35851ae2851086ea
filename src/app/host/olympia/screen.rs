//! The audience's screen for an Olympia match, in both languages.

use super::state::Match;
use crate::app::host::screen_parts::{answer, both, question};
use crate::app::i18n::{fill, Pick};
use crate::core::host::olympia::{Round, OBSTACLE_CLUES};
use crate::core::host::screen::{ObstacleBoard, ScoreRow, Screen, ScreenQuestion};
use crate::core::lang::Text;

pub fn round_name(r: Round) -> Pick {
    match r {
        Round::Warmup => |t| t.host_olympia_warmup(),
        Round::Obstacle => |t| t.host_olympia_obstacle(),
        Round::Acceleration => |t| t.host_olympia_acceleration(),
        Round::Finish => |t| t.host_olympia_finish(),
        Round::Over => |t| t.host_teams_podium(),
    }
}

fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

pub fn build(m: &Match) -> Screen {
    let g = &m.game;
    let places = g.places();
    let scores = (0..g.players.len())
        .map(|i| ScoreRow {
            name: g.players[i].clone(),
            colour: crate::core::host::teams::COLOURS[i].to_string(),
            score: g.scores[i],
            delta: 0,
            place: places[i],
        })
        .collect();
    let round = round_name(g.round);
    let mut screen = Screen {
        title: both(|t| t.host_olympia_title().to_string()),
        heading: both(|t| round(t).to_string()),
        scores,
        celebrate: g.round == Round::Over,
        ..Screen::default()
    };
    if g.round == Round::Obstacle {
        if let Some(o) = &m.obstacle {
            let found = g.obstacle.solved_by.is_some();
            screen.obstacle = Some(ObstacleBoard {
                picture: o.picture.clone(),
                open: if found {
                    vec![true; OBSTACLE_CLUES]
                } else {
                    g.obstacle.open.to_vec()
                },
                rows: o
                    .clues
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let open = g.obstacle.open.get(i).copied().unwrap_or(false);
                        (
                            letters(&c.answer.vi),
                            letters(&c.answer.en),
                            open.then(|| c.answer.clone()),
                        )
                    })
                    .collect(),
                keyword_letters: Text::new(
                    letters(&o.keyword.vi).to_string(),
                    letters(&o.keyword.en).to_string(),
                ),
                keyword: found.then(|| o.keyword.clone()),
            });
            if let Some(c) = m.clue.and_then(|i| o.clues.get(i)) {
                screen.question = Some(ScreenQuestion {
                    prompt: c.prompt.clone(),
                    ..ScreenQuestion::default()
                });
                screen.timer = Some(m.timer);
                if m.revealed {
                    screen.answer = Some(c.answer.clone());
                }
            }
        }
    }
    if let Some(q) = m.question() {
        screen.question = Some(question(q));
        screen.timer = Some(m.timer);
        if m.revealed {
            screen.answer = Some(answer(q));
            screen.explanation = Some(q.explanation.clone());
        }
    }
    if let Some(f) = &g.finish {
        let name = g.players[f.player].clone();
        let value = f.value.to_string();
        screen.lines.push(both(|t| {
            fill(
                t.host_olympia_finish_line(),
                &[("player", &name), ("value", &value)],
            )
        }));
        if f.star {
            screen
                .lines
                .push(both(|t| t.host_olympia_star_on().to_string()));
        }
        if f.missed {
            let s = g.rules.steal_seconds.to_string();
            screen
                .lines
                .push(both(|t| fill(t.host_olympia_steal_open(), &[("s", &s)])));
        }
    }
    screen
}
