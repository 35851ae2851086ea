//! `content/members.json`: the eleven member states.

use crate::core::date::{Date, MonthDay};
use crate::core::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembersFile {
    pub format: String,
    pub version: u32,
    pub members: Vec<Member>,
}
super::content_format!(MembersFile, "asean-kiosk/members", 1);

/// Only the codes and names from `content/members.json`, for screens that
/// need nothing else (the contest's map questions and reviews): a much
/// smaller parser in their download. The file is still checked whole by
/// [`MembersFile`] in the tests and in `/admin`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MemberNames {
    pub format: String,
    pub version: u32,
    pub members: Vec<MemberName>,
}
super::content_format!(MemberNames, "asean-kiosk/members", 1);

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MemberName {
    pub code: String,
    pub name: Text,
}

/// The members as the kiosk's attract loop shows them — name, flag, "did
/// you know" facts — read from `content/members.json` with the same
/// economy as [`MemberNames`].
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MemberCards {
    pub format: String,
    pub version: u32,
    pub members: Vec<MemberCard>,
}
super::content_format!(MemberCards, "asean-kiosk/members", 1);

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MemberCard {
    pub code: String,
    pub name: Text,
    pub flag: FlagPicture,
    pub facts: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct FlagPicture {
    pub file: String,
    /// `H:W`.
    pub ratio: String,
}

impl MemberNames {
    /// The member's short name, or its code in capitals if it is unknown.
    pub fn name(&self, code: &str, lang: crate::core::lang::Lang) -> String {
        self.members
            .iter()
            .find(|m| m.code == code)
            .map(|m| m.name.get(lang).to_string())
            .unwrap_or_else(|| code.to_ascii_uppercase())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Lower-case ISO 3166-1 alpha-2 code: bn, kh, id, la, my, mm, ph, sg, th, tl, vn.
    pub code: String,
    /// Short name, e.g. {"vi": "Việt Nam", "en": "Viet Nam"}.
    pub name: Text,
    pub official_name: Text,
    pub capital: Text,
    /// Date of joining ASEAN (founders: 1967-08-08).
    pub joined: Date,
    pub national_day: NationalDay,
    /// Official languages.
    pub languages: Vec<Text>,
    pub currency: Currency,
    pub population: Population,
    pub area_km2: u64,
    pub anthem: NationalAnthem,
    pub flag: Flag,
    /// "Did you know" facts, 5 to 10.
    pub facts: Vec<Text>,
    /// Places to visit, at least 3.
    pub places: Vec<Place>,
    /// Source ids (see sources.json) for the record as a whole.
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalDay {
    /// `MM-DD`.
    pub date: MonthDay,
    /// What the day marks.
    pub marks: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    /// ISO 4217 code, three capital letters.
    pub code: String,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Population {
    /// Millions of people, as the source gives it.
    pub millions: f64,
    /// The year the figure is for.
    pub year: i32,
    /// Source id.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalAnthem {
    /// Title in the national language and script.
    pub title_native: String,
    /// What the title means.
    pub meaning: Text,
    pub music: String,
    pub lyrics: String,
    /// Adoption, only where the sources agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<Text>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    /// Path under the app root, e.g. `flags/vn.svg`.
    pub file: String,
    /// Official proportion height:width, e.g. `2:3`. Must equal the SVG's viewBox ratio.
    pub ratio: String,
    /// Short description of the design.
    pub description: Text,
    pub colours: Vec<Text>,
    pub symbolism: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub name: Text,
    /// One line on why to go.
    pub text: Text,
    /// On the UNESCO World Heritage List.
    #[serde(default)]
    pub unesco: bool,
    pub sources: Vec<String>,
}

/// Parses a `H:W` ratio into (height, width).
pub fn parse_ratio(s: &str) -> Option<(u32, u32)> {
    let (h, w) = s.split_once(':')?;
    let (h, w) = (h.trim().parse().ok()?, w.trim().parse().ok()?);
    (h > 0 && w > 0).then_some((h, w))
}

impl MembersFile {
    pub fn get(&self, code: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.code == code)
    }
}
