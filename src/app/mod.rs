//! The Leptos UI, by section. Everything here is a thin layer over
//! [`crate::core`].

pub mod admin;
pub mod clock;
pub mod components;
pub mod content;
pub mod contest;
pub mod corner;
pub mod crash;
pub mod dom;
pub mod editor;
pub mod exhibit;
pub mod home;
pub mod host;
pub mod i18n;
pub mod idb;
pub mod kiosk;
pub mod my_packs;
pub mod not_found;
pub mod pages;
pub mod router;
pub mod settings;
pub mod update;
pub mod usage;

use components::header::Header;
use leptos::prelude::*;

/// Starts the app with the screens of one download (see [`pages`]):
/// panic handling first, then the UI.
pub fn mount(pages: pages::Pages) {
    crash::install();
    leptos::mount::mount_to_body(move || view! { <App pages/> });
}

#[component]
pub fn App(pages: pages::Pages) -> impl IntoView {
    let i18n = i18n::provide_i18n();
    router::provide_router();
    let route = router::use_route();
    Effect::new(move |_| dom::set_title(i18n.t().app_name()));
    // The first route is the one the page was loaded for; a later one this
    // download lacks is loaded as a new page (the loader in index.html picks
    // the download that has it). Never on the first: no reload loop.
    let first = StoredValue::new(true);
    let kiosk = kiosk::kiosk_mode();
    if kiosk {
        // A kiosk starts on its attract loop, and returns there after each visitor.
        if !kiosk::session::visitor_present() && route.get_untracked() == router::Route::Home {
            router::navigate("/kiosk");
        }
    } else {
        usage::session_started();
    }
    view! {
        {kiosk.then(|| view! { <kiosk::KioskShell/> })}
        <update::UpdateBanner/>
        <Header/>
        <main id="main" tabindex="-1">
            {move || {
                let r = route.get();
                let is_first = first.get_value();
                first.set_value(false);
                match pages(&r) {
                    Some(view) => view,
                    None if is_first => view! { <not_found::NotFound/> }.into_any(),
                    None => {
                        dom::reload();
                        view! { <components::loading::Loading/> }.into_any()
                    }
                }
            }}
        </main>
    }
}
