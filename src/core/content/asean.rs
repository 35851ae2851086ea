//! `content/asean.json`: ASEAN itself — founding, symbols, Charter, Community,
//! visions, Secretariat, chairs and accessions.

use super::Pillar;
use crate::core::date::{Date, MonthDay};
use crate::core::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AseanFile {
    pub format: String,
    pub version: u32,
    pub name: Text,
    pub founding: Founding,
    pub motto: Text,
    pub asean_day: AseanDay,
    pub flag: AseanFlag,
    pub emblem: Emblem,
    pub charter: Charter,
    pub community: Community,
    pub visions: Vec<Vision>,
    pub secretariat: Secretariat,
    pub secretaries_general: Vec<SecretaryGeneral>,
    /// Yearly chairs and themes, 2015 onwards, in year order.
    pub chairs: Vec<Chair>,
    /// One entry per member, in date order.
    pub accessions: Vec<Accession>,
    pub sources: Vec<String>,
}
super::content_format!(AseanFile, "asean-kiosk/asean", 1);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Founding {
    pub document: Text,
    pub date: Date,
    pub place: Text,
    pub founders: Vec<Founder>,
    /// A short telling of the founding.
    pub story: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Founder {
    pub name: String,
    /// Member code.
    pub member: String,
    pub office: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AseanDay {
    pub date: MonthDay,
    pub text: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AseanFlag {
    /// `flags/asean.svg`.
    pub file: String,
    /// `2:3` (height:width).
    pub ratio: String,
    pub description: Text,
    pub colours: Vec<Colour>,
    pub symbolism: Text,
    pub copyright: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colour {
    pub name: Text,
    pub meaning: Text,
    /// The official specification, e.g. `Pantone 286`.
    pub spec: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emblem {
    pub description: Text,
    pub symbolism: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Charter {
    pub signed: Date,
    pub in_force: Date,
    pub place: Text,
    pub text: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Community {
    pub established: Date,
    pub text: Text,
    pub pillars: Vec<PillarInfo>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PillarInfo {
    pub id: Pillar,
    /// e.g. `APSC`.
    pub abbr: String,
    pub name: Text,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vision {
    pub id: String,
    pub title: Text,
    pub adopted: Date,
    pub text: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Secretariat {
    pub address: String,
    pub established: Date,
    pub text: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretaryGeneral {
    /// 1 for the first.
    pub number: u32,
    pub name: String,
    /// Member code.
    pub member: String,
    pub from: Date,
    /// Absent while in office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chair {
    pub year: i32,
    /// Member code.
    pub member: String,
    pub theme: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accession {
    /// Member code.
    pub member: String,
    pub date: Date,
    pub note: Text,
    pub sources: Vec<String>,
}
