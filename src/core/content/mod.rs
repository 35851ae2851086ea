//! Typed models of every content file under `public/content/`.
//!
//! The JSON format of each is documented in `docs/content-format.md`; each file
//! starts with a `format` name and a `version`, checked on load.

pub mod anthem;
pub mod article;
pub mod asean;
pub mod glossary;
pub mod map;
pub mod members;
pub mod sources;
pub mod timeline;
pub mod topics;

pub use anthem::{AnthemFile, AnthemTiming};
pub use article::{Article, ArticleIndex, Block};
pub use asean::AseanFile;
pub use glossary::GlossaryFile;
pub use map::MapFile;
pub use members::{Member, MemberCards, MemberNames, MembersFile};
pub use sources::SourcesFile;
pub use timeline::TimelineFile;
pub use topics::TopicsFile;

use serde::{Deserialize, Serialize};

/// The three pillars of the ASEAN Community (Roadmap 2009–2015 onwards).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pillar {
    /// ASEAN Political-Security Community (APSC).
    PoliticalSecurity,
    /// ASEAN Economic Community (AEC).
    Economic,
    /// ASEAN Socio-Cultural Community (ASCC).
    SocioCultural,
}

impl Pillar {
    pub const ALL: [Pillar; 3] = [
        Pillar::PoliticalSecurity,
        Pillar::Economic,
        Pillar::SocioCultural,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Pillar::PoliticalSecurity => "political-security",
            Pillar::Economic => "economic",
            Pillar::SocioCultural => "socio-cultural",
        }
    }
}

/// Lower-case ISO 3166-1 alpha-2 codes of the eleven member states, in the
/// order ASEAN lists them (alphabetical by English short name).
pub const MEMBER_CODES: [&str; 11] = [
    "bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "tl", "vn",
];

/// Every content file begins with these two fields so that a file put in the
/// wrong place, or written for a newer app, is named as such instead of
/// failing on some inner field.
pub trait ContentFormat {
    /// e.g. `asean-kiosk/members`.
    const FORMAT: &'static str;
    /// The highest `version` this build understands.
    const VERSION: u32;
    fn header(&self) -> (&str, u32);
}

macro_rules! content_format {
    ($t:ty, $name:literal, $version:literal) => {
        impl $crate::core::content::ContentFormat for $t {
            const FORMAT: &'static str = $name;
            const VERSION: u32 = $version;
            fn header(&self) -> (&str, u32) {
                (&self.format, self.version)
            }
        }
    };
}
pub(crate) use content_format;
