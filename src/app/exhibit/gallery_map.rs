//! The gallery's map view: the members' outlines (`content/map.json`) with
//! each flag placed on its country as a link. The flags are HTML links laid
//! over the SVG (placed in percent of the map), so they behave like every
//! other link for the keyboard and screen readers; the outlines are only a
//! picture.

use super::flag::FlagImage;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{text, tr};
use crate::app::router::Link;
use crate::core::content::{MapFile, Member};
use crate::core::exhibit::{ordered, place_flags, GalleryOrder};
use crate::core::lang::Lang;
use crate::core::validate::MAP_FILE;
use leptos::prelude::*;

/// The room a flag and its name take, in map units (the map is 1000 wide):
/// flags are placed so that these boxes never overlap. The flag is 60 % of
/// the box's width (style/main.css), its name below.
const BOX: (f64, f64) = (150.0, 96.0);

#[component]
pub fn GalleryMap(members: Vec<Member>) -> impl IntoView {
    let map = use_content::<MapFile>(MAP_FILE);
    view! {
        <ContentView res=map render=move |c: Content| {
            let m = c.get::<MapFile>();
            let [x0, y0, w, h] = m.view_box;
            let (wf, hf) = (f64::from(w), f64::from(h));
            // Keyboard order: alphabetical (English, as ASEAN lists them).
            let members: Vec<Member> = ordered(&members, GalleryOrder::Name, Lang::En)
                .into_iter()
                .filter(|mm| m.get(&mm.code).is_some())
                .cloned()
                .collect();
            let points: Vec<[i32; 2]> = members
                .iter()
                .filter_map(|mm| m.get(&mm.code))
                .map(|o| [o.label[0] - x0 as i32, o.label[1] - y0 as i32])
                .collect();
            let at = place_flags(&points, BOX, (wf, hf));
            let outlines = m
                .members
                .iter()
                .map(|o| view! { <path class="gallery-land" d=o.d.clone()></path> })
                .collect_view();
            // A thin line from a moved flag back to its country.
            let leaders = points
                .iter()
                .zip(&at)
                .filter(|(p, a)| (f64::from(p[0]) - a[0]).hypot(f64::from(p[1]) - a[1]) > 20.0)
                .map(|(p, a)| {
                    view! {
                        <line class="gallery-leader" x1=p[0] + x0 as i32 y1=p[1] + y0 as i32
                            x2=a[0] + f64::from(x0) y2=a[1] + f64::from(y0)></line>
                    }
                })
                .collect_view();
            let flags = members
                .into_iter()
                .zip(at)
                .map(|(mm, [ax, ay])| {
                    // The flag's top sits at the top of its box: the name goes below.
                    let left = (ax - BOX.0 / 2.0) / wf * 100.0;
                    let top = (ay - BOX.1 / 2.0) / hf * 100.0;
                    let width = BOX.0 / wf * 100.0;
                    let label = Signal::derive(text(&mm.name));
                    view! {
                        <li class="map-flag" data-code=mm.code.clone()
                            style:left=format!("{left:.2}%") style:top=format!("{top:.2}%") style:width=format!("{width:.2}%")>
                            <Link href=format!("/exhibit/{}", mm.code) class="map-flag-link" label>
                                <FlagImage src=mm.flag.file.clone() ratio=mm.flag.ratio.clone() alt=String::new()/>
                                <span class="map-flag-name">{move || label.get()}</span>
                            </Link>
                        </li>
                    }
                })
                .collect_view();
            let credit = m.credit.clone();
            view! {
                <figure class="gallery-map">
                    <div class="gallery-map-frame">
                        <svg viewBox=format!("{x0} {y0} {w} {h}") class="map-svg" aria-hidden="true" focusable="false">
                            <rect class="map-sea" x=x0 y=y0 width=w height=h></rect>
                            {outlines}
                            {leaders}
                        </svg>
                        <ul class="map-flags" role="list" aria-label=tr(|t| t.exhibit_map_label())>{flags}</ul>
                    </div>
                    <figcaption class="muted small">{credit}</figcaption>
                </figure>
            }
            .into_any()
        }/>
    }
}
