//! `make bench`, in the browser: the importers on files just under the 5 MB
//! limit (`tests/common/import_files.rs`), timed in headless Chromium on the
//! release wasm — what a teacher's file costs the page before the preview.
//! `benches/import.rs` times the same natively.
#![cfg(target_arch = "wasm32")]

use asean_kiosk::core::import::{import, Options};
use asean_kiosk::core::lang::Lang;
use wasm_bindgen_test::*;

#[path = "common/import_files.rs"]
mod import_files;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn import_benchmark_in_the_browser() {
    let opts = Options::new(Lang::En, "my-bench");
    console_log!(
        "{:<48} {:>10} {:>9} {:>12} {:>12}",
        "import (wasm, Chromium), file",
        "questions",
        "skipped",
        "median",
        "max"
    );
    for (name, what, text) in import_files::files() {
        let mut times: Vec<f64> = Vec::new();
        let mut counts = (0, 0);
        for _ in 0..5 {
            let t = now();
            let r = import(name, text.as_bytes(), &opts);
            times.push(now() - t);
            counts = match &r {
                Ok(p) => (p.questions.len(), p.skipped.len()),
                Err(_) => (0, 1),
            };
        }
        times.sort_by(f64::total_cmp);
        console_log!(
            "{what:<48} {:>10} {:>9} {:>9.1} ms {:>9.1} ms",
            counts.0,
            counts.1,
            times[times.len() / 2],
            times[times.len() - 1]
        );
        assert!(counts.0 + counts.1 > 0, "{name}: something read");
    }
}
