//! Shown, inside the app, for any path no route matches.

use crate::app::i18n::{fill, tr, trf};
use crate::app::router::{use_location, Link};
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let path = use_location().path;
    view! {
        <div class="not-found">
            <h1>{tr(|t| t.not_found_title())}</h1>
            <p>{trf(move |t| fill(t.not_found_text(), &[("path", &path.get())]))}</p>
            <Link href="/" class="btn btn-primary">{tr(|t| t.not_found_go_home())}</Link>
        </div>
    }
}
