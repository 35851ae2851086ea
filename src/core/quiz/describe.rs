//! Answers and responses as words, for feedback and the results review
//! ("Your answer: … · Right answer: …") and for reading a typed number.
//!
//! ```
//! use asean_kiosk::core::quiz::describe::parse_number;
//! assert_eq!(parse_number("1 967"), Some(1967.0));
//! assert_eq!(parse_number("3,5"), Some(3.5));
//! assert_eq!(parse_number("abc"), None);
//! ```

use super::mark::Response;
use super::pack::Answer;
use crate::core::lang::Lang;

/// Words the describer needs from the UI's language table.
pub struct Words<'a> {
    pub true_word: &'a str,
    pub false_word: &'a str,
    /// A member's name from its code (the map answers).
    pub member: Box<dyn Fn(&str) -> String + 'a>,
}

/// Reads a number as pupils type it: spaces and thin spaces ignored, a
/// comma or a dot as the decimal mark (Vietnamese writes `3,5`), and a dot or
/// comma between groups of three digits read as a thousands separator
/// (`1.967`, `1,967`). Not a number: `None`.
pub fn parse_number(raw: &str) -> Option<f64> {
    let s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
        .collect();
    if s.is_empty() {
        return None;
    }
    let (sign, digits) = match s.strip_prefix(['-', '−']) {
        Some(rest) => (-1.0, rest),
        None => (1.0, s.strip_prefix('+').unwrap_or(&s)),
    };
    if !digits
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let seps: Vec<usize> = digits
        .char_indices()
        .filter(|(_, c)| *c == '.' || *c == ',')
        .map(|(i, _)| i)
        .collect();
    // Thousands groups: every separator followed by exactly three digits,
    // all separators the same, and the first group 1–3 digits long.
    let grouped = !seps.is_empty()
        && seps.first().is_some_and(|&f| (1..=3).contains(&f))
        && digits.split(['.', ',']).skip(1).all(|g| g.len() == 3)
        && seps
            .iter()
            .all(|&i| digits.as_bytes()[i] == digits.as_bytes()[seps[0]])
        && (seps.len() > 1 || digits.len() - seps[0] - 1 == 3 && digits.as_bytes()[0] != b'0');
    let plain: String = if grouped {
        digits.chars().filter(char::is_ascii_digit).collect()
    } else if seps.len() == 1 {
        digits.replace(',', ".")
    } else if seps.is_empty() {
        digits.to_string()
    } else {
        return None;
    };
    let n: f64 = plain.parse().ok()?;
    n.is_finite().then_some(sign * n)
}

/// A number for people: no trailing `.0`, at most 3 decimals, the
/// language's decimal mark.
pub fn format_number(n: f64, lang: Lang) -> String {
    // Integer arithmetic rather than float formatting: the browser download
    // is smaller without the float printer.
    let milli = (n * 1000.0).round() as i64;
    let (whole, frac) = (milli.unsigned_abs() / 1000, milli.unsigned_abs() % 1000);
    let sign = if milli < 0 { "-" } else { "" };
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let mut f = format!("{frac:03}");
    while f.ends_with('0') {
        f.pop();
    }
    let mark = match lang {
        Lang::Vi => ',',
        Lang::En => '.',
    };
    format!("{sign}{whole}{mark}{f}")
}

/// A whole number with the language's thousands separator:
/// `331.212` (vi), `331,212` (en).
pub fn format_integer(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn numeric(value: f64, unit: Option<&crate::core::lang::Text>, lang: Lang) -> String {
    let n = format_number(value, lang);
    match unit {
        Some(u) if !u.get(lang).is_empty() => format!("{n} {}", u.get(lang)),
        _ => n,
    }
}

/// The right answer in words.
pub fn answer_text(answer: &Answer, lang: Lang, w: &Words) -> String {
    match answer {
        Answer::Single {
            options, correct, ..
        }
        | Answer::Audio {
            options, correct, ..
        } => options
            .get(*correct)
            .map_or(String::new(), |o| o.get(lang).into()),
        Answer::Image { options, correct } => options
            .get(*correct)
            .map_or(String::new(), |o| o.alt.get(lang).into()),
        Answer::Multiple { options, correct } => correct
            .iter()
            .filter_map(|&i| options.get(i))
            .map(|o| o.get(lang))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::TrueFalse { correct } => (if *correct { w.true_word } else { w.false_word }).into(),
        Answer::Typed { accepted, .. } => accepted.get(lang).first().cloned().unwrap_or_default(),
        Answer::Ordering { items } => items
            .iter()
            .map(|t| t.get(lang))
            .collect::<Vec<_>>()
            .join(" → "),
        Answer::Matching { pairs } => pairs
            .iter()
            .map(|p| format!("{} – {}", p.left.get(lang), p.right.get(lang)))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Map { correct } => (w.member)(correct),
        Answer::Numeric {
            value,
            tolerance,
            unit,
        } => {
            let v = numeric(*value, unit.as_ref(), lang);
            if *tolerance > 0.0 {
                format!("{v} (± {})", format_number(*tolerance, lang))
            } else {
                v
            }
        }
    }
}

/// What the player gave, in words. A response that does not fit the
/// question (a changed pack) shows as nothing rather than failing.
pub fn response_text(answer: &Answer, response: &Response, lang: Lang, w: &Words) -> String {
    let option = |i: usize| -> String {
        match answer {
            Answer::Single { options, .. }
            | Answer::Multiple { options, .. }
            | Answer::Audio { options, .. } => {
                options.get(i).map_or(String::new(), |o| o.get(lang).into())
            }
            Answer::Image { options, .. } => options
                .get(i)
                .map_or(String::new(), |o| o.alt.get(lang).into()),
            Answer::Ordering { items } => {
                items.get(i).map_or(String::new(), |o| o.get(lang).into())
            }
            _ => String::new(),
        }
    };
    match response {
        Response::Choice(i) => option(*i),
        Response::Choices(v) | Response::Order(v) => {
            let sep = if matches!(response, Response::Order(_)) {
                " → "
            } else {
                "; "
            };
            v.iter().map(|&i| option(i)).collect::<Vec<_>>().join(sep)
        }
        Response::Bool(b) => (if *b { w.true_word } else { w.false_word }).into(),
        Response::Text(t) => t.clone(),
        Response::Pairs(v) => match answer {
            Answer::Matching { pairs } => pairs
                .iter()
                .zip(v)
                .map(|(p, &r)| {
                    let right = pairs.get(r).map_or("", |q| q.right.get(lang));
                    format!("{} – {}", p.left.get(lang), right)
                })
                .collect::<Vec<_>>()
                .join("; "),
            _ => String::new(),
        },
        Response::Member(code) => (w.member)(code),
        Response::Number(n) => match answer {
            Answer::Numeric { unit, .. } => numeric(*n, unit.as_ref(), lang),
            _ => format_number(*n, lang),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Text;
    use crate::core::quiz::pack::Pair;

    fn words() -> Words<'static> {
        Words {
            true_word: "True",
            false_word: "False",
            member: Box::new(|c: &str| c.to_uppercase()),
        }
    }

    #[test]
    fn reads_numbers_as_pupils_type_them() {
        for (s, want) in [
            ("1967", Some(1967.0)),
            (" 1967 ", Some(1967.0)),
            ("1 967", Some(1967.0)),
            ("1.967", Some(1967.0)),
            ("1,967", Some(1967.0)),
            ("676.578", Some(676578.0)),
            ("4.500.000", Some(4_500_000.0)),
            ("3,5", Some(3.5)),
            ("3.5", Some(3.5)),
            ("0,125", Some(0.125)),
            ("-12", Some(-12.0)),
            ("+7", Some(7.0)),
            ("", None),
            ("abc", None),
            ("1.2.3", None),
            ("1,2.3", None),
            ("12e5", None),
            ("NaN", None),
            ("1,23,456", None),
        ] {
            assert_eq!(parse_number(s), want, "{s:?}");
        }
    }

    #[test]
    fn groups_thousands_per_language() {
        assert_eq!(format_integer(331_212, Lang::Vi), "331.212");
        assert_eq!(format_integer(1_904_569, Lang::En), "1,904,569");
        assert_eq!(format_integer(719, Lang::En), "719");
    }

    #[test]
    fn formats_numbers_per_language() {
        assert_eq!(format_number(1967.0, Lang::En), "1967");
        assert_eq!(format_number(3.5, Lang::Vi), "3,5");
        assert_eq!(format_number(0.125, Lang::En), "0.125");
        assert_eq!(format_number(-2.5, Lang::En), "-2.5");
        assert_eq!(format_number(1.0005, Lang::En), "1.001");
    }

    #[test]
    fn describes_answers_and_responses() {
        let w = words();
        let tf = Answer::TrueFalse { correct: false };
        assert_eq!(answer_text(&tf, Lang::En, &w), "False");
        assert_eq!(
            response_text(&tf, &Response::Bool(true), Lang::En, &w),
            "True"
        );
        let order = Answer::Ordering {
            items: vec![Text::new("a", "A"), Text::new("b", "B")],
        };
        assert_eq!(answer_text(&order, Lang::En, &w), "A → B");
        assert_eq!(
            response_text(&order, &Response::Order(vec![1, 0]), Lang::Vi, &w),
            "b → a"
        );
        let pairs = Answer::Matching {
            pairs: vec![
                Pair {
                    left: Text::new("x", "X"),
                    right: Text::new("1", "1"),
                },
                Pair {
                    left: Text::new("y", "Y"),
                    right: Text::new("2", "2"),
                },
            ],
        };
        assert_eq!(
            response_text(&pairs, &Response::Pairs(vec![1, 0]), Lang::En, &w),
            "X – 2; Y – 1"
        );
        let map = Answer::Map {
            correct: "la".into(),
        };
        assert_eq!(answer_text(&map, Lang::En, &w), "LA");
        let num = Answer::Numeric {
            value: 99.0,
            tolerance: 0.0,
            unit: Some(Text::new("bài", "finalists")),
        };
        assert_eq!(answer_text(&num, Lang::En, &w), "99 finalists");
        assert_eq!(
            response_text(&num, &Response::Number(98.5), Lang::Vi, &w),
            "98,5 bài"
        );
        // A response of the wrong kind (or out of range) is shown as nothing.
        assert_eq!(
            response_text(&order, &Response::Pairs(vec![0]), Lang::En, &w),
            ""
        );
        assert_eq!(
            response_text(&order, &Response::Choice(9), Lang::En, &w),
            ""
        );
    }
}
