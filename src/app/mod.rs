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
pub mod exhibit;
pub mod home;
pub mod i18n;
pub mod not_found;
pub mod router;
pub mod settings;

use components::header::Header;
use leptos::prelude::*;
use router::Route;

/// Starts the app: panic handling first, then the UI.
pub fn mount() {
    crash::install();
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    let i18n = i18n::provide_i18n();
    router::provide_router();
    let route = router::use_route();
    Effect::new(move |_| dom::set_title(i18n.t().app_name));
    view! {
        <Header/>
        <main id="main" tabindex="-1">
            {move || match route.get() {
                Route::Home => view! { <home::Home/> }.into_any(),
                Route::Contest => view! { <contest::ContestHome/> }.into_any(),
                Route::Play { mode, pack } => view! { <contest::Play mode pack/> }.into_any(),
                Route::Results => view! { <contest::History/> }.into_any(),
                Route::Exhibit => view! { <exhibit::ExhibitHome/> }.into_any(),
                Route::Corner => view! { <corner::CornerHome/> }.into_any(),
                Route::Admin => view! { <admin::AdminHome/> }.into_any(),
                Route::NotFound(_) => view! { <not_found::NotFound/> }.into_any(),
            }}
        </main>
    }
}
