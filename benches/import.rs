//! `make bench`: the importers on files just under the 5 MB limit, natively —
//! realistic sheets and GIFT/Aiken files, and malformed ones (an unclosed
//! quote or brace, a bad answer on every row). `tests/import_web.rs` times
//! the same files in headless Chromium, where a slow parse would freeze the
//! tab. Target (issue: teachers' questions): a whole 5 MB file well under a
//! second in the browser, so no file can hang the page.

#[path = "../tests/common/import_files.rs"]
mod import_files;

use asean_kiosk::core::import::{import, Options};
use asean_kiosk::core::lang::Lang;
use std::time::{Duration, Instant};

fn main() {
    let opts = Options::new(Lang::En, "my-bench");
    println!(
        "{:<48} {:>9} {:>10} {:>9} {:>12} {:>12}",
        "import (native), file", "MB", "questions", "skipped", "median", "max"
    );
    for (name, what, text) in import_files::files() {
        let mut times: Vec<Duration> = Vec::new();
        let mut counts = (0, 0);
        for _ in 0..5 {
            let t = Instant::now();
            let r = import(name, text.as_bytes(), &opts);
            times.push(t.elapsed());
            counts = match &r {
                Ok(p) => (p.questions.len(), p.skipped.len()),
                Err(_) => (0, 1),
            };
            std::hint::black_box(r.ok());
        }
        times.sort_unstable();
        println!(
            "{what:<48} {:>9.2} {:>10} {:>9} {:>12.1?} {:>12.1?}",
            text.len() as f64 / 1_048_576.0,
            counts.0,
            counts.1,
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
}
