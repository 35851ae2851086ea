//! The panel shown in place of content whose file could not be used: it
//! names the file and the place, explains in the reader's language, and
//! keeps serde's exact message under "technical details" for whoever fixes
//! the file.

use crate::app::i18n::{fill, tr, trf, Strings};
use crate::core::load::{FieldProblem, LoadError, LoadErrorKind};
use leptos::prelude::*;

/// The localised explanation of an error, as lines of text.
pub fn explain(t: &Strings, e: &LoadError) -> Vec<String> {
    let n = |v: usize| v.to_string();
    match e.kind.as_ref() {
        LoadErrorKind::Http { status: 404 } => vec![t.error_http_404().to_string()],
        LoadErrorKind::Http { status } => {
            vec![fill(t.error_http(), &[("status", &status.to_string())])]
        }
        LoadErrorKind::Network { .. } => vec![t.error_network().to_string()],
        LoadErrorKind::Syntax { line, column, .. } => vec![fill(
            t.error_syntax(),
            &[("line", &n(*line)), ("column", &n(*column))],
        )],
        LoadErrorKind::Field {
            path,
            line,
            column,
            problem,
            ..
        } => {
            let place = if path.is_empty() {
                fill(
                    t.error_field_root(),
                    &[("line", &n(*line)), ("column", &n(*column))],
                )
            } else {
                fill(
                    t.error_field(),
                    &[("path", path), ("line", &n(*line)), ("column", &n(*column))],
                )
            };
            let what = match problem {
                FieldProblem::Missing(name) => fill(t.error_missing(), &[("name", name)]),
                FieldProblem::Unknown(name) => fill(t.error_unknown(), &[("name", name)]),
                FieldProblem::WrongType { found, expected } => fill(
                    t.error_wrong_type(),
                    &[("found", found), ("expected", expected)],
                ),
                FieldProblem::BadValue => t.error_bad_value().to_string(),
            };
            vec![place, what]
        }
        LoadErrorKind::WrongFormat { expected, found } => vec![fill(
            t.error_wrong_format(),
            &[("expected", expected), ("found", found)],
        )],
        LoadErrorKind::TooNew { supported, found } => vec![fill(
            t.error_too_new(),
            &[
                ("supported", &supported.to_string()),
                ("found", &found.to_string()),
            ],
        )],
    }
}

#[component]
pub fn ErrorPanel(error: LoadError) -> impl IntoView {
    let technical = error.to_string();
    let file = error.file.clone();
    let data_file = file.clone();
    view! {
        <section class="error-panel" role="alert" data-file=data_file>
            <h2>{tr(|t| t.error_heading())}</h2>
            <p class="error-file">{trf(move |t| fill(t.error_file(), &[("file", &file)]))}</p>
            <p>{trf(move |t| explain(t, &error).join(" "))}</p>
            <p class="error-hint">{tr(|t| t.error_hint())}</p>
            <details>
                <summary>{tr(|t| t.error_technical())}</summary>
                <code>{technical}</code>
            </details>
        </section>
    }
}
