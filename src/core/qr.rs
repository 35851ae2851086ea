//! QR codes of the app's deep links, so a visitor carries a page from the
//! kiosk to their phone: the code as one SVG path, drawn by the UI. No
//! network and no image: the `qrcode` crate without its image features.
//!
//! ```
//! use asean_kiosk::core::qr::Qr;
//! let qr = Qr::new("https://example.org/corner/hue").expect("short enough");
//! assert!(qr.size >= 21 + 8);
//! assert!(qr.path.starts_with('M'));
//! ```

use qrcode::{Color, EcLevel, QrCode};

/// Modules of light margin around the code, as the standard asks.
pub const QUIET: usize = 4;

/// A QR code drawn as an SVG path in module units: dark modules are the
/// path, `size` (the code plus its quiet zone) is the viewBox's side.
#[derive(Clone, Debug, PartialEq)]
pub struct Qr {
    pub size: usize,
    pub path: String,
}

impl Qr {
    /// `None` when the text is too long for a QR code.
    pub fn new(text: &str) -> Option<Qr> {
        // Level M: survives a scratched or glary screen, still small.
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let width = code.width();
        let colors = code.to_colors();
        let mut path = String::new();
        for y in 0..width {
            let row = &colors[y * width..(y + 1) * width];
            let mut x = 0;
            while x < width {
                if row[x] == Color::Dark {
                    let start = x;
                    while x < width && row[x] == Color::Dark {
                        x += 1;
                    }
                    // One rectangle per run of dark modules in a row.
                    path.push_str(&format!(
                        "M{} {}h{}v1h-{}z",
                        start + QUIET,
                        y + QUIET,
                        x - start,
                        x - start
                    ));
                } else {
                    x += 1;
                }
            }
        }
        Some(Qr {
            size: width + 2 * QUIET,
            path,
        })
    }

    /// Whether the module at (`x`, `y`) (quiet zone included) is dark: for
    /// tests that read the code back.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.path.split('M').skip(1).any(|rect| {
            let mut it = rect
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse::<usize>().ok());
            match (it.next(), it.next(), it.next()) {
                (Some(x0), Some(y0), Some(w)) => y == y0 && x >= x0 && x < x0 + w,
                _ => false,
            }
        })
    }
}

/// The address a phone should open for the app's page `path` (relative to
/// the app, `/corner/hue`): under the kiosk's public URL when one is set
/// (the kiosk itself may be served from `localhost`), else under `here` (the
/// page's own origin and base); with the language the visitor was reading in.
///
/// ```
/// use asean_kiosk::core::qr::deep_link;
/// assert_eq!(
///     deep_link("https://lib.example.vn/asean/", "http://127.0.0.1:8080/", "/corner/hue", "en"),
///     "https://lib.example.vn/asean/corner/hue?lang=en"
/// );
/// assert_eq!(
///     deep_link("", "http://127.0.0.1:8080/", "/corner/search?q=hue", "vi"),
///     "http://127.0.0.1:8080/corner/search?q=hue&lang=vi"
/// );
/// ```
pub fn deep_link(public_url: &str, here: &str, path: &str, lang: &str) -> String {
    let base = if public_url.is_empty() {
        here
    } else {
        public_url
    };
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{}{path}{sep}lang={lang}", base.trim_end_matches('/'))
}

/// `to` if it is a path inside the app (`/exhibit/vn`, `/corner/search?q=a`):
/// the QR page never encodes or links to anywhere else.
pub fn app_path(to: &str) -> Option<&str> {
    let ok = to.starts_with('/')
        && !to.starts_with("//")
        && to.len() <= 300
        && to
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_.?=&%+".contains(&b));
    ok.then_some(to)
}

/// A public URL as typed in the admin area: kept if it is an `http(s)`
/// address without spaces, else empty (the page's own address is used).
pub fn clean_public_url(raw: &str) -> String {
    let t = raw.trim();
    let ok = (t.starts_with("https://") || t.starts_with("http://"))
        && t.len() > "https://".len()
        && t.len() <= 200
        && !t
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '#' || c == '?');
    if ok {
        t.to_string()
    } else {
        String::new()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn only_app_paths_and_web_addresses_pass() {
        assert_eq!(app_path("/exhibit/vn"), Some("/exhibit/vn"));
        assert_eq!(
            app_path("/corner/search?q=ha+noi"),
            Some("/corner/search?q=ha+noi")
        );
        for bad in [
            "https://evil.example",
            "//evil.example",
            "javascript:alert(1)",
            "",
            "/a b",
            "/<x>",
        ] {
            assert_eq!(app_path(bad), None, "{bad}");
        }
        assert_eq!(
            clean_public_url(" https://lib.example.vn/asean/ "),
            "https://lib.example.vn/asean/"
        );
        for bad in [
            "lib.example.vn",
            "ftp://x",
            "https://",
            "https://a b",
            "javascript:alert(1)",
        ] {
            assert_eq!(clean_public_url(bad), "", "{bad}");
        }
    }

    /// Draws the code at `scale` pixels per module and reads it back with
    /// an independent decoder.
    fn decode(qr: &Qr, scale: usize) -> String {
        let side = qr.size * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            if qr.is_dark(x / scale, y / scale) {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn round_trips_through_a_decoder() {
        for url in [
            "http://127.0.0.1:8080/corner/founding-of-asean",
            "https://thuvien.example.vn/asean/exhibit/vn",
            "https://example.org/contest/practice/flags?lang=en",
        ] {
            let qr = Qr::new(url).expect("encodes");
            assert_eq!(decode(&qr, 4), url);
        }
    }

    #[test]
    fn too_long_is_none_not_a_panic() {
        assert!(Qr::new(&"x".repeat(5000)).is_none());
        assert!(Qr::new("").is_some());
    }
}
