//! An item laid over a map at its `MapBox` (flags in the gallery, name
//! buttons on the Corner's map): positioned in percent so it follows the
//! map's size.
//!
//! ```ignore
//! view! { <OnMap at=map_box class="map-name"><button>…</button></OnMap> }
//! ```

use crate::core::exhibit::MapBox;
use leptos::prelude::*;

#[component]
pub fn OnMap(at: MapBox, class: &'static str, children: Children) -> impl IntoView {
    view! {
        <li class=class data-code=at.code.clone()
            style:left=format!("{:.2}%", at.left) style:top=format!("{:.2}%", at.top) style:width=format!("{:.2}%", at.width)>
            {children()}
        </li>
    }
}
