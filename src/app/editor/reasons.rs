//! An importer's [`Reason`] and [`Place`] in the interface language, from
//! the locale files (section `reason`, one key per variant).

use crate::app::i18n::{fill, Strings};
use crate::core::import::{Format, Place, Reason};

/// "1.5"-style megabytes for size messages.
fn mb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1_048_576.0)
}

pub fn reason_text(t: &'static Strings, r: &Reason) -> String {
    match r {
        Reason::TooLarge { bytes, max } => fill(
            t.reason_too_large(),
            &[("size", &mb(*bytes)), ("max", &mb(*max))],
        ),
        Reason::EmptyFile => t.reason_empty_file().into(),
        Reason::NotText => t.reason_not_text().into(),
        Reason::NoQuestions => t.reason_no_questions().into(),
        Reason::UnknownLayout => t.reason_unknown_layout().into(),
        Reason::BadJson { message } => fill(t.reason_bad_json(), &[("message", message)]),
        Reason::InvalidPack { path, message } => fill(
            t.reason_invalid_pack(),
            &[("path", path), ("message", message)],
        ),
        Reason::EmptyPrompt => t.reason_empty_prompt().into(),
        Reason::MissingAnswer => t.reason_missing_answer().into(),
        Reason::BadCorrect { value } => fill(t.reason_bad_correct(), &[("value", value)]),
        Reason::DuplicateOption { option } => {
            fill(t.reason_duplicate_option(), &[("option", option)])
        }
        Reason::TooFewOptions { found, min } => fill(
            t.reason_too_few_options(),
            &[("found", &found.to_string()), ("min", &min.to_string())],
        ),
        Reason::TooManyOptions { found, max } => fill(
            t.reason_too_many_options(),
            &[("found", &found.to_string()), ("max", &max.to_string())],
        ),
        Reason::WrongColumnCount { found, expected } => fill(
            t.reason_wrong_column_count(),
            &[
                ("found", &found.to_string()),
                ("expected", &expected.to_string()),
            ],
        ),
        Reason::UnclosedQuote => t.reason_unclosed_quote().into(),
        Reason::UnsupportedType { name } => fill(t.reason_unsupported_type(), &[("name", name)]),
        Reason::Description => t.reason_description().into(),
        Reason::UnclosedBrace => t.reason_unclosed_brace().into(),
        Reason::Syntax { found } => fill(t.reason_syntax(), &[("found", found)]),
        Reason::BadNumber { value } => fill(t.reason_bad_number(), &[("value", value)]),
        Reason::BadPair => t.reason_bad_pair().into(),
        Reason::MissingAnswerLine => t.reason_missing_answer_line().into(),
        Reason::UnknownLetter { letter } => fill(t.reason_unknown_letter(), &[("letter", letter)]),
        Reason::TooManyQuestions { max } => {
            fill(t.reason_too_many_questions(), &[("max", &max.to_string())])
        }
        Reason::TooManyProblems { max } => {
            fill(t.reason_too_many_problems(), &[("max", &max.to_string())])
        }
        Reason::RemoteImage { url } => fill(t.reason_remote_image(), &[("url", url)]),
        Reason::BadTimeLimit { value } => fill(t.reason_bad_time_limit(), &[("value", value)]),
        Reason::WeightsIgnored => t.reason_weights_ignored().into(),
        Reason::FeedbackIgnored => t.reason_feedback_ignored().into(),
    }
}

/// "line 12, column 5" / "line 12" / "" (the whole file).
pub fn place_text(t: &'static Strings, p: Place) -> String {
    match (p.line, p.column) {
        (0, _) => String::new(),
        (line, Some(col)) => fill(
            t.import_line_column(),
            &[("line", &line.to_string()), ("column", &col.to_string())],
        ),
        (line, None) => fill(t.import_line(), &[("line", &line.to_string())]),
    }
}

pub fn format_name(t: &'static Strings, f: Format) -> &'static str {
    match f {
        Format::Json => t.import_format_json(),
        Format::Kahoot => t.import_format_kahoot(),
        Format::Quizizz => t.import_format_quizizz(),
        Format::Blooket => t.import_format_blooket(),
        Format::Csv => t.import_format_csv(),
        Format::Gift => t.import_format_gift(),
        Format::Aiken => t.import_format_aiken(),
    }
}
