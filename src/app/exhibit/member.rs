//! A member's page (`/exhibit/<code>`): the big flag and every fact of
//! `content/members.json` for the member, with links to the Corner's
//! articles about it and to its quiz, and previous/next members (buttons,
//! swipe, ← →) in ASEAN's alphabetical order.

use super::flag::FlagImage;
use crate::app::components::qr_link::QrLink;
use crate::app::components::source_list::SourceList;
use crate::app::components::swipe::Swipe;
use crate::app::content::{use_content, Content, ContentView};
use crate::app::i18n::{fill, text, tr, trf, use_i18n};
use crate::app::router::{navigate_in, use_location, Link};
use crate::core::content::{ArticleIndex, Member, MembersFile};
use crate::core::exhibit::neighbours;
use crate::core::quiz::describe::{format_integer, format_number};
use crate::core::quiz::validate::INDEX_FILE as QUIZ_INDEX_FILE;
use crate::core::quiz::PackIndex;
use crate::core::validate::{ARTICLE_INDEX_FILE, MEMBERS_FILE};
use leptos::prelude::*;

/// One row of the facts list.
#[component]
fn Fact(label: crate::app::i18n::Pick, class: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class=format!("fact {class}")>
            <dt>{tr(label)}</dt>
            <dd>{children()}</dd>
        </div>
    }
}

/// Corner articles about the member, and its quiz.
#[component]
fn LearnMore(code: String, name: Signal<String>) -> impl IntoView {
    let articles = use_content::<ArticleIndex>(ARTICLE_INDEX_FILE);
    let packs = use_content::<PackIndex>(QUIZ_INDEX_FILE);
    let c1 = code.clone();
    view! {
        <section class="learn-more" aria-labelledby="learn-more">
            <h2 id="learn-more">{tr(|t| t.exhibit_learn_more())}</h2>
            <ContentView res=packs render=move |c: Content| {
                let pack = c.get::<PackIndex>().packs.iter().find(|p| p.member.as_deref() == Some(c1.as_str())).cloned();
                match pack {
                    Some(p) => view! {
                        <p class="member-quiz">
                            <Link href=format!("/contest/practice/{}", p.id) class="btn btn-primary">
                                {trf(move |t| fill(t.exhibit_quiz_on(), &[("name", &name.get())]))}
                            </Link>
                            " "
                            <Link href=format!("/contest/challenge/{}", p.id) class="btn">
                                {trf(move |t| fill(t.exhibit_challenge_on(), &[("name", &name.get())]))}
                            </Link>
                        </p>
                    }.into_any(),
                    None => ().into_any(),
                }
            }/>
            <ContentView res=articles render=move |c: Content| {
                let list: Vec<_> = c
                    .get::<ArticleIndex>()
                    .articles
                    .iter()
                    .filter(|a| a.members.contains(&code))
                    .cloned()
                    .collect();
                if list.is_empty() {
                    return ().into_any();
                }
                view! {
                    <h3>{tr(|t| t.exhibit_articles())}</h3>
                    <ul class="article-links" role="list">
                        {list.into_iter().map(|a| view! {
                            <li><Link href=format!("/corner/{}", a.id)>{text(&a.title)}</Link></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }/>
        </section>
    }
}

#[component]
fn MemberView(m: Member, prev: Option<Member>, next: Option<Member>) -> impl IntoView {
    let i18n = use_i18n();
    let name_sig = Signal::derive(text(&m.name));
    let flag_alt =
        Signal::derive(move || fill(i18n.t().exhibit_flag_of(), &[("name", &name_sig.get())]));
    let pop = m.population.clone();
    let area = m.area_km2;
    let joined = m.joined;
    let day = m.national_day.date;
    let languages = m.languages.clone();
    let colours = m.flag.colours.clone();
    let anthem = m.anthem.clone();
    let mut source_ids = m.sources.clone();
    source_ids.push(m.population.source.clone());
    source_ids.extend(m.flag.sources.iter().cloned());
    source_ids.extend(m.anthem.sources.iter().cloned());
    source_ids.extend(m.places.iter().flat_map(|p| p.sources.iter().cloned()));
    let nav = |who: Option<Member>, rel: &'static str| {
        who.map(|o| {
            let label = text(&o.name);
            let arrow = if rel == "prev" { "←" } else { "→" };
            let pick: crate::app::i18n::Pick = if rel == "prev" { |t| t.exhibit_prev() } else { |t| t.exhibit_next() };
            view! {
                <Link href=format!("/exhibit/{}", o.code) class=if rel == "prev" { "btn member-prev" } else { "btn member-next" }>
                    {(rel == "prev").then_some(view! { <span aria-hidden="true">{arrow}" "</span> })}
                    <span class="visually-hidden">{tr(pick)}": "</span>
                    {label}
                    {(rel == "next").then_some(view! { <span aria-hidden="true">" "{arrow}</span> })}
                </Link>
            }
        })
    };
    view! {
        <article class="member-page" data-code=m.code.clone()>
            <nav class="member-nav" aria-label=tr(|t| t.exhibit_member_nav())>
                {nav(prev, "prev")}
                {nav(next, "next")}
            </nav>
            <header class="member-hero">
                <FlagImage src=m.flag.file.clone() ratio=m.flag.ratio.clone() alt=flag_alt class="flag-big"/>
                <div>
                    <h1>{move || name_sig.get()}</h1>
                    <p class="lead official-name">{text(&m.official_name)}</p>
                </div>
            </header>
            <dl class="member-facts">
                <Fact label=|t| t.exhibit_capital() class="capital">{text(&m.capital)}</Fact>
                <Fact label=|t| t.exhibit_national_day() class="national-day">
                    <strong>{move || day.long(i18n.lang())}</strong>
                    <br/>
                    <span class="small">{text(&m.national_day.marks)}</span>
                </Fact>
                <Fact label=|t| t.exhibit_languages() class="languages">
                    {move || languages.iter().map(|l| l.get(i18n.lang()).to_string()).collect::<Vec<_>>().join(", ")}
                </Fact>
                <Fact label=|t| t.exhibit_currency() class="currency">
                    {text(&m.currency.name)}" ("{m.currency.code.clone()}")"
                </Fact>
                <Fact label=|t| t.exhibit_population() class="population">
                    {move || {
                        let n = format_number(pop.millions, i18n.lang());
                        fill(i18n.t().exhibit_population_value(), &[("n", &n), ("year", &pop.year.to_string())])
                    }}
                </Fact>
                <Fact label=|t| t.exhibit_area() class="area">
                    {move || fill(i18n.t().exhibit_area_value(), &[("n", &format_integer(area, i18n.lang()))])}
                </Fact>
                <Fact label=|t| t.exhibit_joined() class="joined">{move || joined.long(i18n.lang())}</Fact>
            </dl>
            <section aria-labelledby="flag-heading">
                <h2 id="flag-heading">{tr(|t| t.exhibit_flag_heading())}</h2>
                <p>{text(&m.flag.description)}</p>
                <p class="colours">
                    <span class="label">{tr(|t| t.exhibit_colours())}": "</span>
                    {move || colours.iter().map(|c| c.get(i18n.lang()).to_string()).collect::<Vec<_>>().join(", ")}
                </p>
                <p>{text(&m.flag.symbolism)}</p>
            </section>
            <section aria-labelledby="anthem-heading">
                <h2 id="anthem-heading">{tr(|t| t.exhibit_national_anthem())}</h2>
                <p class="anthem-title"><strong>{anthem.title_native.clone()}</strong>" — "{text(&anthem.meaning)}</p>
                <p>
                    {trf({
                        let (music, lyrics) = (anthem.music.clone(), anthem.lyrics.clone());
                        move |t| fill(t.exhibit_anthem_credits(), &[("music", &music), ("lyrics", &lyrics)])
                    })}
                </p>
                {anthem.adopted.as_ref().map(|a| view! { <p>{text(a)}</p> })}
            </section>
            <section aria-labelledby="facts-heading">
                <h2 id="facts-heading">{tr(|t| t.exhibit_did_you_know())}</h2>
                <ul class="did-you-know">
                    {m.facts.iter().map(|f| view! { <li>{text(f)}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="places-heading">
                <h2 id="places-heading">{tr(|t| t.exhibit_places())}</h2>
                <ul class="places" role="list">
                    {m.places.iter().map(|p| view! {
                        <li class="place">
                            <h3>{text(&p.name)}</h3>
                            {p.unesco.then(|| view! { <span class="badge">{tr(|t| t.exhibit_unesco())}</span> })}
                            <p>{text(&p.text)}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <LearnMore code=m.code.clone() name=name_sig/>
            <p><QrLink path=format!("/exhibit/{}", m.code)/></p>
            <SourceList ids=source_ids/>
        </article>
    }
}

#[component]
pub fn MemberPage(code: String) -> impl IntoView {
    let members = use_content::<MembersFile>(MEMBERS_FILE);
    if crate::core::content::MEMBER_CODES.contains(&code.as_str()) {
        crate::app::usage::record(crate::app::usage::Event::MemberViewed(code.clone()));
    }
    view! {
        <div class="section exhibit">
            <ContentView res=members render=move |c: Content| {
                let file = c.get::<MembersFile>();
                let Some(m) = file.get(&code).cloned() else {
                    let code = code.clone();
                    return view! {
                        <h1>{tr(|t| t.exhibit_no_member_title())}</h1>
                        <p>{trf(move |t| fill(t.exhibit_no_member(), &[("code", &code)]))}</p>
                        <p><Link href="/exhibit" class="btn btn-primary">{tr(|t| t.exhibit_back_to_gallery())}</Link></p>
                    }.into_any();
                };
                let (prev, next) = neighbours(&file.members, &code)
                    .map(|(p, n)| (file.get(p).cloned(), file.get(n).cloned()))
                    .unwrap_or((None, None));
                let prev_href = prev.as_ref().map(|p| format!("/exhibit/{}", p.code));
                let next_href = next.as_ref().map(|n| format!("/exhibit/{}", n.code));
                // Called from a window listener: the location is captured here.
                let loc = use_location();
                let go = |href: Option<String>| Callback::new(move |_: ()| {
                    if let Some(h) = &href {
                        navigate_in(loc, h);
                    }
                });
                view! {
                    <Swipe on_prev=go(prev_href) on_next=go(next_href)>
                        <MemberView m prev next/>
                    </Swipe>
                }.into_any()
            }/>
        </div>
    }
}
