//! "Continue on your phone": a link to the Corner's QR page for the current
//! page (`/corner/qr?to=<path>`), from any section. The QR code itself is
//! drawn there, so only the Corner's download carries the QR encoder.
//!
//! ```ignore
//! view! { <QrLink path=format!("/exhibit/{code}")/> }
//! ```

use crate::app::i18n::tr;
use crate::app::router::Link;
use leptos::prelude::*;

/// The QR page's address for an app path.
pub fn qr_href(path: &str) -> String {
    let mut to = String::new();
    for c in path.chars() {
        match c {
            '?' => to.push_str("%3F"),
            '&' => to.push_str("%26"),
            '=' => to.push_str("%3D"),
            '#' => to.push_str("%23"),
            c => to.push(c),
        }
    }
    format!("/corner/qr?to={to}")
}

#[component]
pub fn QrLink(#[prop(into)] path: String) -> impl IntoView {
    view! {
        <Link href=qr_href(&path) class="btn qr-link">
            <span aria-hidden="true">"▦ "</span>{tr(|t| t.app_qr_link())}
        </Link>
    }
}
