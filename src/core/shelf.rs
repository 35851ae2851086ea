//! A visitor's bookmarks and reading history in the Corner: what they saved
//! and what they read, newest first. Kept in the browser's storage on a
//! phone; wiped with the rest of a visitor's session on a kiosk.
//!
//! ```
//! use asean_kiosk::core::shelf::{Saved, Shelf};
//! use asean_kiosk::core::lang::Text;
//! let mut shelf = Shelf::default();
//! let a = Saved { id: "hue".into(), title: Text::new("Huế", "Huế") };
//! assert!(shelf.toggle_bookmark(a.clone()));
//! let back = Shelf::from_json(&shelf.to_json());
//! assert!(back.is_bookmarked("hue"));
//! assert_eq!(Shelf::from_json("{broken"), Shelf::default());
//! ```

use crate::core::lang::Text;
use serde::{Deserialize, Serialize};

/// Most articles kept in the history; the oldest go first.
pub const HISTORY_MAX: usize = 30;
/// Most bookmarks kept (a guard against a damaged or hostile value).
pub const BOOKMARKS_MAX: usize = 200;

/// An article as remembered: its id and its title in both languages, so the
/// list reads in the current language without loading every article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub id: String,
    pub title: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Shelf {
    /// Newest first.
    pub bookmarks: Vec<Saved>,
    /// Newest first, each article once.
    pub history: Vec<Saved>,
}

/// Article ids are kebab-case; anything else in a stored value is dropped.
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn clean(list: &mut Vec<Saved>, max: usize) {
    let mut seen = std::collections::HashSet::new();
    list.retain(|s| is_id(&s.id) && seen.insert(s.id.clone()));
    list.truncate(max);
}

impl Shelf {
    /// Reads a stored shelf; anything unreadable gives an empty one, damaged
    /// entries are dropped and the rest kept.
    pub fn from_json(s: &str) -> Shelf {
        let mut shelf: Shelf = serde_json::from_str(s).unwrap_or_default();
        clean(&mut shelf.bookmarks, BOOKMARKS_MAX);
        clean(&mut shelf.history, HISTORY_MAX);
        shelf
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.bookmarks.iter().any(|s| s.id == id)
    }

    /// Adds the article to the bookmarks, or removes it if it was there.
    /// Returns whether it is bookmarked now.
    pub fn toggle_bookmark(&mut self, saved: Saved) -> bool {
        if self.is_bookmarked(&saved.id) {
            self.bookmarks.retain(|s| s.id != saved.id);
            false
        } else if is_id(&saved.id) {
            self.bookmarks.insert(0, saved);
            self.bookmarks.truncate(BOOKMARKS_MAX);
            true
        } else {
            false
        }
    }

    /// Records that the article was opened: to the front of the history.
    pub fn visit(&mut self, saved: Saved) {
        if !is_id(&saved.id) {
            return;
        }
        self.history.retain(|s| s.id != saved.id);
        self.history.insert(0, saved);
        self.history.truncate(HISTORY_MAX);
    }

    pub fn is_empty(&self) -> bool {
        self.bookmarks.is_empty() && self.history.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(id: &str) -> Saved {
        Saved {
            id: id.into(),
            title: Text::new(id, id),
        }
    }

    #[test]
    fn bookmarks_toggle_newest_first() {
        let mut s = Shelf::default();
        assert!(s.toggle_bookmark(saved("a")));
        assert!(s.toggle_bookmark(saved("b")));
        let ids: Vec<&str> = s.bookmarks.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
        assert!(!s.toggle_bookmark(saved("a")));
        assert!(!s.is_bookmarked("a"));
        assert!(!s.toggle_bookmark(saved("../evil")), "bad ids are refused");
    }

    #[test]
    fn history_moves_a_reread_article_to_the_front_and_is_capped() {
        let mut s = Shelf::default();
        for i in 0..(HISTORY_MAX + 5) {
            s.visit(saved(&format!("a{i}")));
        }
        assert_eq!(s.history.len(), HISTORY_MAX);
        s.visit(saved("a10"));
        assert_eq!(s.history[0].id, "a10");
        assert_eq!(s.history.iter().filter(|x| x.id == "a10").count(), 1);
    }

    #[test]
    fn a_damaged_value_keeps_what_it_can() {
        let s = Shelf::from_json(
            r#"{"bookmarks":[{"id":"ok","title":{"vi":"x","en":"x"}},{"id":"BAD id","title":{"vi":"","en":""}},{"id":"ok","title":{"vi":"y","en":"y"}}],"history":"nope"}"#,
        );
        // `history` of the wrong type spoils the whole value for serde:
        // nothing is kept rather than something wrong.
        assert_eq!(s, Shelf::default());
        let s = Shelf::from_json(
            r#"{"bookmarks":[{"id":"ok","title":{"vi":"x","en":"x"}},{"id":"BAD id","title":{"vi":"","en":""}},{"id":"ok","title":{"vi":"y","en":"y"}}]}"#,
        );
        let ids: Vec<&str> = s.bookmarks.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["ok"]);
        assert!(s.history.is_empty());
    }
}
