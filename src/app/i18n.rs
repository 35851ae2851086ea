//! UI language: the typed string tables generated from `locales/*.json` by
//! `build.rs`, and the reactive current language.
//!
//! ```ignore
//! let i18n = use_i18n();
//! view! { <h1>{move || i18n.t().home_title()}</h1> }
//! ```

use crate::app::dom;
use crate::core::lang::{Lang, Text};
use leptos::prelude::*;

mod strings {
    include!(concat!(env!("OUT_DIR"), "/strings.rs"));
}
pub use strings::{Strings, EN, KEY_COUNT, VI};

pub(crate) const STORAGE_KEY: &str = "asean-kiosk.lang";

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// The current language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// The strings of the current language (tracked).
    pub fn t(&self) -> &'static Strings {
        strings(self.lang.get())
    }

    /// Changes the language; remembered across visits. State elsewhere in the
    /// app is untouched: only text re-renders.
    pub fn set(&self, lang: Lang) {
        if self.lang.get_untracked() != lang {
            self.lang.set(lang);
        }
        dom::storage_set(STORAGE_KEY, lang.code());
    }
}

/// The language to start in: `?lang=` in the URL, else the remembered one,
/// else Vietnamese.
pub fn initial_lang() -> Lang {
    dom::query_param("lang")
        .and_then(|s| Lang::parse(&s))
        .or_else(|| dom::storage_get(STORAGE_KEY).and_then(|s| Lang::parse(&s)))
        .unwrap_or_default()
}

/// Applies `?lang=` from the current URL, if any (after back/forward).
pub fn apply_query_lang() {
    if let Some(lang) = dom::query_param("lang").and_then(|s| Lang::parse(&s)) {
        use_i18n().set(lang);
    }
}

/// Creates the language context once, at the root, and keeps `<html lang>`
/// in step with it.
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(initial_lang()),
    };
    i18n.set(i18n.lang_untracked());
    Effect::new(move |_| dom::set_html_lang(i18n.lang().code()));
    provide_context(i18n);
    i18n
}

/// Picks one string from a table; a plain `fn` so every call to [`tr`] has
/// the same type.
pub type Pick = fn(&'static Strings) -> &'static str;

/// A reactive UI string: `{tr(|t| t.home_title())}`. Every use shares one
/// closure type, so the renderer is instantiated once for all strings
/// instead of once per string (this saves tens of KB of wasm).
pub fn tr(pick: Pick) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || pick(i18n.t())
}

/// A reactive content text in the current language; one type for all uses,
/// like [`tr`].
pub fn text(t: &Text) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    let t = t.clone();
    move || t.get(i18n.lang()).to_string()
}

/// A reactive string built from the current table: `{trf(move |t| fill(...))}`.
pub fn trf(
    make: impl Fn(&'static Strings) -> String + Send + Sync + 'static,
) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = use_i18n();
    move || make(i18n.t())
}

pub fn use_i18n() -> I18n {
    // Provided by `App` before anything renders; a fresh Vietnamese context
    // is a harmless fallback (e.g. in a component test).
    use_context::<I18n>().unwrap_or_else(|| I18n {
        lang: RwSignal::new(Lang::Vi),
    })
}
