//! The CSV column titles in the reader's language (the core writes the file).

use crate::app::i18n::Strings;
use crate::core::quiz::results::CsvLabels;

pub fn csv_labels(t: &'static Strings) -> CsvLabels<'static> {
    CsvLabels {
        nickname: t.contest_csv_nickname(),
        packs: t.contest_csv_packs(),
        mode: t.contest_csv_mode(),
        started: t.contest_csv_started(),
        finished: t.contest_csv_finished(),
        score: t.contest_csv_score(),
        correct: t.contest_csv_correct(),
        total: t.contest_csv_total(),
        right: t.contest_csv_right(),
        wrong: t.contest_csv_wrong(),
    }
}
