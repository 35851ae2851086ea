//! The device settings form in `/admin`: the school or library name (on
//! certificates and the report), the leaderboard, the public address for QR
//! codes, and kiosk mode (idle time, default language, the sections shown,
//! a nightly reload). Saved on "Save", with a visible confirmation or failure.

use crate::app::i18n::Pick;
use crate::app::i18n::{tr, use_i18n};
use crate::app::settings::{save_settings, settings};
use crate::core::device::{DeviceSettings, Sections, IDLE_MAX_S, SCHOOL_MAX};
use crate::core::lang::Lang;
use leptos::prelude::*;

/// A checkbox with its label.
#[component]
fn Check(
    id: &'static str,
    label: Pick,
    value: RwSignal<bool>,
    saved: RwSignal<Option<bool>>,
) -> impl IntoView {
    view! {
        <div class="field check">
            <input type="checkbox" id=id prop:checked=move || value.get()
                on:change=move |ev| { value.set(event_target_checked(&ev)); saved.set(None); }/>
            <label for=id>{tr(label)}</label>
        </div>
    }
}

#[component]
pub fn SettingsForm() -> impl IntoView {
    let i18n = use_i18n();
    let start = settings();
    let school = RwSignal::new(start.school);
    let leaderboard = RwSignal::new(start.leaderboard);
    let public_url = RwSignal::new(start.public_url);
    let kiosk = RwSignal::new(start.kiosk);
    let idle_s = RwSignal::new(start.idle_s.to_string());
    let default_lang = RwSignal::new(start.default_lang);
    let contest = RwSignal::new(start.sections.contest);
    let exhibit = RwSignal::new(start.sections.exhibit);
    let corner = RwSignal::new(start.sections.corner);
    let night = RwSignal::new(start.nightly_reload_hour);
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
                kiosk: kiosk.get_untracked(),
                idle_s: idle_s.get_untracked().trim().parse().unwrap_or(60),
                default_lang: default_lang.get_untracked(),
                sections: Sections {
                    contest: contest.get_untracked(),
                    exhibit: exhibit.get_untracked(),
                    corner: corner.get_untracked(),
                },
                nightly_reload_hour: night.get_untracked(),
            }
            .to_json(),
        );
        idle_s.set(s.idle_s.to_string());
        contest.set(s.sections.contest);
        exhibit.set(s.sections.exhibit);
        corner.set(s.sections.corner);
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
            <Check id="leaderboard" label=|t| t.admin_leaderboard() value=leaderboard saved/>
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
            <h3>{tr(|t| t.admin_kiosk_heading())}</h3>
            <Check id="kiosk" label=|t| t.admin_kiosk() value=kiosk saved/>
            <div class="field">
                <label for="idle">{tr(|t| t.admin_idle())}</label>
                <input id="idle" type="number" min="0" max=IDLE_MAX_S.to_string() step="1" inputmode="numeric"
                    prop:value=move || idle_s.get() on:input=move |ev| { idle_s.set(event_target_value(&ev)); saved.set(None); }
                    aria-describedby="idle-hint"/>
                <p class="muted hint" id="idle-hint">{tr(|t| t.admin_idle_hint())}</p>
            </div>
            <div class="field">
                <label for="default-lang">{tr(|t| t.admin_default_lang())}</label>
                <select id="default-lang" on:change=move |ev| {
                    default_lang.set(if event_target_value(&ev) == "en" { Lang::En } else { Lang::Vi });
                    saved.set(None);
                }>
                    <option value="vi" selected=move || default_lang.get() == Lang::Vi>"Tiếng Việt"</option>
                    <option value="en" selected=move || default_lang.get() == Lang::En>"English"</option>
                </select>
            </div>
            <fieldset class="field">
                <legend>{tr(|t| t.admin_sections())}</legend>
                <Check id="show-contest" label=|t| t.home_contest_title() value=contest saved/>
                <Check id="show-exhibit" label=|t| t.home_exhibit_title() value=exhibit saved/>
                <Check id="show-corner" label=|t| t.home_corner_title() value=corner saved/>
            </fieldset>
            <div class="field">
                <label for="night">{tr(|t| t.admin_night())}</label>
                <select id="night" on:change=move |ev| {
                    night.set(event_target_value(&ev).parse::<u8>().ok());
                    saved.set(None);
                }>
                    <option value="" selected=move || night.get().is_none()>{tr(|t| t.admin_night_off())}</option>
                    {(0u8..24).map(|h| view! {
                        <option value=h.to_string() selected=move || night.get() == Some(h)>{format!("{h:02}:00")}</option>
                    }).collect_view()}
                </select>
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
