//! What a finished contest leaves behind: an attempt record, a local
//! leaderboard, and the CSV a teacher hands in (UTF-8 with a byte order mark
//! so Excel shows Vietnamese correctly).

use super::contest::{Contest, Mode};
use serde::{Deserialize, Serialize};

/// One question of an attempt, as reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttemptAnswer {
    pub question_id: String,
    /// None: not answered (time ran out or skipped).
    pub correct: Option<bool>,
    pub points: u32,
    pub elapsed_ms: u64,
}

/// A finished (or abandoned) contest, without personal data: a nickname only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub nickname: String,
    /// The packs the questions came from (one, or several for a mix).
    pub packs: Vec<String>,
    pub mode: Mode,
    pub started_ms: u64,
    pub finished_ms: Option<u64>,
    pub score: u32,
    pub correct: usize,
    pub total: usize,
    pub answers: Vec<AttemptAnswer>,
}

/// Longest nickname kept, in characters.
pub const NICKNAME_MAX: usize = 24;

/// A nickname as stored: control characters dropped, spaces collapsed,
/// at most [`NICKNAME_MAX`] characters.
pub fn clean_nickname(raw: &str) -> String {
    crate::core::device::clean_line(raw, NICKNAME_MAX)
}

impl Attempt {
    pub fn from_contest(c: &Contest, nickname: &str, packs: Vec<String>) -> Attempt {
        let answers = c
            .setup
            .questions
            .iter()
            .zip(&c.progress.answers)
            .map(|(q, a)| AttemptAnswer {
                question_id: q.id.clone(),
                correct: a
                    .as_ref()
                    .and_then(|g| g.response.as_ref().map(|_| g.mark.correct)),
                points: a.as_ref().map_or(0, |g| g.points),
                elapsed_ms: a.as_ref().map_or(0, |g| g.elapsed_ms),
            })
            .collect();
        Attempt {
            nickname: clean_nickname(nickname),
            packs,
            mode: c.setup.settings.mode,
            started_ms: c.progress.started_ms,
            finished_ms: c.progress.finished_ms,
            score: c.score(),
            correct: c.correct_count(),
            total: c.setup.questions.len(),
            answers,
        }
    }
}

/// The best attempts for one pack (or mix) and mode, highest score first;
/// at equal scores the earlier attempt stays ahead.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Leaderboard {
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub nickname: String,
    pub score: u32,
    pub correct: usize,
    pub total: usize,
    pub at_ms: u64,
}

impl Leaderboard {
    pub const SIZE: usize = 10;

    /// Adds an attempt; returns its place (0-based) if it made the board.
    pub fn insert(&mut self, a: &Attempt) -> Option<usize> {
        let entry = Entry {
            nickname: a.nickname.clone(),
            score: a.score,
            correct: a.correct,
            total: a.total,
            at_ms: a.finished_ms.unwrap_or(a.started_ms),
        };
        let place = self
            .entries
            .iter()
            .position(|e| entry.score > e.score)
            .unwrap_or(self.entries.len());
        if place >= Self::SIZE {
            return None;
        }
        self.entries.insert(place, entry);
        self.entries.truncate(Self::SIZE);
        Some(place)
    }
}

/// Column titles of the CSV, in the reader's language (the UI supplies them).
pub struct CsvLabels<'a> {
    pub nickname: &'a str,
    pub packs: &'a str,
    pub mode: &'a str,
    pub started: &'a str,
    pub finished: &'a str,
    pub score: &'a str,
    pub correct: &'a str,
    pub total: &'a str,
    pub right: &'a str,
    pub wrong: &'a str,
}

/// One CSV cell: quoted when needed, and never read by a spreadsheet as a
/// formula (a nickname like `=HYPERLINK(…)` is prefixed with `'`).
fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// `YYYY-MM-DD HH:MM:SS` (UTC) for milliseconds since the Unix epoch.
pub fn format_utc(ms: u64) -> String {
    let secs = ms / 1000;
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// All attempts as CSV: one row per attempt, one column per question (in
/// the order first met), UTF-8 with a BOM and CRLF line ends for Excel.
pub fn to_csv(attempts: &[Attempt], l: &CsvLabels) -> String {
    let mut questions: Vec<&str> = Vec::new();
    for a in attempts {
        for q in &a.answers {
            if !questions.contains(&q.question_id.as_str()) {
                questions.push(&q.question_id);
            }
        }
    }
    let mut out = String::from("\u{feff}");
    let mut header: Vec<String> = [
        l.nickname, l.packs, l.mode, l.started, l.finished, l.score, l.correct, l.total,
    ]
    .iter()
    .map(|h| cell(h))
    .collect();
    header.extend(questions.iter().map(|q| cell(q)));
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for a in attempts {
        let mode = match a.mode {
            Mode::Practice => "practice",
            Mode::Challenge => "challenge",
            Mode::Exam => "exam",
        };
        let mut row = vec![
            cell(&a.nickname),
            cell(&a.packs.join(" + ")),
            mode.to_string(),
            format_utc(a.started_ms),
            a.finished_ms.map(format_utc).unwrap_or_default(),
            a.score.to_string(),
            a.correct.to_string(),
            a.total.to_string(),
        ];
        for q in &questions {
            let v = match a.answers.iter().find(|x| x.question_id == *q) {
                Some(AttemptAnswer {
                    correct: Some(true),
                    ..
                }) => cell(l.right),
                Some(AttemptAnswer {
                    correct: Some(false),
                    ..
                }) => cell(l.wrong),
                _ => String::new(),
            };
            row.push(v);
        }
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(nick: &str, score: u32, at: u64) -> Attempt {
        Attempt {
            nickname: clean_nickname(nick),
            packs: vec!["asean-basics".into()],
            mode: Mode::Challenge,
            started_ms: at,
            finished_ms: Some(at + 60_000),
            score,
            correct: 2,
            total: 3,
            answers: vec![
                AttemptAnswer {
                    question_id: "ab-001".into(),
                    correct: Some(true),
                    points: 100,
                    elapsed_ms: 1000,
                },
                AttemptAnswer {
                    question_id: "ab-002".into(),
                    correct: Some(false),
                    points: 0,
                    elapsed_ms: 2000,
                },
                AttemptAnswer {
                    question_id: "ab-003".into(),
                    correct: None,
                    points: 0,
                    elapsed_ms: 20_000,
                },
            ],
        }
    }

    const LABELS: CsvLabels = CsvLabels {
        nickname: "Biệt danh",
        packs: "Gói câu hỏi",
        mode: "Chế độ",
        started: "Bắt đầu",
        finished: "Kết thúc",
        score: "Điểm",
        correct: "Số câu đúng",
        total: "Số câu",
        right: "Đúng",
        wrong: "Sai",
    };

    #[test]
    fn csv_opens_in_excel_with_vietnamese_and_is_safe() {
        let csv = to_csv(
            &[
                attempt("Nguyễn  Văn An", 250, 0),
                attempt("=HYPERLINK(\"x\")", 90, 1),
            ],
            &LABELS,
        );
        assert!(
            csv.starts_with('\u{feff}'),
            "UTF-8 byte order mark for Excel"
        );
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            lines[0],
            "Biệt danh,Gói câu hỏi,Chế độ,Bắt đầu,Kết thúc,Điểm,Số câu đúng,Số câu,ab-001,ab-002,ab-003"
        );
        assert_eq!(
            lines[1],
            "Nguyễn Văn An,asean-basics,challenge,1970-01-01 00:00:00,1970-01-01 00:01:00,250,2,3,Đúng,Sai,"
        );
        assert!(
            lines[2].starts_with("\"'=HYPERLINK(\"\"x\"\")\","),
            "formula neutralised and quoted: {}",
            lines[2]
        );
        assert_eq!(lines.len(), 4, "two rows and a final line end");
    }

    #[test]
    fn dates_are_utc_calendar_dates() {
        assert_eq!(format_utc(0), "1970-01-01 00:00:00");
        // 2025-10-26 03:04:05 UTC, the day Timor-Leste joined.
        assert_eq!(format_utc(1_761_447_845_000), "2025-10-26 03:04:05");
        assert_eq!(format_utc(951_782_400_000), "2000-02-29 00:00:00");
    }

    #[test]
    fn leaderboard_keeps_the_best_ten_in_order() {
        let mut board = Leaderboard::default();
        for i in 0..12u32 {
            board.insert(&attempt(&format!("p{i}"), i * 10, u64::from(i)));
        }
        assert_eq!(board.entries.len(), Leaderboard::SIZE);
        assert_eq!(board.entries[0].score, 110);
        assert_eq!(board.entries[9].score, 20);
        assert_eq!(
            board.insert(&attempt("late", 0, 99)),
            None,
            "too low to enter"
        );
        assert_eq!(
            board.insert(&attempt("tie", 110, 99)),
            Some(1),
            "ties rank after the earlier"
        );
    }

    #[test]
    fn nicknames_are_cleaned() {
        assert_eq!(clean_nickname("  An \n\t Bình  "), "An Bình");
        assert_eq!(clean_nickname("a\u{0}b"), "ab");
        assert_eq!(
            clean_nickname(&"x".repeat(100)).chars().count(),
            NICKNAME_MAX
        );
    }
}
