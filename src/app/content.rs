//! Fetching content files from the app's own origin at run time, so a
//! library can replace them without a rebuild, and parsing them with the
//! core's typed models.
//!
//! ```ignore
//! let members = use_content::<MembersFile>(MEMBERS_FILE);
//! view! { <ContentView res=members render=|data| show(data.get::<MembersFile>())/> }
//! ```
//!
//! The loaded value is type-erased (`Content`) so that the loading and error
//! states are rendered by one non-generic component for every kind of file:
//! one copy of that code in the wasm instead of one per file kind.

use crate::app::components::error_panel::ErrorPanel;
use crate::app::components::loading::Loading;
use crate::app::dom;
use crate::core::content::ContentFormat;
use crate::core::load::{parse, LoadError, LoadErrorKind};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::any::Any;
use std::sync::Arc;

/// Fetches a file's text from the app's origin. (Plain `fetch`, not a
/// wrapper crate: this is the app's only request.)
pub async fn fetch_text(file: &str) -> Result<String, LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let network = |e: wasm_bindgen::JsValue| network_error(file, e);
    let window = web_sys::window().ok_or_else(|| network(wasm_bindgen::JsValue::NULL))?;
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(&dom::asset_url(file)))
        .await
        .map_err(network)?
        .unchecked_into();
    read_response(file, resp).await
}

/// Fetches several files at once: every request starts before the first
/// answer is awaited. Results come back in the order of `files`.
pub async fn fetch_texts(files: &[String]) -> Vec<Result<String, LoadError>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let started: Vec<_> = files
        .iter()
        .map(|f| JsFuture::from(window.fetch_with_str(&dom::asset_url(f))))
        .collect();
    let mut out = Vec::with_capacity(files.len());
    for (file, pending) in files.iter().zip(started) {
        let network = |e: wasm_bindgen::JsValue| network_error(file, e);
        let one = async {
            let resp: web_sys::Response = pending.await.map_err(network)?.unchecked_into();
            read_response(file, resp).await
        };
        out.push(one.await);
    }
    out
}

fn network_error(file: &str, e: wasm_bindgen::JsValue) -> LoadError {
    use wasm_bindgen::JsCast;
    let detail = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "fetch failed".into());
    LoadError::new(file, LoadErrorKind::Network { detail })
}

async fn read_response(file: &str, resp: web_sys::Response) -> Result<String, LoadError> {
    use wasm_bindgen_futures::JsFuture;
    if !resp.ok() {
        let status = resp.status();
        return Err(LoadError::new(file, LoadErrorKind::Http { status }));
    }
    let network = |e: wasm_bindgen::JsValue| network_error(file, e);
    let text = JsFuture::from(resp.text().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(text.as_string().unwrap_or_default())
}

/// Fetches and parses one content file.
pub async fn load<T: DeserializeOwned + ContentFormat>(file: &str) -> Result<T, LoadError> {
    let text = fetch_text(file).await?;
    parse::<T>(file, &text)
}

/// A loaded content file of any kind.
#[derive(Clone)]
pub struct Content(Arc<dyn Any + Send + Sync>);

impl Content {
    /// The file as the type it was loaded as.
    ///
    /// Only `use_content::<T>` creates a `Content`, and its caller reads it
    /// back as the same `T`; a mismatch is a programming error caught on
    /// first render in development.
    pub fn get<T: 'static>(&self) -> &T {
        match self.0.downcast_ref::<T>() {
            Some(v) => v,
            None => unreachable!("content read back as another type"),
        }
    }
}

pub type ContentResource = LocalResource<Result<Content, LoadError>>;

/// Parses a file's text as `T`; the only per-type code.
fn parse_erased<T>(file: &str, text: &str) -> Result<Content, LoadError>
where
    T: DeserializeOwned + ContentFormat + Send + Sync + 'static,
{
    parse::<T>(file, text).map(|v| Content(Arc::new(v)))
}

type Parser = fn(&str, &str) -> Result<Content, LoadError>;

/// Not generic: every resource shares this one future type (and so one copy
/// of the async machinery in the wasm); the type-specific parsing comes in
/// as a function pointer.
async fn load_erased(file: String, parser: Parser) -> Result<Content, LoadError> {
    let text = fetch_text(&file).await?;
    parser(&file, &text)
}

/// A resource that loads `file` as `T` for the component that creates it.
pub fn use_content<T>(file: &'static str) -> ContentResource
where
    T: DeserializeOwned + ContentFormat + Send + Sync + 'static,
{
    use_content_file::<T>(file.to_string())
}

/// [`use_content`] for a file named at run time (an article by its id).
pub fn use_content_file<T>(file: String) -> ContentResource
where
    T: DeserializeOwned + ContentFormat + Send + Sync + 'static,
{
    let parser: Parser = parse_erased::<T>;
    LocalResource::new(move || load_erased(file.clone(), parser))
}

/// Shows a loading state, then either `render(content)` or the error panel
/// naming the file — never a blank area. (A plain reactive match rather than
/// `<Suspense>`: the same result with less code in the download.)
#[component]
pub fn ContentView(
    res: ContentResource,
    #[prop(into)] render: Callback<Content, AnyView>,
) -> impl IntoView {
    move || match res.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(content)) => render.run(content),
        Some(Err(error)) => view! { <ErrorPanel error/> }.into_any(),
    }
}
