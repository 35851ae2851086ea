//! The gallery's map view: the members' outlines (`content/map.json`) with
//! each flag placed on its country as a link. The flags are HTML links laid
//! over the SVG (placed in percent of the map), so they behave like every
//! other link for the keyboard and screen readers; the outlines are only a
//! picture.

use super::flag::FlagImage;
use crate::app::components::on_map::{MapFrame, OnMap};
use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{text, tr};
use crate::app::router::Link;
use crate::core::content::{MapFile, Member};
use crate::core::exhibit::{map_boxes, ordered, GalleryOrder};
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
            // Keyboard order: alphabetical (English, as ASEAN lists them).
            let members: Vec<Member> = ordered(&members, GalleryOrder::Name, Lang::En)
                .into_iter()
                .cloned()
                .collect();
            let codes: Vec<&str> = members.iter().map(|mm| mm.code.as_str()).collect();
            let boxes = map_boxes(m, &codes, BOX);
            let outlines = m
                .members
                .iter()
                .map(|o| view! { <path class="gallery-land" d=o.d.clone()></path> })
                .collect_view();
            // A thin line from a moved flag back to its country.
            let leaders = boxes
                .iter()
                .filter(|b| b.moved())
                .map(|b| {
                    view! {
                        <line class="gallery-leader" x1=b.label[0] y1=b.label[1] x2=b.at[0] y2=b.at[1]></line>
                    }
                })
                .collect_view();
            let flags = boxes
                .into_iter()
                .filter_map(|b| members.iter().find(|mm| mm.code == b.code).map(|mm| (b, mm.clone())))
                .map(|(b, mm)| {
                    // The flag's top sits at the top of its box: the name goes below.
                    let label = Signal::derive(text(&mm.name));
                    view! {
                        <OnMap at=b class="map-flag">
                            <Link href=format!("/exhibit/{}", mm.code) class="map-flag-link" label>
                                <FlagImage src=mm.flag.file.clone() ratio=mm.flag.ratio.clone() alt=String::new()/>
                                <span class="map-flag-name">{move || label.get()}</span>
                            </Link>
                        </OnMap>
                    }
                })
                .collect_view();
            view! {
                <MapFrame view_box=m.view_box credit=m.credit.clone() class="gallery-map" list_class="map-flags"
                    label=Signal::derive(move || tr(|t| t.exhibit_map_label())().to_string())
                    drawing=view! { {outlines}{leaders} }.into_any() items=flags.into_any()/>
            }
            .into_any()
        }/>
    }
}
