//! The anonymous usage report for the yearly review (`/admin/report`):
//! counts per day, kept on the device — sessions, minutes in use, quizzes
//! started and completed per pack and mode with their average score,
//! articles opened, searches run (how many, never what), member pages
//! viewed. No names, no text typed, no network.
//!
//! ```
//! use asean_kiosk::core::usage::{Usage, Event};
//! let mut u = Usage::default();
//! u.record("2026-11-22", Event::QuizCompleted { pack: "flags".into(), mode: "practice".into(), score_pct: 80 });
//! let s = u.summary("2026-01-01", "2026-12-31");
//! assert_eq!(s.quizzes_completed, 1);
//! assert!(u.csv("2026-01-01", "2026-12-31").contains("2026-11-22"));
//! ```

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Days kept: a little over two years, enough for a yearly review.
pub const DAYS_KEPT: usize = 800;

/// Something that happened, to be counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    SessionStarted,
    MinuteInUse,
    QuizStarted {
        pack: String,
        mode: String,
    },
    QuizCompleted {
        pack: String,
        mode: String,
        score_pct: u32,
    },
    ArticleOpened(String),
    Search,
    MemberViewed(String),
}

/// A pack played in one mode.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizCount {
    pub started: u32,
    pub completed: u32,
    /// Sum of the completed attempts' scores in percent (for the average).
    pub score_sum: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Day {
    pub sessions: u32,
    pub minutes: u32,
    /// Keyed `pack/mode`.
    pub quizzes: BTreeMap<String, QuizCount>,
    pub articles: BTreeMap<String, u32>,
    pub searches: u32,
    pub members: BTreeMap<String, u32>,
}

/// Every day with something counted, keyed `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Usage {
    pub days: BTreeMap<String, Day>,
}

/// Totals over a date range.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub days_used: usize,
    pub sessions: u32,
    pub minutes: u32,
    pub quizzes_started: u32,
    pub quizzes_completed: u32,
    /// Average score of completed quizzes, in percent.
    pub average_score: Option<u32>,
    /// `(pack/mode, counts)`, most played first.
    pub quizzes: Vec<(String, QuizCount)>,
    pub articles_opened: u32,
    /// The 20 most opened articles, most first.
    pub top_articles: Vec<(String, u32)>,
    pub searches: u32,
    pub member_views: Vec<(String, u32)>,
}

/// Ids and codes kept in the report: short, plain (`a-z0-9-`), so a stored
/// report can never carry text typed by a visitor.
fn clean_key(s: &str) -> Option<String> {
    let ok = !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then(|| s.to_string())
}

fn is_day(s: &str) -> bool {
    s.len() == 10 && crate::core::date::Date::parse(s).is_ok()
}

fn add(map: &mut BTreeMap<String, u32>, key: &str) {
    if let Some(k) = clean_key(key) {
        *map.entry(k).or_default() += 1;
    }
}

fn sorted(map: BTreeMap<String, u32>) -> Vec<(String, u32)> {
    let mut v: Vec<(String, u32)> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// One event as a line of the pending log: cheap to append from any screen
/// (no JSON parsed or written per event); folded into a [`Usage`] by
/// [`Usage::apply_log`]. `None` for an event with a malformed id.
pub fn log_line(day: &str, event: &Event) -> Option<String> {
    if !is_day(day) {
        return None;
    }
    let key = |s: &str| clean_key(s);
    let rest = match event {
        Event::SessionStarted => "s".to_string(),
        Event::MinuteInUse => "m".to_string(),
        Event::QuizStarted { pack, mode } => format!("qs {} {}", key(pack)?, key(mode)?),
        Event::QuizCompleted {
            pack,
            mode,
            score_pct,
        } => format!("qc {} {} {}", key(pack)?, key(mode)?, score_pct.min(&100)),
        Event::ArticleOpened(id) => format!("a {}", key(id)?),
        Event::Search => "f".to_string(),
        Event::MemberViewed(code) => format!("v {}", key(code)?),
    };
    Some(format!("{day} {rest}\n"))
}

fn parse_line(line: &str) -> Option<(&str, Event)> {
    let mut w = line.split(' ');
    let day = w.next()?;
    let e = match (w.next()?, w.next(), w.next(), w.next()) {
        ("s", None, ..) => Event::SessionStarted,
        ("m", None, ..) => Event::MinuteInUse,
        ("qs", Some(p), Some(m), None) => Event::QuizStarted {
            pack: p.into(),
            mode: m.into(),
        },
        ("qc", Some(p), Some(m), Some(score)) => Event::QuizCompleted {
            pack: p.into(),
            mode: m.into(),
            score_pct: score.parse().ok()?,
        },
        ("a", Some(id), None, _) => Event::ArticleOpened(id.into()),
        ("f", None, ..) => Event::Search,
        ("v", Some(code), None, _) => Event::MemberViewed(code.into()),
        _ => return None,
    };
    Some((day, e))
}

impl Usage {
    /// Counts every line of a pending log (see [`log_line`]); damaged lines
    /// are skipped.
    pub fn apply_log(&mut self, log: &str) {
        for line in log.lines() {
            if let Some((day, e)) = parse_line(line) {
                self.record(day, e);
            }
        }
    }

    /// Reads a stored report; unreadable gives an empty one (the counts
    /// restart rather than the app failing).
    pub fn from_json(s: &str) -> Usage {
        let mut u: Usage = serde_json::from_str(s).unwrap_or_default();
        u.days.retain(|d, _| is_day(d));
        u
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Counts `event` on `day` (`YYYY-MM-DD`, the device's local date).
    pub fn record(&mut self, day: &str, event: Event) {
        if !is_day(day) {
            return;
        }
        let d = self.days.entry(day.to_string()).or_default();
        match event {
            Event::SessionStarted => d.sessions += 1,
            Event::MinuteInUse => d.minutes += 1,
            Event::QuizStarted { pack, mode } | Event::QuizCompleted { pack, mode, .. }
                if clean_key(&pack).is_none() || clean_key(&mode).is_none() => {}
            Event::QuizStarted { pack, mode } => {
                d.quizzes
                    .entry(format!("{pack}/{mode}"))
                    .or_default()
                    .started += 1
            }
            Event::QuizCompleted {
                pack,
                mode,
                score_pct,
            } => {
                let q = d.quizzes.entry(format!("{pack}/{mode}")).or_default();
                q.completed += 1;
                q.score_sum += u64::from(score_pct.min(100));
            }
            Event::ArticleOpened(id) => add(&mut d.articles, &id),
            Event::Search => d.searches += 1,
            Event::MemberViewed(code) => add(&mut d.members, &code),
        }
        while self.days.len() > DAYS_KEPT {
            self.days.pop_first();
        }
    }

    fn range<'a>(
        &'a self,
        from: &'a str,
        to: &'a str,
    ) -> impl Iterator<Item = (&'a String, &'a Day)> {
        self.days
            .iter()
            .filter(move |(d, _)| d.as_str() >= from && d.as_str() <= to)
    }

    /// Totals from `from` to `to`, both included (`YYYY-MM-DD`).
    pub fn summary(&self, from: &str, to: &str) -> Summary {
        let mut s = Summary::default();
        let mut quizzes: BTreeMap<String, QuizCount> = BTreeMap::new();
        let mut articles: BTreeMap<String, u32> = BTreeMap::new();
        let mut members: BTreeMap<String, u32> = BTreeMap::new();
        let mut score_sum = 0u64;
        for (_, d) in self.range(from, to) {
            s.days_used += 1;
            s.sessions += d.sessions;
            s.minutes += d.minutes;
            s.searches += d.searches;
            for (k, q) in &d.quizzes {
                let t = quizzes.entry(k.clone()).or_default();
                t.started += q.started;
                t.completed += q.completed;
                t.score_sum += q.score_sum;
                s.quizzes_started += q.started;
                s.quizzes_completed += q.completed;
                score_sum += q.score_sum;
            }
            for (k, n) in &d.articles {
                *articles.entry(k.clone()).or_default() += n;
                s.articles_opened += n;
            }
            for (k, n) in &d.members {
                *members.entry(k.clone()).or_default() += n;
            }
        }
        s.average_score = (s.quizzes_completed > 0)
            .then(|| (score_sum as f64 / f64::from(s.quizzes_completed)).round() as u32);
        let mut q: Vec<(String, QuizCount)> = quizzes.into_iter().collect();
        q.sort_by(|a, b| b.1.started.cmp(&a.1.started).then(a.0.cmp(&b.0)));
        s.quizzes = q;
        s.top_articles = sorted(articles);
        s.top_articles.truncate(20);
        s.member_views = sorted(members);
        s
    }

    /// One row per day and thing counted, for a spreadsheet:
    /// `date,what,item,count,completed,average_score`.
    pub fn csv(&self, from: &str, to: &str) -> String {
        let mut out = String::from("date,what,item,count,completed,average_score\r\n");
        for (day, d) in self.range(from, to) {
            let mut row = |what: &str, item: &str, n: u32, done: &str, avg: &str| {
                out.push_str(&format!("{day},{what},{item},{n},{done},{avg}\r\n"));
            };
            row("sessions", "", d.sessions, "", "");
            row("minutes", "", d.minutes, "", "");
            row("searches", "", d.searches, "", "");
            for (k, q) in &d.quizzes {
                let avg = if q.completed > 0 {
                    (q.score_sum / u64::from(q.completed)).to_string()
                } else {
                    String::new()
                };
                row("quiz", k, q.started, &q.completed.to_string(), &avg);
            }
            for (k, n) in &d.articles {
                row("article", k, *n, "", "");
            }
            for (k, n) in &d.members {
                row("member", k, *n, "", "");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_by_day_and_sums_a_range() {
        let mut u = Usage::default();
        for day in ["2026-11-01", "2026-11-02"] {
            u.record(day, Event::SessionStarted);
            u.record(day, Event::MinuteInUse);
            u.record(
                day,
                Event::QuizStarted {
                    pack: "flags".into(),
                    mode: "challenge".into(),
                },
            );
            u.record(
                day,
                Event::QuizCompleted {
                    pack: "flags".into(),
                    mode: "challenge".into(),
                    score_pct: 60,
                },
            );
            u.record(day, Event::ArticleOpened("asean-day".into()));
            u.record(day, Event::Search);
            u.record(day, Event::MemberViewed("vn".into()));
        }
        u.record(
            "2026-11-02",
            Event::QuizCompleted {
                pack: "flags".into(),
                mode: "challenge".into(),
                score_pct: 90,
            },
        );
        let s = u.summary("2026-11-01", "2026-11-30");
        assert_eq!(
            (s.days_used, s.sessions, s.minutes, s.searches),
            (2, 2, 2, 2)
        );
        assert_eq!((s.quizzes_started, s.quizzes_completed), (2, 3));
        assert_eq!(s.average_score, Some(70));
        assert_eq!(s.top_articles, vec![("asean-day".to_string(), 2)]);
        assert_eq!(s.member_views, vec![("vn".to_string(), 2)]);
        assert_eq!(u.summary("2026-11-02", "2026-11-02").sessions, 1);
        assert_eq!(u.summary("2025-01-01", "2025-12-31"), Summary::default());
    }

    #[test]
    fn keeps_no_free_text_and_survives_damage() {
        let mut u = Usage::default();
        u.record(
            "2026-11-01",
            Event::ArticleOpened("Nguyễn Văn A typed this".into()),
        );
        u.record("not a day", Event::SessionStarted);
        u.record(
            "2026-11-01",
            Event::QuizStarted {
                pack: "x,y".into(),
                mode: "practice".into(),
            },
        );
        let d = &u.days["2026-11-01"];
        assert!(d.articles.is_empty() && d.quizzes.is_empty());
        assert_eq!(u.days.len(), 1);
        assert_eq!(Usage::from_json("{oops"), Usage::default());
        let back = Usage::from_json(r#"{"days":{"bad":{},"2026-01-02":{"sessions":3}}}"#);
        assert_eq!(back.days.len(), 1);
        assert_eq!(back.days["2026-01-02"].sessions, 3);
    }

    #[test]
    fn csv_has_one_row_per_thing_counted() {
        let mut u = Usage::default();
        u.record(
            "2026-11-01",
            Event::QuizStarted {
                pack: "flags".into(),
                mode: "exam".into(),
            },
        );
        u.record(
            "2026-11-01",
            Event::QuizCompleted {
                pack: "flags".into(),
                mode: "exam".into(),
                score_pct: 75,
            },
        );
        let csv = u.csv("2026-01-01", "2026-12-31");
        assert!(csv.starts_with("date,what,item,count,completed,average_score\r\n"));
        assert!(
            csv.contains("2026-11-01,quiz,flags/exam,1,1,75\r\n"),
            "{csv}"
        );
    }

    #[test]
    fn a_log_of_lines_counts_the_same_as_recording() {
        let events = [
            Event::SessionStarted,
            Event::MinuteInUse,
            Event::QuizStarted {
                pack: "flags".into(),
                mode: "exam".into(),
            },
            Event::QuizCompleted {
                pack: "flags".into(),
                mode: "exam".into(),
                score_pct: 75,
            },
            Event::ArticleOpened("asean-day".into()),
            Event::Search,
            Event::MemberViewed("vn".into()),
        ];
        let mut direct = Usage::default();
        let mut log = String::new();
        for e in events {
            log.push_str(&log_line("2026-11-02", &e).expect("a line"));
            direct.record("2026-11-02", e);
        }
        log.push_str("garbage\n2026-11-02 qc flags exam lots\n\n");
        let mut folded = Usage::default();
        folded.apply_log(&log);
        assert_eq!(folded, direct);
        assert_eq!(
            log_line("2026-11-02", &Event::ArticleOpened("Có dấu cách".into())),
            None
        );
    }

    #[test]
    fn old_days_are_dropped() {
        let mut u = Usage::default();
        for y in 2020..2024 {
            for m in 1..=12 {
                for d in 1..=28 {
                    u.record(&format!("{y}-{m:02}-{d:02}"), Event::Search);
                }
            }
        }
        assert_eq!(u.days.len(), DAYS_KEPT);
        assert!(u
            .days
            .keys()
            .next()
            .is_some_and(|d| d.as_str() > "2020-12-31"));
    }
}
