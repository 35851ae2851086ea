//! The ASEAN Corner: search as you type without accents, reading, a
//! bookmark that survives a reload on a phone, the timeline (filter, detail,
//! ← →), the map, the glossary from a search, a broken file that leaves the
//! rest searchable, and QR codes whose decoded text is the page's address.

use crate::harness::{check, run, Page, Run, Site};
use fantoccini::Locator;

const PHONE: (u32, u32) = (360, 640);

/// Reads the QR code drawn in `css` back from a screenshot of it.
async fn decode_qr(p: &Page, css: &str) -> Result<String, String> {
    p.wait_for(&format!(
        "return document.querySelector({}) ? true : null",
        serde_json::to_string(css).unwrap_or_default()
    ))
    .await?;
    p.js(&format!(
        "document.querySelector({}).scrollIntoView({{block: 'center'}})",
        serde_json::to_string(css).unwrap_or_default()
    ))
    .await?;
    let el = p
        .client
        .find(Locator::Css(css))
        .await
        .map_err(|e| e.to_string())?;
    let png_bytes = el
        .screenshot()
        .await
        .map_err(|e| format!("screenshot: {e}"))?;
    let mut reader = png::Decoder::new(std::io::Cursor::new(png_bytes))
        .read_info()
        .map_err(|e| format!("png: {e}"))?;
    let mut buf = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let info = reader
        .next_frame(&mut buf)
        .map_err(|e| format!("png: {e}"))?;
    let (w, h) = (info.width as usize, info.height as usize);
    let channels = info.line_size / w;
    let grey = |x: usize, y: usize| {
        let i = y * info.line_size + x * channels;
        let px = &buf[i..i + channels.min(3)];
        (px.iter().map(|&v| u32::from(v)).sum::<u32>() / px.len() as u32) as u8
    };
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, grey);
    let grids = img.detect_grids();
    let grid = grids.first().ok_or("no QR code found in the screenshot")?;
    grid.decode()
        .map(|(_, text)| text)
        .map_err(|e| format!("decode: {e:?}"))
}

#[tokio::test]
async fn search_without_accents_read_bookmark_and_keep_it_after_a_reload_on_a_phone() {
    let site = Site::copy_of_dist();
    let opts = Run {
        size: PHONE,
        ..Run::default()
    };
    run(&site, opts, |p| async move {
        p.goto("/corner?lang=vi").await?;
        p.wait_text("h1", "Góc ASEAN").await?;
        // From the Corner's search box to the search page, then as you type.
        p.type_into("#corner-home-q", "ha").await?;
        p.click_text(".search-form button", "Tìm").await?;
        p.wait_text("h1", "Tìm kiếm").await?;
        p.type_into("#corner-q", "ha noi").await?;
        p.wait_text(".search-hit[data-id^='article:'] .snippet mark", "Hà").await?;
        p.wait_text(".search-hit[data-id^='article:']", "Hà Nội").await?;
        let url = p.js("return location.search").await?;
        check(url == "?q=ha%20noi", format!("the address follows the search: {url}"))?;
        // `hue` finds Huế; `dong nam a` finds Đông Nam Á.
        p.type_into("#corner-q", "hue").await?;
        p.wait_text(".search-hit .hit-title", "Huế").await?;
        p.type_into("#corner-q", "dong nam a").await?;
        p.wait_text(".search-hit mark", "Đông").await?;
        // The on-screen keyboard (a kiosk has no other): clear, then h, u, e.
        p.click_text(".keyboard-toggle", "Bàn phím").await?;
        p.click_text(".screen-keyboard .key", "Xóa hết").await?;
        for k in ["h", "u", "e"] {
            p.js(&format!("[...document.querySelectorAll('.screen-keyboard .key')].find(b => b.textContent === '{k}').click()")).await?;
        }
        p.wait_for("return document.getElementById('corner-q').value === 'hue' ? true : null").await?;
        p.wait_text(".search-hit .hit-title", "Huế").await?;
        // A glossary term leads to its definition.
        p.type_into("#corner-q", "hien chuong").await?;
        p.wait_text(".search-hit[data-id^='term:'] .badge", "Thuật ngữ").await?;
        p.click_text(".search-hit[data-id^='term:'] .hit-title a", "Hiến chương").await?;
        p.wait_text("h1", "Thuật ngữ ASEAN").await?;
        p.wait_for("return document.activeElement && document.activeElement.id.startsWith('term-') ? document.activeElement.textContent : null").await?;

        // Open an article about Hà Nội and bookmark it.
        p.goto("/corner/search?q=ha%20noi&lang=vi").await?;
        p.wait_text("#corner-q", "").await?;
        p.click_text(".search-hit[data-id='article:hanoi-summit-1998'] .hit-title a", "").await?;
        p.wait_text(".article h1", "Hà Nội").await?;
        check(p.path().await? == "/corner/hanoi-summit-1998", "opened the article")?;
        p.click_text("button.bookmark", "Lưu bài này").await?;
        p.wait_for("return document.querySelector('button.bookmark[aria-pressed=true]') ? true : null").await?;
        // Reload: still bookmarked, and listed with the history.
        p.goto("/corner/hanoi-summit-1998?lang=vi").await?;
        p.wait_text("button.bookmark[aria-pressed=true]", "Đã lưu").await?;
        p.goto("/corner/saved").await?;
        p.wait_text(".saved-list.bookmarks a", "Hà Nội").await?;
        p.wait_text(".saved-list.history a", "Hà Nội").await?;
        // Text size: larger, remembered.
        p.goto("/corner/hanoi-summit-1998").await?;
        p.click_text(".text-size button:last-child", "A+").await?;
        p.wait_text(".text-size-value", "115 %").await?;
        p.goto("/corner/hanoi-summit-1998").await?;
        p.wait_text(".text-size-value", "115 %").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_broken_article_is_named_and_the_rest_stays_searchable() {
    let site = Site::copy_of_dist();
    site.write("content/articles/vietnam-chair-2020.json", "{ \"format\": ");
    let opts = Run {
        allowed_errors: &[],
        ..Run::default()
    };
    run(&site, opts, |p| async move {
        p.goto("/corner/search?q=hanoi&lang=en").await?;
        p.wait_text(".error-panel", "content/articles/vietnam-chair-2020.json")
            .await?;
        p.wait_text(".search-hit[data-id='article:hanoi-summit-1998']", "Hanoi")
            .await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn timeline_filters_opens_an_event_and_moves_by_key_and_the_map_leads_to_members() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.goto("/corner/timeline?lang=en").await?;
        p.wait_text("h1", "ASEAN timeline").await?;
        p.wait_text(".timeline-item", "1967").await?;
        let all = p.js("return document.querySelectorAll('.timeline-item').length").await?;
        check(all.as_u64() >= Some(40), format!("{all} events"))?;
        // Only Viet Nam's events: the first is its accession in 1995.
        p.js("const s = document.getElementById('filter-member'); s.value = 'vn'; s.dispatchEvent(new Event('change'))").await?;
        p.wait_for("return document.querySelectorAll('.timeline-item').length < 20 ? true : null").await?;
        p.wait_text(".timeline-item:first-child", "1995").await?;
        check(p.js("return location.search").await? == "?member=vn", "the filter is in the address")?;
        // Open the first event; → goes to the next one of the filtered list.
        p.click_text(".timeline-item:first-child a", "").await?;
        p.wait_text(".event-detail .event-date", "1995").await?;
        let first = p.path().await?;
        let second = p.js("return document.querySelectorAll('.timeline-item a')[1].pathname").await?;
        p.js("document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}))").await?;
        p.wait_for(&format!("return location.pathname === {second} ? true : null")).await?;
        check(first != p.path().await?, "moved to the next event")?;
        p.wait_text(".event-detail", "").await?;

        // The map: eleven members named for assistive technology; choosing one
        // shows its capital and leads to its page.
        p.goto("/corner/map?lang=en").await?;
        p.wait_count(".map-name-button", 11).await?;
        let names = p.labels(".map-name-button").await?;
        check(names.contains(&"Viet Nam".to_string()) && names.contains(&"Timor-Leste".to_string()), format!("{names:?}"))?;
        p.click_text(".map-name-button", "Viet Nam").await?;
        p.wait_text(".map-panel", "Capital: Hanoi").await?;
        p.wait_text(".map-panel a[href$='/exhibit/vn']", "Viet Nam").await?;
        p.wait_text(".map-panel .related a", "").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn qr_codes_decode_to_the_page_address() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.goto("/corner/hanoi-summit-1998?lang=vi").await?;
        p.click_text(".qr-handoff summary", "điện thoại").await?;
        p.wait_for("return document.querySelector('.qr-handoff .qr-code') ? true : null")
            .await?;
        let text = decode_qr(&p, ".qr-handoff .qr-code").await?;
        let want = format!("{}/corner/hanoi-summit-1998?lang=vi", p.base);
        check(text == want, format!("decoded {text:?}, wanted {want:?}"))?;
        p.wait_text(".qr-handoff .qr-url", &want).await?;

        // From a member page (another download) to the QR page, in English.
        p.goto("/exhibit/vn?lang=en").await?;
        p.click_text("a.qr-link", "Continue on your phone").await?;
        p.wait_text("h1", "Carry on reading on your phone").await?;
        let text = decode_qr(&p, ".qr-page .qr-code").await?;
        let want = format!("{}/exhibit/vn?lang=en", p.base);
        check(text == want, format!("decoded {text:?}, wanted {want:?}"))?;
        p.click_text(".qr-page a", "Back to the page").await?;
        p.wait_text("h1", "Viet Nam").await?;

        // With the kiosk's public address set in admin, codes point there.
        p.open_admin("/admin?lang=en").await?;
        p.type_into("#public-url", "not an address").await?;
        p.click_text(".settings-form button[type=submit]", "")
            .await?;
        p.wait_text("#public-url-error", "not a web address")
            .await?;
        p.type_into("#public-url", "https://thuvien.example.vn/asean/")
            .await?;
        p.click_text(".settings-form button[type=submit]", "")
            .await?;
        p.wait_for(
            "return document.querySelector('#public-url-error').textContent === '' ? true : null",
        )
        .await?;
        p.goto("/corner/qr?to=/corner/glossary").await?;
        let text = decode_qr(&p, ".qr-page .qr-code").await?;
        let want = "https://thuvien.example.vn/asean/corner/glossary?lang=en";
        check(text == want, format!("decoded {text:?}, wanted {want:?}"))?;

        // A QR page for an address outside the app refuses it.
        p.goto("/corner/qr?to=https://evil.example/").await?;
        p.wait_text("[role=alert]", "does not lead to a page of the app")
            .await?;
        Ok(())
    })
    .await;
}
