use crate::app::i18n::tr;
use leptos::prelude::*;

/// A polite, accessible loading state.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status" aria-live="polite">{tr(|t| t.app_loading())}</p> }
}
