//! The admin area's PIN: set on first use (twice, 4–8 digits), stored only
//! as a salted hash (`core::pin`), asked for once per tab; five wrong tries
//! lock it for a minute, across reloads. A kiosk's idle reset locks it again.
//!
//! ```ignore
//! view! { <PinGate><AdminHome/></PinGate> }
//! ```

use crate::app::clock::now_ms;
use crate::app::dom;
use crate::app::i18n::{fill, tr, use_i18n, Strings};
use crate::core::pin::{check_pin_format, Lock, PinFormatError, PinRecord};
use leptos::prelude::*;

const PIN_KEY: &str = "asean-kiosk.admin-pin";
const LOCK_KEY: &str = "asean-kiosk.admin-lock";
/// In sessionStorage: this tab has entered the PIN.
const UNLOCKED: &str = "asean-kiosk.admin-unlocked";

/// Asks for the PIN again (the kiosk's reset, the "lock" button).
pub fn lock_admin() {
    dom::session_remove(UNLOCKED);
}

fn stored_lock() -> Lock {
    dom::storage_get(LOCK_KEY)
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

fn save_lock(l: &Lock) {
    dom::storage_set(LOCK_KEY, &serde_json::to_string(l).unwrap_or_default());
}

fn random_salt() -> [u8; 16] {
    let mut salt = [0u8; 16];
    let ok = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut salt).is_ok());
    if !ok {
        // No Web Crypto (very old browser): a weaker salt is still a salt.
        for (i, b) in salt.iter_mut().enumerate() {
            *b = ((js_sys::Math::random() * 256.0) as u8) ^ (i as u8);
        }
    }
    salt
}

fn format_message(t: &Strings, e: PinFormatError) -> &'static str {
    match e {
        PinFormatError::Length => t.admin_pin_length(),
        PinFormatError::NotDigits => t.admin_pin_digits(),
    }
}

#[component]
fn PinInput(id: &'static str, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || match label {
        "new" => i18n.t().admin_pin_new(),
        "again" => i18n.t().admin_pin_again(),
        _ => i18n.t().admin_pin_enter(),
    };
    view! {
        <div class="field">
            <label for=id>{text}</label>
            <input id=id type="password" inputmode="numeric" autocomplete="off" maxlength="8"
                class="pin-input" prop:value=move || value.get()
                on:input=move |e| value.set(event_target_value(&e))/>
        </div>
    }
}

#[component]
pub fn PinGate(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(dom::session_get(UNLOCKED).is_some());
    let record = RwSignal::new(dom::storage_get(PIN_KEY).and_then(|s| PinRecord::from_json(&s)));
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());

    let set_pin = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let t = i18n.t();
        let (p, a) = (pin.get_untracked(), again.get_untracked());
        if let Err(err) = check_pin_format(&p) {
            message.set(format_message(t, err).into());
        } else if p != a {
            message.set(t.admin_pin_mismatch().into());
        } else if let Ok(rec) = PinRecord::new(&p, random_salt()) {
            if dom::storage_set(PIN_KEY, &rec.to_json()) {
                dom::session_set(UNLOCKED, "1");
                record.set(Some(rec));
                open.set(true);
            } else {
                message.set(t.admin_save_failed().into());
            }
        }
    };
    let enter = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let t = i18n.t();
        let now = now_ms();
        let mut lock = stored_lock();
        if let Some(s) = lock.locked_for(now) {
            message.set(fill(t.admin_pin_locked(), &[("n", &s.to_string())]));
            return;
        }
        let ok =
            record.with_untracked(|r| r.as_ref().is_some_and(|r| r.verify(&pin.get_untracked())));
        pin.set(String::new());
        if ok {
            save_lock(&Lock::default());
            dom::session_set(UNLOCKED, "1");
            message.set(String::new());
            open.set(true);
        } else {
            lock.wrong_try(now);
            save_lock(&lock);
            message.set(match lock.locked_for(now) {
                Some(s) => fill(t.admin_pin_locked(), &[("n", &s.to_string())]),
                None => fill(
                    t.admin_pin_wrong(),
                    &[("n", &lock.tries_left().to_string())],
                ),
            });
        }
    };

    move || {
        if open.get() {
            return children().into_any();
        }
        let form = if record.with(Option::is_none) {
            view! {
                <form class="card pin-form" on:submit=set_pin novalidate>
                    <h2>{tr(|t| t.admin_pin_set_title())}</h2>
                    <p>{tr(|t| t.admin_pin_set_intro())}</p>
                    <PinInput id="pin-new" label="new" value=pin/>
                    <PinInput id="pin-again" label="again" value=again/>
                    <button type="submit" class="btn btn-primary">{tr(|t| t.admin_pin_set())}</button>
                </form>
            }
            .into_any()
        } else {
            view! {
                <form class="card pin-form" on:submit=enter novalidate>
                    <h2>{tr(|t| t.admin_pin_title())}</h2>
                    <PinInput id="pin" label="enter" value=pin/>
                    <button type="submit" class="btn btn-primary">{tr(|t| t.admin_pin_open())}</button>
                </form>
            }
            .into_any()
        };
        view! {
            <div class="section admin">
                <h1>{tr(|t| t.admin_title())}</h1>
                {form}
                <p class="field-error" role="alert">{move || message.get()}</p>
            </div>
        }
        .into_any()
    }
}
