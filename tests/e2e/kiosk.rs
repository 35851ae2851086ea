//! Kiosk and offline: the attract loop, the idle warning and reset that
//! wipe a visitor's traces but keep the device's settings (and never touch a
//! hosted classroom contest), the nightly reload, a full storage that stops
//! nobody and is reported in admin, the admin PIN and its lock, the service
//! worker serving the app with the server gone, and the usage report
//! counting a played quiz, exported as CSV.

use crate::harness::{check, run, Page, Run, Site, TestResult, ADMIN_PIN};
use crate::play::{answer, current_question, questions};
use asean_kiosk::core::lang::Lang;
use serde_json::Value;
use std::sync::atomic::Ordering;

async fn stored(p: &Page, key: &str) -> Result<Value, String> {
    p.js(&format!(
        "return localStorage.getItem({})",
        serde_json::to_string(key).unwrap_or_default()
    ))
    .await
}

/// Saves the settings form after `fill` changed it.
async fn save_settings(p: &Page) -> TestResult {
    p.click_text(".settings-form button[type=submit]", "")
        .await?;
    p.wait_for("return document.querySelector('.settings-form .save-status').textContent.length > 0 ? true : null")
        .await
        .map(|_| ())
}

#[tokio::test]
async fn idle_kiosk_warns_then_wipes_the_visitor_and_keeps_the_settings() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        // A 6 s idle time (tests only; the default is 60 s): 3 s quiet, 3 s warning.
        p.open_admin("/admin?lang=en").await?;
        p.type_into("#school", "Thư viện tỉnh").await?;
        p.type_into("#idle", "6").await?;
        save_settings(&p).await?;

        // The attract loop: flags, facts, "touch to start" in both languages.
        p.goto("/kiosk?kiosk=1").await?;
        p.wait_text(".attract-start", "Chạm để bắt đầu").await?;
        p.wait_text(".attract-start", "Touch to start").await?;
        p.wait_text(".attract-name", "").await?;
        p.click_text(".attract-start", "").await?;
        p.wait_text(".entry-title", "").await?;
        check(p.path().await? == "/", "a touch starts on the home screen")?;

        // A visitor starts a quiz: it is saved as they play.
        p.goto("/contest/practice/flags?seed=1").await?;
        p.click_text("button[type=submit]", "").await?;
        p.wait_text(".progress-text", "1").await?;
        check(
            !stored(&p, "asean-kiosk.contest.progress").await?.is_null(),
            "the quiz is saved",
        )?;

        // Then walks away: the warning, then the reset to the attract loop.
        p.wait_text(".idle-warning", "Are you still there?").await?;
        p.wait_for("return location.pathname === '/kiosk' ? true : null")
            .await?;
        p.wait_text(".attract-start", "Touch to start").await?;
        check(
            stored(&p, "asean-kiosk.contest.progress").await?.is_null(),
            "the quiz in progress is gone",
        )?;
        check(
            stored(&p, "asean-kiosk.contest").await?.is_null(),
            "the nickname is gone",
        )?;
        check(
            stored(&p, "asean-kiosk.lang").await? == "vi",
            "back to the default language",
        )?;
        let settings = stored(&p, "asean-kiosk.settings").await?;
        check(
            settings
                .as_str()
                .is_some_and(|s| s.contains("Thư viện tỉnh") && s.contains("\"idle_s\":6")),
            format!("the settings stay: {settings}"),
        )?;
        // The admin area asks for the PIN again.
        p.goto("/admin").await?;
        p.wait_text(".pin-form h2", "").await?;
        check(p.is_shown("#pin").await?, "the PIN is asked again")
    })
    .await;
}

#[tokio::test]
async fn the_admin_pin_is_set_once_kept_hashed_and_locks_after_five_wrong_tries() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.goto("/admin?lang=en").await?;
        p.wait_text(".pin-form h2", "Set the admin PIN").await?;
        check(!p.is_shown(".settings-form").await?, "no settings before the PIN")?;
        p.type_into("#pin-new", "12").await?;
        p.type_into("#pin-again", "12").await?;
        p.click_text(".pin-form button", "").await?;
        p.wait_text("[role=alert]", "4 to 8 digits").await?;
        p.type_into("#pin-new", ADMIN_PIN).await?;
        p.type_into("#pin-again", "1357").await?;
        p.click_text(".pin-form button", "").await?;
        p.wait_text("[role=alert]", "differ").await?;
        p.type_into("#pin-again", ADMIN_PIN).await?;
        p.click_text(".pin-form button", "").await?;
        p.wait_text(".settings-form h2", "").await?;
        let rec = stored(&p, "asean-kiosk.admin-pin").await?;
        let rec = rec.as_str().unwrap_or_default().to_string();
        check(rec.contains("\"salt\"") && rec.contains("\"hash\"") && !rec.contains(ADMIN_PIN), format!("stored hashed: {rec}"))?;

        // A new tab (the session flag gone): the PIN is asked.
        p.js("sessionStorage.clear()").await?;
        p.goto("/admin").await?;
        p.wait_text(".pin-form h2", "Enter the admin PIN").await?;
        for left in ["4", "3", "2", "1"] {
            p.type_into("#pin", "0000").await?;
            p.click_text(".pin-form button", "").await?;
            p.wait_text("[role=alert]", &format!("{left} tries left")).await?;
        }
        p.type_into("#pin", "0000").await?;
        p.click_text(".pin-form button", "").await?;
        p.wait_text("[role=alert]", "Try again in 60 s").await?;
        // Locked: even the right PIN waits, across a reload.
        p.goto("/admin").await?;
        p.type_into("#pin", ADMIN_PIN).await?;
        p.click_text(".pin-form button", "").await?;
        p.wait_text("[role=alert]", "Try again in").await?;
        check(!p.is_shown(".settings-form").await?, "still locked")?;
        // When the minute is over, the right PIN opens it.
        p.js("const l = JSON.parse(localStorage.getItem('asean-kiosk.admin-lock')); l.until_ms = 0; \
              localStorage.setItem('asean-kiosk.admin-lock', JSON.stringify(l))")
            .await?;
        p.type_into("#pin", ADMIN_PIN).await?;
        p.click_text(".pin-form button", "").await?;
        p.wait_text(".settings-form h2", "").await
    })
    .await;
}

#[tokio::test]
async fn the_service_worker_serves_the_app_and_deep_links_with_the_server_gone() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.goto("/?lang=vi").await?;
        p.wait_text(".entry-title", "").await?;
        p.wait_for("return navigator.serviceWorker && navigator.serviceWorker.controller ? true : null")
            .await?;
        // Every file precached.
        p.wait_for("return caches.keys().then(k => k.length ? caches.open(k[0]).then(c => c.keys()).then(r => r.length > 100 ? r.length : null) : null)")
            .await?;
        p.server_down.store(true, Ordering::SeqCst);
        // A reload, and deep links into other downloads, with no server.
        p.client.refresh().await.map_err(|e| e.to_string())?;
        p.wait_text(".entry-title", "Góc ASEAN").await?;
        p.goto("/corner/timeline").await?;
        p.wait_text(".timeline-item", "1967").await?;
        p.goto("/exhibit/vn").await?;
        p.wait_text(".fact", "Hà Nội").await?;
        p.goto("/contest/practice/flags?seed=1").await?;
        p.click_text("button[type=submit]", "").await?;
        p.wait_text(".progress-text", "1").await
    })
    .await;
}

#[tokio::test]
async fn the_usage_report_counts_a_played_quiz_and_exports_csv() {
    let site = Site::copy_of_dist();
    let bank = questions(&site, &["flags"]);
    run(&site, Run::default(), move |p| async move {
        // Play a one-question practice to the end, and read an article.
        p.goto("/contest/practice/flags?seed=3&count=1&lang=en")
            .await?;
        p.click_text("button[type=submit]", "Start").await?;
        let id = current_question(&p, "").await?;
        answer(&p, &bank[&id], Lang::En, false).await?;
        p.click_text(".actions button", "See the results").await?;
        p.wait_text(".result-summary", "1 of 1 correct").await?;
        p.goto("/corner/asean-day").await?;
        p.wait_text(".article h1", "").await?;
        p.open_admin("/admin/report").await?;
        p.wait_text("[data-report=totals]", "Quizzes completed")
            .await?;
        p.wait_text("[data-report=totals] tr:nth-child(5) td", "1")
            .await?;
        p.wait_text("[data-report=quizzes] tr[data-pack=flags]", "practice")
            .await?;
        p.wait_text("[data-report=articles]", "").await?;
        let csv = p
            .capture_download(|| p.click_text(".report .actions button", "Export CSV"))
            .await?;
        check(
            csv.starts_with("date,what,item,count,completed,average_score\r\n"),
            format!("CSV: {csv}"),
        )?;
        check(
            csv.contains(",quiz,flags/practice,1,1,"),
            format!("CSV: {csv}"),
        )?;
        check(
            csv.contains(",article,asean-day,1,,"),
            format!("CSV: {csv}"),
        )
    })
    .await;
}

#[tokio::test]
async fn settings_move_to_another_kiosk_by_file_and_a_wrong_file_is_named() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.open_admin("/admin?lang=en").await?;
        p.type_into("#school", "Thư viện tỉnh").await?;
        save_settings(&p).await?;
        let exported = p
            .capture_download(|| p.click_text(".data-panel button", "Export the settings"))
            .await?;
        check(exported.contains("\"format\": \"asean-kiosk/settings\"") && exported.contains("Thư viện tỉnh"), format!("exported: {exported}"))?;
        check(!exported.contains(ADMIN_PIN), "the PIN never leaves the device")?;
        let dir = std::env::temp_dir().join(format!("asean-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        // A wrong file: named, with the place, and nothing changes.
        let bad = dir.join("bad-settings.json");
        std::fs::write(&bad, "{\"format\": \"asean-kiosk/settings\", \"version\": 1, \"settings\": {\"idle_s\": \"soon\"}}").map_err(|e| e.to_string())?;
        let input = p.client.find(fantoccini::Locator::Css("#import-settings")).await.map_err(|e| e.to_string())?;
        input.send_keys(&bad.display().to_string()).await.map_err(|e| e.to_string())?;
        p.wait_text(".data-panel [role=alert]", "bad-settings.json").await?;
        // The exported file, changed as another kiosk would want it.
        let good = dir.join("settings.json");
        std::fs::write(&good, exported.replace("Thư viện tỉnh", "Nhà văn hóa")).map_err(|e| e.to_string())?;
        let input = p.client.find(fantoccini::Locator::Css("#import-settings")).await.map_err(|e| e.to_string())?;
        input.send_keys(&good.display().to_string()).await.map_err(|e| e.to_string())?;
        p.wait_for("return document.getElementById('school') && document.getElementById('school').value === 'Nhà văn hóa' ? true : null").await?;
        let _ = std::fs::remove_dir_all(&dir);
        Ok(())
    })
    .await;
}

/// Opens admin and saves a 4 s idle time (tests only; the default is 60 s).
async fn short_idle(p: &Page) -> TestResult {
    p.open_admin("/admin?lang=en").await?;
    p.type_into("#idle", "4").await?;
    save_settings(p).await
}

#[tokio::test]
async fn a_hosted_classroom_contest_is_never_reset_by_the_kiosk() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        short_idle(&p).await?;
        // A teacher hosts Rung chuông vàng on a device in kiosk mode.
        p.goto("/contest/golden-bell?kiosk=1&lang=en").await?;
        p.type_into("#contestants", "10").await?;
        p.type_into("#seconds", "8").await?;
        p.click_text("button[type=submit]", "").await?;
        p.wait_text(".host-controls", "Question 1").await?;
        p.click_text(".host-controls button", "Start the timer")
            .await?;
        // Eight seconds untouched, twice the idle time: the timer runs out
        // and the contest is still there, with no warning on top of it.
        p.wait_text(".host-screen .screen-timer", "0:00").await?;
        check(
            !p.is_shown(".idle-warning").await?,
            "no idle warning while hosting",
        )?;
        check(p.path().await? == "/contest/golden-bell", "still hosting")?;
        p.wait_text(".host-controls", "Question 1 · 10 of 10 still in")
            .await
    })
    .await;
}

#[tokio::test]
async fn an_idle_kiosk_reloads_at_the_nightly_hour() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        short_idle(&p).await?;
        // The reload hour set to this hour of the device's clock.
        let hour = p.js("return String(new Date().getHours())").await?;
        let hour = hour.as_str().unwrap_or_default().to_string();
        p.client
            .find(fantoccini::Locator::Css("#night"))
            .await
            .map_err(|e| e.to_string())?
            .select_by_value(&hour)
            .await
            .map_err(|e| e.to_string())?;
        save_settings(&p).await?;
        p.goto("/kiosk?kiosk=1").await?;
        p.wait_text(".attract-start", "").await?;
        // A mark on this page: gone once the page has reloaded itself.
        p.js("window.beforeTheNight = true").await?;
        p.wait_for("return window.beforeTheNight === undefined && document.querySelector('.attract-start') ? true : null")
            .await?;
        let done = p.js("return sessionStorage.getItem('asean-kiosk.night-reload')").await?;
        let today = p
            .js("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0')")
            .await?;
        check(done == today, format!("tonight's reload noted: {done} (today {today})"))
    })
    .await;
}

#[tokio::test]
async fn a_full_storage_stops_no_visitor_and_admin_says_what_failed() {
    let site = Site::copy_of_dist();
    let bank = questions(&site, &["flags"]);
    run(&site, Run::default(), move |p| async move {
        p.goto("/contest/practice/flags?seed=1&lang=en").await?;
        p.wait_text("button[type=submit]", "Start").await?;
        // Fill this origin's storage to the brim.
        let filled = p
            .js("let n = 0; for (const size of [1 << 20, 1 << 14, 1 << 8, 1]) { \
                 try { for (;;) { localStorage.setItem('filler-' + n, 'x'.repeat(size)); n++; } } catch (e) {} } return n")
            .await?;
        check(filled.as_u64().unwrap_or(0) > 0, "storage filled")?;
        // The visitor plays on, told that progress is not kept.
        p.click_text("button[type=submit]", "Start").await?;
        p.wait_text(".notice", "cannot save your progress").await?;
        let id = current_question(&p, "").await?;
        answer(&p, &bank[&id], Lang::En, true).await?;
        p.click_text(".actions button", "Next question").await?;
        current_question(&p, &id).await?;
        // The librarian frees the space, then finds the failure in admin.
        p.js("Object.keys(localStorage).filter(k => k.startsWith('filler-')).forEach(k => localStorage.removeItem(k))")
            .await?;
        p.open_admin("/admin?lang=en").await?;
        p.wait_text(".storage-failed", "Storage is full or blocked: saving “asean-kiosk.").await?;
        p.wait_text(".storage-failed", "Delete all data on this device").await
    })
    .await;
}
