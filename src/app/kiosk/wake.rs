//! Keeps a kiosk's screen on (Screen Wake Lock API), and asks again when the
//! page becomes visible (the browser drops the lock when it is hidden).
//! Called through `js_sys::Reflect`: the API is not in web-sys's stable set,
//! and browsers without it are simply skipped.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// One handler for every refused request, made once: nothing piles up
    /// however often the kiosk asks again.
    static IGNORE: Closure<dyn FnMut(JsValue)> = Closure::new(|_: JsValue| {});
}

/// Asks for a screen wake lock; failures (no support, page hidden, denied)
/// are ignored: the kiosk still works, the screen may dim.
pub fn keep_awake() {
    let Some(w) = web_sys::window() else { return };
    let nav: JsValue = w.navigator().into();
    let Ok(lock) = Reflect::get(&nav, &"wakeLock".into()) else {
        return;
    };
    if lock.is_undefined() {
        return;
    }
    let Ok(request) = Reflect::get(&lock, &"request".into()) else {
        return;
    };
    if let Some(f) = request.dyn_ref::<Function>() {
        if let Ok(p) = f.call1(&lock, &"screen".into()) {
            if let Ok(p) = p.dyn_into::<Promise>() {
                // A refused request must not surface as an error.
                IGNORE.with(|ignore| {
                    let _ = p.catch(ignore);
                });
            }
        }
    }
}
