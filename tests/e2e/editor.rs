//! Teachers' own packs: a Kahoot spreadsheet and a Moodle GIFT file brought
//! in through the file picker, previewed with what is skipped and where,
//! saved, played and edited; a pack sent to a colleague as JSON and imported
//! unchanged; a broken file refused with its name while the packs already
//! kept stay.

use crate::harness::{check, run, Page, Run, Site, TestResult};
use fantoccini::Locator;
use std::path::PathBuf;

/// Writes `content` to a file named `name` in a fresh folder of the test's own.
fn file(name: &str, content: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("asean-import-{}-{name}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write the test file");
    path
}

/// Chooses `path` in the import page's file picker (once the page shows it).
async fn choose(p: &Page, path: &std::path::Path) -> TestResult {
    p.wait_count("input.import-file", 1).await?;
    p.client
        .find(Locator::Css("input.import-file"))
        .await
        .map_err(|e| e.to_string())?
        .send_keys(&path.display().to_string())
        .await
        .map_err(|e| e.to_string())
}

/// Confirms the preview and waits for the new pack in the editor; its id.
async fn confirm(p: &Page) -> Result<String, String> {
    p.click_text("button.import-confirm", "").await?;
    p.wait_text(".save-state", "").await?;
    let path = p.path().await?;
    let id = path
        .strip_prefix("/contest/editor/")
        .unwrap_or_default()
        .to_string();
    check(
        id.starts_with("my-"),
        format!("in the editor of a new pack: {path}"),
    )?;
    Ok(id)
}

const KAHOOT: &str = "\
,Quiz template,,,,,,
,Add questions at the bottom of the template,,,,,,
,,,,,,,
,Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,\"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs\",Correct answer(s) - choose at least one
1,In which year was ASEAN founded?,1967,1975,1995,1999,20,1
2,Which of these are founding members of ASEAN?,Indonesia,Viet Nam,Thailand,Laos,30,\"1,3\"
3,What is the capital of Viet Nam?,Hue,Hanoi,Da Nang,,20,5
";

#[tokio::test]
async fn a_kahoot_sheet_is_previewed_imported_and_played() {
    let site = Site::copy_of_dist();
    let sheet = file("asean-kahoot.csv", KAHOOT.as_bytes());
    run(&site, Run::default(), move |p| async move {
        p.goto("/contest/import?lang=en").await?;
        choose(&p, &sheet).await?;
        p.wait_text(".import-preview .format", "Kahoot spreadsheet")
            .await?;
        p.wait_text(
            ".import-preview .summary",
            "2 questions will be imported, 1 skipped",
        )
        .await?;
        // The bad row is named by its line, with the reason in plain words.
        p.wait_text(".skipped li", "Line 7, column 58").await?;
        p.wait_text(".skipped li", "“5” is not one of the options")
            .await?;
        p.wait_text(".import-questions li", "In which year was ASEAN founded?")
            .await?;
        p.type_into("#import-title", "ASEAN from Kahoot").await?;
        let id = confirm(&p).await?;
        p.wait_text("h1", "ASEAN from Kahoot").await?;
        p.wait_text(
            ".question-list",
            "Which of these are founding members of ASEAN?",
        )
        .await?;

        // In the picker, marked as made here; then played.
        p.goto("/contest").await?;
        p.wait_text(
            &format!(".my-packs-card .pack-card[data-pack={id}]"),
            "Made on this device",
        )
        .await?;
        // In the hosting formats' pack list, as a group of its own.
        p.goto("/contest/host").await?;
        p.wait_text(
            &format!("#teams-pack optgroup option[value={id}]"),
            "ASEAN from Kahoot",
        )
        .await?;
        p.goto(&format!("/contest/practice/{id}?seed=1")).await?;
        p.wait_text("h1", "ASEAN from Kahoot").await?;
        p.click_text("button[type=submit]", "Start").await?;
        let prompt = p
            .wait_for(
                "return document.querySelector('article.question .prompt')?.textContent ?? null",
            )
            .await?;
        if prompt == "In which year was ASEAN founded?" {
            p.click_text("button.option", "1967").await?;
        } else {
            p.click_text("button.option", "Indonesia").await?;
            p.click_text("button.option", "Thailand").await?;
            p.click_text("article.question button.btn-primary", "Answer")
                .await?;
        }
        p.wait_text(".feedback h2", "Right!").await
    })
    .await;
}

const GIFT: &str = "\
// ASEAN basics, exported from Moodle
$CATEGORY: $course$/ASEAN basics

::founded::In which year was ASEAN founded? {=1967 ~1976 ~1995}

::capital::What is the capital of Viet Nam? {=Hanoi =Ha Noi}

::members::ASEAN has ten member states. {F}

::year:: In which year did Viet Nam join ASEAN? {#1995}

::broken::Which city hosted the signing of the Bangkok Declaration? {=Bangkok ~Jakarta
";

#[tokio::test]
async fn a_gift_file_is_imported_edited_and_shared_unchanged() {
    let site = Site::copy_of_dist();
    let gift = file("asean.gift", GIFT.as_bytes());
    run(&site, Run::default(), move |p| async move {
        p.goto("/contest/import?lang=en").await?;
        choose(&p, &gift).await?;
        p.wait_text(".import-preview .format", "GIFT").await?;
        p.wait_text(
            ".import-preview .summary",
            "4 questions will be imported, 1 skipped",
        )
        .await?;
        p.wait_text(
            ".skipped li",
            "Line 12, column 69: An opening curly brace has no closing brace",
        )
        .await?;
        // The category names the pack.
        let title = p
            .js("return document.getElementById('import-title').value")
            .await?;
        check(
            title == "ASEAN basics",
            format!("title from the category: {title}"),
        )?;
        let id = confirm(&p).await?;
        p.wait_text(".check-summary", "").await?;

        // Edit the first question's prompt: saved at once, kept after a reload.
        p.click_text(".edit-question", "In which year was ASEAN founded?")
            .await?;
        p.type_into(
            ".question-editing textarea[lang=en]",
            "In which year was ASEAN founded, in Bangkok?",
        )
        .await?;
        p.wait_text(".question-list", "founded, in Bangkok?")
            .await?;
        p.wait_text(".save-state", "Saved on this device").await?;
        p.js("location.reload()").await?;
        p.wait_text(
            ".question-list",
            "In which year was ASEAN founded, in Bangkok?",
        )
        .await?;

        // Delete a question, then undo.
        p.click_text(".delete-question", "").await?;
        p.wait_text(".notice.undo", "Question 1 deleted").await?;
        p.wait_count(".question-row", 3).await?;
        p.click_text("button.undo-delete", "Undo").await?;
        p.wait_count(".question-row", 4).await?;

        // Reorder: the first question down one place, by its named button.
        let labels = p.labels(".question-row button.move-down").await?;
        check(
            labels.first().map(String::as_str) == Some("Move question 1 down"),
            format!("move buttons named: {labels:?}"),
        )?;
        p.click_text("button.move-down", "↓").await?;
        p.wait_text(".question-row:nth-child(2)", "founded, in Bangkok?")
            .await?;
        p.wait_text(
            ".question-row:nth-child(1)",
            "What is the capital of Viet Nam?",
        )
        .await?;
        p.click_text(".question-row:nth-child(2) button.move-up", "↑")
            .await?;
        p.wait_text(".question-row:nth-child(1)", "founded, in Bangkok?")
            .await?;

        // Sent to a colleague as JSON, imported there unchanged. The
        // editor's "Export" leads to the pack's card in the list.
        p.click_text("a.export-open", "Export this pack").await?;
        p.wait_for(&format!(
            "return document.activeElement?.id === 'pack-{id}' ? true : null"
        ))
        .await?;
        let card = format!(".pack-card[data-pack={id}] button.export-json");
        let json = p.capture_download(|| p.click_text(&card, "")).await?;
        check(
            json.contains("\"format\": \"asean-kiosk/quiz-pack\""),
            format!("exported: {json}"),
        )?;
        let sent = file("from-a-colleague.json", json.as_bytes());
        p.goto("/contest/import").await?;
        choose(&p, &sent).await?;
        p.wait_text(".import-preview .format", "this app's JSON pack")
            .await?;
        p.wait_text(
            ".import-preview .summary",
            "4 questions will be imported, 0 skipped",
        )
        .await?;
        let copy = confirm(&p).await?;
        check(copy != id, "a second pack")?;
        p.wait_text("h1", "ASEAN basics").await?;
        p.wait_count(".question-row", 4).await?;
        p.wait_text(
            ".question-list",
            "In which year was ASEAN founded, in Bangkok?",
        )
        .await
    })
    .await;
}

#[tokio::test]
async fn a_broken_file_is_refused_by_name_and_kept_packs_stay() {
    let site = Site::copy_of_dist();
    let aiken = file(
        "capitals.txt",
        "What is the capital of Laos?\nA. Vientiane\nB. Luang Prabang\nANSWER: A\n".as_bytes(),
    );
    let picture = file(
        "photo.png",
        &[
            0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
        ],
    );
    // Over 5 MB: refused before it is read.
    let huge = file("huge.csv", &vec![b'a'; 6 * 1024 * 1024]);
    // 600 questions: the first 500 come in, and the preview says where
    // reading stopped.
    let many: String = (1..=600)
        .map(|i| format!("Question {i}?\nA. Yes\nB. No\nANSWER: A\n\n"))
        .collect();
    let many = file("many.txt", many.as_bytes());
    let sheet = file(
        "broken.csv",
        "type,question,option 1,option 2,correct\nsingle,\"Unclosed,Hanoi,Hue,1\n".as_bytes(),
    );
    run(&site, Run::default(), move |p| async move {
        p.goto("/contest/import?lang=en").await?;
        choose(&p, &aiken).await?;
        p.wait_text(".import-preview .format", "Aiken").await?;
        let id = confirm(&p).await?;

        p.goto("/contest/import").await?;
        choose(&p, &picture).await?;
        p.wait_text(".import-error h2", "photo.png cannot be imported")
            .await?;
        p.wait_text(".import-error .reason", "not a text file")
            .await?;
        p.wait_text(".import-error", "Nothing changed").await?;
        choose(&p, &huge).await?;
        p.wait_text(".import-error h2", "huge.csv cannot be imported")
            .await?;
        p.wait_text(
            ".import-error .reason",
            "The file is 6.0 MB; at most 5.0 MB",
        )
        .await?;
        choose(&p, &many).await?;
        p.wait_text(
            ".import-preview .summary",
            "500 questions will be imported, 1 skipped",
        )
        .await?;
        p.wait_text(".skipped li", "Line 2501: Reading stopped here")
            .await?;
        p.wait_count(".import-questions li", 500).await?;
        choose(&p, &sheet).await?;
        p.wait_text(
            ".import-preview .summary",
            "0 questions will be imported, 1 skipped",
        )
        .await?;
        p.wait_text(".skipped li", "Line 2").await?;
        p.wait_text(".skipped li", "never closes").await?;
        let disabled = p
            .js("return document.querySelector('button.import-confirm').disabled")
            .await?;
        check(disabled == true, "nothing to import")?;

        // The pack imported before is still there, whole.
        p.goto("/contest/editor").await?;
        p.wait_text(&format!(".my-packs .pack-card[data-pack={id}]"), "capitals")
            .await?;
        Ok(())
    })
    .await;
}
