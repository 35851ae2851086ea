//! `make bench`: contest engine step time over a 600+-question mix of every
//! bundled pack, natively. A step is what the UI does per answer: mark the
//! answer, move on, and serialise the progress for saving (the setup is
//! saved once, at the start).
//! Target (issue: contest engine): well under 1 ms per step.

use asean_kiosk::core::quiz::contest::{Contest, Settings};
use asean_kiosk::core::quiz::mark::Response;
use asean_kiosk::core::quiz::pack::Question;
use std::time::{Duration, Instant};

#[path = "../tests/common/mod.rs"]
mod common;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let pool: Vec<Question> = common::all_questions();
    let mut step = Vec::new();
    let mut save = Vec::new();
    let mut new = Vec::new();
    for run in 0..20u64 {
        let t = Instant::now();
        let mut c = Contest::new(Settings::practice(pool.len(), run), &pool, 0).expect("contest");
        new.push(t.elapsed());
        let mut now = 0;
        while !c.is_finished() {
            now += 1_000;
            let t = Instant::now();
            let _ = c.answer(Response::Choice(0), now);
            c.next(now);
            step.push(t.elapsed());
            let t = Instant::now();
            let json = serde_json::to_string(&c.progress).expect("serialise");
            save.push(t.elapsed());
            std::hint::black_box(json);
        }
    }
    for v in [&mut step, &mut save, &mut new] {
        v.sort_unstable();
    }
    println!(
        "engine, {} questions (all bundled packs), 20 runs",
        pool.len()
    );
    println!("{:<34} {:>12} {:>12}", "measure", "median", "p95");
    for (name, v) in [
        ("answer + next (per step)", &step),
        ("serialise progress (per step)", &save),
        ("new contest (draw + shuffle)", &new),
    ] {
        println!(
            "{name:<34} {:>12?} {:>12?}",
            percentile(v, 0.5),
            percentile(v, 0.95)
        );
    }
}
