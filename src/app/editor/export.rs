//! "Export": a pack as our JSON (to share with a colleague, who imports it
//! unchanged), as GIFT (for Moodle) or as our CSV (for a spreadsheet).

use super::pack_lang;
use crate::app::dom;
use crate::app::i18n::{tr, use_i18n};
use crate::core::import::{csv, gift, json};
use crate::core::quiz::Pack;
use leptos::prelude::*;

#[component]
pub fn ExportButtons(#[prop(into)] pack: Signal<Option<Pack>>) -> impl IntoView {
    let i18n = use_i18n();
    let save = move |kind: &'static str| {
        let Some(p) = pack.get_untracked() else {
            return;
        };
        let lang = pack_lang(&p, i18n.lang_untracked());
        let (text, ext, mime) = match kind {
            "gift" => (gift::export(&p, lang), "gift.txt", "text/plain"),
            "csv" => (csv::export(&p, lang), "csv", "text/csv"),
            _ => (json::export(&p), "json", "application/json"),
        };
        dom::download(&format!("{}.{ext}", p.id), mime, &text);
    };
    view! {
        <div class="mode-links export" role="group" aria-label=tr(|t| t.editor_export())>
            <span class="export-label" aria-hidden="true">{tr(|t| t.editor_export())}": "</span>
            <button type="button" class="btn export-json" on:click=move |_| save("json")>{tr(|t| t.editor_export_json())}</button>
            <button type="button" class="btn export-gift" on:click=move |_| save("gift")>{tr(|t| t.editor_export_gift())}</button>
            <button type="button" class="btn export-csv" on:click=move |_| save("csv")>{tr(|t| t.editor_export_csv())}</button>
        </div>
    }
}
