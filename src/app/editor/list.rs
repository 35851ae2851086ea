//! `/contest/editor`: the packs kept on this device, with a new pack, the
//! import, play, edit, export, and delete with an undo.

use super::empty_pack;
use super::export::ExportButtons;
use crate::app::components::error_panel::ErrorPanel;
use crate::app::i18n::{fill, text, tr, trf, use_i18n};
use crate::app::my_packs;
use crate::app::router::{navigate_in, use_location, Link};
use crate::core::lang::Text;
use crate::core::quiz::Pack;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn MyPacks() -> impl IntoView {
    let i18n = use_i18n();
    // Captured here: the saves finish outside the component tree.
    let loc = use_location();
    // Bumped after a change, to list again.
    let version = RwSignal::new(0u32);
    let packs = LocalResource::new(move || {
        version.track();
        my_packs::list()
    });
    // Once listed, go to the pack the address names (the editor's "Export"
    // link lands here: `#pack-<id>`).
    Effect::new(move |_| {
        if packs.with(|l| matches!(l, Some(Ok(_)))) {
            let hash = crate::app::dom::location_hash();
            if hash.starts_with("pack-") {
                crate::app::dom::focus_id(&hash);
            }
        }
    });
    let deleted = RwSignal::new(None::<Pack>);
    let error = RwSignal::new(None::<String>);
    let create = move |_| {
        let t = i18n.t();
        let lang = i18n.lang_untracked();
        let title = match lang {
            crate::core::lang::Lang::Vi => Text::new(t.editor_untitled(), ""),
            crate::core::lang::Lang::En => Text::new("", t.editor_untitled()),
        };
        let pack = empty_pack(my_packs::new_id(), title, vec![lang]);
        spawn_local(async move {
            match my_packs::save(&pack).await {
                Ok(()) => navigate_in(loc, &format!("/contest/editor/{}", pack.id)),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let remove = move |p: Pack| {
        spawn_local(async move {
            match my_packs::delete(&p.id).await {
                Ok(()) => {
                    deleted.set(Some(p));
                    version.update(|v| *v += 1);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let undo = move |_| {
        if let Some(p) = deleted.get_untracked() {
            spawn_local(async move {
                match my_packs::save(&p).await {
                    Ok(()) => {
                        deleted.set(None);
                        version.update(|v| *v += 1);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    view! {
        <div class="section editor-home">
            <h1>{tr(|t| t.editor_title())}</h1>
            <p class="lead">{tr(|t| t.editor_intro())}</p>
            <div class="mode-links">
                <button type="button" class="btn btn-primary new-pack" on:click=create>{tr(|t| t.editor_new_pack())}</button>
                <Link href="/contest/import" class="btn btn-primary">{tr(|t| t.editor_import())}</Link>
            </div>
            {move || error.get().map(|e| view! { <p class="notice warn" role="alert">{trf(move |t| fill(t.editor_storage_error(), &[("detail", &e)]))}</p> })}
            {move || deleted.get().map(|p| {
                let title = text(&p.title);
                view! {
                    <p class="notice undo" role="status">
                        {move || fill(i18n.t().editor_pack_deleted(), &[("title", &title())])}
                        " "
                        <button type="button" class="btn" on:click=undo>{tr(|t| t.editor_undo())}</button>
                    </p>
                }
            })}
            {move || match packs.get() {
                None => ().into_any(),
                Some(Err(e)) => view! { <p class="notice warn" role="alert">{trf(move |t| fill(t.editor_storage_error(), &[("detail", &e)]))}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p class="muted empty-list">{tr(|t| t.editor_none_yet())}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <ul class="pack-list my-packs" role="list">
                        {list.into_iter().map(|p| match p {
                            Err(error) => view! { <li><ErrorPanel error/></li> }.into_any(),
                            Ok(p) => {
                                let title = text(&p.title);
                                let (t1, t2, t3) = (title.clone(), title.clone(), title.clone());
                                let n = p.questions.len().to_string();
                                let edit = format!("/contest/editor/{}", p.id);
                                let play = format!("/contest/practice/{}", p.id);
                                let exported = Signal::derive({ let p = p.clone(); move || Some(p.clone()) });
                                let p2 = p.clone();
                                view! {
                                    <li class="pack-card mine" data-pack=p.id.clone() id=format!("pack-{}", p.id) tabindex="-1">
                                        <p class="badge">{tr(|t| t.editor_badge())}</p>
                                        <h2>{title}</h2>
                                        <p class="muted">{trf(move |t| fill(t.contest_question_count(), &[("n", &n)]))}</p>
                                        <div class="mode-links">
                                            <Link href=edit class="btn btn-primary">{tr(|t| t.editor_edit())}<span class="visually-hidden">": " {t1}</span></Link>
                                            <Link href=play class="btn">{tr(|t| t.contest_mode_practice())}<span class="visually-hidden">": " {t2}</span></Link>
                                            <button type="button" class="btn delete-pack" on:click=move |_| remove(p2.clone())>
                                                {tr(|t| t.editor_delete())}<span class="visually-hidden">": " {t3}</span>
                                            </button>
                                        </div>
                                        <ExportButtons pack=exported/>
                                    </li>
                                }.into_any()
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
            <p><Link href="/contest" class="quiet-link">{tr(|t| t.editor_back_to_contests())}</Link></p>
        </div>
    }
}
