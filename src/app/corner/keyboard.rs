//! An on-screen keyboard for the search on a touch kiosk, which has no
//! keyboard of its own. Plain letters are enough: the search ignores
//! accents, so `ha noi` finds “Hà Nội”. Shown with a toggle (kiosk mode
//! can open it by default).
//!
//! ```ignore
//! let q = RwSignal::new(String::new());
//! view! { <ScreenKeyboard text=q/> }
//! ```

use crate::app::i18n::{tr, use_i18n};
use leptos::prelude::*;

const ROWS: [&str; 4] = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

#[component]
pub fn ScreenKeyboard(text: RwSignal<String>, #[prop(optional)] open: bool) -> impl IntoView {
    let i18n = use_i18n();
    let shown = RwSignal::new(open);
    let rows = ROWS
        .iter()
        .map(|row| {
            let keys = row
                .chars()
                .map(|c| {
                    view! {
                        <button type="button" class="key" on:click=move |_| text.update(|t| t.push(c))>{c.to_string()}</button>
                    }
                })
                .collect_view();
            view! { <div class="key-row">{keys}</div> }
        })
        .collect_view();
    view! {
        <div class="screen-keyboard-area">
            <button type="button" class="btn keyboard-toggle" aria-expanded=move || shown.get().to_string()
                aria-controls="screen-keyboard" on:click=move |_| shown.update(|s| *s = !*s)>
                <span aria-hidden="true">"⌨ "</span>{tr(|t| t.corner_keyboard())}
            </button>
            <div id="screen-keyboard" class="screen-keyboard" role="group"
                aria-label=tr(|t| t.corner_keyboard()) hidden=move || !shown.get()>
                {rows}
                <div class="key-row">
                    <button type="button" class="key key-wide" on:click=move |_| text.update(|t| t.push(' '))>
                        {tr(|t| t.corner_key_space())}
                    </button>
                    <button type="button" class="key key-wide" aria-label=move || i18n.t().corner_key_backspace()
                        on:click=move |_| text.update(|t| { t.pop(); })>"⌫"</button>
                    <button type="button" class="key key-wide" on:click=move |_| text.set(String::new())>
                        {tr(|t| t.corner_key_clear())}
                    </button>
                </div>
            </div>
        </div>
    }
}
