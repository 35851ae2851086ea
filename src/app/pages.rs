//! Which screens each download of the app contains.
//!
//! The app ships as several WebAssembly downloads so that a phone on a slow
//! network fetches only what the first screen needs: [`main`] (home, the
//! kiosk's attract loop, the contest picker), [`admin`], [`contest`] (playing a pack), [`host`]
//! (team contests and Rung chuông vàng: control and audience windows),
//! [`olympia`], [`packs`] (teachers' packs: the list, import and export),
//! [`editor`] (one teacher's pack in the editor),
//! [`exhibit`] (Flags & Anthem, and the anthem's recording
//! in admin), [`corner`] (the ASEAN Corner: browsing and reading) and
//! [`explore`] (the Corner's search, timeline and map).
//! `index.html`'s loader (written by `scripts/postbuild.py`) picks the
//! download from the path; moving to a screen of the other download loads
//! it as a new page. Every screen is in exactly one download (a test checks).
//!
//! ```ignore
//! asean_kiosk::app::mount(asean_kiosk::app::pages::main);
//! ```

use crate::app::admin::pin_gate::PinGate;
use crate::app::router::Route;
use crate::app::{admin, contest, corner, editor, exhibit, home, host, kiosk, not_found};
use leptos::prelude::*;

/// The screens of one download: `None` for a route it does not contain.
pub type Pages = fn(&Route) -> Option<AnyView>;

/// Home, the kiosk's attract loop, the contest picker and results, not found.
pub fn main(route: &Route) -> Option<AnyView> {
    Some(match route.clone() {
        Route::Home => view! { <home::Home/> }.into_any(),
        Route::Contest => view! { <contest::ContestHome/> }.into_any(),
        Route::Results => view! { <contest::History/> }.into_any(),
        Route::Attract => view! { <kiosk::Attract/> }.into_any(),
        Route::NotFound(_) => view! { <not_found::NotFound/> }.into_any(),
        Route::Play { .. }
        | Route::Admin
        | Route::Report
        | Route::Corner
        | Route::Article(_)
        | Route::Search
        | Route::Timeline(_)
        | Route::CornerMap
        | Route::Glossary
        | Route::Saved
        | Route::Qr
        | Route::Exhibit
        | Route::Member(_)
        | Route::Symbols
        | Route::Anthem
        | Route::Ceremony
        | Route::AdminAnthem
        | Route::GoldenBell
        | Route::Teams
        | Route::Olympia
        | Route::Audience(_)
        | Route::Editor(_)
        | Route::Import => return None,
    })
}

/// The admin area behind its PIN: settings, data, the usage report.
pub fn admin(route: &Route) -> Option<AnyView> {
    Some(match route.clone() {
        Route::Admin => view! { <PinGate><admin::AdminHome/></PinGate> }.into_any(),
        Route::Report => view! { <PinGate><admin::report::Report/></PinGate> }.into_any(),
        _ => return None,
    })
}

/// Playing a pack: practice, challenge, exam.
pub fn contest(route: &Route) -> Option<AnyView> {
    match route.clone() {
        Route::Play { mode, pack } => Some(view! { <contest::Play mode pack/> }.into_any()),
        _ => None,
    }
}

/// Teachers' packs as files: the list (`/contest/editor`, with export and
/// delete) and the import (`/contest/import`) — the importers and exporters
/// of `core::import` live in this download only.
pub fn packs(route: &Route) -> Option<AnyView> {
    match route {
        Route::Editor(None) => Some(view! { <editor::MyPacks/> }.into_any()),
        Route::Import => Some(view! { <editor::ImportPage/> }.into_any()),
        _ => None,
    }
}

/// One teacher's pack in the editor (`/contest/editor/<id>`): the form, the
/// checks and the live preview (with the contest's question views).
pub fn editor(route: &Route) -> Option<AnyView> {
    match route {
        Route::Editor(Some(id)) => Some(view! { <editor::Editor id=id.clone()/> }.into_any()),
        _ => None,
    }
}

/// Hosting in class: the control windows and the audience window.
pub fn host(route: &Route) -> Option<AnyView> {
    match route.clone() {
        Route::GoldenBell => Some(view! { <host::golden_bell::GoldenBellControl/> }.into_any()),
        Route::Teams => Some(view! { <host::teams::TeamControl/> }.into_any()),
        Route::Audience(format) if format != "olympia" => {
            Some(view! { <host::audience::Audience format/> }.into_any())
        }
        _ => None,
    }
}

/// Đường lên đỉnh Olympia: its control window and audience window.
pub fn olympia(route: &Route) -> Option<AnyView> {
    match route.clone() {
        Route::Olympia => Some(view! { <host::olympia::OlympiaControl/> }.into_any()),
        Route::Audience(format) if format == "olympia" => {
            Some(view! { <host::audience::Audience format/> }.into_any())
        }
        _ => None,
    }
}

/// Flags & Anthem: the gallery, member pages, symbols, the anthem, the flag
/// ceremony, and the admin page that adds the anthem's recording.
pub fn exhibit(route: &Route) -> Option<AnyView> {
    Some(match route.clone() {
        Route::Exhibit => view! { <exhibit::Gallery/> }.into_any(),
        Route::Member(code) => view! { <exhibit::MemberPage code/> }.into_any(),
        Route::Symbols => view! { <exhibit::Symbols/> }.into_any(),
        Route::Anthem => view! { <exhibit::AnthemPage/> }.into_any(),
        Route::Ceremony => view! { <exhibit::Ceremony/> }.into_any(),
        Route::AdminAnthem => {
            view! { <PinGate><admin::anthem::AnthemRecording/></PinGate> }.into_any()
        }
        _ => return None,
    })
}

/// The ASEAN Corner: browsing, reading, the glossary, bookmarks, and the QR
/// hand-off of any page.
pub fn corner(route: &Route) -> Option<AnyView> {
    Some(match route.clone() {
        Route::Corner => view! { <corner::CornerHome/> }.into_any(),
        Route::Article(id) => view! { <corner::Reader id/> }.into_any(),
        Route::Glossary => view! { <corner::GlossaryPage/> }.into_any(),
        Route::Saved => view! { <corner::SavedPage/> }.into_any(),
        Route::Qr => view! { <corner::QrPage/> }.into_any(),
        _ => return None,
    })
}

/// The Corner's exploring screens, a download of their own (the search index
/// and the timeline and map code stay off the reader's first load).
pub fn explore(route: &Route) -> Option<AnyView> {
    Some(match route.clone() {
        Route::Search => view! { <corner::SearchPage/> }.into_any(),
        Route::Timeline(event) => view! { <corner::TimelinePage event/> }.into_any(),
        Route::CornerMap => view! { <corner::CornerMap/> }.into_any(),
        _ => return None,
    })
}
