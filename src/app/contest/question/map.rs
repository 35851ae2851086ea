//! Tap a member state on the map (`content/map.json`). The outlines are
//! buttons (keyboard: Tab, Enter); small members also have a larger round
//! target. A list of names below is the alternative for anyone who cannot
//! use the map.

use super::{member_name, option_state, Ask};
use crate::app::content::{use_content, Content, ContentView};
use crate::app::contest::play::use_game;
use crate::app::i18n::{tr, use_i18n};
use crate::core::content::MapFile;
use crate::core::quiz::mark::Response;
use crate::core::quiz::Answer;
use crate::core::validate::MAP_FILE;
use leptos::prelude::*;

#[component]
pub fn MapQuestion(ask: Ask) -> impl IntoView {
    let map = use_content::<MapFile>(MAP_FILE);
    let members = use_game().map(|g| g.members);
    let Answer::Map { correct } = ask.q.answer.clone() else {
        return ().into_any();
    };
    let Ask {
        chosen,
        locked,
        reveal,
        on_answer,
        ..
    } = ask;
    let correct = StoredValue::new(correct);
    // "right", "wrong", "chosen" or "" for one member.
    let state = move |code: &str| -> &'static str {
        let is_chosen = chosen.with(|c| matches!(c, Some(Response::Member(m)) if m == code));
        let is_right = correct.with_value(|c| c == code);
        option_state(reveal.get(), is_chosen, is_right)
    };
    let choose = move |code: String| {
        if !locked.get_untracked() {
            on_answer.run(Response::Member(code));
        }
    };
    view! {
        <ContentView res=map render=move |c: Content| {
            let i18n = use_i18n();
            let m = c.get::<MapFile>();
            let [x, y, w, h] = m.view_box;
            let name_of = move |code: &str| -> String {
                let names = members.and_then(|m| m.get());
                member_name(names.as_ref(), code, i18n.lang())
            };
            let shapes = m
                .members
                .iter()
                .map(|mm| {
                    let code = mm.code.clone();
                    let c1 = code.clone();
                    let c2 = code.clone();
                    let c3 = code.clone();
                    let st = move || state(&c1);
                    let name = name_of;
                    // The shape's name is withheld while the question is open:
                    // the list below names them for those who need it.
                    let label = move || {
                        if reveal.get() { name(&c2) } else { i18n.t().contest_map_region().to_string() }
                    };
                    let dot = mm.dot.map(|[cx, cy, r]| {
                        view! { <circle class="map-dot" cx=cx cy=cy r=r></circle> }
                    });
                    view! {
                        <g
                            class="map-member"
                            data-code=code.clone()
                            data-state=st
                            role="button"
                            tabindex=move || if locked.get() { "-1" } else { "0" }
                            aria-disabled=move || locked.get().to_string()
                            aria-label=label
                            on:click=move |_| choose(c3.clone())
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                if ev.key() == "Enter" || ev.key() == " " {
                                    ev.prevent_default();
                                    choose(code.clone());
                                }
                            }
                        >
                            <path d=mm.d.clone()></path>
                            {dot}
                        </g>
                    }
                })
                .collect_view();
            let list = m
                .members
                .iter()
                .map(|mm| {
                    let code = mm.code.clone();
                    let c1 = code.clone();
                    let c2 = code.clone();
                    let name = name_of;
                    view! {
                        <button
                            type="button"
                            class="btn chip"
                            data-state=move || state(&c1)
                            disabled=move || locked.get()
                            on:click=move |_| choose(code.clone())
                        >
                            {move || name(&c2)}
                        </button>
                    }
                })
                .collect_view();
            let credit = m.credit.clone();
            view! {
                <figure class="map">
                    <svg
                        viewBox=format!("{x} {y} {w} {h}")
                        role="group"
                        aria-label=tr(|t| t.contest_map_label())
                        class="map-svg"
                    >
                        <rect class="map-sea" x=x y=y width=w height=h></rect>
                        {shapes}
                    </svg>
                    <figcaption class="muted small">{credit}</figcaption>
                </figure>
                <details class="map-list">
                    <summary>{tr(|t| t.contest_map_list())}</summary>
                    <div class="chips">{list}</div>
                </details>
            }
            .into_any()
        }/>
    }
    .into_any()
}
