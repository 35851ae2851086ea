//! Quiz packs and the contest engine: the question format shared by the
//! bundled packs and teachers' own packs, marking, shuffling and the contest
//! state machine. Documented in
//! `docs/quiz-format.md`; `quizzes/schema.json` describes the same format as
//! a JSON Schema, checked against these types by a test.

mod answer_de;
pub mod contest;
pub mod describe;
pub mod mark;
pub mod pack;
pub mod results;
pub mod shuffle;
pub mod validate;

pub use pack::{Answer, Level, Pack, PackIndex, PackMeta, Question};
