//! The app shell: home in both languages, language memory, deep links,
//! not-found, content errors, and layout at the target screen sizes.

use crate::harness::{check, run, Run, Site};

const ENTRIES_VI: [&str; 3] = ["Thi kiến thức", "Quốc kỳ & Bài ca", "Góc ASEAN"];
const ENTRIES_EN: [&str; 3] = ["Contests", "Flags & Anthem", "ASEAN Corner"];

#[tokio::test]
async fn home_shows_three_sections_in_vietnamese_then_english() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.goto("/").await?;
        for entry in ENTRIES_VI {
            p.wait_text(".entry-title", entry).await?;
        }
        p.wait_text("h1", "Chào mừng").await?;
        check(p.html_lang().await? == "vi", "html lang should be vi")?;

        p.goto("/?lang=en").await?;
        for entry in ENTRIES_EN {
            p.wait_text(".entry-title", entry).await?;
        }
        check(
            p.html_lang().await? == "en",
            "html lang should follow ?lang=en",
        )?;

        // Remembered without the parameter…
        p.goto("/").await?;
        p.wait_text(".entry-title", "ASEAN Corner").await?;
        // …and switched back with the header control.
        p.click_text("button.lang-switch", "Tiếng Việt").await?;
        p.wait_text(".entry-title", "Góc ASEAN").await?;
        check(
            p.html_lang().await? == "vi",
            "html lang should follow the switch",
        )
    })
    .await;
}

#[tokio::test]
async fn sections_open_from_home_and_language_switch_keeps_the_page() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.goto("/?lang=vi").await?;
        p.click_text(".entry-title", "Quốc kỳ & Bài ca").await?;
        p.wait_text("h1", "Quốc kỳ & Bài ca").await?;
        check(p.path().await? == "/exhibit", "link should go to /exhibit")?;
        p.wait_count(".flag-card", 12).await?;
        p.wait_text(".flag-card .flag-name", "Việt Nam").await?;
        p.wait_text(".flag-card .flag-name", "Timor-Leste").await?;

        p.click_text("button.lang-switch", "English").await?;
        p.wait_text("h1", "Flags & Anthem").await?;
        p.wait_text(".flag-card .flag-name", "Viet Nam").await?;
        check(
            p.path().await? == "/exhibit",
            "switching language must not navigate",
        )?;

        // Back goes up one level, to home.
        p.click_text("button.back", "Back").await?;
        p.wait_text(".entry-title", "Contests").await?;

        p.click_text(".entry-title", "ASEAN Corner").await?;
        p.wait_text(".article-item h3", "Viet Nam").await?;
        p.goto("/contest").await?;
        p.wait_text("h1", "ASEAN knowledge contests").await
    })
    .await;
}

#[tokio::test]
async fn deep_links_survive_a_reload() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.goto("/corner?lang=vi").await?;
        p.wait_text("h1", "Góc ASEAN").await?;
        p.wait_text(".topic-tile .topic-name", "Việt Nam trong ASEAN")
            .await?;
        p.client.refresh().await.map_err(|e| e.to_string())?;
        p.wait_text("h1", "Góc ASEAN").await?;
        p.wait_text(".article-item h3", "Huế").await?;
        p.open_admin("/admin").await?;
        p.wait_text("h1", "Quản trị").await?;
        p.wait_count(".file-check .ok", 5).await
    })
    .await;
}

#[tokio::test]
async fn unknown_path_shows_the_not_found_page() {
    let site = Site::copy_of_dist();
    run(&site, Run::default(), |p| async move {
        p.goto("/no/such/page?lang=vi").await?;
        p.wait_text("h1", "Không tìm thấy trang").await?;
        p.wait_text("p", "/no/such/page").await?;
        p.click_text("a", "Về trang chủ").await?;
        p.wait_text(".entry-title", "Góc ASEAN").await
    })
    .await;
}

/// A library replaces members.json with a broken copy: the exhibit shows an
/// error panel naming the file and the place, in the reader's language;
/// the rest of the page and of the app keep working.
#[tokio::test]
async fn broken_content_file_shows_an_error_panel_and_the_rest_works() {
    let site = Site::copy_of_dist();
    let good = site.read("content/members.json");
    // Drop the comma after the first `"code": "bn"` line: a syntax error on line 6.
    let broken = good.replacen("\"code\": \"bn\",", "\"code\": \"bn\"", 1);
    assert_ne!(good, broken, "test fixture must change the file");
    let line = broken
        .lines()
        .position(|l| l.contains("\"code\": \"bn\""))
        .map(|i| i + 2)
        .unwrap_or(0);
    site.write("content/members.json", &broken);
    run(&site, Run::default(), move |p| async move {
        p.goto("/exhibit?lang=vi").await?;
        p.wait_text(".error-panel", "content/members.json").await?;
        p.wait_text(".error-panel", &format!("dòng {line}")).await?;
        // The rest of the page still shows beside the panel.
        p.wait_text(".asean-card .flag-name", "ASEAN").await?;
        p.wait_text(".exhibit-links a", "Bài ca ASEAN").await?;
        p.click_text("button.lang-switch", "English").await?;
        p.wait_text(".error-panel", &format!("line {line}")).await?;
        p.goto("/").await?;
        p.wait_text(".entry-title", "ASEAN Corner").await?;
        p.open_admin("/admin").await?;
        p.wait_text(
            ".file-check[data-file='content/members.json'] .error-panel",
            "line",
        )
        .await?;
        p.wait_count(".file-check .ok", 4).await
    })
    .await;
}

#[tokio::test]
async fn wrong_field_and_missing_file_are_explained() {
    let site = Site::copy_of_dist();
    let topics = site.read("content/topics.json");
    site.write(
        "content/topics.json",
        &topics.replacen("\"name\"", "\"nmae\"", 1),
    );
    std::fs::remove_file(site.root.join("content/articles/index.json")).expect("remove index");
    let opts = Run {
        allowed_errors: &["articles/index.json - Failed to load resource"],
        ..Run::default()
    };
    run(&site, opts, |p| async move {
        p.goto("/corner?lang=en").await?;
        p.wait_text(".error-panel", "content/topics.json").await?;
        p.wait_text(".error-panel", "“nmae” is not part of the format")
            .await?;
        p.wait_text(".error-panel", "topics[0]").await?;
        p.wait_text(".error-panel", "content/articles/index.json")
            .await?;
        p.wait_text(".error-panel", "not found (status 404)").await
    })
    .await;
}

/// No horizontal scrolling and every control at least 44 px tall on every
/// screen, at the sizes the app is used at: phone, projector, landscape and
/// portrait kiosk.
#[tokio::test]
async fn layout_fits_phone_projector_and_kiosk_screens() {
    for size in [(360, 640), (1280, 720), (1920, 1080), (1080, 1920)] {
        let site = Site::copy_of_dist();
        run(&site, Run { size, ..Run::default() }, move |p| async move {
            let fits = |path: &'static str| {
                let p = p.clone();
                async move {
                    let overflow = p
                        .js("return document.documentElement.scrollWidth - window.innerWidth")
                        .await?
                        .as_i64()
                        .unwrap_or(0);
                    check(overflow <= 0, format!("{path} at {size:?} scrolls sideways by {overflow}px"))?;
                    let tiny = p
                        .js("const h = e => e.getBoundingClientRect().height; \
                             /* A checkbox or radio is reached through its label: the larger counts. */ \
                             const target = e => ['checkbox', 'radio'].includes(e.type) ? Math.max(h(e), ...[...e.labels].map(h)) : h(e); \
                             return [...document.querySelectorAll('button, a, select, input')].filter(e => e.offsetParent && target(e) < 44).map(e => e.textContent.trim() || e.id || e.name).join(' | ')")
                        .await?;
                    check(tiny.as_str() == Some(""), format!("{path}: targets under 44 px at {size:?}: {tiny}"))
                }
            };
            for path in [
                "/", "/exhibit", "/exhibit/id", "/exhibit/asean", "/exhibit/anthem", "/exhibit/ceremony", "/admin/anthem", "/corner", "/corner/member-viet-nam", "/contest", "/contest/results", "/contest/practice/flags",
                "/contest/host", "/contest/golden-bell", "/contest/olympia", "/admin",
                "/corner/search?q=ha%20noi", "/corner/timeline/1995-viet-nam-joins", "/corner/map?member=vn",
                "/corner/glossary", "/corner/saved", "/corner/qr?to=/exhibit/vn",
                "/contest/editor", "/contest/import",
            ] {
                p.goto(path).await?;
                p.wait_text("h1", "").await?;
                match path {
                    "/" => p.wait_count(".entry", 3).await?,
                    "/exhibit" => p.wait_count(".flag-card", 12).await?,
                    "/exhibit/id" => p.wait_count(".fact", 7).await?,
                    "/exhibit/anthem" => p.wait_count(".lyric", 10).await?,
                    "/contest" => p.wait_count(".pack-card", 22).await?,
                    "/corner/search?q=ha%20noi" => p.wait_text(".search-hit", "").await?,
                    "/corner/timeline/1995-viet-nam-joins" => p.wait_text(".event-detail", "").await?,
                    "/corner/map?member=vn" => p.wait_text(".map-panel", "").await?,
                    "/corner/glossary" => p.wait_text(".glossary dt", "").await?,
                    "/corner/qr?to=/exhibit/vn" => p.wait_text(".qr-url", "").await?,
                    _ => {}
                }
                fits(path).await?;
            }
            // A question on screen.
            p.goto("/contest/practice/flags?seed=1").await?;
            p.click_text("button[type=submit]", "").await?;
            p.wait_text(".progress-text", "1").await?;
            fits("a question").await?;
            // A teacher's new pack, a question open in the form beside its preview.
            p.goto("/contest/editor").await?;
            p.click_text("button.new-pack", "").await?;
            p.wait_text(".save-state", "").await?;
            p.click_text("button.add-question-button", "").await?;
            p.wait_text(".question-editing .preview", "").await?;
            fits("the editor").await
        })
        .await;
    }
}
