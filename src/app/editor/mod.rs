//! Teachers' own packs (`/contest/editor`, `/contest/editor/<id>`,
//! `/contest/import`): a list of the packs kept on this device, the editor
//! of one pack with a live preview and checks as you type, and the import of
//! Kahoot, Quizizz, Blooket, GIFT, Aiken, CSV and JSON files with a preview
//! of what comes in and what is skipped, and why. The parsing is in
//! `core::import`; storage in `app::my_packs`.

mod export;
mod import;
mod list;
mod pack_editor;
mod preview;
mod question_form;
pub mod reasons;

pub use import::ImportPage;
pub use list::MyPacks;
pub use pack_editor::Editor;

use crate::core::lang::{Lang, Text};
use crate::core::quiz::pack::Level;
use crate::core::quiz::Pack;

/// A new, empty pack in `langs`.
pub fn empty_pack(id: String, title: Text, langs: Vec<Lang>) -> Pack {
    Pack {
        format: "asean-kiosk/quiz-pack".into(),
        version: 1,
        id,
        title,
        description: Text::default(),
        level: Level::Secondary,
        topics: Vec::new(),
        languages: langs,
        member: None,
        questions: Vec::new(),
        obstacles: Vec::new(),
    }
}

/// The language to show a pack's texts in: the interface language when the
/// pack has it, else the pack's first.
pub fn pack_lang(pack: &Pack, ui: Lang) -> Lang {
    if pack.languages.contains(&ui) || pack.languages.is_empty() {
        ui
    } else {
        pack.languages[0]
    }
}
