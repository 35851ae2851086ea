//! Pieces every hosted format's audience screen is built from, in both
//! languages (each window shows its own).

use crate::app::i18n::{Strings, EN, VI};
use crate::core::host::screen::ScreenQuestion;
use crate::core::lang::{Lang, Text};
use crate::core::quiz::describe::{answer_text, Words};
use crate::core::quiz::{Answer, Question};

/// A UI string in both languages.
pub fn both(f: impl Fn(&'static Strings) -> String) -> Text {
    Text::new(f(&VI), f(&EN))
}

/// The question as the room sees it: options lettered for whiteboards.
pub fn question(q: &Question) -> ScreenQuestion {
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
                both(|t| t.contest_true().to_string()),
                both(|t| t.contest_false().to_string()),
            ]
        }
        Answer::Image { options, .. } => sq.pictures = options.clone(),
        _ => {}
    }
    sq
}

/// The right answer in words, both languages.
pub fn answer(q: &Question) -> Text {
    let words = |t: &'static Strings| Words {
        true_word: t.contest_true(),
        false_word: t.contest_false(),
        member: Box::new(|c: &str| c.to_ascii_uppercase()),
    };
    Text::new(
        answer_text(&q.answer, Lang::Vi, &words(&VI)),
        answer_text(&q.answer, Lang::En, &words(&EN)),
    )
}
