//! Browsing the Corner: filtering articles and timeline events by topic,
//! member and pillar, "recently updated", related articles, and the quiz to
//! offer after an article.
//!
//! ```
//! use asean_kiosk::core::corner::Filter;
//! let f = Filter::parse(Some("history"), Some("vn"), Some("economic"));
//! assert_eq!(f.topic.as_deref(), Some("history"));
//! assert_eq!(f.query(), "?topic=history&member=vn&pillar=economic");
//! assert_eq!(Filter::parse(None, Some("../x"), Some("nope")), Filter::default());
//! ```

use crate::core::content::article::ArticleMeta;
use crate::core::content::timeline::Event;
use crate::core::content::{Pillar, MEMBER_CODES};
use crate::core::quiz::PackMeta;

/// What the visitor narrowed the list to; `None` is "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub topic: Option<String>,
    pub member: Option<String>,
    pub pillar: Option<Pillar>,
}

impl Filter {
    /// From the page's query parameters; unknown values are ignored.
    pub fn parse(topic: Option<&str>, member: Option<&str>, pillar: Option<&str>) -> Filter {
        let id = |s: &str| {
            !s.is_empty()
                && s.len() <= 60
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        Filter {
            topic: topic.filter(|t| id(t)).map(str::to_string),
            member: member
                .filter(|m| MEMBER_CODES.contains(m))
                .map(str::to_string),
            pillar: pillar.and_then(|p| Pillar::ALL.into_iter().find(|x| x.id() == p)),
        }
    }

    /// The query string that reproduces this filter (empty for none).
    pub fn query(&self) -> String {
        let parts: Vec<String> = [
            self.topic.as_ref().map(|t| format!("topic={t}")),
            self.member.as_ref().map(|m| format!("member={m}")),
            self.pillar.map(|p| format!("pillar={}", p.id())),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    fn keeps(&self, topics: &[String], members: &[String], pillar: Option<Pillar>) -> bool {
        self.topic.as_ref().is_none_or(|t| topics.contains(t))
            && self.member.as_ref().is_none_or(|m| members.contains(m))
            && self.pillar.is_none_or(|p| pillar == Some(p))
    }

    pub fn article(&self, a: &ArticleMeta) -> bool {
        self.keeps(&a.topics, &a.members, a.pillar)
    }

    pub fn event(&self, e: &Event) -> bool {
        self.keeps(&e.topics, &e.members, e.pillar)
    }
}

/// The `n` most recently updated articles, newest first.
pub fn recently_updated(articles: &[ArticleMeta], n: usize) -> Vec<&ArticleMeta> {
    let mut v: Vec<&ArticleMeta> = articles.iter().collect();
    v.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.id.cmp(&b.id)));
    v.truncate(n);
    v
}

/// Up to `n` other articles sharing the most topics (and then members) with
/// the article `id`, best first; none that share nothing.
pub fn related<'a>(articles: &'a [ArticleMeta], id: &str, n: usize) -> Vec<&'a ArticleMeta> {
    let Some(this) = articles.iter().find(|a| a.id == id) else {
        return Vec::new();
    };
    let shared = |a: &[String], b: &[String]| a.iter().filter(|x| b.contains(x)).count();
    let mut scored: Vec<(usize, &ArticleMeta)> = articles
        .iter()
        .filter(|a| a.id != id)
        .map(|a| {
            let score = 2 * shared(&a.topics, &this.topics) + shared(&a.members, &this.members);
            (score, a)
        })
        .filter(|(s, _)| *s > 0)
        .collect();
    scored.sort_by(|x, y| {
        y.0.cmp(&x.0)
            .then(y.1.updated.cmp(&x.1.updated))
            .then(x.1.id.cmp(&y.1.id))
    });
    scored.into_iter().take(n).map(|(_, a)| a).collect()
}

/// The quiz pack that best matches an article's topics and members: a pack
/// about one of its members first, then the most shared topics.
pub fn quiz_for<'a>(
    packs: &'a [PackMeta],
    topics: &[String],
    members: &[String],
) -> Option<&'a PackMeta> {
    packs
        .iter()
        .map(|p| {
            let member = p.member.as_ref().is_some_and(|m| members.contains(m));
            let topics = p.topics.iter().filter(|t| topics.contains(t)).count();
            // A single-member article's member pack beats topic overlap.
            let score =
                usize::from(member && members.len() == 1) * 100 + topics * 2 + usize::from(member);
            (score, p)
        })
        .filter(|(s, _)| *s > 0)
        .max_by(|x, y| x.0.cmp(&y.0).then(y.1.id.cmp(&x.1.id)))
        .map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::core::lang::Text;

    fn meta(id: &str, topics: &[&str], members: &[&str], updated: &str) -> ArticleMeta {
        ArticleMeta {
            id: id.into(),
            title: Text::new(id, id),
            summary: Text::new(id, id),
            topics: topics.iter().map(|s| s.to_string()).collect(),
            members: members.iter().map(|s| s.to_string()).collect(),
            pillar: None,
            reading_minutes: 2,
            updated: Date::parse(updated).expect("date"),
        }
    }

    fn ids(v: &[&ArticleMeta]) -> Vec<String> {
        v.iter().map(|a| a.id.clone()).collect()
    }

    #[test]
    fn filters_by_topic_member_and_pillar() {
        let a = meta("a", &["history"], &["vn"], "2025-01-01");
        assert!(Filter::default().article(&a));
        assert!(Filter::parse(Some("history"), Some("vn"), None).article(&a));
        assert!(!Filter::parse(Some("culture"), None, None).article(&a));
        assert!(!Filter::parse(None, Some("th"), None).article(&a));
        assert!(!Filter::parse(None, None, Some("economic")).article(&a));
    }

    #[test]
    fn newest_first_and_related_by_shared_topics() {
        let all = vec![
            meta("old", &["history"], &[], "2024-01-01"),
            meta("new", &["culture"], &["vn"], "2026-01-01"),
            meta("mid", &["history", "culture"], &["vn"], "2025-06-01"),
            meta("none", &["tourism"], &[], "2025-01-01"),
        ];
        assert_eq!(ids(&recently_updated(&all, 2)), ["new", "mid"]);
        assert_eq!(ids(&related(&all, "new", 5)), ["mid"]);
        assert_eq!(ids(&related(&all, "mid", 5)), ["new", "old"]);
        assert!(related(&all, "none", 5).is_empty());
        assert!(related(&all, "missing", 5).is_empty());
    }
}
