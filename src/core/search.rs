//! Full-text search for the Corner, as you type: diacritics-insensitive
//! (`hue` finds `Huế`, `dong nam a` finds `Đông Nam Á`), prefix matching on
//! the last word, BM25 ranking with a title boost, and snippets with the
//! matched words marked. Text in scripts written without spaces (Thai, Lao,
//! Khmer, Burmese) is indexed as whole runs: found whole, never a crash.
//!
//! ```
//! use asean_kiosk::core::search::{Doc, Index};
//! let index = Index::build(vec![
//!     Doc { id: "a".into(), title: "Huế".into(), body: "Thành phố Văn hóa ASEAN".into() },
//! ]);
//! assert_eq!(index.search("hue", 10)[0].id, "a");
//! ```

use crate::core::text::normalise;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;

/// Something to find: an article, a member, an event, a glossary term — in
/// one language (build one index per language).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    /// e.g. `article:founding-of-asean`, `member:vn`.
    pub id: String,
    pub title: String,
    pub body: String,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct Posting {
    doc: u32,
    /// Occurrences in the body.
    tf: u16,
    /// Occurrences in the title.
    title_tf: u16,
}

/// The inverted index. (Serialisable only so that `make bench` can time
/// loading a prebuilt index against building it.)
#[derive(Serialize, Deserialize)]
pub struct Index {
    docs: Vec<Doc>,
    lengths: Vec<u32>,
    avg_len: f64,
    postings: HashMap<String, Vec<Posting>>,
    /// Every distinct term, sorted, for prefix lookups; a term's id is its place here.
    vocab: Vec<String>,
    /// Per document, each body word's byte range and term id: snippets then
    /// need no re-tokenising at query time.
    words: Vec<Vec<(u32, u32, u32)>>,
    /// Per document, the title's term ids in order (for phrase and exact-title ranking).
    titles: Vec<Vec<u32>>,
}

/// A ranked result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub id: String,
    pub title: String,
    pub score: f64,
    pub snippet: Snippet,
}

/// A short extract of the body around the first match, with the byte
/// ranges (within `text`) of the matched words, for highlighting.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snippet {
    pub text: String,
    pub marks: Vec<Range<usize>>,
}

const K1: f64 = 1.2;
const B: f64 = 0.75;
const TITLE_BOOST: f64 = 3.0;
/// A prefix completion (`ha` → `hanoi`) counts this much of an exact word.
const PREFIX_WEIGHT: f64 = 0.5;
/// Added when the title is exactly the query (a glossary term, an article's title).
const EXACT_TITLE_BONUS: f64 = 8.0;
/// Added when the query's words occur in a row in the title (half in the body).
const PHRASE_BONUS: f64 = 3.0;
/// At most this many vocabulary terms stand in for a prefix.
const MAX_EXPANSIONS: usize = 64;
const SNIPPET_WORDS: usize = 24;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        // Marks (vowel signs, tones) of Thai, Lao, Khmer, Burmese and the
        // combining diacritics of decomposed Vietnamese belong to the word.
        || (!c.is_ascii() && !c.is_whitespace() && !"“”‘’«»–—…、。·•".contains(c))
}

/// Words of `text` with their byte ranges.
fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut start = None;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s..i, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), &text[s..]));
    }
    out.into_iter()
}

/// Index terms of a text: folded words.
pub fn terms(text: &str) -> Vec<String> {
    words(text)
        .map(|(_, w)| normalise(w, true))
        .filter(|t| !t.is_empty())
        .collect()
}

impl Index {
    pub fn build(docs: Vec<Doc>) -> Index {
        let mut postings: HashMap<String, Vec<Posting>> = HashMap::new();
        let mut lengths = Vec::with_capacity(docs.len());
        for (d, doc) in docs.iter().enumerate() {
            let mut counts: HashMap<String, (u16, u16)> = HashMap::new();
            let body = terms(&doc.body);
            lengths.push(body.len() as u32);
            for t in body {
                let e = counts.entry(t).or_default();
                e.0 = e.0.saturating_add(1);
            }
            for t in terms(&doc.title) {
                let e = counts.entry(t).or_default();
                e.1 = e.1.saturating_add(1);
            }
            for (t, (tf, title_tf)) in counts {
                postings.entry(t).or_default().push(Posting {
                    doc: d as u32,
                    tf,
                    title_tf,
                });
            }
        }
        let avg_len = if lengths.is_empty() {
            1.0
        } else {
            (lengths.iter().map(|&l| f64::from(l)).sum::<f64>() / lengths.len() as f64).max(1.0)
        };
        let mut vocab: Vec<String> = postings.keys().cloned().collect();
        vocab.sort_unstable();
        let ids: HashMap<&str, u32> = vocab
            .iter()
            .enumerate()
            .map(|(i, t)| (t.as_str(), i as u32))
            .collect();
        let words = docs
            .iter()
            .map(|doc| {
                words(&doc.body)
                    .filter_map(|(r, w)| {
                        let id = ids.get(normalise(w, true).as_str())?;
                        Some((r.start as u32, r.end as u32, *id))
                    })
                    .collect()
            })
            .collect();
        let titles = docs
            .iter()
            .map(|doc| {
                terms(&doc.title)
                    .iter()
                    .filter_map(|t| ids.get(t.as_str()).copied())
                    .collect()
            })
            .collect();
        Index {
            docs,
            lengths,
            avg_len,
            postings,
            vocab,
            words,
            titles,
        }
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Vocabulary terms starting with `prefix` (at most [`MAX_EXPANSIONS`]).
    fn expand(&self, prefix: &str) -> &[String] {
        let start = self.vocab.partition_point(|t| t.as_str() < prefix);
        let end = start
            + self.vocab[start..]
                .iter()
                .take(MAX_EXPANSIONS)
                .take_while(|t| t.starts_with(prefix))
                .count();
        &self.vocab[start..end]
    }

    /// BM25 contribution of one term's postings, times `weight`, added into `scores`.
    fn score_term(&self, term: &str, weight: f64, scores: &mut HashMap<u32, f64>) {
        let Some(list) = self.postings.get(term) else {
            return;
        };
        let n = self.docs.len() as f64;
        let df = list.len() as f64;
        let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
        for p in list {
            let len = f64::from(self.lengths[p.doc as usize]);
            let tf = f64::from(p.tf) + TITLE_BOOST * f64::from(p.title_tf);
            let s = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len));
            let e = scores.entry(p.doc).or_default();
            // A document matched by several expansions of the prefix counts
            // its best one, not their sum.
            *e = e.max(s * weight);
        }
    }

    fn term_id(&self, t: &str) -> Option<u32> {
        self.vocab
            .binary_search_by(|v| v.as_str().cmp(t))
            .ok()
            .map(|i| i as u32)
    }

    /// Where the query's words first occur one after another in the body
    /// (as a word index), if they do.
    fn phrase_at(&self, d: usize, ids: &[Vec<u32>]) -> Option<usize> {
        let w = &self.words[d];
        if ids.len() < 2 || w.len() < ids.len() {
            return None;
        }
        (0..=w.len() - ids.len())
            .find(|&i| ids.iter().enumerate().all(|(k, g)| g.contains(&w[i + k].2)))
    }

    /// Documents containing every word of `query` (the last one as a prefix,
    /// so results follow the typing), best first. Exact words count more
    /// than prefix completions; a title that is the query, and the query's
    /// words in a row, rank higher.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = terms(query);
        let Some((last, rest)) = q.split_last() else {
            return Vec::new();
        };
        // Per query word: the index terms it matches, with their weight.
        let mut groups: Vec<Vec<(&str, f64)>> =
            rest.iter().map(|t| vec![(t.as_str(), 1.0)]).collect();
        let mut last_group: Vec<(&str, f64)> = self
            .expand(last)
            .iter()
            .map(|t| (t.as_str(), if t == last { 1.0 } else { PREFIX_WEIGHT }))
            .collect();
        if !last_group.iter().any(|(t, _)| t == last) && self.postings.contains_key(last) {
            last_group.push((last, 1.0));
        }
        groups.push(last_group);

        let mut total: HashMap<u32, f64> = HashMap::new();
        for (i, group) in groups.iter().enumerate() {
            let mut scores = HashMap::new();
            for (t, w) in group {
                self.score_term(t, *w, &mut scores);
            }
            if i == 0 {
                total = scores;
            } else {
                // Every word must match: keep documents found by all groups.
                total.retain(|d, s| match scores.get(d) {
                    Some(add) => {
                        *s += add;
                        true
                    }
                    None => false,
                });
            }
            if total.is_empty() {
                return Vec::new();
            }
        }
        let ids: Vec<Vec<u32>> = groups
            .iter()
            .map(|g| g.iter().filter_map(|(t, _)| self.term_id(t)).collect())
            .collect();
        let mut ranked: Vec<(u32, f64, Option<usize>)> = total
            .into_iter()
            .map(|(d, mut score)| {
                let du = d as usize;
                let title = &self.titles[du];
                if title.len() == ids.len() && title.iter().zip(&ids).all(|(t, g)| g.contains(t)) {
                    score += EXACT_TITLE_BONUS;
                } else if self.phrase_in(title, &ids) {
                    score += PHRASE_BONUS;
                }
                let at = self.phrase_at(du, &ids);
                if at.is_some() {
                    score += PHRASE_BONUS / 2.0;
                }
                (d, score, at)
            })
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let wanted: Vec<u32> = ids.iter().flatten().copied().collect();
        ranked
            .into_iter()
            .take(limit)
            .map(|(d, score, at)| Hit {
                id: self.docs[d as usize].id.clone(),
                title: self.docs[d as usize].title.clone(),
                score,
                snippet: self.snippet(d as usize, &wanted, at),
            })
            .collect()
    }

    /// Whether the query's words occur in a row in `title` (term ids).
    fn phrase_in(&self, title: &[u32], ids: &[Vec<u32>]) -> bool {
        ids.len() >= 2
            && title.len() >= ids.len()
            && title
                .windows(ids.len())
                .any(|w| w.iter().zip(ids).all(|(t, g)| g.contains(t)))
    }

    /// The words around the query's words in a row (`at`) or, failing that,
    /// the first match in a document's body, matches marked.
    fn snippet(&self, d: usize, wanted: &[u32], at: Option<usize>) -> Snippet {
        let body = &self.docs[d].body;
        let all = &self.words[d];
        let hit = |id: u32| wanted.contains(&id);
        let first = at.unwrap_or_else(|| all.iter().position(|w| hit(w.2)).unwrap_or(0));
        let from = first.saturating_sub(SNIPPET_WORDS / 3);
        let to = (from + SNIPPET_WORDS).min(all.len());
        if from >= to {
            return Snippet::default();
        }
        let start = all[from].0 as usize;
        let end = all[to - 1].1 as usize;
        let mut text = String::new();
        if from > 0 {
            text.push('…');
        }
        let offset = text.len();
        text.push_str(&body[start..end]);
        let marks = all[from..to]
            .iter()
            .filter(|w| hit(w.2))
            .map(|w| w.0 as usize - start + offset..w.1 as usize - start + offset)
            .collect();
        if to < all.len() {
            text.push('…');
        }
        Snippet { text, marks }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, title: &str, body: &str) -> Doc {
        Doc {
            id: id.into(),
            title: title.into(),
            body: body.into(),
        }
    }

    fn corpus() -> Index {
        Index::build(vec![
            doc(
                "hue",
                "Huế, Thành phố Văn hóa ASEAN",
                "Huế được công nhận là Thành phố Văn hóa ASEAN giai đoạn 2014–2015.",
            ),
            doc(
                "hanoi",
                "Hội nghị Cấp cao Hà Nội 1998",
                "Hà Nội đăng cai Hội nghị Cấp cao ASEAN lần thứ 6 vào tháng 12/1998.",
            ),
            doc(
                "sea",
                "Đông Nam Á",
                "ASEAN là hiệp hội các quốc gia Đông Nam Á, thành lập năm 1967 tại Băng Cốc.",
            ),
            doc(
                "th",
                "Thái Lan",
                "Thủ đô Băng Cốc (กรุงเทพมหานคร). Lời chào: Sawasdee.",
            ),
        ])
    }

    #[test]
    fn tokenises_and_folds() {
        assert_eq!(terms("Hà Nội, 12/1998!"), vec!["ha", "noi", "12", "1998"]);
        assert_eq!(terms("“Đông Nam Á”"), vec!["dong", "nam", "a"]);
        assert_eq!(terms(""), Vec::<String>::new());
    }

    #[test]
    fn finds_without_accents_and_by_prefix() {
        let i = corpus();
        assert_eq!(i.search("hue", 10)[0].id, "hue");
        assert_eq!(i.search("ha noi", 10)[0].id, "hanoi");
        assert_eq!(i.search("dong nam a", 10)[0].id, "sea");
        assert_eq!(i.search("Đông Nam Á", 10)[0].id, "sea");
        // As you type: the last word is a prefix.
        assert_eq!(i.search("thanh pho van h", 10)[0].id, "hue");
        assert_eq!(i.search("bang co", 10).len(), 2);
        assert!(i.search("hue 1967", 10).is_empty(), "every word must match");
        assert!(i.search("   ", 10).is_empty());
        assert!(i.search("zzz", 10).is_empty());
    }

    #[test]
    fn title_matches_rank_first() {
        let i = Index::build(vec![
            doc(
                "body",
                "Lịch sử",
                "Nói về Huế và nhiều thứ khác nữa trong một đoạn dài hơn.",
            ),
            doc("title", "Huế", "Một thành phố."),
        ]);
        let hits = i.search("hue", 10);
        assert_eq!(
            hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
            vec!["title", "body"]
        );
    }

    #[test]
    fn ranking_prefers_exact_words_phrases_and_exact_titles() {
        let i = Index::build(vec![
            doc("prefix", "Hợp tác", "Đông Nam an ninh và hợp tác."),
            doc("exact", "Khu vực", "Các nước Đông Nam Á hợp tác."),
            doc(
                "scattered",
                "Khu vực khác",
                "Á châu; phía Đông; Nam bộ và nhiều nơi.",
            ),
            doc("term", "Hiến chương ASEAN", "Văn kiện pháp lý."),
            doc(
                "event",
                "Hiến chương ASEAN được ký",
                "Hiến chương ASEAN được ký năm 2007. Hiến chương ASEAN có hiệu lực.",
            ),
        ]);
        let order = |q: &str| {
            i.search(q, 10)
                .into_iter()
                .map(|h| h.id)
                .collect::<Vec<_>>()
        };
        // "a" exactly, in a row, beats "a" as the prefix of "an".
        assert_eq!(order("dong nam a")[0], "exact");
        assert!(order("dong nam a").contains(&"scattered".to_string()));
        // The term whose title is the query comes first.
        assert_eq!(order("hien chuong asean")[0], "term");
        // The snippet starts at the phrase, not at the first loose word.
        let hit = i.search("dong nam a", 1).remove(0);
        let marked: Vec<&str> = hit
            .snippet
            .marks
            .iter()
            .map(|r| &hit.snippet.text[r.clone()])
            .collect();
        assert_eq!(marked, ["Đông", "Nam", "Á"]);
    }

    #[test]
    fn snippets_mark_the_matched_words() {
        let hits = corpus().search("ha noi", 10);
        let s = &hits[0].snippet;
        let marked: Vec<&str> = s.marks.iter().map(|r| &s.text[r.clone()]).collect();
        assert_eq!(marked, vec!["Hà", "Nội"]);
    }

    #[test]
    fn unsegmented_scripts_do_not_break_anything() {
        let i = corpus();
        assert_eq!(i.search("กรุงเทพมหานคร", 10)[0].id, "th");
        for q in ["กรุง", "ភ្នំពេញ", "ວຽງຈັນ", "နေပြည်တော်", "👋", "\u{0301}"]
        {
            let _ = i.search(q, 10);
        }
        assert!(Index::build(Vec::new()).search("a", 5).is_empty());
    }
}
