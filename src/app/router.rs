//! A small client-side router: the app's routes as an enum, parsed from the
//! path by a pure function, plus history navigation and links.
//!
//! Why not leptos_router: the app has a handful of flat routes, and the
//! general router cost ~20 KB of compressed wasm on the phone download.
//!
//! ```ignore
//! view! { <Link href="/exhibit">"Flags"</Link> }
//! let route = use_route(); // Memo<Route>
//! navigate("/corner");
//! ```

use crate::app::dom;
use crate::core::quiz::contest::Mode;
use leptos::ev;
use leptos::prelude::*;

/// Every screen of the app. Sub-routes of each section join with their issue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Contest,
    /// `/contest/<mode>/<pack>`: play a pack (or `mix`, every pack) in a mode.
    Play {
        mode: Mode,
        pack: String,
    },
    /// `/contest/results`: every attempt kept on this device.
    Results,
    /// `/contest/golden-bell`: the host's control window of a Rung chuông vàng.
    GoldenBell,
    /// `/contest/host`: the host's control window of a team contest.
    Teams,
    /// `/contest/olympia`: the host's control window of an Olympia match.
    Olympia,
    /// `/contest/<format>/screen`: the audience window of a hosted format.
    Audience(String),
    /// `/contest/editor`: the teacher's packs; `/contest/editor/<id>`: one
    /// pack in the editor.
    Editor(Option<String>),
    /// `/contest/import`: bring questions in from a file.
    Import,
    /// `/exhibit`: the flag gallery.
    Exhibit,
    /// `/exhibit/<code>`: one member's page.
    Member(String),
    /// `/exhibit/asean`: the ASEAN flag, emblem, motto, day and founding.
    Symbols,
    /// `/exhibit/anthem`: "The ASEAN Way" with its lyrics.
    Anthem,
    /// `/exhibit/ceremony`: the full-screen flag ceremony.
    Ceremony,
    Corner,
    /// `/corner/<id>`: one article.
    Article(String),
    /// `/corner/search?q=`: search as you type.
    Search,
    /// `/corner/timeline` and `/corner/timeline/<event id>`.
    Timeline(Option<String>),
    /// `/corner/map`: the members on a map.
    CornerMap,
    /// `/corner/glossary`: terms and abbreviations.
    Glossary,
    /// `/corner/saved`: the visitor's bookmarks and reading history.
    Saved,
    /// `/corner/qr?to=<path>`: a page's address as a QR code, for a phone.
    Qr,
    Admin,
    /// `/admin/report`: the usage report for the yearly review.
    Report,
    /// `/kiosk`: the kiosk's attract loop.
    Attract,
    /// `/admin/anthem`: an institution's recording of the anthem and its timing.
    AdminAnthem,
    NotFound(String),
}

impl Route {
    /// Parses a path relative to the app's base (`/exhibit`, `/exhibit/`).
    pub fn parse(path: &str) -> Route {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["contest"] => Route::Contest,
            ["contest", "results"] => Route::Results,
            ["contest", "golden-bell"] => Route::GoldenBell,
            ["contest", "host"] => Route::Teams,
            ["contest", "olympia"] => Route::Olympia,
            ["contest", format @ ("golden-bell" | "host" | "olympia"), "screen"] => {
                Route::Audience(format.to_string())
            }
            ["contest", "editor"] => Route::Editor(None),
            ["contest", "editor", id] if is_id(id) => Route::Editor(Some(id.to_string())),
            ["contest", "import"] => Route::Import,
            ["contest", mode, pack] if is_id(pack) => match parse_mode(mode) {
                Some(mode) => Route::Play {
                    mode,
                    pack: pack.to_string(),
                },
                None => Route::NotFound(path.to_string()),
            },
            ["exhibit"] => Route::Exhibit,
            ["exhibit", "asean"] => Route::Symbols,
            ["exhibit", "anthem"] => Route::Anthem,
            ["exhibit", "ceremony"] => Route::Ceremony,
            ["exhibit", code] if is_id(code) => Route::Member(code.to_string()),
            ["corner"] => Route::Corner,
            // Before articles: these names are reserved (core::content::article).
            ["corner", "search"] => Route::Search,
            ["corner", "timeline"] => Route::Timeline(None),
            ["corner", "timeline", id] if is_id(id) => Route::Timeline(Some(id.to_string())),
            ["corner", "map"] => Route::CornerMap,
            ["corner", "glossary"] => Route::Glossary,
            ["corner", "saved"] => Route::Saved,
            ["corner", "qr"] => Route::Qr,
            ["corner", id] if is_id(id) => Route::Article(id.to_string()),
            ["admin"] => Route::Admin,
            ["admin", "anthem"] => Route::AdminAnthem,
            ["admin", "report"] => Route::Report,
            ["kiosk"] => Route::Attract,
            _ => Route::NotFound(path.to_string()),
        }
    }
}

/// The path segment of each mode, as in `/contest/practice/flags`.
pub fn mode_segment(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => "practice",
        Mode::Challenge => "challenge",
        Mode::Exam => "exam",
    }
}

fn parse_mode(s: &str) -> Option<Mode> {
    [Mode::Practice, Mode::Challenge, Mode::Exam]
        .into_iter()
        .find(|&m| mode_segment(m) == s)
}

/// Pack ids are kebab-case (`member-viet-nam`).
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The current path (relative to the base), shared through context.
#[derive(Clone, Copy)]
pub struct Location {
    pub path: RwSignal<String>,
}

/// The path of the page's URL, relative to the app's base.
fn current_path() -> String {
    let full = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let base = dom::base_path();
    let rel = full.strip_prefix(&base).unwrap_or(&full);
    if rel.starts_with('/') {
        rel.to_string()
    } else {
        format!("/{rel}")
    }
}

/// Creates the location context once, at the root, and follows the
/// browser's back and forward buttons.
pub fn provide_router() -> Location {
    let loc = Location {
        path: RwSignal::new(current_path()),
    };
    provide_context(loc);
    // Lives as long as the app: one listener for the page's lifetime.
    let handle = window_event_listener(ev::popstate, move |_| {
        loc.path.set(current_path());
        crate::app::i18n::apply_query_lang();
    });
    on_cleanup(move || handle.remove());
    loc
}

pub fn use_location() -> Location {
    use_context::<Location>().unwrap_or_else(|| Location {
        path: RwSignal::new("/".into()),
    })
}

pub fn use_route() -> Memo<Route> {
    let loc = use_location();
    Memo::new(move |_| Route::parse(&loc.path.get()))
}

/// Goes to `path` (relative to the base) as a new history entry, then moves
/// focus to the main region so keyboard and screen-reader users start at the
/// top of the new page.
pub fn navigate(path: &str) {
    navigate_in(use_location(), path);
}

/// [`navigate`] with the location captured beforehand: for callbacks that
/// run outside the component tree (window listeners, timers), where the
/// context cannot be looked up.
pub fn navigate_in(loc: Location, path: &str) {
    let url = format!("{}{}", dom::base_path(), path);
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
    // The route is the path alone; a query (`?q=`) or fragment stays in the URL.
    loc.path.set(path_only(path).to_string());
    dom::focus_main();
}

/// `path` without its query and fragment.
pub fn path_only(path: &str) -> &str {
    path.split(['?', '#']).next().unwrap_or(path)
}

/// An in-app link: a real `<a href>` (so it can be opened in a new tab,
/// copied and read by assistive technology) that navigates without a reload.
#[component]
pub fn Link(
    #[prop(into)] href: String,
    #[prop(optional)] class: &'static str,
    /// An accessible name other than the link's text (e.g. a flag's country).
    #[prop(optional, into)]
    label: Option<Signal<String>>,
    children: Children,
) -> impl IntoView {
    let loc = use_location();
    let url = format!("{}{}", dom::base_path(), href);
    let target = href.clone();
    let on_click = move |e: ev::MouseEvent| {
        if e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()) {
            e.prevent_default();
            navigate(&target);
        }
    };
    let current = move || (loc.path.with(|p| p == path_only(&href))).then_some("page");
    view! {
        <a href=url class=class on:click=on_click aria-current=current aria-label=move || label.map(|l| l.get())>
            {children()}
        </a>
    }
}

#[cfg(test)]
mod tests {
    use super::Route;
    use crate::core::quiz::contest::Mode;

    #[test]
    fn parses_routes() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/exhibit/"), Route::Exhibit);
        assert_eq!(Route::parse("/corner"), Route::Corner);
        assert_eq!(Route::parse("/exhibit/vn"), Route::Member("vn".into()));
        assert_eq!(
            Route::parse("/corner/member-viet-nam"),
            Route::Article("member-viet-nam".into())
        );
        assert_eq!(Route::parse("/exhibit/anthem/"), Route::Anthem);
        assert_eq!(Route::parse("/corner/search"), Route::Search);
        assert_eq!(Route::parse("/corner/timeline"), Route::Timeline(None));
        assert_eq!(
            Route::parse("/corner/timeline/1967-asean-declaration"),
            Route::Timeline(Some("1967-asean-declaration".into()))
        );
        assert_eq!(Route::parse("/corner/map/"), Route::CornerMap);
        assert_eq!(Route::parse("/corner/glossary"), Route::Glossary);
        assert_eq!(Route::parse("/corner/saved"), Route::Saved);
        assert_eq!(Route::parse("/corner/qr"), Route::Qr);
        assert_eq!(super::path_only("/corner/search?q=hue#x"), "/corner/search");
        assert_eq!(Route::parse("/exhibit/asean"), Route::Symbols);
        assert_eq!(Route::parse("/exhibit/ceremony"), Route::Ceremony);
        assert_eq!(Route::parse("/admin/anthem"), Route::AdminAnthem);
        assert_eq!(Route::parse("/admin/report"), Route::Report);
        assert_eq!(Route::parse("/kiosk"), Route::Attract);
        assert_eq!(Route::parse("/contest"), Route::Contest);
        assert_eq!(Route::parse("/admin"), Route::Admin);
        assert_eq!(Route::parse("/contest/results"), Route::Results);
        assert_eq!(Route::parse("/contest/golden-bell"), Route::GoldenBell);
        assert_eq!(
            Route::parse("/contest/golden-bell/screen"),
            Route::Audience("golden-bell".into())
        );
        assert_eq!(
            Route::parse("/contest/exam/member-viet-nam/"),
            Route::Play {
                mode: Mode::Exam,
                pack: "member-viet-nam".into()
            }
        );
        assert!(matches!(
            Route::parse("/contest/race/flags"),
            Route::NotFound(_)
        ));
        assert!(matches!(
            Route::parse("/contest/practice/Flags%20x"),
            Route::NotFound(_)
        ));
        assert_eq!(
            Route::parse("/no/such/page"),
            Route::NotFound("/no/such/page".into())
        );
    }
}
