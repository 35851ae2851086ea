//! `/contest/<format>/screen`: the audience window for the projector. It
//! asks the control window for the current screen when it opens (and shows
//! the last one saved, so a reopened window is right at once), then follows
//! every change. Nothing here can change the contest.

use super::channel::use_channel;
use super::screen_view::ScreenView;
use crate::app::dom;
use crate::app::i18n::tr;
use crate::core::host::screen::{Message, Screen};
use leptos::prelude::*;

/// The channel and storage key of a hosted format (`golden-bell`).
pub fn channel_name(format: &str) -> String {
    format!("asean-kiosk.host.{format}")
}

pub fn screen_key(format: &str) -> String {
    format!("asean-kiosk.host.{format}.screen")
}

#[component]
pub fn Audience(format: String) -> impl IntoView {
    let saved = dom::storage_get(&screen_key(&format))
        .and_then(|s| serde_json::from_str::<Screen>(&s).ok());
    let screen = RwSignal::new(saved);
    let channel = use_channel(&channel_name(&format), move |m| {
        if let Message::Screen { screen: s } = m {
            screen.set(Some(*s));
        }
    });
    channel.post(&Message::Hello);
    // The projector shows the screen alone: no app header.
    dom::set_body_class("audience", true);
    on_cleanup(|| dom::set_body_class("audience", false));
    view! {
        <div class="audience-view">
            <button type="button" class="btn btn-ghost fullscreen no-print" on:click=|_| dom::fullscreen()>
                {tr(|t| t.host_fullscreen())}
            </button>
            <ScreenView screen/>
        </div>
    }
}
