//! Calendar dates as the content files write them, checked for real.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A full ISO date, `YYYY-MM-DD`, that exists on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A date known to the year, the month or the day: `1967`, `1967-08`, `1967-08-08`.
/// Timeline events use it because some are only known to the month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// A yearly day, `MM-DD` (national days, ASEAN Day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    pub month: u8,
    pub day: u8,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn num<T: std::str::FromStr>(part: &str, len: usize) -> Option<T> {
    (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
        .then(|| part.parse().ok())
        .flatten()
}

impl Date {
    pub fn parse(s: &str) -> Result<Date, String> {
        let mut it = s.split('-');
        let (y, m, d) = (it.next(), it.next(), it.next());
        let parsed = match (y, m, d, it.next()) {
            (Some(y), Some(m), Some(d), None) => {
                num::<i32>(y, 4).zip(num::<u8>(m, 2)).zip(num::<u8>(d, 2))
            }
            _ => None,
        };
        let ((year, month), day) =
            parsed.ok_or_else(|| format!("`{s}` is not a date of the form YYYY-MM-DD"))?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(format!("`{s}` is not a day on the calendar"));
        }
        Ok(Date { year, month, day })
    }
}

impl PartialDate {
    pub fn parse(s: &str) -> Result<PartialDate, String> {
        match s.matches('-').count() {
            0 => num::<i32>(s, 4)
                .map(|year| PartialDate {
                    year,
                    month: None,
                    day: None,
                })
                .ok_or_else(|| format!("`{s}` is not a year of the form YYYY")),
            1 => {
                let (y, m) = s.split_once('-').unwrap_or_default();
                match (num::<i32>(y, 4), num::<u8>(m, 2)) {
                    (Some(year), Some(month)) if (1..=12).contains(&month) => Ok(PartialDate {
                        year,
                        month: Some(month),
                        day: None,
                    }),
                    _ => Err(format!("`{s}` is not a month of the form YYYY-MM")),
                }
            }
            _ => Date::parse(s).map(|d| PartialDate {
                year: d.year,
                month: Some(d.month),
                day: Some(d.day),
            }),
        }
    }
}

impl MonthDay {
    pub fn parse(s: &str) -> Result<MonthDay, String> {
        let bad = || format!("`{s}` is not a day of the year of the form MM-DD");
        let (m, d) = s.split_once('-').ok_or_else(bad)?;
        let (month, day) = num::<u8>(m, 2).zip(num::<u8>(d, 2)).ok_or_else(bad)?;
        // 2000 is a leap year, so 02-29 is accepted.
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(2000, month) {
            return Err(bad());
        }
        Ok(MonthDay { month, day })
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day of the year for people: `2 tháng 9` / `2 September`. (Calendar
/// words live here, beside the dates, rather than in the UI string tables:
/// the core formats dates for tests and exports too.)
fn day_month(day: u8, month: u8, lang: crate::core::lang::Lang) -> String {
    use crate::core::lang::Lang;
    let i = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::Vi => format!("{day} tháng {month}"),
        Lang::En => format!("{day} {}", MONTHS_EN[i]),
    }
}

impl Date {
    /// `28 tháng 7 năm 1995` / `28 July 1995`.
    pub fn long(&self, lang: crate::core::lang::Lang) -> String {
        use crate::core::lang::Lang;
        let dm = day_month(self.day, self.month, lang);
        match lang {
            Lang::Vi => format!("{dm} năm {}", self.year),
            Lang::En => format!("{dm} {}", self.year),
        }
    }
}

impl PartialDate {
    /// `8 tháng 8 năm 1967`, `tháng 8 năm 1967`, `1967` / `8 August 1967`,
    /// `August 1967`, `1967`: as precise as the date is known.
    pub fn long(&self, lang: crate::core::lang::Lang) -> String {
        use crate::core::lang::Lang;
        match (self.month, self.day) {
            (Some(month), Some(day)) => Date {
                year: self.year,
                month,
                day,
            }
            .long(lang),
            (Some(m), None) => match lang {
                Lang::Vi => format!("tháng {m} năm {}", self.year),
                Lang::En => format!(
                    "{} {}",
                    MONTHS_EN[usize::from(m.clamp(1, 12) - 1)],
                    self.year
                ),
            },
            _ => self.year.to_string(),
        }
    }
}

impl MonthDay {
    /// `2 tháng 9` / `2 September`.
    pub fn long(&self, lang: crate::core::lang::Lang) -> String {
        day_month(self.day, self.month, lang)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

macro_rules! string_serde {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                <$t>::parse(&s).map_err(de::Error::custom)
            }
        }
    };
}
string_serde!(Date);
string_serde!(PartialDate);
string_serde!(MonthDay);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_in_both_languages() {
        use crate::core::lang::Lang;
        let d = Date::parse("1995-07-28").expect("a date");
        assert_eq!(d.long(Lang::Vi), "28 tháng 7 năm 1995");
        assert_eq!(d.long(Lang::En), "28 July 1995");
        let md = MonthDay::parse("09-02").expect("a day");
        assert_eq!(md.long(Lang::Vi), "2 tháng 9");
        assert_eq!(md.long(Lang::En), "2 September");
    }

    #[test]
    fn real_dates_only() {
        assert!(Date::parse("2025-10-26").is_ok());
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2025-02-29").is_err());
        assert!(Date::parse("1967-8-8").is_err());
        assert!(Date::parse("1967-13-01").is_err());
        assert!(Date::parse("").is_err());
    }

    #[test]
    fn partial_dates_round_trip() {
        for s in ["1967", "1967-08", "1967-08-08"] {
            assert_eq!(
                PartialDate::parse(s).map(|d| d.to_string()),
                Ok(s.to_string())
            );
        }
        assert!(PartialDate::parse("1967-00").is_err());
        assert!(PartialDate::parse("67").is_err());
    }

    #[test]
    fn month_days() {
        assert_eq!(
            MonthDay::parse("09-02").map(|d| d.to_string()),
            Ok("09-02".into())
        );
        assert!(MonthDay::parse("02-30").is_err());
        assert!(MonthDay::parse("9-2").is_err());
    }
}
