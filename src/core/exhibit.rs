//! The Flags & Anthem exhibit's rules, apart from the screen: the orders the
//! gallery offers, the member pages' previous/next, and the anthem's line
//! timing ("tap to sync" and which line is sung at a moment).
//!
//! ```
//! use asean_kiosk::core::exhibit::current_line;
//! // Lines start at 0 s, 4.2 s and 9 s: at 5 s the second line is sung.
//! assert_eq!(current_line(&[0, 4200, 9000], 5000), Some(1));
//! ```

use crate::core::content::{MapFile, Member};
use crate::core::lang::Lang;
use crate::core::text::normalise;

/// How the gallery lays out the member flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GalleryOrder {
    /// Alphabetical by the name in the current language.
    #[default]
    Name,
    /// By the date each member joined ASEAN (founders first).
    Joined,
    /// On a map of Southeast Asia.
    Map,
}

impl GalleryOrder {
    pub const ALL: [GalleryOrder; 3] =
        [GalleryOrder::Name, GalleryOrder::Joined, GalleryOrder::Map];

    /// The value kept in the URL (`?order=joined`).
    pub fn id(self) -> &'static str {
        match self {
            GalleryOrder::Name => "name",
            GalleryOrder::Joined => "joined",
            GalleryOrder::Map => "map",
        }
    }

    pub fn parse(s: &str) -> Option<GalleryOrder> {
        Self::ALL.into_iter().find(|o| o.id() == s)
    }
}

/// A sort key for a name: diacritics folded so `Đ`, `Ấ`… sort with their
/// base letter (close to Vietnamese dictionary order), then the exact text
/// so the order is total.
fn name_key(m: &Member, lang: Lang) -> (String, String) {
    let name = m.name.get(lang);
    (normalise(name, true), name.to_string())
}

/// The members in a gallery order; `Map` keeps the order of the names
/// (the map places them; the list order only matters to the keyboard).
pub fn ordered(members: &[Member], order: GalleryOrder, lang: Lang) -> Vec<&Member> {
    let mut out: Vec<&Member> = members.iter().collect();
    match order {
        GalleryOrder::Name | GalleryOrder::Map => out.sort_by_key(|m| name_key(m, lang)),
        GalleryOrder::Joined => out.sort_by_key(|m| (m.joined, name_key(m, Lang::En))),
    }
    out
}

/// ASEAN's own order: alphabetical by the English name, as flags stand at
/// summits. The flag ceremony and the member pages' previous/next use it,
/// so the sequence is the same in both languages.
pub fn asean_order(members: &[Member]) -> Vec<&Member> {
    ordered(members, GalleryOrder::Name, Lang::En)
}

/// The codes before and after `code` in ASEAN's order, wrapping around.
pub fn neighbours<'a>(members: &'a [Member], code: &str) -> Option<(&'a str, &'a str)> {
    let order = asean_order(members);
    let i = order.iter().position(|m| m.code == code)?;
    let n = order.len();
    let prev = order[(i + n - 1) % n].code.as_str();
    let next = order[(i + 1) % n].code.as_str();
    Some((prev, next))
}

/// Where the gallery's map puts each flag: at its member's label point,
/// pushed apart until no two flags of `size` (width, height) overlap, and
/// kept inside `bounds` (width, height). Deterministic, so the map looks the
/// same on every screen. (Malaysia, Brunei and Indonesia share Borneo: their
/// label points are too close for flags.)
pub fn place_flags(points: &[[i32; 2]], size: (f64, f64), bounds: (f64, f64)) -> Vec<[f64; 2]> {
    let (w, h) = size;
    let gap = 4.0;
    let mut at: Vec<[f64; 2]> = points
        .iter()
        .map(|p| [f64::from(p[0]), f64::from(p[1])])
        .collect();
    for _ in 0..200 {
        let mut moved = false;
        for i in 0..at.len() {
            for j in i + 1..at.len() {
                let dx = at[j][0] - at[i][0];
                let dy = at[j][1] - at[i][1];
                let over_x = w + gap - dx.abs();
                let over_y = h + gap - dy.abs();
                if over_x <= 0.0 || over_y <= 0.0 {
                    continue;
                }
                moved = true;
                // Separate along the axis that needs the smaller push.
                if over_y / h < over_x / w {
                    let push = over_y / 2.0 * if dy < 0.0 { -1.0 } else { 1.0 };
                    at[i][1] -= push;
                    at[j][1] += push;
                } else {
                    let push = over_x / 2.0 * if dx < 0.0 { -1.0 } else { 1.0 };
                    at[i][0] -= push;
                    at[j][0] += push;
                }
            }
        }
        for p in &mut at {
            p[0] = p[0].clamp(w / 2.0, bounds.0 - w / 2.0);
            p[1] = p[1].clamp(h / 2.0, bounds.1 - h / 2.0);
        }
        if !moved {
            break;
        }
    }
    at
}

/// A box laid over the map for one member (a flag, a name button).
#[derive(Clone, Debug, PartialEq)]
pub struct MapBox {
    pub code: String,
    /// The member's label point, in map units.
    pub label: [f64; 2],
    /// The box's centre after [`place_flags`], in map units.
    pub at: [f64; 2],
    /// The box's left, top and width in percent of the map (for CSS).
    pub left: f64,
    pub top: f64,
    pub width: f64,
}

impl MapBox {
    /// Whether the box was pushed far enough from its label to need a line back.
    pub fn moved(&self) -> bool {
        (self.label[0] - self.at[0]).hypot(self.label[1] - self.at[1]) > 20.0
    }
}

/// Boxes of `size` (map units) for the members `codes` that the map has,
/// placed around their labels without overlapping (see [`place_flags`]).
pub fn map_boxes(map: &MapFile, codes: &[&str], size: (f64, f64)) -> Vec<MapBox> {
    let [x0, y0, w, h] = map.view_box;
    let (x0, y0, wf, hf) = (f64::from(x0), f64::from(y0), f64::from(w), f64::from(h));
    let found: Vec<(&str, [i32; 2])> = codes
        .iter()
        .filter_map(|c| map.get(c).map(|m| (*c, m.label)))
        .collect();
    let points: Vec<[i32; 2]> = found
        .iter()
        .map(|(_, l)| [l[0] - x0 as i32, l[1] - y0 as i32])
        .collect();
    let at = place_flags(&points, size, (wf, hf));
    found
        .into_iter()
        .zip(at)
        .map(|((code, l), [ax, ay])| MapBox {
            code: code.to_string(),
            label: [f64::from(l[0]), f64::from(l[1])],
            at: [ax + x0, ay + y0],
            left: (ax - size.0 / 2.0) / wf * 100.0,
            top: (ay - size.1 / 2.0) / hf * 100.0,
            width: size.0 / wf * 100.0,
        })
        .collect()
}

/// The line being sung at `at_ms`: the last line whose start is not after
/// it. `None` before the first line starts.
pub fn current_line(starts: &[u32], at_ms: u32) -> Option<usize> {
    starts.iter().rposition(|&s| s <= at_ms)
}

/// Why a list of line starts cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimingError {
    /// More starts than the anthem has lines.
    TooMany { starts: usize, lines: usize },
    /// Line `line` (0-based) starts before the line above it.
    NotIncreasing { line: usize },
}

/// Checks saved line starts: at most one per line, each later than the one
/// before. Fewer starts than lines is allowed (an admin may time only the
/// first lines; the rest are then not highlighted).
pub fn check_starts(starts: &[u32], lines: usize) -> Result<(), TimingError> {
    if starts.len() > lines {
        return Err(TimingError::TooMany {
            starts: starts.len(),
            lines,
        });
    }
    match starts.windows(2).position(|w| w[1] <= w[0]) {
        Some(i) => Err(TimingError::NotIncreasing { line: i + 1 }),
        None => Ok(()),
    }
}

/// "Tap to sync": while the recording plays, each tap marks the start of
/// the next line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TapSync {
    lines: usize,
    starts: Vec<u32>,
}

impl TapSync {
    pub fn new(lines: usize) -> TapSync {
        TapSync {
            lines,
            starts: Vec::with_capacity(lines),
        }
    }

    /// Marks the next line as starting at `at_ms`. Ignored once every line
    /// has its start, and for a tap not after the previous one (a double
    /// tap, or the recording rewound): the times stay increasing.
    pub fn tap(&mut self, at_ms: u32) -> bool {
        let later = self.starts.last().is_none_or(|&last| at_ms > last);
        if self.is_done() || !later {
            return false;
        }
        self.starts.push(at_ms);
        true
    }

    /// Takes back the last tap.
    pub fn undo(&mut self) {
        self.starts.pop();
    }

    /// The line the next tap will time (0-based), if any is left.
    pub fn next_line(&self) -> Option<usize> {
        (!self.is_done()).then_some(self.starts.len())
    }

    pub fn is_done(&self) -> bool {
        self.starts.len() >= self.lines
    }

    pub fn starts(&self) -> &[u32] {
        &self.starts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::MembersFile;

    fn members() -> Vec<Member> {
        let text = include_str!("../../public/content/members.json");
        serde_json::from_str::<MembersFile>(text)
            .expect("members.json")
            .members
    }

    fn codes(ms: &[&Member]) -> Vec<String> {
        ms.iter().map(|m| m.code.clone()).collect()
    }

    #[test]
    fn orders_by_name_per_language_and_by_joining() {
        let ms = members();
        let en = codes(&ordered(&ms, GalleryOrder::Name, Lang::En));
        assert_eq!(en.first().map(String::as_str), Some("bn"));
        assert_eq!(en.last().map(String::as_str), Some("vn"));
        let joined = ordered(&ms, GalleryOrder::Joined, Lang::Vi);
        assert!(joined.windows(2).all(|w| w[0].joined <= w[1].joined));
        // The five founders first, Timor-Leste (2025) last.
        assert_eq!(joined.last().map(|m| m.code.as_str()), Some("tl"));
        assert_eq!(joined[5].code, "bn");
        // Vietnamese order folds marks: every key is sorted.
        let vi = ordered(&ms, GalleryOrder::Name, Lang::Vi);
        let keys: Vec<String> = vi
            .iter()
            .map(|m| normalise(m.name.get(Lang::Vi), true))
            .collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    }

    #[test]
    fn neighbours_wrap_around_in_asean_order() {
        let ms = members();
        assert_eq!(neighbours(&ms, "bn"), Some(("vn", "kh")));
        assert_eq!(neighbours(&ms, "vn"), Some(("tl", "bn")));
        assert_eq!(neighbours(&ms, "xx"), None);
    }

    #[test]
    fn placed_flags_do_not_overlap_and_stay_on_the_map() {
        let text = include_str!("../../public/content/map.json");
        let map: crate::core::content::MapFile = serde_json::from_str(text).expect("map.json");
        let points: Vec<[i32; 2]> = map.members.iter().map(|m| m.label).collect();
        let (w, h) = (150.0, 96.0);
        let at = place_flags(&points, (w, h), (1000.0, 827.0));
        for (i, a) in at.iter().enumerate() {
            assert!(a[0] >= w / 2.0 && a[0] <= 1000.0 - w / 2.0);
            assert!(a[1] >= h / 2.0 && a[1] <= 827.0 - h / 2.0);
            for b in &at[i + 1..] {
                let apart = (a[0] - b[0]).abs() >= w || (a[1] - b[1]).abs() >= h;
                assert!(apart, "{a:?} overlaps {b:?}");
            }
        }
        // Far-apart flags stay on their label point.
        let ph = map
            .members
            .iter()
            .position(|m| m.code == "ph")
            .expect("the Philippines");
        assert_eq!(at[ph], [603.0, 281.0]);
    }

    #[test]
    fn current_line_follows_the_starts() {
        let starts = [500, 4000, 9000];
        assert_eq!(current_line(&starts, 0), None);
        assert_eq!(current_line(&starts, 500), Some(0));
        assert_eq!(current_line(&starts, 8999), Some(1));
        assert_eq!(current_line(&starts, 60_000), Some(2));
        assert_eq!(current_line(&[], 1000), None);
    }

    #[test]
    fn tap_sync_keeps_times_increasing_and_stops_at_the_last_line() {
        let mut s = TapSync::new(3);
        assert_eq!(s.next_line(), Some(0));
        assert!(s.tap(1000));
        assert!(!s.tap(1000), "a double tap is ignored");
        assert!(!s.tap(400), "a tap after rewinding is ignored");
        assert!(s.tap(3000));
        s.undo();
        assert_eq!(s.next_line(), Some(1));
        assert!(s.tap(2500));
        assert!(s.tap(6000));
        assert!(s.is_done());
        assert!(!s.tap(9000));
        assert_eq!(s.starts(), &[1000, 2500, 6000]);
        assert_eq!(check_starts(s.starts(), 3), Ok(()));
    }

    #[test]
    fn bad_starts_are_named() {
        assert_eq!(check_starts(&[0, 10], 5), Ok(()));
        assert_eq!(
            check_starts(&[0, 10, 20], 2),
            Err(TimingError::TooMany {
                starts: 3,
                lines: 2
            })
        );
        assert_eq!(
            check_starts(&[0, 10, 10], 5),
            Err(TimingError::NotIncreasing { line: 2 })
        );
    }
}
