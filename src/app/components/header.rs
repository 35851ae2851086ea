//! The header on every screen: the app's name (home), a back control that
//! goes up one level, and the language switch.

use crate::app::i18n::{tr, use_i18n};
use crate::app::router::{navigate, use_location, Link, Route};
use leptos::prelude::*;

/// `/exhibit/vn` → `/exhibit`, `/exhibit` → `/`; levels that are not a
/// page of their own are skipped (`/contest/exam/flags` → `/contest`).
pub fn parent_path(path: &str) -> String {
    let up = |p: &str| {
        let trimmed = p.trim_end_matches('/');
        match trimmed.rfind('/') {
            Some(0) | None => "/".to_string(),
            Some(i) => trimmed[..i].to_string(),
        }
    };
    let mut p = up(path);
    while p != "/" && matches!(Route::parse(&p), Route::NotFound(_)) {
        p = up(&p);
    }
    p
}

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let at_home = move || location.path.get() == "/";
    let go_back = move |_| navigate(&parent_path(&location.path.get_untracked()));
    let switch = move |_| i18n.set(i18n.lang_untracked().other());

    view! {
        <header class="app-header">
            <a class="skip-link" href="#main">{tr(|t| t.app_skip_to_content())}</a>
            <nav class="header-nav" aria-label=tr(|t| t.app_main_nav())>
                <button type="button" class="btn btn-ghost back" on:click=go_back hidden=at_home>
                    <span aria-hidden="true">"←"</span>
                    <span class="label">{tr(|t| t.app_back())}</span>
                </button>
                <Link href="/" class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    <span class="brand-name">{tr(|t| t.app_name())}</span>
                    <span class="visually-hidden">" — " {tr(|t| t.app_home())}</span>
                </Link>
            </nav>
            <button
                type="button"
                class="btn btn-ghost lang-switch"
                on:click=switch
                aria-label=tr(|t| t.app_switch_to_other_label())
                lang=move || i18n.lang().other().code()
            >
                {tr(|t| t.app_switch_to_other())}
            </button>
        </header>
    }
}

#[cfg(test)]
mod tests {
    use super::parent_path;

    #[test]
    fn goes_up_one_level() {
        assert_eq!(parent_path("/exhibit/vn"), "/exhibit");
        assert_eq!(parent_path("/exhibit"), "/");
        assert_eq!(parent_path("/corner/search/"), "/corner");
        assert_eq!(parent_path("/"), "/");
        assert_eq!(parent_path("/contest/exam/flags"), "/contest");
        assert_eq!(parent_path("/contest/results"), "/contest");
    }
}
