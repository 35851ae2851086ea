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

#[tokio::test]
async fn golden_bell_control_and_audience_windows_agree_and_survive_reloads() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        let control = p.client.window().await.map_err(|e| e.to_string())?;
        p.goto("/contest/golden-bell?lang=vi").await?;
        p.wait_text("h1", "Rung chuông vàng").await?;
        p.type_into("#contestants", "10").await?;
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
        p.type_into("#bell-list", "2, 5-6").await?;
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
        p.type_into("#bell-list", "1-10").await?;
        p.click_text(".host-controls button", "Đánh dấu sai")
            .await?;
        p.wait_text(".host-message", "Số 2 đã bị loại rồi").await?;
        p.type_into("#bell-list", "1 3 4 5 7 8 9 10").await?;
        p.click_text(".host-controls button", "Đánh dấu sai")
            .await?;
        p.click_text(".host-controls button", "Loại các số đã đánh dấu")
            .await?;
        p.wait_text(".host-message", "không ai bị loại").await?;
        p.wait_text(".host-controls", "Còn 8/10 thí sinh").await?;

        // Results for Excel.
        let csv = p
            .capture_download(|| p.click_text(".host-controls button", "Tải kết quả (CSV)"))
            .await?;
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

async fn set_value(p: &Page, css: &str, value: &str) -> TestResult {
    p.wait_for(&format!(
        "return document.querySelector('{css}') ? true : null"
    ))
    .await?;
    p.js(&format!(
        "const e = document.querySelector('{css}'); e.value = '{value}'; \
         e.dispatchEvent(new Event('input', {{bubbles: true}})); \
         e.dispatchEvent(new Event('change', {{bubbles: true}}));"
    ))
    .await
    .map(|_| ())
}

/// A key pressed on the host's keyboard (dispatched to the window, where
/// the shortcuts listen; the golden-bell test types a real key).
async fn press(p: &Page, key: &str) -> TestResult {
    p.js(&format!(
        "window.dispatchEvent(new KeyboardEvent('keydown', {{key: '{key}', bubbles: true}}))"
    ))
    .await
    .map(|_| ())
}

#[tokio::test]
async fn team_contest_buzzers_points_scoreboard_podium_and_csv() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        let control = p.client.window().await.map_err(|e| e.to_string())?;
        p.goto("/contest/host?lang=en").await?;
        p.wait_text("h1", "Team contest").await?;
        set_value(&p, "#team-count", "3").await?;
        p.type_into("#team-0", "Lotus").await?;
        p.type_into("#team-1", "Bamboo").await?;
        set_value(&p, "#team-questions", "2").await?;
        set_value(&p, "#team-penalty", "5").await?;
        p.click_text("label[for=team-speed]", "Speed ranking").await?;
        p.click_text("button[type=submit]", "Start").await?;
        p.wait_text(".host-controls", "Question 1 of 2").await?;

        let audience = p.client.new_window(false).await.map_err(|e| e.to_string())?.handle;
        to(&p, &audience).await?;
        p.goto("/contest/host/screen?lang=en").await?;
        p.wait_text(".screen-heading", "Question 1").await?;
        p.wait_count(".scoreboard .score-row", 3).await?;
        p.wait_text(".scoreboard", "Team 3").await?;

        // Buzzers: team 3 first, then Lotus.
        to(&p, &control).await?;
        press(&p, "3").await?;
        press(&p, "1").await?;
        to(&p, &audience).await?;
        p.wait_text(".screen-lines", "Buzz order: 1. Team 3 · 2. Lotus").await?;

        to(&p, &control).await?;
        p.click_text(".host-controls button", "Reveal").await?;
        for (row, mark) in [(0, "✓"), (1, "✗"), (2, "✓")] {
            p.click_text(&format!(".team-marks tr[data-team='{row}'] button"), mark).await?;
        }
        p.click_text(".host-controls button", "Give the points").await?;
        to(&p, &audience).await?;
        // First right buzz +50 %, second +25 %, wrong −5.
        p.wait_text(".score-row", "Team 3").await?;
        let values = p
            .wait_for("const v = [...document.querySelectorAll('.score-value')].map(e => e.textContent).join(' '); \
                       return v === '12 -5 15' ? v : null")
            .await?;
        check(values == "12 -5 15", format!("scores: {values}"))?;

        // A reload of the control window keeps the scores.
        to(&p, &control).await?;
        p.js("location.reload()").await?;
        p.wait_text(".team-marks tr[data-team='2'] td.num", "15").await?;
        press(&p, "n").await?;
        p.wait_text(".host-controls", "Question 2 of 2").await?;
        p.click_text(".team-marks tr[data-team='0'] button", "✓").await?;
        press(&p, "s").await?;
        p.wait_text(".team-marks tr[data-team='0'] td.num", "22").await?;
        press(&p, "n").await?;

        // The podium, Lotus first.
        to(&p, &audience).await?;
        p.wait_text(".screen-heading", "The podium").await?;
        p.wait_text(".podium .score-row[data-place='1']", "Lotus").await?;

        to(&p, &control).await?;
        check(
            !p.is_shown(".tie-break button").await?,
            "no tie-break offered without a tie",
        )?;
        let csv = p
            .capture_download(|| p.click_text(".host-controls button", "Download results (CSV)"))
            .await?;
        check(csv.starts_with("\u{feff}Place,Team,Total,"), format!("CSV: {csv}"))?;
        check(csv.contains("\r\n1,Lotus,22,12,10\r\n"), format!("CSV: {csv}"))?;
        check(csv.contains("\r\n3,Bamboo,-5,-5,0\r\n"), format!("CSV: {csv}"))
    })
    .await;
}

#[tokio::test]
async fn olympia_four_rounds_with_an_obstacle_puzzle_from_a_pack() {
    let site = Site::copy_of_dist();
    // A puzzle written into a pack, as a teacher would (docs/quiz-format.md).
    let mut pack: serde_json::Value =
        serde_json::from_str(&site.read("quizzes/flags.json")).expect("pack");
    let t = |vi: &str, en: &str| serde_json::json!({"vi": vi, "en": en});
    pack["obstacles"] = serde_json::json!([{
        "id": "ob-test",
        "keyword": t("Lúa", "Rice"),
        "picture": {"src": "flags/asean.svg", "alt": t("Lá cờ ASEAN", "The ASEAN flag")},
        "clues": [
            {"prompt": t("Màu nền của cờ ASEAN?", "The background colour of the ASEAN flag?"), "answer": t("Xanh", "Blue")},
            {"prompt": t("Màu hình tròn?", "The colour of the circle?"), "answer": t("Đỏ", "Red")},
            {"prompt": t("Màu viền hình tròn?", "The colour of the circle's edge?"), "answer": t("Trắng", "White")},
            {"prompt": t("Màu các nhánh lúa?", "The colour of the stalks?"), "answer": t("Vàng", "Yellow")},
            {"prompt": t("Có mấy nhánh?", "How many stalks?"), "answer": t("Mười", "Ten")}
        ],
        "source": pack["questions"][0]["source"].clone()
    }]);
    site.write("quizzes/flags.json", &pack.to_string());
    run(&site, Run::default(), |p| async move {
        let control = p.client.window().await.map_err(|e| e.to_string())?;
        p.goto("/contest/olympia?lang=en").await?;
        p.wait_text("h1", "Road to Mount Olympia").await?;
        for (i, name) in ["An", "Binh", "Chi", "Dung"].iter().enumerate() {
            p.type_into(&format!("#player-{i}"), name).await?;
        }
        let select = |css: &'static str| {
            let p = p.clone();
            async move { p.client.find(Locator::Css(css)).await.map_err(|e| e.to_string()) }
        };
        select("#olympia-pack").await?.select_by_value("flags").await.map_err(|e| e.to_string())?;
        p.wait_text("#olympia-puzzle option", "ob-test").await?;
        select("#olympia-puzzle").await?.select_by_label("Flags of ASEAN — ob-test").await.map_err(|e| e.to_string())?;
        p.click_text("button[type=submit]", "Start").await?;
        p.wait_text(".host-controls h2", "Warm-up").await?;

        let audience = p.client.new_window(false).await.map_err(|e| e.to_string())?.handle;
        to(&p, &audience).await?;
        p.goto("/contest/olympia/screen?lang=en").await?;
        p.wait_text(".screen-heading", "Warm-up").await?;
        p.wait_count(".scoreboard .score-row", 4).await?;

        // Warm-up: An right.
        to(&p, &control).await?;
        p.click_text(".host-controls button", "Next question").await?;
        p.click_text(".player-row[data-player='0'] button", "✓").await?;
        // Obstacle: row 1 right for Binh, then Chi finds the keyword.
        p.click_text(".host-controls button", "Next round").await?;
        p.wait_text(".host-controls h2", "Obstacle").await?;
        p.click_text(".olympia-panel button", "Row 1").await?;
        to(&p, &audience).await?;
        p.wait_text(".screen-prompt", "The background colour of the ASEAN flag?").await?;
        p.wait_text(".obstacle-keyword", "4 letters").await?;
        to(&p, &control).await?;
        p.click_text(".player-row[data-player='1'] label", "Binh").await?;
        p.click_text(".olympia-panel button", "Score and open the tile").await?;
        p.click_text(".player-row[data-player='2'] button", "Keyword ✓").await?;
        to(&p, &audience).await?;
        p.wait_text(".obstacle-rows", "BLUE").await?;
        p.wait_text(".obstacle-keyword", "Rice").await?;
        // Acceleration: Dung fastest, then An.
        to(&p, &control).await?;
        p.click_text(".host-controls button", "Next round").await?;
        p.click_text(".host-controls button", "Next question").await?;
        p.click_text(".olympia-panel button[data-player='3']", "Dung").await?;
        p.click_text(".olympia-panel button[data-player='0']", "An").await?;
        p.click_text(".olympia-panel button", "Give the points").await?;
        // Finish: An, 30 points, Star of Hope, right: +60.
        p.click_text(".host-controls button", "Next round").await?;
        p.wait_text(".host-controls h2", "Finish").await?;
        p.click_text(".olympia-panel button", "30").await?;
        p.click_text(".olympia-panel label", "Star of Hope").await?;
        p.click_text(".olympia-panel button", "Ask this question").await?;
        to(&p, &audience).await?;
        p.wait_text(".screen-lines", "Star of Hope!").await?;
        to(&p, &control).await?;
        p.click_text(".olympia-panel button", "Answered right").await?;
        // A reload of the control window keeps the match.
        p.js("location.reload()").await?;
        p.wait_text(".host-controls h2", "Finish").await?;
        to(&p, &audience).await?;
        let scores = p
            .wait_for("const v = [...document.querySelectorAll('.score-value')].map(e => e.textContent).join(' '); \
                       return v === '100 10 80 40' ? v : null")
            .await?;
        check(scores == "100 10 80 40", format!("scores: {scores}"))?;
        to(&p, &control).await?;
        p.click_text(".host-controls button", "Next round").await?;
        to(&p, &audience).await?;
        p.wait_text(".screen-heading", "The podium").await?;
        p.wait_text(".podium .score-row[data-place='1']", "An").await?;
        // Results for Excel: points by round.
        to(&p, &control).await?;
        let csv = p
            .capture_download(|| p.click_text(".host-controls button", "Download results (CSV)"))
            .await?;
        check(
            csv.starts_with("\u{feff}Place,Player,Warm-up,Obstacle,Acceleration,Finish,Total\r\n"),
            format!("CSV header: {csv}"),
        )?;
        check(csv.contains("\r\n1,An,10,0,30,60,100\r\n"), format!("CSV: {csv}"))?;
        check(csv.contains("\r\n2,Chi,0,80,0,0,80\r\n"), format!("CSV: {csv}"))
    })
    .await;
}
