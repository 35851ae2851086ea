//! Admin area (`/admin`): this device's settings, and a check of every
//! content file the app loads, so a librarian who replaced one sees at once
//! whether it is valid.

pub mod anthem;
mod data;
pub mod pin_gate;
pub mod report;
mod settings;

use crate::app::content::{use_content, ContentResource, ContentView};
use crate::app::i18n::{fill, tr, trf};
use crate::app::router::Link;
use crate::core::content::{ArticleIndex, MapFile, MembersFile, TopicsFile};
use crate::core::quiz::validate::INDEX_FILE as QUIZ_INDEX_FILE;
use crate::core::quiz::PackIndex;
use crate::core::validate::{ARTICLE_INDEX_FILE, MAP_FILE, MEMBERS_FILE, TOPICS_FILE};
use leptos::prelude::*;

#[component]
fn FileCheck(file: &'static str, res: ContentResource) -> impl IntoView {
    view! {
        <li class="file-check" data-file=file>
            <code>{file}</code>
            " "
            <ContentView res render=|_| view! {
                <span class="ok">"✓ " {tr(|t| t.admin_file_ok())}</span>
            }.into_any()/>
        </li>
    }
}

#[component]
pub fn AdminHome() -> impl IntoView {
    // The files the app's screens read today; each section's issue adds its own.
    let files: [(&'static str, ContentResource); 5] = [
        (MEMBERS_FILE, use_content::<MembersFile>(MEMBERS_FILE)),
        (TOPICS_FILE, use_content::<TopicsFile>(TOPICS_FILE)),
        (
            ARTICLE_INDEX_FILE,
            use_content::<ArticleIndex>(ARTICLE_INDEX_FILE),
        ),
        (MAP_FILE, use_content::<MapFile>(MAP_FILE)),
        (QUIZ_INDEX_FILE, use_content::<PackIndex>(QUIZ_INDEX_FILE)),
    ];
    let version = env!("CARGO_PKG_VERSION");
    view! {
        <div class="section admin">
            <h1>{tr(|t| t.admin_title())}</h1>
            <p class="lead">{tr(|t| t.admin_intro())}</p>
            <p class="actions">
                <Link href="/admin/report" class="btn btn-primary">{tr(|t| t.admin_report_link())}</Link>
                " "
                <button type="button" class="btn" on:click=|_| {
                    pin_gate::lock_admin();
                    crate::app::router::navigate("/");
                }>{tr(|t| t.admin_lock())}</button>
            </p>
            <settings::SettingsForm/>
            <data::DataPanel/>
            <h2>{tr(|t| t.admin_recording_title())}</h2>
            <p>
                <Link href="/admin/anthem" class="btn">{tr(|t| t.admin_recording_link())}</Link>
            </p>
            <h2>{tr(|t| t.admin_files_heading())}</h2>
            <ul class="file-checks" role="list">
                {files.into_iter().map(|(file, res)| view! { <FileCheck file res/> }).collect_view()}
            </ul>
            <p class="muted">{trf(move |t| fill(t.admin_version(), &[("version", version)]))}</p>
        </div>
    }
}
