//! Reading an [`Answer`] from JSON without serde's internally-tagged enum
//! support, which buffers every answer into an intermediate tree: that
//! machinery made the pack parser ~16 kB (brotli) of wasm. Here the answer
//! object is read once into a flat struct of optional fields and then checked
//! per type, with the same rules (required fields, no foreign fields) and the
//! same error wording serde uses, so errors still name the field.

use super::pack::{Accepted, Answer, Media, Pair};
use crate::core::lang::Text;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

#[derive(Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Single,
    Multiple,
    TrueFalse,
    Typed,
    Ordering,
    Matching,
    Image,
    Map,
    Numeric,
    Audio,
}

/// One option: a text `{vi, en}` or a picture `{src, alt}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    vi: Option<String>,
    en: Option<String>,
    src: Option<String>,
    alt: Option<Text>,
}

/// `correct` is an index, a list of indices, a boolean or a member code,
/// depending on the type.
enum Correct {
    Index(usize),
    Indices(Vec<usize>),
    Bool(bool),
    Code(String),
}

impl<'de> Deserialize<'de> for Correct {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Correct;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option index, a list of indices, true/false or a member code")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Correct, E> {
                usize::try_from(v)
                    .map(Correct::Index)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Correct, E> {
                Ok(Correct::Bool(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Correct, E> {
                Ok(Correct::Code(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Correct, A::Error> {
                let mut v = Vec::new();
                while let Some(i) = seq.next_element::<usize>()? {
                    v.push(i);
                }
                Ok(Correct::Indices(v))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(rename = "type")]
    kind: Kind,
    options: Option<Vec<RawOption>>,
    correct: Option<Correct>,
    accepted: Option<Accepted>,
    fold_diacritics: Option<bool>,
    items: Option<Vec<Text>>,
    pairs: Option<Vec<Pair>>,
    value: Option<f64>,
    tolerance: Option<f64>,
    unit: Option<Text>,
    clip: Option<String>,
}

fn missing(name: &str) -> String {
    format!("missing field `{name}`")
}

fn wrong(name: &str, expected: &str) -> String {
    format!("invalid type: field `{name}`, expected {expected}")
}

impl Raw {
    /// The fields this answer has, by name, for the "no foreign fields" rule.
    fn present(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        let mut add = |some: bool, name| {
            if some {
                v.push(name)
            }
        };
        add(self.options.is_some(), "options");
        add(self.correct.is_some(), "correct");
        add(self.accepted.is_some(), "accepted");
        add(self.fold_diacritics.is_some(), "fold_diacritics");
        add(self.items.is_some(), "items");
        add(self.pairs.is_some(), "pairs");
        add(self.value.is_some(), "value");
        add(self.tolerance.is_some(), "tolerance");
        add(self.unit.is_some(), "unit");
        add(self.clip.is_some(), "clip");
        v
    }

    fn texts(options: Vec<RawOption>) -> Result<Vec<Text>, String> {
        options
            .into_iter()
            .map(|o| match (o.vi, o.en, o.src, o.alt) {
                (Some(vi), Some(en), None, None) => Ok(Text { vi, en }),
                (_, _, Some(_), _) => Err("unknown field `src`".to_string()),
                (_, _, _, Some(_)) => Err("unknown field `alt`".to_string()),
                (None, _, _, _) => Err(missing("vi")),
                (_, None, _, _) => Err(missing("en")),
            })
            .collect()
    }

    fn pictures(options: Vec<RawOption>) -> Result<Vec<Media>, String> {
        options
            .into_iter()
            .map(|o| match (o.src, o.alt, o.vi, o.en) {
                (Some(src), Some(alt), None, None) => Ok(Media { src, alt }),
                (_, _, Some(_), _) => Err("unknown field `vi`".to_string()),
                (_, _, _, Some(_)) => Err("unknown field `en`".to_string()),
                (None, _, _, _) => Err(missing("src")),
                (_, None, _, _) => Err(missing("alt")),
            })
            .collect()
    }

    fn into_answer(self) -> Result<Answer, String> {
        let allowed: &[&str] = match self.kind {
            Kind::Single | Kind::Multiple | Kind::Image => &["options", "correct"],
            Kind::TrueFalse | Kind::Map => &["correct"],
            Kind::Typed => &["accepted", "fold_diacritics"],
            Kind::Ordering => &["items"],
            Kind::Matching => &["pairs"],
            Kind::Numeric => &["value", "tolerance", "unit"],
            Kind::Audio => &["clip", "options", "correct"],
        };
        if let Some(extra) = self.present().into_iter().find(|f| !allowed.contains(f)) {
            return Err(format!("unknown field `{extra}`"));
        }
        let correct = self.correct;
        let index = |c: Option<Correct>| match c {
            Some(Correct::Index(i)) => Ok(i),
            Some(_) => Err(wrong("correct", "an option index")),
            None => Err(missing("correct")),
        };
        Ok(match self.kind {
            Kind::Single => Answer::Single {
                options: Self::texts(self.options.ok_or_else(|| missing("options"))?)?,
                correct: index(correct)?,
            },
            Kind::Audio => Answer::Audio {
                clip: self.clip.ok_or_else(|| missing("clip"))?,
                options: Self::texts(self.options.ok_or_else(|| missing("options"))?)?,
                correct: index(correct)?,
            },
            Kind::Image => Answer::Image {
                options: Self::pictures(self.options.ok_or_else(|| missing("options"))?)?,
                correct: index(correct)?,
            },
            Kind::Multiple => Answer::Multiple {
                options: Self::texts(self.options.ok_or_else(|| missing("options"))?)?,
                correct: match correct {
                    Some(Correct::Indices(v)) => v,
                    Some(_) => return Err(wrong("correct", "a list of option indices")),
                    None => return Err(missing("correct")),
                },
            },
            Kind::TrueFalse => Answer::TrueFalse {
                correct: match correct {
                    Some(Correct::Bool(b)) => b,
                    Some(_) => return Err(wrong("correct", "true or false")),
                    None => return Err(missing("correct")),
                },
            },
            Kind::Map => Answer::Map {
                correct: match correct {
                    Some(Correct::Code(c)) => c,
                    Some(_) => return Err(wrong("correct", "a member code")),
                    None => return Err(missing("correct")),
                },
            },
            Kind::Typed => Answer::Typed {
                accepted: self.accepted.ok_or_else(|| missing("accepted"))?,
                fold_diacritics: self.fold_diacritics.unwrap_or(true),
            },
            Kind::Ordering => Answer::Ordering {
                items: self.items.ok_or_else(|| missing("items"))?,
            },
            Kind::Matching => Answer::Matching {
                pairs: self.pairs.ok_or_else(|| missing("pairs"))?,
            },
            Kind::Numeric => Answer::Numeric {
                value: self.value.ok_or_else(|| missing("value"))?,
                tolerance: self.tolerance.unwrap_or(0.0),
                unit: self.unit,
            },
        })
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Raw::deserialize(d)?
            .into_answer()
            .map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<Answer, String> {
        serde_json::from_str::<Answer>(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_every_type() {
        let t = r#"{"vi": "a", "en": "a"}"#;
        let cases = [
            format!(r#"{{"type": "single", "options": [{t}, {t}], "correct": 1}}"#),
            format!(r#"{{"type": "multiple", "options": [{t}, {t}, {t}], "correct": [0, 2]}}"#),
            r#"{"type": "true_false", "correct": false}"#.to_string(),
            r#"{"type": "typed", "accepted": {"vi": ["Hà Nội"], "en": ["Hanoi"]}}"#.to_string(),
            format!(r#"{{"type": "ordering", "items": [{t}, {t}, {t}]}}"#),
            format!(r#"{{"type": "matching", "pairs": [{{"left": {t}, "right": {t}}}]}}"#),
            format!(
                r#"{{"type": "image", "options": [{{"src": "flags/vn.svg", "alt": {t}}}], "correct": 0}}"#
            ),
            r#"{"type": "map", "correct": "la"}"#.to_string(),
            r#"{"type": "numeric", "value": 1967}"#.to_string(),
            format!(r#"{{"type": "audio", "clip": "a.ogg", "options": [{t}, {t}], "correct": 0}}"#),
        ];
        for (json, name) in cases.iter().zip(Answer::TYPES) {
            let a = parse(json).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(a.type_name(), name);
        }
        assert_eq!(
            parse(r#"{"type": "typed", "accepted": {"vi": ["x"], "en": ["x"]}}"#),
            Ok(Answer::Typed {
                accepted: Accepted {
                    vi: vec!["x".into()],
                    en: vec!["x".into()]
                },
                fold_diacritics: true
            }),
            "fold_diacritics defaults to true"
        );
    }

    #[test]
    fn errors_use_serde_wording_so_the_panel_can_explain_them() {
        let e = parse(r#"{"type": "single", "correct": 0}"#).unwrap_err();
        assert!(e.starts_with("missing field `options`"), "{e}");
        let e = parse(r#"{"type": "true_false", "correct": true, "options": []}"#).unwrap_err();
        assert!(e.starts_with("unknown field `options`"), "{e}");
        let e = parse(r#"{"type": "essay"}"#).unwrap_err();
        assert!(e.starts_with("unknown variant `essay`"), "{e}");
        let e = parse(r#"{"type": "map", "correct": 3}"#).unwrap_err();
        assert!(e.contains("member code"), "{e}");
        let e = parse(r#"{"type": "single", "options": [{"src": "x.svg", "alt": {"vi": "a", "en": "a"}}], "correct": 0}"#).unwrap_err();
        assert!(e.starts_with("unknown field `src`"), "{e}");
        assert!(parse(r#"{"type": "single", "options": [], "correct": -1}"#).is_err());
        assert!(parse(r#"{"correct": 1}"#).is_err(), "type is required");
    }
}
