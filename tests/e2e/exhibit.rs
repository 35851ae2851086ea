//! Flags & Anthem: the gallery's twelve flags and their names in both
//! languages, true proportions, every member page, previous/next by key and
//! swipe, the symbols, the flag ceremony (and reduced motion), and an
//! institution's recording added in admin, timed by tapping and highlighted
//! during playback after a reload.

use crate::harness::{check, run, Page, Run, Site, TestResult};
use fantoccini::Locator;
use serde_json::{json, Value};

fn members(site: &Site) -> Vec<Value> {
    let v: Value = serde_json::from_str(&site.read("content/members.json")).expect("members.json");
    v["members"].as_array().cloned().unwrap_or_default()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// The gallery's flags by their country, in page order; each link's
/// accessible name starts with it (then its capital).
async fn flag_names(p: &crate::harness::Page) -> Result<Vec<String>, String> {
    let labels = p.labels(".flag-grid a.flag-link").await?;
    let names: Vec<String> = p
        .js("return [...document.querySelectorAll('.flag-grid a.flag-link .flag-name')].map(e => e.textContent.trim())")
        .await?
        .as_array()
        .map(|a| a.iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect())
        .unwrap_or_default();
    check(
        labels.len() == names.len()
            && labels
                .iter()
                .zip(&names)
                .all(|(l, n)| l.starts_with(n.as_str())),
        format!("links named by their country first: {labels:?}"),
    )?;
    Ok(names)
}

#[tokio::test]
async fn gallery_shows_twelve_flags_named_in_both_languages_in_true_proportions() {
    let site = Site::copy_of_dist();
    let ms = members(&site);
    run(&site, Run::default(), move |p| async move {
        for lang in ["vi", "en"] {
            p.goto(&format!("/exhibit?lang={lang}")).await?;
            p.wait_count(".flag-grid a.flag-link", 12).await?;
            let names = flag_names(&p).await?;
            let mut expected: Vec<String> =
                ms.iter().map(|m| m["name"][lang].as_str().unwrap_or_default().to_string()).collect();
            expected.push("ASEAN".into());
            check(sorted(names.clone()) == sorted(expected), format!("{lang}: names {names:?}"))?;
            // By name: ASEAN first, then the members alphabetically.
            check(names[0] == "ASEAN", "the ASEAN flag comes first")?;
        }
        // Every rendered flag has its declared H:W ratio (2 % tolerance).
        p.wait_for("return [...document.querySelectorAll('.flag-grid img.flag')].every(i => i.complete && i.naturalWidth > 0) || null").await?;
        let bad = p
            .js("return [...document.querySelectorAll('.flag-grid img.flag')].map(i => { \
                 const [h, w] = i.dataset.ratio.split(':').map(Number); const r = i.getBoundingClientRect(); \
                 return Math.abs((r.height / r.width) / (h / w) - 1) > 0.02 ? i.getAttribute('src') + ' ' + r.width + 'x' + r.height + ' not ' + i.dataset.ratio : null; \
                 }).filter(Boolean)")
            .await?;
        check(bad == json!([]), format!("flags out of proportion: {bad}"))?;
        let ratios: Vec<String> = ms.iter().map(|m| m["flag"]["ratio"].as_str().unwrap_or_default().to_string()).collect();
        let shown = p.js("return [...document.querySelectorAll('.flag-grid img.flag')].map(i => i.dataset.ratio)").await?;
        for r in &ratios {
            check(shown.as_array().is_some_and(|a| a.iter().any(|s| s == r)), format!("ratio {r} shown"))?;
        }

        // By joining date: founders first, Timor-Leste (2025) last.
        p.click_text("button[data-order=joined]", "").await?;
        p.wait_for("return document.querySelector('.flag-grid[data-order=joined]') ? true : null").await?;
        let names = flag_names(&p).await?;
        check(names[1] == "Indonesia" && names[11] == "Timor-Leste", format!("joined order: {names:?}"))?;
        p.wait_text(".flag-card[data-code=vn] .joined", "28 July 1995").await?;

        // On the map: eleven flag links that do not cover one another.
        p.click_text("button[data-order=map]", "").await?;
        p.wait_count(".map-flag a", 11).await?;
        let names = p.labels(".map-flag a").await?;
        check(names.contains(&"Brunei Darussalam".to_string()) || names.iter().any(|n| n.starts_with("Brunei")), format!("map names {names:?}"))?;
        let overlaps = p
            .js("const r = [...document.querySelectorAll('.map-flag img')].map(i => i.getBoundingClientRect()); \
                 let n = 0; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) \
                 if (r[i].left < r[j].right - 1 && r[j].left < r[i].right - 1 && r[i].top < r[j].bottom - 1 && r[j].top < r[i].bottom - 1) n++; return n")
            .await?;
        check(overlaps == json!(0), format!("{overlaps} flags overlap on the map"))?;
        // The choice is remembered.
        p.goto("/exhibit").await?;
        p.wait_count(".map-flag a", 11).await?;

        // "Test yourself" starts the flags challenge.
        p.click_text("a.test-yourself", "").await?;
        p.wait_text("h1", "Flags of ASEAN").await?;
        check(p.path().await? == "/contest/challenge/flags", "test yourself goes to the flags challenge")
    })
    .await;
}

/// Presses a key where the focus is, as a visitor would.
async fn key(p: &Page, key: &str) -> TestResult {
    p.client
        .active_element()
        .await
        .map_err(|e| e.to_string())?
        .send_keys(key)
        .await
        .map_err(|e| e.to_string())
}

#[tokio::test]
async fn every_member_page_shows_its_capital_and_arrows_and_swipes_move_on() {
    let site = Site::copy_of_dist();
    let ms = members(&site);
    run(&site, Run::default(), move |p| async move {
        // ASEAN's order: alphabetical by English name.
        let mut order: Vec<&Value> = ms.iter().collect();
        order.sort_by_key(|m| m["name"]["en"].as_str().unwrap_or_default().to_string());
        p.goto(&format!("/exhibit/{}?lang=en", order[0]["code"].as_str().unwrap_or_default())).await?;
        for m in &order {
            let code = m["code"].as_str().unwrap_or_default();
            p.wait_for(&format!("return document.querySelector('.member-page[data-code={code}]') ? true : null")).await?;
            p.wait_text(".fact.capital dd", m["capital"]["en"].as_str().unwrap_or_default()).await?;
            p.wait_text("h1", m["name"]["en"].as_str().unwrap_or_default()).await?;
            check(p.path().await? == format!("/exhibit/{code}"), format!("at /exhibit/{code}"))?;
            let alt = p.labels(".member-hero img.flag").await?;
            check(alt == vec![format!("Flag of {}", m["name"]["en"].as_str().unwrap_or_default())], format!("flag name {alt:?}"))?;
            key(&p, "\u{E014}").await?; // →
        }
        // After the last member, back to the first.
        p.wait_for("return document.querySelector('.member-page[data-code=bn]') ? true : null").await?;
        key(&p, "\u{E012}").await?; // ←
        p.wait_for("return document.querySelector('.member-page[data-code=vn]') ? true : null").await?;

        // Viet Nam's page in Vietnamese: every fact, the quiz and an article.
        p.click_text("button.lang-switch", "Tiếng Việt").await?;
        p.wait_text(".fact.capital dd", "Hà Nội").await?;
        p.wait_text(".fact.national-day dd", "2 tháng 9").await?;
        p.wait_text(".fact.joined dd", "28 tháng 7 năm 1995").await?;
        p.wait_text(".fact.currency dd", "VND").await?;
        p.wait_text(".fact.population dd", "triệu người (2025)").await?;
        p.wait_text(".fact.area dd", "km²").await?;
        p.wait_text(".anthem-title", "Tiến quân ca").await?;
        p.wait_text(".member-quiz a", "Việt Nam").await?;
        p.wait_text(".article-links a", "").await?;

        // A swipe to the left (touch) goes to the next member.
        p.js("const el = document.querySelector('.swipe'); \
              const ev = (t, x) => el.dispatchEvent(new PointerEvent(t, {pointerType: 'touch', clientX: x, clientY: 300, bubbles: true})); \
              ev('pointerdown', 300); ev('pointerup', 120);")
            .await?;
        p.wait_for("return document.querySelector('.member-page[data-code=bn]') ? true : null").await?;

        // The quiz link opens the member's pack.
        p.click_text(".member-quiz a.btn-primary", "").await?;
        p.wait_text("h1", "Brunei").await?;
        check(p.path().await? == "/contest/practice/member-brunei", "member quiz link")?;

        p.goto("/exhibit/xx").await?;
        p.wait_text("h1", "Không tìm thấy").await
    })
    .await;
}

#[tokio::test]
async fn a_member_page_leads_to_its_corner_articles_and_back() {
    let site = Site::copy_of_dist();
    let opts = Run {
        allowed_errors: &["no-such-article.json - Failed to load resource"],
        ..Run::default()
    };
    run(&site, opts, |p| async move {
        p.goto("/exhibit/vn?lang=en").await?;
        p.click_text(".article-links a", "Getting to know Viet Nam")
            .await?;
        p.wait_text(".article h1", "Getting to know Viet Nam")
            .await?;
        check(
            p.path().await? == "/corner/member-viet-nam",
            "the article's own address",
        )?;
        p.wait_text(".article p", "Bandar Seri Begawan").await?;
        p.wait_text(".article figcaption", "svg-country-flags")
            .await?;
        p.wait_text(".sources summary", "Sources").await?;
        // Its member links lead back to the member page.
        p.click_text(".chips a", "Viet Nam").await?;
        p.wait_text(".fact.capital dd", "Hanoi").await?;
        // An unknown article names the missing file.
        p.goto("/corner/no-such-article").await?;
        p.wait_text(".error-panel", "content/articles/no-such-article.json")
            .await
    })
    .await;
}

#[tokio::test]
async fn symbols_anthem_and_ceremony_show_their_content() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.goto("/exhibit/asean?lang=en").await?;
        p.wait_text(".motto", "One Vision, One Identity, One Community").await?;
        p.wait_count(".symbol-flag .colour", 4).await?;
        p.wait_text(".symbol-flag .colour", "Peace and stability").await?;
        p.wait_text("section", "8 August").await?;
        p.wait_text(".founders", "Adam Malik").await?;

        p.goto("/exhibit/anthem?lang=en").await?;
        p.wait_text(".lyric-en", "Raise our flag high, sky high").await?;
        p.wait_text(".lyric-vi", "Giương cao lá cờ").await?;
        p.wait_text(".lead", "Payom Valaiphatchra").await?;
        // No recording ships: the page says how to add one.
        p.wait_text(".player[data-recording=no]", "Admin").await?;
        p.click_text("button.sing-along-toggle", "Sing-along").await?;
        p.wait_for("return document.querySelector('.lyrics.sing-along') ? true : null").await?;

        p.goto("/exhibit/ceremony?lang=en").await?;
        p.wait_text(".ceremony-name", "ASEAN flag").await?;
        let anim = p.js("return getComputedStyle(document.querySelector('.ceremony .waving')).animationName").await?;
        check(anim == json!("wave"), format!("the flag waves: {anim}"))?;
        p.cdp("Emulation.setEmulatedMedia", json!({"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})).await?;
        let anim = p.js("return getComputedStyle(document.querySelector('.ceremony .waving')).animationName").await?;
        check(anim == json!("none"), format!("reduced motion stops the waving: {anim}"))?;
        // Cycling moves on to the first member in ASEAN's order.
        p.click_text(".ceremony-controls label", "Cycle").await?;
        p.wait_text(".ceremony-name", "Flag of Brunei").await
    })
    .await;
}

/// A short mono 16-bit WAV: `secs` seconds of a quiet 440 Hz tone.
fn wav(secs: u32) -> Vec<u8> {
    let rate = 8000u32;
    let n = rate * secs;
    let mut out = Vec::with_capacity(44 + 2 * n as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + 2 * n).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&(2 * n).to_le_bytes());
    for i in 0..n {
        let t = f64::from(i) / f64::from(rate);
        let s = ((t * 440.0 * std::f64::consts::TAU).sin() * 3000.0) as i16;
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

#[tokio::test]
async fn admin_adds_a_recording_taps_two_lines_and_playback_highlights_them() {
    let site = Site::copy_of_dist();
    let file = site.root.join("test-anthem.wav");
    std::fs::write(&file, wav(6)).expect("write wav");
    let path = file.to_string_lossy().to_string();
    run(&site, Run::default(), move |p| async move {
        p.open_admin("/admin?lang=en").await?;
        p.click_text("a.btn", "Recording of the ASEAN anthem")
            .await?;
        p.wait_text(".recording-state", "No recording").await?;
        p.client
            .find(Locator::Css("input.recording-file"))
            .await
            .map_err(|e| e.to_string())?
            .send_keys(&path)
            .await
            .map_err(|e| e.to_string())?;
        p.wait_text(".recording-state", "test-anthem.wav — 0 of 10 lines timed")
            .await?;

        // Tap to sync: the recording plays from the start; two taps.
        p.click_text("button.sync-start", "Start timing").await?;
        p.wait_text(".sync-next", "Raise our flag high").await?;
        p.wait_for(
            "const a = document.querySelector('audio'); return a.currentTime > 0.4 ? true : null",
        )
        .await?;
        p.click_text("button.sync-tap", "").await?;
        p.wait_text(".sync-next", "Embrace the pride").await?;
        p.wait_for(
            "const a = document.querySelector('audio'); return a.currentTime > 1.6 ? true : null",
        )
        .await?;
        p.click_text("button.sync-tap", "").await?;
        p.wait_text(".sync-progress", "2 of 10").await?;
        p.click_text("button.sync-save", "").await?;
        p.wait_text(".recording-state", "2 of 10 lines timed")
            .await?;

        // Kept across a reload; the anthem page plays it and follows the lines.
        p.goto("/exhibit/anthem?lang=en").await?;
        p.wait_for(
            "return document.querySelector('.player[data-recording=yes] audio') ? true : null",
        )
        .await?;
        check(
            p.js("return document.querySelector('.lyric.current') === null")
                .await?
                == json!(true),
            "no line before playing",
        )?;
        check(
            p.js("return document.querySelector('audio').paused")
                .await?
                == json!(true),
            "no autoplay",
        )?;
        // A user action first (browsers refuse play() without one).
        p.click_text("button.sing-along-toggle", "").await?;
        p.js("document.querySelector('audio').play()").await?;
        p.wait_for(
            "return document.querySelector('.lyric.current[data-line=\"0\"]') ? true : null",
        )
        .await?;
        p.wait_for(
            "return document.querySelector('.lyric.current[data-line=\"1\"]') ? true : null",
        )
        .await?;
        let current = p
            .js("return document.querySelector('[aria-current=true] .lyric-en').textContent")
            .await?;
        check(
            current == json!("Embrace the pride in our heart"),
            format!("current line {current}"),
        )
    })
    .await;
}
