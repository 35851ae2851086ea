//! Solo play in a real browser: practice to the end (every question type,
//! feedback, the retry round, results), an exam interrupted by a reload and
//! resumed with its answers, results exported as CSV, the leaderboard and
//! the certificate, and a challenge whose timer runs out.
//!
//! The test reads each question's id from the page and answers it from the
//! pack file, the way a pupil who knows the answer would: by clicking,
//! typing and choosing what is on screen.

use crate::harness::{check, run, Page, Run, Site, TestResult};
use asean_kiosk::core::lang::Lang;
use asean_kiosk::core::load::parse;
use asean_kiosk::core::quiz::{Answer, Pack, Question};
use fantoccini::Locator;
use std::collections::HashMap;

pub(crate) fn questions(site: &Site, packs: &[&str]) -> HashMap<String, Question> {
    let mut all = HashMap::new();
    for id in packs {
        let file = format!("quizzes/{id}.json");
        let pack: Pack = parse(&file, &site.read(&file)).expect("pack parses");
        for q in pack.questions {
            all.insert(q.id.clone(), q);
        }
    }
    all
}

/// The id of the question on screen, once a question other than `previous` shows.
pub(crate) async fn current_question(p: &Page, previous: &str) -> Result<String, String> {
    p.wait_for(&format!(
        "const q = document.querySelector('article.question'); \
         return q && q.dataset.id !== '{previous}' ? q.dataset.id : null"
    ))
    .await
    .map(|v| v.as_str().unwrap_or_default().to_string())
}

async fn click_js(p: &Page, script_finding_element: &str) -> TestResult {
    let found = p
        .js(&format!(
            "const el = (() => {{ {script_finding_element} }})(); \
             if (!el) return false; \
             el.dispatchEvent(new MouseEvent('click', {{bubbles: true}})); return true;"
        ))
        .await?;
    check(
        found == true,
        format!("nothing to click: {script_finding_element}"),
    )
}

fn js_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

async fn submit(p: &Page) -> TestResult {
    click_js(
        p,
        "return document.querySelector('article.question button[type=submit]:not([disabled])')",
    )
    .await
}

/// Answers the question on screen, rightly or (where the type allows an
/// obviously wrong answer) wrongly. Returns whether it answered wrongly.
pub(crate) async fn answer(
    p: &Page,
    q: &Question,
    lang: Lang,
    wrong: bool,
) -> Result<bool, String> {
    let option_by_text = |t: &str| {
        format!(
            "return [...document.querySelectorAll('button.option')]\
             .find(b => b.querySelector('.option-text')?.textContent.trim() === {});",
            js_str(t)
        )
    };
    match &q.answer {
        Answer::Single {
            options, correct, ..
        }
        | Answer::Audio {
            options, correct, ..
        } => {
            let pick = if wrong {
                (correct + 1) % options.len()
            } else {
                *correct
            };
            click_js(p, &option_by_text(options[pick].get(lang))).await?;
            Ok(wrong)
        }
        Answer::TrueFalse { correct } => {
            let word = match (lang, *correct != wrong) {
                (Lang::Vi, true) => "Đúng",
                (Lang::Vi, false) => "Sai",
                (Lang::En, true) => "True",
                (Lang::En, false) => "False",
            };
            click_js(p, &option_by_text(word)).await?;
            Ok(wrong)
        }
        Answer::Image { options, correct } => {
            let pick = if wrong {
                (correct + 1) % options.len()
            } else {
                *correct
            };
            let alt = js_str(options[pick].alt.get(lang));
            click_js(
                p,
                &format!(
                    "return [...document.querySelectorAll('button.option img')]\
                     .find(i => i.alt === {alt})?.closest('button');"
                ),
            )
            .await?;
            Ok(wrong)
        }
        Answer::Multiple { options, correct } => {
            for i in correct {
                let label = js_str(options[*i].get(lang));
                click_js(
                    p,
                    &format!(
                        "const l = [...document.querySelectorAll('.check-option label')]\
                         .find(l => l.textContent.trim() === {label}); \
                         return l && document.getElementById(l.htmlFor);"
                    ),
                )
                .await?;
            }
            submit(p).await?;
            Ok(false)
        }
        Answer::Typed { accepted, .. } => {
            let text = if wrong {
                "zzz".to_string()
            } else {
                // Typed without diacritics and in capitals: still right.
                fold(&accepted.get(lang)[0]).to_uppercase()
            };
            p.type_into("#typed-answer", &text).await?;
            submit(p).await?;
            Ok(wrong)
        }
        Answer::Numeric { value, .. } => {
            let text = if wrong {
                "-99999".to_string()
            } else if lang == Lang::Vi {
                value.to_string().replace('.', ",")
            } else {
                value.to_string()
            };
            p.type_into("#typed-answer", &text).await?;
            submit(p).await?;
            Ok(wrong)
        }
        Answer::Ordering { items } => {
            // Move item k up until it sits at place k, for k = 0, 1, …
            for k in 0..items.len() {
                loop {
                    let order = p
                        .js("return [...document.querySelectorAll('.order-item button[id^=order-up-]')]\
                             .map(b => Number(b.id.slice(9)))")
                        .await?;
                    let order: Vec<usize> =
                        serde_json::from_value(order).map_err(|e| e.to_string())?;
                    let at = order.iter().position(|&x| x == k).ok_or("item missing")?;
                    if at == k {
                        break;
                    }
                    p.client
                        .find(Locator::Css(&format!("#order-up-{k}")))
                        .await
                        .map_err(|e| e.to_string())?
                        .click()
                        .await
                        .map_err(|e| e.to_string())?;
                    p.wait_for(&format!(
                        "const b = [...document.querySelectorAll('.order-item button[id^=order-up-]')]; \
                         return b[{}] && b[{}].id === 'order-up-{k}' ? true : null",
                        at - 1,
                        at - 1
                    ))
                    .await?;
                }
            }
            submit(p).await?;
            Ok(false)
        }
        Answer::Matching { pairs } => {
            for i in 0..pairs.len() {
                let select = p
                    .client
                    .find(Locator::Css(&format!("#match-{i}")))
                    .await
                    .map_err(|e| e.to_string())?;
                select
                    .select_by_value(&i.to_string())
                    .await
                    .map_err(|e| e.to_string())?;
            }
            submit(p).await?;
            Ok(false)
        }
        Answer::Map { correct } => {
            p.wait_count(".map-member", 11).await?;
            click_js(
                p,
                &format!("return document.querySelector('g.map-member[data-code=\"{correct}\"]');"),
            )
            .await?;
            Ok(false)
        }
    }
}

/// Vietnamese letters without their marks, as a pupil on an English
/// keyboard might type them.
fn fold(s: &str) -> String {
    asean_kiosk::core::text::normalise(s, true)
}

#[tokio::test]
async fn practice_plays_every_question_type_to_the_end_with_a_retry_round() {
    let site = Site::copy_of_dist();
    let bank = questions(&site, &["asean-basics"]);
    let n = bank.len();
    run(&site, Run::default(), move |p| async move {
        p.goto(&format!(
            "/contest/practice/asean-basics?lang=vi&count={n}&seed=7"
        ))
        .await?;
        p.wait_text("h1", "ASEAN cơ bản").await?;
        p.click_text("button[type=submit]", "Bắt đầu").await?;
        let mut previous = String::new();
        let mut wrong_id = None::<String>;
        let mut seen_types = std::collections::BTreeSet::new();
        for i in 1..=n {
            p.wait_text(".progress-text", &format!("Câu {i}/{n}"))
                .await?;
            let id = current_question(&p, &previous).await?;
            let q = bank.get(&id).ok_or(format!("unknown question {id}"))?;
            seen_types.insert(q.answer.type_name());
            let try_wrong = wrong_id.is_none();
            if answer(&p, q, Lang::Vi, try_wrong).await? {
                wrong_id = Some(id.clone());
                p.wait_text(".feedback h2", "Chưa đúng").await?;
            } else {
                p.wait_text(".feedback h2", "Chính xác!").await?;
            }
            // The explanation is shown with the feedback.
            let expl = q.explanation.vi.chars().take(20).collect::<String>();
            p.wait_text(".feedback .explanation", &expl).await?;
            p.click_text(".actions button", "Câu tiếp theo").await?;
            previous = id;
        }
        check(
            seen_types.len() == 9,
            format!("types played: {seen_types:?}"),
        )?;
        // The wrong one comes back once, then the results.
        p.wait_text(".progress-text", "Làm lại các câu sai").await?;
        let id = current_question(&p, "").await?;
        check(
            Some(&id) == wrong_id.as_ref(),
            "the retry round asks the wrong question",
        )?;
        answer(&p, &bank[&id], Lang::Vi, false).await?;
        p.wait_text(".feedback h2", "Chính xác!").await?;
        p.click_text(".actions button", "Xem kết quả").await?;
        p.wait_text("h1", "Kết quả").await?;
        p.wait_text(".result-summary", &format!("Đúng {}/{n} câu", n - 1))
            .await?;
        p.wait_count(".review-item", n).await?;
        p.wait_count(".review-item[data-state=wrong]", 1).await?;
        p.wait_text(".revisit li", "").await
    })
    .await;
}

#[tokio::test]
async fn exam_survives_a_reload_then_gives_results_csv_leaderboard_and_certificate() {
    let site = Site::copy_of_dist();
    let bank = questions(&site, &["flags"]);
    run(&site, Run::default(), move |p| async move {
        // The school's name, set once in /admin, goes on certificates.
        p.open_admin("/admin?lang=vi").await?;
        p.type_into("#school", "THCS Lê Lợi").await?;
        p.click_text(".settings-form button", "Lưu thiết lập").await?;
        p.wait_text(".settings-form .save-status", "Đã lưu.").await?;
        // The school's name, set once in /admin, goes on certificates.
        p.open_admin("/admin?lang=vi").await?;
        p.type_into("#school", "THCS Lê Lợi").await?;
        p.click_text(".settings-form button", "Lưu thiết lập").await?;
        p.wait_text(".settings-form .save-status", "Đã lưu.").await?;
        p.goto("/contest/exam/flags?lang=vi&count=5&seed=11").await?;
        p.type_into("#nickname", "Lan").await?;
        p.click_text("button[type=submit]", "Bắt đầu").await?;
        p.wait_text(".timer", "14:").await?;
        // A pupil who needs it adds time (WCAG 2.2.1); it is kept across the reload below.
        p.click_text("button.more-time", "+5 phút").await?;
        p.wait_text(".timer", "19:").await?;
        // Two answers, then the tab is reloaded.
        let mut answered = Vec::new();
        let mut previous = String::new();
        for i in 1..=2 {
            p.wait_text(".progress-text", &format!("Câu {i}/5")).await?;
            let id = current_question(&p, &previous).await?;
            answer(&p, &bank[&id], Lang::Vi, false).await?;
            p.wait_count(".grid-btn.done", i).await?;
            p.click_text(".exam-nav .actions button", "Câu tiếp theo").await?;
            answered.push(id.clone());
            previous = id;
        }
        p.wait_text(".progress-text", "Câu 3/5").await?;
        p.js("location.reload()").await?;
        p.wait_text(".resume h2", "Chơi tiếp lượt đang dở?").await?;
        p.wait_text(".resume", "đã trả lời 2 câu").await?;
        p.click_text(".resume button", "Chơi tiếp").await?;
        // Exactly where the pupil was, with both answers and the added time kept.
        p.wait_text(".progress-text", "Câu 3/5").await?;
        p.wait_text(".timer", "19:").await?;
        p.wait_count(".grid-btn.done", 2).await?;
        p.wait_text(".timer", ":").await?;
        // Go back to question 1: its answer is still chosen (or typed).
        p.click_text(".grid-btn", "1").await?;
        p.wait_text(".progress-text", "Câu 1/5").await?;
        let first = current_question(&p, &previous).await?;
        check(first == answered[0], "question 1 is the same after the reload")?;
        let kept = p
            .js("return document.querySelectorAll('[aria-pressed=true], .check-option input:checked').length \
                 + (document.querySelector('#typed-answer')?.value ? 1 : 0) \
                 + document.querySelectorAll('.map-member[data-state=chosen]').length \
                 + [...document.querySelectorAll('.match-row select')].filter(s => s.value !== '').length")
            .await?;
        check(kept.as_u64().unwrap_or(0) > 0, "the first answer is shown after the reload")?;
        // Answer the rest and submit.
        p.click_text(".grid-btn", "3").await?;
        let mut previous = first;
        for i in 3..=5 {
            p.wait_text(".progress-text", &format!("Câu {i}/5")).await?;
            let id = current_question(&p, &previous).await?;
            answer(&p, &bank[&id], Lang::Vi, false).await?;
            p.wait_count(".grid-btn.done", i).await?;
            if i < 5 {
                p.click_text(".exam-nav .actions button", "Câu tiếp theo").await?;
            }
            previous = id;
        }
        p.click_text(".submit-area button", "Nộp bài").await?;
        p.wait_text(".confirm", "Bạn đã trả lời tất cả các câu.").await?;
        p.click_text(".confirm button", "Nộp bài").await?;
        p.wait_text("h1", "Kết quả").await?;
        p.wait_text(".result-summary", "Đúng 5/5 câu").await?;
        p.wait_text(".result-summary", "500 điểm").await?;
        // Reloading the results keeps them.
        p.js("location.reload()").await?;
        p.wait_text(".result-summary", "Đúng 5/5 câu").await?;

        // CSV: capture the file the browser is handed.
        let csv = p
            .capture_download(|| p.click_text(".actions button", "Tải kết quả (CSV)"))
            .await?;
        check(csv.starts_with('\u{feff}'), "CSV starts with a BOM for Excel")?;
        check(csv.contains("Biệt danh,Bộ câu hỏi,Hình thức"), format!("CSV header: {csv}"))?;
        check(csv.contains("\r\nLan,flags,exam,"), format!("CSV row: {csv}"))?;
        check(csv.matches(",đúng").count() == 5, format!("five right answers: {csv}"))?;

        // Leaderboard: nickname from the start screen, first place.
        p.click_text(".board-add button", "Ghi tên lên bảng").await?;
        p.wait_text(".leaderboard", "Bạn đứng thứ 1").await?;
        p.wait_text(".board td", "Lan").await?;
        // Certificate preview with the name, pack and score.
        p.wait_text(".certificate .cert-name", "Lan").await?;
        p.wait_text(".certificate .cert-pack", "Cờ của các nước ASEAN").await?;
        p.wait_text(".certificate .cert-score", "Đạt 500 điểm — đúng 5/5 câu").await?;
        p.wait_text(".certificate .cert-school", "THCS Lê Lợi").await?;
        p.wait_text(".certificate-area button", "In giấy chứng nhận").await?;
        // Printed, the page is the certificate alone.
        p.emulate_media("print").await?;
        check(p.is_shown(".certificate").await?, "certificate printed")?;
        for hidden in [".app-header", ".review", ".leaderboard", ".result-summary", "#cert-name"] {
            check(!p.is_shown(hidden).await?, format!("{hidden} is not printed"))?;
        }
        p.emulate_media("").await?;
        check(p.is_shown(".review").await?, "the review is back on screen")?;
        // The device's history lists the attempt.
        p.goto("/contest/results").await?;
        p.wait_text(".history-table td", "Lan").await?;
        p.wait_text(".history-table td", "Cờ của các nước ASEAN").await
    })
    .await;
}

#[tokio::test]
async fn challenge_scores_with_bonuses_and_times_out() {
    let site = Site::copy_of_dist();
    let bank = questions(&site, &["member-viet-nam"]);
    run(&site, Run::default(), move |p| async move {
        p.goto("/contest/challenge/member-viet-nam?lang=en&count=2&seed=3")
            .await?;
        p.wait_text("h1", "Viet Nam").await?;
        // Storage refuses every write (full or blocked): play goes on, and
        // the player is told results will not be kept.
        p.js("Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }")
            .await?;
        // Both bonuses are visible settings, on by default.
        p.wait_text("label[for=speed]", "Speed bonus").await?;
        p.wait_text("label[for=streak]", "Streak bonus").await?;
        // 10 seconds per question.
        p.client
            .find(Locator::Css("#timer"))
            .await
            .map_err(|e| e.to_string())?
            .select_by_value("10")
            .await
            .map_err(|e| e.to_string())?;
        p.click_text("button[type=submit]", "Start").await?;
        p.wait_text(".notice.warn", "cannot save your progress").await?;
        let id = current_question(&p, "").await?;
        answer(&p, &bank[&id], Lang::En, false).await?;
        p.wait_text(".feedback h2", "Right!").await?;
        // A quick right answer earns more than the base 100 points.
        let points = p
            .wait_for(
                "const t = document.querySelector('.feedback .points')?.textContent; \
                       return t ? Number(t.replace(/[^0-9]/g, '')) : null",
            )
            .await?;
        check(
            points.as_u64().unwrap_or(0) > 100,
            format!("speed bonus: {points}"),
        )?;
        p.click_text(".actions button", "Next question").await?;
        // Left alone, the second question times out.
        p.wait_text(".progress-text", "Question 2 of 2").await?;
        p.wait_text(".feedback h2", "Time's up!").await?;
        p.click_text(".actions button", "See the results").await?;
        p.wait_text(".result-summary", "1 of 2 correct").await?;
        p.wait_text(".review-item[data-state=none]", "Not answered")
            .await
    })
    .await;
}

#[tokio::test]
async fn a_broken_pack_is_named_and_the_mix_still_plays() {
    let site = Site::copy_of_dist();
    let good = site.read("quizzes/flags.json");
    let broken = good.replacen("\"type\": \"single\"", "\"type\": \"singel\"", 1);
    assert_ne!(good, broken, "fixture must change the pack");
    site.write("quizzes/flags.json", &broken);
    run(&site, Run::default(), move |p| async move {
        // The pack alone: an error panel naming the file and the field.
        p.goto("/contest/practice/flags?lang=en").await?;
        p.wait_text(".error-panel", "quizzes/flags.json").await?;
        p.wait_text(".error-panel", "answer.type").await?;
        // In the mix it is left out, named, and every other pack plays.
        p.goto("/contest/challenge/mix?lang=en&count=3").await?;
        p.wait_text(".error-panel", "quizzes/flags.json").await?;
        p.wait_text("h1", "Mix of all packs").await?;
        p.click_text("button[type=submit]", "Start").await?;
        p.wait_text(".progress-text", "Question 1 of 3").await?;
        let id = current_question(&p, "").await?;
        check(
            !id.starts_with("fl-"),
            format!("{id} comes from the broken pack"),
        )
    })
    .await;
}

#[tokio::test]
async fn an_audio_question_plays_the_institutions_clip() {
    let site = Site::copy_of_dist();
    // A pack with one audio question, as a school would add with its own recording.
    let mut pack: serde_json::Value =
        serde_json::from_str(&site.read("quizzes/anthem-and-symbols.json")).expect("pack");
    let mut q = pack["questions"][1].clone();
    q["id"] = "as-audio".into();
    q["prompt"] = serde_json::json!({"vi": "Nghe đoạn nhạc. Đây là bài gì?", "en": "Listen. Which song is this?"});
    q["answer"] = serde_json::json!({
        "type": "audio",
        "clip": "audio/anthem.wav",
        "options": [{"vi": "The ASEAN Way", "en": "The ASEAN Way"}, {"vi": "Majulah Singapura", "en": "Majulah Singapura"}],
        "correct": 0
    });
    pack["questions"] = serde_json::json!([q]);
    site.write("quizzes/anthem-and-symbols.json", &pack.to_string());
    std::fs::create_dir_all(site.root.join("audio")).expect("audio dir");
    // 0.1 s of silence, 8 kHz mono 8-bit.
    let mut wav = Vec::new();
    let data = vec![128u8; 800];
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&[16, 0, 0, 0, 1, 0, 1, 0]);
    wav.extend_from_slice(&8000u32.to_le_bytes());
    wav.extend_from_slice(&8000u32.to_le_bytes());
    wav.extend_from_slice(&[1, 0, 8, 0]);
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&(data.len() as u32).to_le_bytes());
    wav.extend_from_slice(&data);
    std::fs::write(site.root.join("audio/anthem.wav"), wav).expect("wav");
    run(&site, Run::default(), move |p| async move {
        p.goto("/contest/practice/anthem-and-symbols?lang=en")
            .await?;
        p.click_text("button[type=submit]", "Start").await?;
        p.wait_text(".prompt", "Listen. Which song is this?")
            .await?;
        let src = p
            .wait_for("return document.querySelector('audio.clip')?.src ?? null")
            .await?;
        check(
            src.as_str()
                .is_some_and(|s| s.ends_with("/audio/anthem.wav")),
            format!("clip source: {src}"),
        )?;
        // The clip really loads and plays in the browser.
        let ok = p
            .js(
                "const a = document.querySelector('audio.clip'); a.muted = true; \
                 return a.play().then(() => true, e => e.name)",
            )
            .await?;
        check(ok == true, format!("play(): {ok}"))?;
        p.click_text("button.option", "The ASEAN Way").await?;
        p.wait_text(".feedback h2", "Right!").await
    })
    .await;
}
