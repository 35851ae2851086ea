//! The contest section lists the bundled question packs from quizzes/index.json.

use crate::harness::{check, run, Run, Site};
use serde_json::Value;

#[tokio::test]
async fn contest_section_lists_every_pack_and_filters_by_level() {
    let site = Site::copy_of_dist();
    let index: Value = serde_json::from_str(&site.read("quizzes/index.json")).expect("index");
    let packs = index["packs"].as_array().cloned().unwrap_or_default();
    let total: u64 = packs
        .iter()
        .filter_map(|p| p["question_count"].as_u64())
        .sum();
    let primary = packs.iter().filter(|p| p["level"] == "primary").count();
    assert!(
        packs.len() >= 22 && total >= 600,
        "fixture: {} packs, {total} questions",
        packs.len()
    );
    run(&site, Run::default(), move |p| async move {
        p.goto("/contest?lang=vi").await?;
        p.wait_count(".pack-card", packs.len()).await?;
        p.wait_text(
            ".contest .muted",
            &format!("{} gói, {total} câu hỏi", packs.len()),
        )
        .await?;
        p.wait_text(".pack-card h3", "Việt Nam").await?;
        p.wait_text(".pack-card .count", "câu hỏi").await?;
        // Every pack file the index names is served with the build.
        for pack in &packs {
            let file = pack["file"].as_str().unwrap_or_default();
            let status = p
                .js(&format!("return fetch('/{file}').then(r => r.status)"))
                .await?;
            check(status == 200, format!("{file} answered {status}"))?;
        }
        p.click_text("button.chip", "Tiểu học").await?;
        p.wait_count(".pack-card", primary).await?;
        p.click_text("button.lang-switch", "English").await?;
        p.wait_text("button.chip[aria-pressed='true']", "Primary school")
            .await?;
        p.wait_count(".pack-card", primary).await?;
        p.click_text("button.chip", "All levels").await?;
        p.wait_count(".pack-card", packs.len()).await
    })
    .await;
}
