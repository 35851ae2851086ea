//! Quiz packs: the question format shared by the bundled packs, teachers'
//! own packs and (later) the contest engine. Documented in
//! `docs/quiz-format.md`; `quizzes/schema.json` describes the same format as
//! a JSON Schema, checked against these types by a test.

pub mod pack;
pub mod validate;

pub use pack::{Answer, Level, Pack, PackIndex, PackMeta, Question};
