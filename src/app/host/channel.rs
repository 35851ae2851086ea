//! The link between the control window and the audience window:
//! a `BroadcastChannel` (same browser, same machine, no network). Messages
//! are the core's [`Message`] as JSON; the channel closes when the component
//! that opened it goes away.
//!
//! ```ignore
//! let channel = use_channel("asean-kiosk.host", move |m| match m {
//!     Message::Hello => send_screen(),
//!     Message::Screen { screen } => show(screen),
//! });
//! channel.post(&Message::Hello);
//! ```

use crate::core::host::screen::Message;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A handle to post on the channel; posting after cleanup does nothing.
#[derive(Clone, Copy)]
pub struct Channel {
    inner: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
}

impl Channel {
    pub fn post(&self, m: &Message) {
        let Ok(json) = serde_json::to_string(m) else {
            return;
        };
        self.inner.with_value(|c| {
            if let Some(c) = c {
                let _ = c.post_message(&json.into());
            }
        });
    }
}

/// Opens `name` for the calling component's lifetime and calls `on_message`
/// for every well-formed message from another window (others are ignored:
/// another tab of an older version must not break this one).
pub fn use_channel(name: &str, on_message: impl Fn(Message) + 'static) -> Channel {
    let channel = web_sys::BroadcastChannel::new(name).ok();
    if let Some(c) = &channel {
        let handler =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                if let Some(text) = e.data().as_string() {
                    if let Ok(m) = serde_json::from_str::<Message>(&text) {
                        on_message(m);
                    }
                }
            });
        c.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        // The handler lives exactly as long as the channel. (Browser objects
        // stay on the page's one thread; the wrapper only satisfies the type.)
        let owned = send_wrapper::SendWrapper::new((c.clone(), handler));
        on_cleanup(move || {
            let (c, handler) = owned.take();
            c.set_onmessage(None);
            c.close();
            drop(handler);
        });
    }
    Channel {
        inner: StoredValue::new_local(channel),
    }
}
