//! Browser-glue tests, run by wasm-bindgen-test in headless Chromium:
//! storage, fetch errors, the language context and `<html lang>`, the crash
//! screen, and the whole app mounting into a real page.
#![cfg(target_arch = "wasm32")]

use asean_kiosk::app::{content, crash, dom, i18n};
use asean_kiosk::core::content::TopicsFile;
use asean_kiosk::core::lang::Lang;
use asean_kiosk::core::load::{parse, LoadErrorKind};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

async fn next_tick() {
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
fn storage_round_trip() {
    assert!(dom::storage_set("asean-kiosk.test", "xin chào"));
    assert_eq!(
        dom::storage_get("asean-kiosk.test").as_deref(),
        Some("xin chào")
    );
    dom::storage_remove("asean-kiosk.test");
    assert_eq!(dom::storage_get("asean-kiosk.test"), None);
}

#[wasm_bindgen_test]
async fn missing_file_is_an_http_404_error() {
    let err = content::fetch_text("content/no-such-file.json")
        .await
        .expect_err("missing file");
    assert_eq!(err.file, "content/no-such-file.json");
    assert_eq!(*err.kind, LoadErrorKind::Http { status: 404 });
}

#[wasm_bindgen_test]
fn parse_errors_carry_line_and_column_in_wasm_too() {
    let bad = "{\"format\": \"asean-kiosk/topics\",\n \"version\": 1,\n \"topics\": [,]}";
    let err = parse::<TopicsFile>("content/topics.json", bad).expect_err("broken");
    assert!(
        matches!(*err.kind, LoadErrorKind::Syntax { line: 3, .. }),
        "{err}"
    );
}

#[wasm_bindgen_test]
async fn language_switch_sets_html_lang_and_is_remembered() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    dom::storage_remove("asean-kiosk.lang");
    let owner = Owner::new();
    let i = owner.with(i18n::provide_i18n);
    assert_eq!(i.lang_untracked(), Lang::Vi, "Vietnamese by default");
    i.set(Lang::En);
    assert_eq!(dom::storage_get("asean-kiosk.lang").as_deref(), Some("en"));
    assert_eq!(
        i18n::initial_lang(),
        Lang::En,
        "remembered for the next visit"
    );
    let html_lang = || {
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
    };
    // The effect that keeps <html lang> in step runs on a later tick.
    for _ in 0..50 {
        if html_lang().as_deref() == Some("en") {
            break;
        }
        next_tick().await;
    }
    assert_eq!(html_lang().as_deref(), Some("en"));
    i.set(Lang::Vi);
    drop(owner);
}

#[wasm_bindgen_test]
async fn app_mounts_and_renders_the_home_screen() {
    dom::storage_remove("asean-kiosk.lang");
    leptos::mount::mount_to_body(
        || view! { <asean_kiosk::app::App pages=asean_kiosk::app::pages::main/> },
    );
    let mut text = String::new();
    for _ in 0..50 {
        next_tick().await;
        text = document()
            .body()
            .and_then(|b| b.text_content())
            .unwrap_or_default();
        if text.contains("ASEAN Kiosk") {
            break;
        }
    }
    assert!(text.contains("ASEAN Kiosk"), "header missing: {text}");
    assert!(
        document()
            .query_selector("button.lang-switch")
            .ok()
            .flatten()
            .is_some(),
        "language switch missing"
    );
}

#[wasm_bindgen_test]
fn crash_screen_replaces_the_ui_with_a_restart_link() {
    // Not a kiosk: no automatic reload.
    dom::storage_remove("asean-kiosk.settings");
    dom::session_remove("asean-kiosk.kiosk");
    dom::storage_set("asean-kiosk.lang", "vi");
    let body = document().body().expect("body");
    let marker = document().create_element("div").expect("div");
    marker.set_id("some-ui");
    body.append_child(&marker).expect("append");

    crash::show_crash_screen();

    let screen = document()
        .get_element_by_id("crash-screen")
        .expect("crash screen");
    let text = screen.text_content().unwrap_or_default();
    assert!(text.contains("Đã xảy ra lỗi"), "{text}");
    assert!(text.contains("Khởi động lại"), "{text}");
    assert!(
        !text.contains("Tự khởi động"),
        "no auto-reload outside kiosk mode"
    );
    assert!(marker.has_attribute("hidden"), "the broken UI is hidden");
    // Idempotent: a second panic does not stack screens.
    crash::show_crash_screen();
    assert_eq!(
        document()
            .query_selector_all("#crash-screen")
            .map(|l| l.length())
            .unwrap_or(0),
        1
    );
    screen.remove();
    marker.remove();
}

/// Resolves after `ms` milliseconds (a browser timer).
async fn after_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn use_interval_ticks_until_its_component_is_cleaned_up() {
    use std::cell::Cell;
    use std::rc::Rc;
    let ticks = Rc::new(Cell::new(0u32));
    let owner = Owner::new();
    let t = ticks.clone();
    owner.with(|| asean_kiosk::app::clock::use_interval(10, move || t.set(t.get() + 1)));
    for _ in 0..200 {
        if ticks.get() >= 3 {
            break;
        }
        after_ms(10).await;
    }
    assert!(ticks.get() >= 3, "the interval ticks");
    // A kiosk plays for weeks: a finished game's timer must stop.
    owner.cleanup();
    let stopped_at = ticks.get();
    after_ms(100).await;
    assert_eq!(ticks.get(), stopped_at, "no tick after cleanup");
}

#[wasm_bindgen_test]
fn a_damaged_attempt_history_is_kept_aside_not_lost() {
    use asean_kiosk::app::contest::store;
    use asean_kiosk::core::quiz::contest::Mode;
    use asean_kiosk::core::quiz::results::Attempt;
    dom::storage_set("asean-kiosk.attempts", "{not json");
    let a = Attempt {
        nickname: "Lan".into(),
        packs: vec!["flags".into()],
        mode: Mode::Exam,
        started_ms: 1,
        finished_ms: Some(2),
        score: 100,
        correct: 1,
        total: 1,
        answers: vec![],
    };
    assert!(store::add_attempt(&a));
    assert_eq!(store::attempts(), vec![a]);
    assert_eq!(
        dom::storage_get("asean-kiosk.attempts.damaged").as_deref(),
        Some("{not json")
    );
    store::clear_attempts();
    dom::storage_remove("asean-kiosk.attempts.damaged");
}

#[wasm_bindgen_test]
async fn idb_keeps_a_blob_and_text_then_forgets_them() {
    use asean_kiosk::app::idb;
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&"RIFF-data".into());
    let blob = web_sys::Blob::new_with_str_sequence(&parts).expect("a blob");
    idb::put("test-audio", &blob.into())
        .await
        .expect("put blob");
    idb::put("test-text", &"{\"a\":1}".into())
        .await
        .expect("put text");
    let back = idb::get("test-audio").await.expect("get").expect("present");
    let back: web_sys::Blob = back.dyn_into().expect("still a Blob");
    assert_eq!(back.size(), 9.0);
    let text = idb::get("test-text").await.expect("get").expect("present");
    assert_eq!(text.as_string().as_deref(), Some("{\"a\":1}"));
    idb::delete("test-audio").await.expect("delete");
    assert!(idb::get("test-audio").await.expect("get").is_none());
    assert!(idb::get("never-stored").await.expect("get").is_none());
    idb::delete("test-text").await.expect("delete");
}

#[wasm_bindgen_test]
async fn teachers_packs_are_kept_and_a_damaged_one_is_named_not_lost() {
    use asean_kiosk::app::editor::empty_pack;
    use asean_kiosk::app::{idb, my_packs};
    use asean_kiosk::core::lang::Text;
    use asean_kiosk::core::quiz::pack::{Answer, Question};
    let mut pack = empty_pack(
        "my-wasmtest".into(),
        Text::new("", "A teacher's pack"),
        vec![Lang::En],
    );
    pack.questions.push(Question::new(
        "my-wasmtest-001".into(),
        Text::new("", "ASEAN was founded in 1967."),
        Answer::TrueFalse { correct: true },
    ));
    my_packs::save(&pack).await.expect("save");
    // A record damaged outside the app (another version, a browser bug).
    idb::put("pack/my-damaged", &"{\"format\": ".into())
        .await
        .expect("put");

    let back = my_packs::get("my-wasmtest")
        .await
        .expect("get")
        .expect("kept");
    assert_eq!(back, pack);
    let list = my_packs::list().await.expect("list");
    assert!(list
        .iter()
        .any(|p| p.as_ref().is_ok_and(|p| p.id == "my-wasmtest")));
    let damaged = list
        .iter()
        .find_map(|p| p.as_ref().err())
        .expect("the damaged record is listed as its error");
    assert_eq!(damaged.file, "IndexedDB: pack/my-damaged");
    assert!(matches!(*damaged.kind, LoadErrorKind::Syntax { .. }));
    // Named, not deleted: the teacher's data stays where it was.
    assert!(idb::get("pack/my-damaged").await.expect("get").is_some());
    // The picker's summaries: the good pack, with its question count.
    let meta = my_packs::list_meta().await.expect("meta");
    assert!(meta
        .iter()
        .any(|m| m.id == "my-wasmtest" && m.question_count == 1));

    my_packs::delete("my-wasmtest").await.expect("delete");
    idb::delete("pack/my-damaged").await.expect("delete");
    assert!(my_packs::get("my-wasmtest").await.expect("get").is_none());
}
