//! The ASEAN symbols (`/exhibit/asean`): the flag and emblem with the
//! meaning of each colour and of the padi stalks and circle, the motto,
//! ASEAN Day and the founding story (`content/asean.json`).

use super::flag::FlagImage;
use crate::app::components::source_list::SourceList;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{text, tr, use_i18n};
use crate::app::router::Link;
use crate::core::content::AseanFile;
use crate::core::validate::ASEAN_FILE;
use leptos::prelude::*;

#[component]
pub fn Symbols() -> impl IntoView {
    let i18n = use_i18n();
    let asean = use_content::<AseanFile>(ASEAN_FILE);
    view! {
        <div class="section exhibit symbols">
            <h1>{tr(|t| t.exhibit_symbols_title())}</h1>
            <ContentView res=asean render=move |c: Content| {
                let a = c.get::<AseanFile>().clone();
                let f = a.flag.clone();
                let day = a.asean_day.date;
                let founded = a.founding.date;
                let mut ids = f.sources.clone();
                ids.extend(a.emblem.sources.iter().cloned());
                ids.extend(a.asean_day.sources.iter().cloned());
                ids.extend(a.founding.sources.iter().cloned());
                let alt = tr(|t| t.exhibit_asean_flag());
                view! {
                    <p class="lead">{text(&a.name)}</p>
                    <section class="symbol-flag" aria-labelledby="asean-flag-heading">
                        <h2 id="asean-flag-heading">{tr(|t| t.exhibit_asean_flag())}</h2>
                        <FlagImage src=f.file.clone() ratio=f.ratio.clone() alt=Signal::derive(move || alt().to_string()) class="flag-big"/>
                        <p>{text(&f.description)}</p>
                        <ul class="colours" role="list">
                            {f.colours.iter().map(|col| view! {
                                <li class="colour">
                                    <strong>{text(&col.name)}</strong>
                                    " — "{text(&col.meaning)}
                                    <span class="muted small">" ("{col.spec.clone()}")"</span>
                                </li>
                            }).collect_view()}
                        </ul>
                        <p>{text(&f.symbolism)}</p>
                        <p class="muted small">{text(&f.copyright)}</p>
                    </section>
                    <section aria-labelledby="emblem-heading">
                        <h2 id="emblem-heading">{tr(|t| t.exhibit_emblem())}</h2>
                        <p>{text(&a.emblem.description)}</p>
                        <p>{text(&a.emblem.symbolism)}</p>
                    </section>
                    <section aria-labelledby="motto-heading">
                        <h2 id="motto-heading">{tr(|t| t.exhibit_motto())}</h2>
                        <p class="motto">"“"{text(&a.motto)}"”"</p>
                    </section>
                    <section aria-labelledby="day-heading">
                        <h2 id="day-heading">{tr(|t| t.exhibit_asean_day())}</h2>
                        <p><strong>{move || day.long(i18n.lang())}</strong></p>
                        <p>{text(&a.asean_day.text)}</p>
                    </section>
                    <section aria-labelledby="founding-heading">
                        <h2 id="founding-heading">{tr(|t| t.exhibit_founding())}</h2>
                        <p>
                            <strong>{text(&a.founding.document)}</strong>
                            " — "{move || founded.long(i18n.lang())}", "{text(&a.founding.place)}
                        </p>
                        <p>{text(&a.founding.story)}</p>
                        <h3>{tr(|t| t.exhibit_founders())}</h3>
                        <ul class="founders">
                            {a.founding.founders.iter().map(|fo| view! {
                                <li><strong>{fo.name.clone()}</strong>" — "{text(&fo.office)}</li>
                            }).collect_view()}
                        </ul>
                    </section>
                    <p class="exhibit-links">
                        <Link href="/exhibit/anthem" class="btn">{tr(|t| t.exhibit_anthem_link())}</Link>
                        " "
                        <Link href="/exhibit/ceremony" class="btn">{tr(|t| t.exhibit_ceremony_link())}</Link>
                    </p>
                    <SourceList ids/>
                }.into_any()
            }/>
        </div>
    }
}
