//! The contestants' numbers as a grid of buttons: the host taps the ones
//! who were wrong (or, in a rescue, the ones coming back). Each button says
//! its state in words for screen readers, not only in colour.

use crate::app::i18n::{fill, use_i18n};
use leptos::prelude::*;

/// How one number shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    In,
    Marked,
    /// Out since this question.
    Out(u32),
}

#[component]
pub fn NumberGrid(
    #[prop(into)] label: Signal<String>,
    count: u32,
    cell: Callback<u32, Cell>,
    #[prop(into)] enabled: Signal<bool>,
    on_toggle: Callback<u32>,
    /// Rescue mode: out numbers are the choosable ones.
    #[prop(optional)]
    rescue: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="number-grid" role="group" aria-label=label>
            {(1..=count)
                .map(|n| {
                    let state = move || cell.run(n);
                    let name = move || {
                        let t = i18n.t();
                        let n = n.to_string();
                        match state() {
                            Cell::In => fill(t.host_number_in(), &[("n", &n)]),
                            Cell::Marked => fill(t.host_number_marked(), &[("n", &n)]),
                            Cell::Out(q) => fill(t.host_number_out(), &[("n", &n), ("q", &q.to_string())]),
                        }
                    };
                    let class = move || match state() {
                        Cell::In => "num-btn",
                        Cell::Marked => "num-btn marked",
                        Cell::Out(_) => "num-btn out",
                    };
                    let usable = move || {
                        enabled.get()
                            && if rescue {
                                state() != Cell::In
                            } else {
                                !matches!(state(), Cell::Out(_))
                            }
                    };
                    view! {
                        <button
                            type="button"
                            class=class
                            aria-label=name
                            aria-pressed=move || (state() == Cell::Marked).to_string()
                            disabled=move || !usable()
                            on:click=move |_| on_toggle.run(n)
                        >
                            {n}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
