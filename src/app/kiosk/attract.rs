//! The attract loop (`/kiosk`): what an unattended kiosk shows between
//! visitors — each member's flag in turn with a "did you know" fact, in
//! Vietnamese and English at once, and "Touch to start". Silent. A touch
//! anywhere starts a visitor's session on the home screen. Slides change
//! every few seconds; with reduced motion they change without a fade.

use super::session::start_visitor;
use crate::app::clock::use_interval;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::dom;
use crate::app::exhibit::flag::FlagImage;
use crate::app::router::navigate;
use crate::app::usage;
use crate::core::content::MemberCards;
use crate::core::lang::Lang;
use crate::core::validate::MEMBERS_FILE;
use leptos::prelude::*;

const SLIDE_MS: u64 = 7000;

fn wasm_bytes() -> String {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .unchecked_into::<js_sys::ArrayBuffer>()
                .byte_length()
                .to_string()
        })
        .unwrap_or_default()
}

#[component]
pub fn Attract() -> impl IntoView {
    let members = use_content::<MemberCards>(MEMBERS_FILE);
    let slide = RwSignal::new(0usize);
    use_interval(SLIDE_MS, move || slide.update(|s| *s = s.wrapping_add(1)));
    dom::set_body_class("attract", true);
    // Between visitors: fold the day's pending usage log into the counts.
    let _ = usage::load();
    on_cleanup(|| dom::set_body_class("attract", false));
    let start = move |_| {
        start_visitor();
        usage::session_started();
        navigate("/");
    };
    let t_vi = crate::app::i18n::strings(Lang::Vi);
    let t_en = crate::app::i18n::strings(Lang::En);
    view! {
        // A touch anywhere starts; the button is there for keyboards and
        // screen readers.
        // The wasm memory's size and the slides shown, for `make soak` (a
        // kiosk must not grow, however long it waits for a visitor).
        <div class="attract" on:click=start
            data-wasm-bytes=move || { slide.track(); wasm_bytes() }
            data-slides=move || slide.get().to_string()>
            <ContentView res=members render=move |c: Content| {
                let cards = c.get::<MemberCards>().members.clone();
                if cards.is_empty() {
                    return ().into_any();
                }
                let n = cards.len();
                (move || {
                    let i = slide.get();
                    let card = cards[i % n].clone();
                    // Each visit to a member shows its next fact.
                    let fact = (!card.facts.is_empty()).then(|| card.facts[(i / n) % card.facts.len()].clone());
                    view! {
                        <div class="attract-slide" data-code=card.code.clone()>
                            <FlagImage src=card.flag.file.clone() ratio=card.flag.ratio.clone() alt=String::new() class="attract-flag"/>
                            <p class="attract-name" lang="vi">{card.name.vi.clone()}</p>
                            <p class="attract-name en" lang="en">{card.name.en.clone()}</p>
                            {fact.map(|f| view! {
                                <div class="attract-fact">
                                    <p class="attract-did" lang="vi">{t_vi.exhibit_did_you_know()}" "{f.vi.clone()}</p>
                                    <p class="attract-did en" lang="en">{t_en.exhibit_did_you_know()}" "{f.en.clone()}</p>
                                </div>
                            })}
                        </div>
                    }
                }).into_any()
            }/>
            <button type="button" class="attract-start">
                <span lang="vi">{t_vi.kiosk_touch_to_start()}</span>
                <span class="en" lang="en">{t_en.kiosk_touch_to_start()}</span>
            </button>
        </div>
    }
}
