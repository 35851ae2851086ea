//! What the audience window shows, sent by the control window over a
//! `BroadcastChannel` (same machine, no network). Everything is bilingual
//! so each window can show its own language; the answer is only present
//! once the host reveals it, so the audience never holds it early.
//!
//! ```
//! use asean_kiosk::core::host::screen::{Message, Screen};
//! let m = Message::Screen { screen: Box::default() };
//! let json = serde_json::to_string(&m).unwrap();
//! assert_eq!(serde_json::from_str::<Message>(&json).unwrap(), m);
//! ```

use super::timer::Timer;
use crate::core::lang::Text;
use crate::core::quiz::pack::Media;

use serde::{Deserialize, Serialize};

/// One question as the room sees it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScreenQuestion {
    pub prompt: Text,
    pub media: Option<Media>,
    /// Text options (single, multiple), lettered A, B, C… for whiteboards.
    pub options: Vec<Text>,
    /// Picture options (image questions), lettered likewise.
    pub pictures: Vec<Media>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Screen {
    /// The format's name, e.g. "Rung chuông vàng".
    pub title: Text,
    /// e.g. "Question 5" or "The golden-bell question".
    pub heading: Text,
    pub question: Option<ScreenQuestion>,
    pub timer: Option<Timer>,
    /// Present once revealed.
    pub answer: Option<Text>,
    pub explanation: Option<Text>,
    /// Large status lines (survivors, winners).
    pub lines: Vec<Text>,
    /// Highlighted moment: the golden bell rings, the podium.
    pub celebrate: bool,
    /// The scoreboard (team contests, Olympia), in team or player order.
    #[serde(default)]
    pub scores: Vec<ScoreRow>,
    /// The obstacle round's board (Olympia).
    #[serde(default)]
    pub obstacle: Option<ObstacleBoard>,
}

/// The obstacle round as the room sees it: the picture under five tiles,
/// the clue rows as letter counts until answered, and the keyword's length.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ObstacleBoard {
    pub picture: Media,
    /// Tiles opened: four corners, then the centre.
    pub open: Vec<bool>,
    /// Each clue row: its letter count (Vietnamese, English), and its word
    /// once opened.
    pub rows: Vec<(usize, usize, Option<Text>)>,
    /// Letters in the keyword (not counting spaces), per language.
    pub keyword_letters: Text,
    /// The keyword once found (or at the end of the round).
    pub keyword: Option<Text>,
}

/// One team on the scoreboard.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScoreRow {
    pub name: String,
    pub colour: String,
    pub score: i64,
    /// Points from the last question (shown as +10 / −5).
    pub delta: i64,
    /// 1 = first; shown on the podium.
    pub place: usize,
}

/// What the two windows say to each other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Message {
    /// An audience window opened (or reopened): please send the screen.
    Hello,
    Screen {
        screen: Box<Screen>,
    },
}
