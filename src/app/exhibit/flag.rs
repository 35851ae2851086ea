//! A flag picture in its official proportions: the box has the declared
//! `H:W` ratio before the file loads (no layout jump) and the drawing,
//! whose viewBox has the same ratio (a test checks), fills it exactly —
//! never cropped or stretched.

use crate::core::content::members::parse_ratio;
use leptos::prelude::*;

/// `ratio` is `H:W` as in the content files, e.g. `2:3`.
#[component]
pub fn FlagImage(
    src: String,
    ratio: String,
    #[prop(into)] alt: Signal<String>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let (h, w) = parse_ratio(&ratio).unwrap_or((2, 3));
    view! {
        <img
            class=format!("flag {class}")
            src=crate::app::dom::asset_url(&src)
            alt=move || alt.get()
            width=w * 100
            height=h * 100
            style:aspect-ratio=format!("{w} / {h}")
            data-ratio=ratio
            decoding="async"
        />
    }
}
