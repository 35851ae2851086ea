//! Accessibility on every screen: axe-core (npm `axe-core`, installed by
//! `scripts/setup.sh test`) injected into each route and state — home, each
//! contest mode mid-question and on its results, the hosting control and
//! audience windows, the gallery, a member page, the anthem, every Corner
//! view, the teachers' packs, admin and its report, the attract loop — in
//! both languages, at phone and kiosk sizes. WCAG 2.0–2.2 A and AA rules and
//! axe's best practices run; a violation of impact "serious" or "critical"
//! fails the test, the others are printed. In Vietnamese on a phone and in
//! English on a kiosk, each screen is also walked with the Tab key: every
//! stop shows its focus, and focus always moves on (no trap).

use crate::harness::{check, run, Page, Run, Site, TestResult};
use fantoccini::Locator;
use serde_json::Value;
use std::sync::{Arc, Mutex};

/// axe's own source, read once.
fn axe_source() -> &'static str {
    static SRC: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SRC.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/.tools/node_modules/axe-core/axe.min.js"
        );
        std::fs::read_to_string(path).unwrap_or_else(|e| {
            panic!("{path}: {e} — run `scripts/setup.sh test` (make test does)")
        })
    })
}

/// What the audits found: (screen, rule, impact, help, where); a row with
/// an empty rule only records that the screen was audited. `keys`: each
/// screen is also walked by keyboard.
#[derive(Default)]
struct Audits {
    rows: Mutex<Vec<(String, String, String, String, String)>>,
    keys: bool,
}
type Found = Arc<Audits>;

/// Runs axe on the page as it is now and records what it finds under `screen`.
async fn audit(p: &Page, found: &Found, screen: &str) -> TestResult {
    // From the top of the page, so that what the sticky header covers after
    // a click's scrolling does not count (axe sees a covered target as small).
    p.js("window.scrollTo(0, 0)").await?;
    // Once fades and slides have ended (a looping animation never does).
    p.wait_for(
        "return document.getAnimations().some(a => a.playState === 'running' \
           && a.effect?.getTiming().iterations !== Infinity) ? null : true",
    )
    .await?;
    let loaded = p.js("return typeof axe !== 'undefined'").await?;
    if loaded != true {
        p.client
            .execute(axe_source(), vec![])
            .await
            .map_err(|e| format!("inject axe: {e}"))?;
    }
    let v = p
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             axe.run(document, { \
               runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, \
               resultTypes: ['violations'] \
             }).then(r => done(r.violations.map(v => [v.id, v.impact || '', v.help, \
               v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' (' + \
                 [...n.any, ...n.all, ...n.none].map(c => c.message).join('; ').slice(0, 240) + ')').join(' | ')])), \
               e => done([['axe-error', 'critical', String(e), '']]));",
            vec![],
        )
        .await
        .map_err(|e| format!("axe.run on {screen}: {e}"))?;
    {
        let mut f = found.rows.lock().map_err(|e| e.to_string())?;
        f.push((
            screen.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ));
        for row in v.as_array().into_iter().flatten() {
            let s = |i: usize| {
                row.get(i)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            f.push((screen.to_string(), s(0), s(1), s(2), s(3)));
        }
    }
    if found.keys {
        keyboard_walk(p, found, screen).await?;
    }
    Ok(())
}

/// How many Tab presses each screen's keyboard walk takes.
const TABS: usize = 25;

/// Walks the screen by keyboard: `TABS` real Tab presses from the top.
/// Each stop must show its focus (an outline or a ring of at least 2 px),
/// and focus must move on (a control that keeps it is a trap). Recorded as
/// serious problems under the rules `focus-visible` and `keyboard-trap`.
async fn keyboard_walk(p: &Page, found: &Found, screen: &str) -> TestResult {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    use fantoccini::key::Key;
    p.js("document.activeElement?.blur(); window.scrollTo(0, 0)")
        .await?;
    let tab = char::from(Key::Tab);
    let mut previous = String::new();
    let mut stuck = 0;
    for step in 0..TABS {
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: tab })
            .then(KeyAction::Up { value: tab });
        p.client
            .perform_actions(keys)
            .await
            .map_err(|e| format!("Tab: {e}"))?;
        let v = p
            .js("const e = document.activeElement; if (!e || e === document.body) return null; \
                 const s = getComputedStyle(e); \
                 /* Focus inside a field's own parts (a date's calendar button) is ringed by the browser. */ \
                 const ring = !e.matches(':focus') || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) \
                   || (s.boxShadow !== 'none' && s.boxShadow !== ''); \
                 const id = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + \
                   (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + \
                   ' [' + (e.textContent || e.value || '').trim().slice(0, 30) + ']'; \
                 return [id, ring, [...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex=\"-1\"])')].length]")
            .await?;
        let Some(a) = v.as_array() else {
            // Focus left the page's controls (back to the browser): the walk is done.
            break;
        };
        let id = a
            .first()
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let ring = a.get(1).and_then(Value::as_bool).unwrap_or(false);
        let controls = a.get(2).and_then(Value::as_u64).unwrap_or(0);
        let mut f = found.rows.lock().map_err(|e| e.to_string())?;
        if !ring {
            f.push((
                screen.into(),
                "focus-visible".into(),
                "serious".into(),
                format!("no visible focus at Tab {}", step + 1),
                id.clone(),
            ));
        }
        stuck = if id == previous { stuck + 1 } else { 0 };
        // A date field keeps focus for its day, month and year: three stops.
        if stuck >= 4 && controls > 1 {
            f.push((
                screen.into(),
                "keyboard-trap".into(),
                "serious".into(),
                "Tab does not move focus on".into(),
                id.clone(),
            ));
            break;
        }
        previous = id;
    }
    Ok(())
}

/// Visits `path`, waits for its content (`css` with some text) and audits it.
async fn visit(p: &Page, found: &Found, path: &str, css: &str) -> TestResult {
    p.goto(path).await?;
    p.wait_text(css, "").await?;
    audit(p, found, path).await
}

async fn select(p: &Page, css: &str, value: &str) -> TestResult {
    p.wait_count(&format!("{css} option[value={value}]"), 1)
        .await?;
    p.client
        .find(Locator::Css(css))
        .await
        .map_err(|e| e.to_string())?
        .select_by_value(value)
        .await
        .map_err(|e| e.to_string())
}

/// Every screen and state, in the language `lang` at `size`, in the dark
/// theme when `dark`.
async fn tour(lang: &'static str, size: (u32, u32), dark: bool, keys: bool) {
    let site = Site::copy_of_dist();
    let found: Found = Arc::new(Audits {
        keys,
        ..Audits::default()
    });
    let f = found.clone();
    run(
        &site,
        Run {
            size,
            ..Run::default()
        },
        move |p| async move {
            let f = &f;
            if dark {
                p.cdp(
                    "Emulation.setEmulatedMedia",
                    serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
                )
                .await?;
            }
            // Static screens (the first sets the language, which is remembered).
            visit(&p, f, &format!("/?lang={lang}"), ".entry").await?;
            for (path, css) in [
                ("/contest", ".pack-card"),
                ("/contest/results", "h1"),
                ("/exhibit", ".flag-card"),
                ("/exhibit/vn", ".fact"),
                ("/exhibit/asean", "h1"),
                ("/exhibit/anthem", ".lyric"),
                ("/exhibit/ceremony", "h1"),
                ("/corner", ".article-item"),
                ("/corner/hanoi-summit-1998", ".article"),
                ("/corner/search?q=ha%20noi", ".search-hit"),
                ("/corner/timeline", ".timeline-item"),
                ("/corner/timeline/1995-viet-nam-joins", ".event-detail"),
                ("/corner/map?member=vn", ".map-panel"),
                ("/corner/glossary", ".glossary dt"),
                ("/corner/saved", "h1"),
                ("/corner/qr?to=/exhibit/vn", ".qr-url"),
                ("/contest/editor", "h1"),
                ("/contest/import", ".drop-zone"),
                ("/no/such/page", "h1"),
            ] {
                visit(&p, f, path, css).await?;
            }

            // A practice question, then its feedback.
            p.goto("/contest/practice/flags?seed=1").await?;
            p.click_text("button[type=submit]", "").await?;
            p.wait_text(".progress-text", "").await?;
            audit(&p, f, "practice, a question").await?;
            // The first question of seed 1 is a multiple choice: tick one, answer.
            p.js("document.querySelector('article.question input[type=checkbox]')?.click()")
                .await?;
            p.wait_count("article.question button[type=submit]:not([disabled])", 1)
                .await?;
            p.click_text("article.question button[type=submit]", "")
                .await?;
            p.wait_text(".feedback h2", "").await?;
            audit(&p, f, "practice, feedback").await?;
            // A challenge question with its timer.
            p.goto("/contest/challenge/asean-basics?seed=1").await?;
            p.click_text("button[type=submit]", "").await?;
            p.wait_text(".progress-text", "").await?;
            audit(&p, f, "challenge, a question").await?;
            // An exam: the question map, then submitted unanswered: the results.
            p.goto("/contest/exam/asean-basics?seed=1&count=5").await?;
            p.click_text("button[type=submit]", "").await?;
            p.wait_text(".progress-text", "").await?;
            audit(&p, f, "exam, a question").await?;
            p.click_text(".submit-area button", "").await?;
            p.wait_count(".confirm:not([hidden])", 1).await?;
            audit(&p, f, "exam, confirm submitting").await?;
            p.click_text(".confirm button.btn-primary", "").await?;
            p.wait_text(".result-summary", "").await?;
            audit(&p, f, "exam, results").await?;

            // Hosting: a team contest's control window and its audience screen.
            p.goto("/contest/host").await?;
            p.wait_text("h1", "").await?;
            audit(&p, f, "team contest, set-up").await?;
            select(&p, "#teams-pack", "flags").await?;
            p.click_text("button[type=submit]", "").await?;
            p.wait_text(".host-controls", "").await?;
            audit(&p, f, "team contest, control").await?;
            visit(&p, f, "/contest/host/screen", ".screen-heading").await?;
            // Rung chuông vàng.
            p.goto("/contest/golden-bell").await?;
            p.wait_text("h1", "").await?;
            select(&p, "#bell-pack", "flags").await?;
            p.click_text("button[type=submit]", "").await?;
            p.wait_text(".host-controls", "").await?;
            audit(&p, f, "golden bell, control").await?;
            visit(&p, f, "/contest/golden-bell/screen", ".screen-heading").await?;
            // Olympia.
            p.goto("/contest/olympia").await?;
            p.wait_text("h1", "").await?;
            audit(&p, f, "olympia, set-up").await?;
            p.click_text("button[type=submit]", "").await?;
            p.wait_text(".host-controls h2", "").await?;
            audit(&p, f, "olympia, control").await?;
            visit(&p, f, "/contest/olympia/screen", ".screen-heading").await?;

            // A teacher's pack in the editor, a question open beside its preview.
            p.goto("/contest/editor").await?;
            p.click_text("button.new-pack", "").await?;
            p.wait_text(".save-state", "").await?;
            p.click_text("button.add-question-button", "").await?;
            p.wait_text(".question-editing .preview", "").await?;
            audit(&p, f, "editor, a question").await?;

            // Admin: the PIN form, then the settings and the report.
            p.goto("/admin").await?;
            p.wait_text("main h1", "").await?;
            audit(&p, f, "admin, PIN").await?;
            p.open_admin("/admin").await?;
            p.wait_text(".settings-form", "").await?;
            audit(&p, f, "admin, settings").await?;
            visit(&p, f, "/admin/report", ".report").await?;
            visit(&p, f, "/admin/anthem", "h1").await?;

            // Last (it turns kiosk mode on for this tab): the attract loop.
            visit(&p, f, "/kiosk?kiosk=1", ".attract-start").await?;
            Ok(())
        },
    )
    .await;

    let found = found.rows.lock().map(|f| f.clone()).unwrap_or_default();
    let mut failing = Vec::new();
    let screens = found.iter().filter(|f| f.1.is_empty()).count();
    let theme = if dark { ", dark" } else { "" };
    println!(
        "a11y [{lang} {}x{}{theme}]: {screens} screens audited",
        size.0, size.1
    );
    for (screen, rule, impact, help, at) in found.iter().filter(|f| !f.1.is_empty()) {
        let line = format!(
            "[{lang} {}x{}{theme}] {screen}: {rule} ({impact}) {help} — {at}",
            size.0, size.1
        );
        if impact == "serious" || impact == "critical" {
            failing.push(line);
        } else {
            println!("a11y, not failing: {line}");
        }
    }
    let result: TestResult =
        check(screens >= 40, format!("only {screens} screens audited")).and(check(
            failing.is_empty(),
            format!(
                "{} serious or critical:\n{}",
                failing.len(),
                failing.join("\n")
            ),
        ));
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[tokio::test]
async fn every_screen_passes_axe_in_vietnamese_on_a_phone() {
    tour("vi", (360, 640), false, true).await;
}

#[tokio::test]
async fn every_screen_passes_axe_in_english_on_a_phone() {
    tour("en", (360, 640), false, false).await;
}

#[tokio::test]
async fn every_screen_passes_axe_in_vietnamese_on_a_kiosk() {
    tour("vi", (1920, 1080), false, false).await;
}

#[tokio::test]
async fn every_screen_passes_axe_in_english_on_a_kiosk() {
    tour("en", (1920, 1080), false, true).await;
}

/// The dark theme (`prefers-color-scheme: dark`), on a phone and on a
/// projector-sized screen.
#[tokio::test]
async fn every_screen_passes_axe_in_the_dark_theme() {
    tour("vi", (360, 640), true, false).await;
    tour("en", (1280, 720), true, false).await;
}
