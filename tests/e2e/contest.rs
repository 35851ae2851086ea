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

/// Which WebAssembly files the page has fetched so far.
async fn wasm_fetched(p: &crate::harness::Page) -> Result<Vec<String>, String> {
    let v = p
        .js("return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.wasm'))")
        .await?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

#[tokio::test]
async fn each_screen_loads_only_its_own_download_and_links_cross_between_them() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), move |p| async move {
        p.goto("/contest?lang=vi").await?;
        p.wait_count(".pack-card", 22).await?;
        let first = wasm_fetched(&p).await?;
        check(
            first.len() == 1 && first[0].contains("/asean-kiosk-"),
            format!("the picker loads the main download only: {first:?}"),
        )?;
        // A pack's "Luyện tập" link opens the contest download.
        p.click_text(".pack-card[data-pack=flags] .mode-links a", "Luyện tập")
            .await?;
        p.wait_text("h1", "Cờ của các nước ASEAN").await?;
        check(
            p.path().await? == "/contest/practice/flags",
            "the practice route",
        )?;
        let second = wasm_fetched(&p).await?;
        check(
            second.len() == 1 && second[0].contains("/contest-"),
            format!("the play screen loads the contest download only: {second:?}"),
        )?;
        // Back up to the picker: the main download again.
        p.click_text("button.back", "Quay lại").await?;
        p.wait_count(".pack-card", 22).await?;
        check(p.path().await? == "/contest", "back to the picker")?;
        // Flags & Anthem is a download of its own too.
        p.goto("/exhibit/anthem").await?;
        p.wait_count(".lyric", 10).await?;
        let third = wasm_fetched(&p).await?;
        check(
            third.len() == 1 && third[0].contains("/exhibit-"),
            format!("the exhibit loads its own download only: {third:?}"),
        )?;
        p.goto("/corner").await?;
        p.wait_text(".article-item h3", "Việt Nam").await?;
        let fourth = wasm_fetched(&p).await?;
        check(
            fourth.len() == 1 && fourth[0].contains("/corner-"),
            format!("the Corner loads its own download only: {fourth:?}"),
        )
    })
    .await;
}
