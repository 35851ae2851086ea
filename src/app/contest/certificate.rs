//! A printable certificate: shown on screen as a preview, and alone on the
//! page when printed (see `@media print` in the stylesheet). The browser's
//! print dialog also saves it as PDF; no PDF library is shipped.

use super::play::use_game;
use crate::app::dom;
use crate::app::i18n::{fill, text, tr, use_i18n};
use crate::core::quiz::results::clean_nickname;
use leptos::prelude::*;

#[component]
pub fn Certificate(school: String) -> impl IntoView {
    let Some(ctx) = use_game() else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let Some(c) = ctx.contest.get_untracked() else {
        return ().into_any();
    };
    let name = RwSignal::new(
        ctx.active
            .with_untracked(|a| a.as_ref().map(|a| a.nickname.clone()))
            .unwrap_or_default(),
    );
    let title = ctx.loaded.with_value(|l| l.title.clone());
    let score = c.score().to_string();
    let correct = c.correct_count().to_string();
    let total = c.setup.questions.len().to_string();
    let at = c.progress.finished_ms.unwrap_or(c.progress.started_ms);
    let mode = super::start::mode_name(ctx.mode);
    let has_school = !school.is_empty();
    view! {
        <section class="certificate-area" aria-labelledby="cert-h">
            <h2 id="cert-h" class="no-print">{tr(|t| t.contest_certificate())}</h2>
            <div class="field no-print">
                <label for="cert-name">{tr(|t| t.contest_certificate_name())}</label>
                <input
                    id="cert-name"
                    type="text"
                    maxlength="60"
                    autocomplete="off"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>
            <div class="certificate">
                {has_school.then(|| view! { <p class="cert-school">{school.clone()}</p> })}
                <p class="cert-kind">{tr(|t| t.contest_certificate_heading())}</p>
                <p>{tr(|t| t.contest_certificate_awarded())}</p>
                <p class="cert-name">
                    {move || {
                        let n = clean_nickname(&name.get());
                        if n.is_empty() { "…".to_string() } else { n }
                    }}
                </p>
                <p>{tr(|t| t.contest_certificate_for())}</p>
                <p class="cert-pack">{text(&title)}" — "{tr(mode)}</p>
                <p class="cert-score">
                    {move || {
                        fill(
                            i18n.t().contest_certificate_score(),
                            &[("score", &score), ("correct", &correct), ("total", &total)],
                        )
                    }}
                </p>
                <p class="cert-date">{move || dom::local_date(at, i18n.lang().code())}</p>
                <p class="cert-app">{tr(|t| t.app_name())}</p>
            </div>
            <button type="button" class="btn btn-primary no-print" on:click=move |_| dom::print()>
                {tr(|t| t.contest_print_certificate())}
            </button>
        </section>
    }
    .into_any()
}
