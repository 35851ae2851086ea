//! Hosting in class: the teacher's control window and the projector's
//! audience window, in one browser, kept in step over a BroadcastChannel;
//! a reload of either restores the game.

use crate::harness::{check, run, Page, Run, Site, TestResult};
use fantoccini::wd::WindowHandle;
use fantoccini::Locator;

async fn to(p: &Page, w: &WindowHandle) -> TestResult {
    p.client
        .switch_to_window(w.clone())
        .await
        .map_err(|e| format!("switch window: {e}"))
}

async fn type_in(p: &Page, css: &str, text: &str) -> TestResult {
    p.wait_for(&format!(
        "return document.querySelector('{css}') && !document.querySelector('{css}').disabled ? true : null"
    ))
    .await?;
    let el = p
        .client
        .find(Locator::Css(css))
        .await
        .map_err(|e| e.to_string())?;
    el.clear().await.map_err(|e| e.to_string())?;
    el.send_keys(text).await.map_err(|e| e.to_string())
}

#[tokio::test]
async fn golden_bell_control_and_audience_windows_agree_and_survive_reloads() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        let control = p.client.window().await.map_err(|e| e.to_string())?;
        p.goto("/contest/golden-bell?lang=vi").await?;
        p.wait_text("h1", "Rung chuông vàng").await?;
        type_in(&p, "#contestants", "10").await?;
        p.client
            .find(Locator::Css("#bell-pack"))
            .await
            .map_err(|e| e.to_string())?
            .select_by_value("flags")
            .await
            .map_err(|e| e.to_string())?;
        p.click_text("button[type=submit]", "Bắt đầu").await?;
        p.wait_text(".host-controls", "Câu 1 · Còn 10/10 thí sinh")
            .await?;
        let prompt = p
            .wait_for(
                "return document.querySelector('.host-screen .screen-prompt')?.textContent ?? null",
            )
            .await?;
        let prompt = prompt.as_str().unwrap_or_default().to_string();

        // The projector's window.
        let audience = p
            .client
            .new_window(false)
            .await
            .map_err(|e| e.to_string())?
            .handle;
        to(&p, &audience).await?;
        p.goto("/contest/golden-bell/screen?lang=vi").await?;
        p.wait_text(".screen-heading", "Câu 1").await?;
        p.wait_text(".screen-prompt", &prompt).await?;
        p.wait_text(".screen-lines", "Còn lại 10/10 thí sinh")
            .await?;
        check(
            !p.is_shown(".app-header").await?,
            "no app header on the projector",
        )?;
        check(
            !p.is_shown(".screen-answer").await?,
            "the answer is not on screen yet",
        )?;

        // Timer, reveal, three wrong: the audience follows each step.
        to(&p, &control).await?;
        p.click_text(".host-controls button", "Bắt đầu tính giờ")
            .await?;
        p.wait_text(".host-controls button", "Dừng giờ").await?;
        p.click_text(".host-controls button", "Công bố đáp án")
            .await?;
        to(&p, &audience).await?;
        p.wait_text(".screen-answer", "Đáp án đúng").await?;
        to(&p, &control).await?;
        type_in(&p, "#bell-list", "2, 5-6").await?;
        p.click_text(".host-controls button", "Đánh dấu sai")
            .await?;
        p.wait_count(".host-controls > .number-grid .num-btn.marked", 3)
            .await?;
        p.click_text(".host-controls button", "Loại các số đã đánh dấu")
            .await?;
        p.wait_text(".host-controls", "Còn 7/10 thí sinh").await?;
        to(&p, &audience).await?;
        p.wait_text(".screen-lines", "Còn lại 7/10 thí sinh")
            .await?;

        // Fewer than 10 left: the rescue round brings number 5 back.
        to(&p, &control).await?;
        p.wait_text(".rescue h3", "Vòng cứu trợ").await?;
        p.click_text(".rescue .num-btn", "5").await?;
        p.click_text(".rescue button", "Cứu các số đã chọn").await?;
        p.wait_text(".host-controls", "Còn 8/10 thí sinh").await?;

        // An accidental reload of the control window restores the game.
        p.js("location.reload()").await?;
        p.wait_text(".host-controls", "Câu 1 · Còn 8/10 thí sinh")
            .await?;
        // The N shortcut: next question, on both screens.
        p.client
            .find(Locator::Css("body"))
            .await
            .map_err(|e| e.to_string())?
            .send_keys("n")
            .await
            .map_err(|e| e.to_string())?;
        p.wait_text(".host-controls", "Câu 2 · Còn 8/10 thí sinh")
            .await?;
        to(&p, &audience).await?;
        p.wait_text(".screen-heading", "Câu 2").await?;
        // A reopened audience window is right at once.
        p.js("location.reload()").await?;
        p.wait_text(".screen-heading", "Câu 2").await?;

        // Everyone wrong: nobody goes out.
        to(&p, &control).await?;
        p.click_text(".host-controls button", "Công bố đáp án")
            .await?;
        type_in(&p, "#bell-list", "1-10").await?;
        p.click_text(".host-controls button", "Đánh dấu sai")
            .await?;
        p.wait_text(".host-message", "Số 2 đã bị loại rồi").await?;
        type_in(&p, "#bell-list", "1 3 4 5 7 8 9 10").await?;
        p.click_text(".host-controls button", "Đánh dấu sai")
            .await?;
        p.click_text(".host-controls button", "Loại các số đã đánh dấu")
            .await?;
        p.wait_text(".host-message", "không ai bị loại").await?;
        p.wait_text(".host-controls", "Còn 8/10 thí sinh").await?;

        // Results for Excel.
        p.js("window.__csv = null; const make = URL.createObjectURL; \
              URL.createObjectURL = b => { b.arrayBuffer().then(a => window.__csv = \
              new TextDecoder('utf-8', {ignoreBOM: true}).decode(a)); return make(b); };")
            .await?;
        p.click_text(".host-controls button", "Tải kết quả (CSV)")
            .await?;
        let csv = p.wait_for("return window.__csv").await?;
        let csv = csv.as_str().unwrap_or_default().to_string();
        check(
            csv.starts_with("\u{feff}Số báo danh,Kết quả,Bị loại ở câu,Được cứu sau câu\r\n"),
            format!("CSV header: {csv}"),
        )?;
        check(
            csv.contains("\r\n2,bị loại,1,\r\n"),
            format!("number 2: {csv}"),
        )?;
        check(
            csv.contains("\r\n5,còn lại,1,1\r\n"),
            format!("number 5 rescued: {csv}"),
        )?;
        check(
            p.path().await? == "/contest/golden-bell",
            "still on the control view",
        )
    })
    .await;
}
