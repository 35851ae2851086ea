//! `quizzes/index.json` and `quizzes/<pack-id>.json`.

use crate::core::lang::{Lang, Text};
use serde::{Deserialize, Serialize};

/// Who a pack is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Primary school (Tiểu học).
    Primary,
    /// Lower and upper secondary school (THCS, THPT).
    Secondary,
    /// University students and adult visitors.
    Adult,
}

/// `quizzes/index.json`: the list of packs, so the picker needs one request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackIndex {
    pub format: String,
    pub version: u32,
    pub packs: Vec<PackMeta>,
}
crate::core::content::content_format!(PackIndex, "asean-kiosk/quiz-index", 1);

/// What the index says of a pack; must agree with the pack file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    pub id: String,
    /// Path under the app root, `quizzes/<id>.json`.
    pub file: String,
    pub title: Text,
    pub description: Text,
    pub level: Level,
    pub question_count: usize,
    pub topics: Vec<String>,
    pub languages: Vec<Lang>,
    /// The member the pack is about, for packs on one member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
}

/// `quizzes/<id>.json`: one pack of questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub format: String,
    pub version: u32,
    /// kebab-case, unique; the file is `quizzes/<id>.json`.
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub level: Level,
    /// Topic ids (content/topics.json).
    pub topics: Vec<String>,
    /// The languages every text of the pack is written in (bundled packs: both).
    /// A teacher's pack may be in one language; texts of the other stay empty.
    pub languages: Vec<Lang>,
    /// The member code (`vn`) of a pack about one member: the member's page
    /// in Flags & Anthem links to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    pub questions: Vec<Question>,
    /// Puzzles for the obstacle round of Đường lên đỉnh Olympia (optional).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obstacles: Vec<Obstacle>,
}
crate::core::content::content_format!(Pack, "asean-kiosk/quiz-pack", 1);

/// An obstacle-round puzzle (*Vượt chướng ngại vật*): a hidden keyword, a
/// picture uncovered tile by tile, and five clues — four rows, then the
/// centre — each answered by a word or short phrase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obstacle {
    /// Unique among all packs, like question ids.
    pub id: String,
    /// The keyword the players look for.
    pub keyword: Text,
    /// The picture behind the five tiles (an app path, e.g. `flags/asean.svg`).
    pub picture: Media,
    /// Exactly five: the four rows in order, then the centre clue.
    pub clues: Vec<Clue>,
    /// A source id from `content/sources.json`.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clue {
    pub prompt: Text,
    /// The row's word; its letter count is shown before it is answered.
    pub answer: Text,
}

/// One question. The fields common to every type sit here; what the type
/// needs (options, the right answer) sits in `answer`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique across all packs, e.g. `vn-012`. Never reused for another question.
    pub id: String,
    pub prompt: Text,
    /// An optional picture shown with the prompt (e.g. a flag: "Whose flag is this?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    pub answer: Answer,
    /// One to three sentences that teach, shown after answering; never just
    /// the answer repeated.
    pub explanation: Text,
    /// 1 easy, 2 medium, 3 hard.
    pub difficulty: u8,
    /// Topic ids.
    pub topics: Vec<String>,
    /// Member codes the question is about (may be empty).
    pub members: Vec<String>,
    /// Source id (content/sources.json).
    pub source: String,
    /// Seconds allowed in timed modes, when this question needs other than the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit_s: Option<u32>,
}

/// A picture: a path under the app root (bundled flags) with its text alternative.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Media {
    pub src: String,
    pub alt: Text,
}

/// The question type and what it needs. (Read by the hand-written
/// deserializer in `answer_de.rs`, with the same rules as this layout.)
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Answer {
    /// Pick the one right option (2–6 options).
    Single { options: Vec<Text>, correct: usize },
    /// Pick every right option (3–6 options, at least two right).
    Multiple {
        options: Vec<Text>,
        correct: Vec<usize>,
    },
    /// True or false.
    TrueFalse { correct: bool },
    /// Type the answer. Matching ignores case and surrounding spaces, and
    /// Vietnamese diacritics when `fold_diacritics` is on (`ha noi` = `Hà Nội`).
    Typed {
        accepted: Accepted,
        /// Default (when left out): true.
        fold_diacritics: bool,
    },
    /// Put the items in order; they are listed here in the right order
    /// (e.g. earliest first) and shuffled when shown.
    Ordering { items: Vec<Text> },
    /// Match each left item with its right item; listed here as right pairs.
    Matching { pairs: Vec<Pair> },
    /// Pick the right picture (e.g. "Which is the flag of Laos?").
    Image { options: Vec<Media>, correct: usize },
    /// Click the member state on the map of Southeast Asia.
    Map { correct: String },
    /// A number or a year, right within `tolerance` (0 = exact).
    Numeric {
        value: f64,
        /// Default (when left out): 0.
        tolerance: f64,
        #[serde(skip_serializing_if = "Option::is_none")]
        unit: Option<Text>,
    },
    /// Listen to a clip, then pick the right option. Only where a recording
    /// exists: no bundled pack has one.
    Audio {
        clip: String,
        options: Vec<Text>,
        correct: usize,
    },
}

/// Accepted typed answers, per language; the first is the one shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accepted {
    pub vi: Vec<String>,
    pub en: Vec<String>,
}

impl Accepted {
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub left: Text,
    pub right: Text,
}

impl Question {
    /// A question as a teacher starts it (the editor, the importers): no
    /// picture, explanation, topics, members or source; medium difficulty;
    /// the default time.
    pub fn new(id: String, prompt: Text, answer: Answer) -> Question {
        Question {
            id,
            prompt,
            media: None,
            answer,
            explanation: Text::default(),
            difficulty: 2,
            topics: Vec::new(),
            members: Vec::new(),
            source: String::new(),
            time_limit_s: None,
        }
    }
}

impl Answer {
    /// How many options, items or pairs the answer shows (0 for the types
    /// without a list: true/false, typed, numeric, map).
    pub fn row_count(&self) -> usize {
        match self {
            Answer::Single { options, .. }
            | Answer::Multiple { options, .. }
            | Answer::Audio { options, .. } => options.len(),
            Answer::Image { options, .. } => options.len(),
            Answer::Ordering { items } => items.len(),
            Answer::Matching { pairs } => pairs.len(),
            _ => 0,
        }
    }

    /// The type's name as written in the JSON.
    pub fn type_name(&self) -> &'static str {
        match self {
            Answer::Single { .. } => "single",
            Answer::Multiple { .. } => "multiple",
            Answer::TrueFalse { .. } => "true_false",
            Answer::Typed { .. } => "typed",
            Answer::Ordering { .. } => "ordering",
            Answer::Matching { .. } => "matching",
            Answer::Image { .. } => "image",
            Answer::Map { .. } => "map",
            Answer::Numeric { .. } => "numeric",
            Answer::Audio { .. } => "audio",
        }
    }

    pub const TYPES: [&'static str; 10] = [
        "single",
        "multiple",
        "true_false",
        "typed",
        "ordering",
        "matching",
        "image",
        "map",
        "numeric",
        "audio",
    ];
}

impl Pack {
    pub fn meta(&self) -> PackMeta {
        PackMeta {
            id: self.id.clone(),
            file: format!("quizzes/{}.json", self.id),
            title: self.title.clone(),
            description: self.description.clone(),
            level: self.level,
            question_count: self.questions.len(),
            topics: self.topics.clone(),
            languages: self.languages.clone(),
            member: self.member.clone(),
        }
    }
}
