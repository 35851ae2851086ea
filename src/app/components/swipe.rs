//! Previous/next by gesture and key: a horizontal swipe on touch (or pen)
//! over the wrapped content, and the ← → keys anywhere on the page except
//! in a form field. The key listener is removed when the page goes.
//!
//! ```ignore
//! view! { <Swipe on_prev=Callback::new(|_| go(-1)) on_next=Callback::new(|_| go(1))>…</Swipe> }
//! ```

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The shortest horizontal movement that counts as a swipe, in CSS pixels.
const MIN_SWIPE_PX: i32 = 60;

fn typing_in_field(e: &ev::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

#[component]
pub fn Swipe(on_prev: Callback<()>, on_next: Callback<()>, children: Children) -> impl IntoView {
    let keys = window_event_listener(ev::keydown, move |e| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key() || typing_in_field(&e) {
            return;
        }
        match e.key().as_str() {
            "ArrowLeft" => on_prev.run(()),
            "ArrowRight" => on_next.run(()),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let start = StoredValue::new(None::<(i32, i32)>);
    let down = move |e: ev::PointerEvent| {
        let touch = e.pointer_type() != "mouse";
        start.set_value(touch.then(|| (e.client_x(), e.client_y())));
    };
    let up = move |e: ev::PointerEvent| {
        let Some((x, y)) = start.get_value() else {
            return;
        };
        start.set_value(None);
        let (dx, dy) = (e.client_x() - x, e.client_y() - y);
        // Mostly sideways, and far enough: a scroll is not a swipe.
        if dx.abs() >= MIN_SWIPE_PX && dx.abs() > 2 * dy.abs() {
            if dx > 0 {
                on_prev.run(())
            } else {
                on_next.run(())
            }
        }
    };
    view! {
        <div class="swipe" on:pointerdown=down on:pointerup=up on:pointercancel=move |_| start.set_value(None)>
            {children()}
        </div>
    }
}
