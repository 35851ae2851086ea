//! QR hand-off: a page's deep link as a QR code a visitor scans to carry on
//! reading on their phone. `QrCode` draws it (inline in the reader);
//! `QrPage` (`/corner/qr?to=<path>`) shows it large for any page of the app
//! (member pages and quizzes link here with `components::qr_link`).
//! The address uses the kiosk's public URL when one is set in `/admin`.

use crate::app::dom;
use crate::app::i18n::{tr, use_i18n};
use crate::app::router::Link;
use crate::app::settings::settings;
use crate::core::qr::{app_path, deep_link, Qr};
use leptos::prelude::*;

/// The address a phone should open for `path`, in the current language.
pub fn phone_url(path: &str, lang: &str) -> String {
    deep_link(&settings().public_url, &dom::app_origin(), path, lang)
}

/// The QR code of `path`'s deep link, with the address written under it
/// (for typing it, and for anyone who cannot scan).
#[component]
pub fn QrCode(#[prop(into)] path: String) -> impl IntoView {
    let i18n = use_i18n();
    let url = Memo::new(move |_| phone_url(&path, i18n.lang().code()));
    move || {
        let u = url.get();
        match Qr::new(&u) {
            Some(qr) => {
                let side = qr.size;
                view! {
                    <figure class="qr">
                        <svg class="qr-code" viewBox=format!("0 0 {side} {side}") role="img"
                            aria-label=move || i18n.t().corner_qr_label() shape-rendering="crispEdges">
                            <rect width=side height=side fill="#fff"></rect>
                            <path d=qr.path fill="#000"></path>
                        </svg>
                        <figcaption class="qr-url" data-url=u.clone()>{u.clone()}</figcaption>
                    </figure>
                }
                .into_any()
            }
            None => view! { <p class="qr-url">{u}</p> }.into_any(),
        }
    }
}

#[component]
pub fn QrPage() -> impl IntoView {
    let to = dom::query_param("to");
    let path = to.as_deref().and_then(app_path).map(str::to_string);
    view! {
        <div class="section corner qr-page">
            <h1>{tr(|t| t.corner_qr_title())}</h1>
            {match path {
                Some(p) => view! {
                    <p class="lead">{tr(|t| t.corner_qr_intro())}</p>
                    <QrCode path=p.clone()/>
                    <p><Link href=p class="btn btn-primary">{tr(|t| t.corner_qr_back())}</Link></p>
                }.into_any(),
                None => view! {
                    <p role="alert">{tr(|t| t.corner_qr_bad_link())}</p>
                    <p><Link href="/corner" class="btn">{tr(|t| t.corner_back_to_corner())}</Link></p>
                }.into_any(),
            }}
        </div>
    }
}
