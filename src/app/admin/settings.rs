//! The device settings form in `/admin`: the school name printed on
//! certificates and whether the leaderboard is offered (a kiosk may turn it
//! off). Saved at once on "Save", with a visible confirmation or failure.

use crate::app::i18n::{tr, use_i18n};
use crate::app::settings::{save_settings, settings};
use crate::core::device::{DeviceSettings, SCHOOL_MAX};
use leptos::prelude::*;

#[component]
pub fn SettingsForm() -> impl IntoView {
    let i18n = use_i18n();
    let start = settings();
    let school = RwSignal::new(start.school);
    let leaderboard = RwSignal::new(start.leaderboard);
    let public_url = RwSignal::new(start.public_url);
    // The typed address was not a web address (and was not kept).
    let url_refused = RwSignal::new(false);
    // None: not saved yet; Some(ok).
    let saved = RwSignal::new(None::<bool>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let s = DeviceSettings::from_json(
            &DeviceSettings {
                school: school.get_untracked(),
                leaderboard: leaderboard.get_untracked(),
                public_url: public_url.get_untracked(),
            }
            .to_json(),
        );
        school.set(s.school.clone());
        url_refused.set(s.public_url.is_empty() && !public_url.get_untracked().trim().is_empty());
        public_url.set(s.public_url.clone());
        saved.set(Some(save_settings(&s)));
    };
    view! {
        <form class="card settings-form" on:submit=save aria-labelledby="settings-h" novalidate>
            <h2 id="settings-h">{tr(|t| t.admin_settings_heading())}</h2>
            <div class="field">
                <label for="school">{tr(|t| t.admin_school())}</label>
                <input
                    id="school"
                    type="text"
                    maxlength=SCHOOL_MAX.to_string()
                    autocomplete="organization"
                    prop:value=move || school.get()
                    on:input=move |ev| {
                        school.set(event_target_value(&ev));
                        saved.set(None);
                    }
                    aria-describedby="school-hint"
                />
                <p class="muted hint" id="school-hint">{tr(|t| t.admin_school_hint())}</p>
            </div>
            <div class="field check">
                <input
                    type="checkbox"
                    id="leaderboard"
                    prop:checked=move || leaderboard.get()
                    on:change=move |ev| {
                        leaderboard.set(event_target_checked(&ev));
                        saved.set(None);
                    }
                />
                <label for="leaderboard">{tr(|t| t.admin_leaderboard())}</label>
            </div>
            <div class="field">
                <label for="public-url">{tr(|t| t.admin_public_url())}</label>
                <input
                    id="public-url"
                    type="url"
                    inputmode="url"
                    placeholder="https://"
                    prop:value=move || public_url.get()
                    on:input=move |ev| {
                        public_url.set(event_target_value(&ev));
                        saved.set(None);
                    }
                    aria-describedby="public-url-hint public-url-error"
                />
                <p class="muted hint" id="public-url-hint">{tr(|t| t.admin_public_url_hint())}</p>
                <p class="field-error" id="public-url-error">
                    {move || url_refused.get().then(|| i18n.t().admin_public_url_invalid())}
                </p>
            </div>
            <button type="submit" class="btn btn-primary">{tr(|t| t.admin_save())}</button>
            <p role="status" class="save-status">
                {move || match saved.get() {
                    Some(true) => i18n.t().admin_saved(),
                    Some(false) => i18n.t().admin_save_failed(),
                    None => "",
                }}
            </p>
        </form>
    }
}
