//! An item laid over a map at its `MapBox` (flags in the gallery, name
//! buttons on the Corner's map): positioned in percent so it follows the
//! map's size.
//!
//! ```ignore
//! view! { <OnMap at=map_box class="map-name"><button>…</button></OnMap> }
//! ```

use crate::core::exhibit::MapBox;
use leptos::prelude::*;

/// The map's frame: the sea and `drawing` (outlines, lines) as a picture,
/// `items` (a list of [`OnMap`]) laid over it, and the outlines' credit.
#[component]
pub fn MapFrame(
    view_box: [u32; 4],
    credit: String,
    class: &'static str,
    list_class: &'static str,
    #[prop(into)] label: Signal<String>,
    drawing: AnyView,
    items: AnyView,
) -> impl IntoView {
    let [x0, y0, w, h] = view_box;
    view! {
        <figure class=class>
            <div class="gallery-map-frame">
                <svg viewBox=format!("{x0} {y0} {w} {h}") class="map-svg" aria-hidden="true" focusable="false">
                    <rect class="map-sea" x=x0 y=y0 width=w height=h></rect>
                    {drawing}
                </svg>
                <ul class=list_class role="list" aria-label=move || label.get()>{items}</ul>
            </div>
            <figcaption class="muted small">{credit}</figcaption>
        </figure>
    }
}

#[component]
pub fn OnMap(at: MapBox, class: &'static str, children: Children) -> impl IntoView {
    view! {
        <li class=class data-code=at.code.clone()
            style:left=format!("{:.2}%", at.left) style:top=format!("{:.2}%", at.top) style:width=format!("{:.2}%", at.width)>
            {children()}
        </li>
    }
}
