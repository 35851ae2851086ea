//! End-to-end harness: the release `dist/` served on 127.0.0.1 at a free
//! port by a tiny static server (with the SPA fallback a real host needs),
//! and headless Debian Chromium driven through ChromeDriver.
//!
//! Every test runs its body through [`run`], which always closes the browser
//! and kills ChromeDriver — also when the body fails — and then fails the
//! test on any console error the page logged.

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::process::{Child, Command};

pub type TestResult = Result<(), String>;

/// How long any awaited condition may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(20);

// ---------------------------------------------------------------- site ---

/// A private copy of `dist/` that a test may change (e.g. break a content file).
pub struct Site {
    pub root: PathBuf,
}

static SITE_COUNTER: AtomicUsize = AtomicUsize::new(0);

fn dist_dir() -> PathBuf {
    std::env::var_os("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"))
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

impl Site {
    pub fn copy_of_dist() -> Site {
        let dist = dist_dir();
        assert!(
            dist.join("index.html").exists(),
            "no release build at {} — run `make dist` (or `make test`) first",
            dist.display()
        );
        let n = SITE_COUNTER.fetch_add(1, Ordering::SeqCst);
        let root = std::env::temp_dir().join(format!("asean-e2e-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(&dist, &root).expect("copy dist");
        Site { root }
    }

    pub fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.root.join(rel), text).expect("write test file");
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root.join(rel)).expect("read test file")
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

// -------------------------------------------------------------- server ---

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

/// Answers one request: the file if it exists, `index.html` for any path
/// without a file extension (deep links, as nginx `try_files` does), else 404.
fn respond(root: &Path, request: &str) -> (u16, &'static str, Vec<u8>) {
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path.contains("..") {
        return (400, "text/plain", b"bad path".to_vec());
    }
    let rel = path.trim_start_matches('/');
    let file = root.join(rel);
    if !rel.is_empty() && file.is_file() {
        return match std::fs::read(&file) {
            Ok(body) => (200, content_type(&file), body),
            Err(_) => (500, "text/plain", Vec::new()),
        };
    }
    let last = rel.rsplit('/').next().unwrap_or("");
    if rel.is_empty() || !last.contains('.') {
        let index = root.join("index.html");
        return (
            200,
            content_type(&index),
            std::fs::read(index).unwrap_or_default(),
        );
    }
    (404, "text/plain", b"not found".to_vec())
}

/// Serves `root` on 127.0.0.1 at a free port until the test's runtime ends;
/// while `down` is set, every connection is dropped unanswered (a server
/// that is gone, for the offline tests).
pub async fn serve(root: PathBuf, down: Arc<AtomicBool>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                continue;
            };
            if down.load(Ordering::SeqCst) {
                drop(sock);
                continue;
            }
            let root = root.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 65536 {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let request = String::from_utf8_lossy(&buf).into_owned();
                let (status, ctype, body) = respond(&root, &request);
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = sock.write_all(head.as_bytes()).await;
                let _ = sock.write_all(&body).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    addr
}

// ------------------------------------------------------------- browser ---

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

async fn start_driver() -> (Child, u16) {
    let port = free_port();
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start {driver}: {e} (run `make test`, which installs it)")
        });
    let start = Instant::now();
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(start.elapsed() < WAIT, "chromedriver did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    (child, port)
}

async fn connect(port: u16, width: u32, height: u32) -> Result<Client, String> {
    let chrome = std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chrome,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=vi",
                format!("--window-size={width},{height}")
            ]
        },
        "goog:loggingPrefs": { "browser": "ALL" }
    });
    let caps = match caps {
        Value::Object(map) => map,
        _ => unreachable!(),
    };
    let mut builder = ClientBuilder::rustls().map_err(|e| e.to_string())?;
    builder.capabilities(caps);
    builder
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .map_err(|e| format!("webdriver session: {e}"))
}

/// The page's console messages since the last call (ChromeDriver's log endpoint).
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

pub async fn console_errors(client: &Client) -> Vec<String> {
    match client.issue_cmd(BrowserLog).await {
        Ok(Value::Array(entries)) => entries
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_string())
            .collect(),
        Ok(other) => vec![format!("unexpected log answer: {other}")],
        Err(e) => vec![format!("could not read the console: {e}")],
    }
}

/// A ChromeDriver endpoint fantoccini has no method for: a Chrome DevTools
/// command (`goog/cdp/execute`, e.g. media emulation) or an element's
/// computed accessible name (`element/<id>/computedlabel`).
#[derive(Debug)]
struct Wd {
    /// After `session/<id>/`.
    path: String,
    body: Option<Value>,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Wd {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/{}",
            session.unwrap_or_default(),
            self.path
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        match &self.body {
            Some(b) => (http::Method::POST, Some(b.to_string())),
            None => (http::Method::GET, None),
        }
    }
}

fn cdp(params: Value) -> Wd {
    Wd {
        path: "goog/cdp/execute".into(),
        body: Some(params),
    }
}

/// The PIN the tests set for the admin area.
pub const ADMIN_PIN: &str = "2468";

/// What a test gets: the browser, and the address of its site.
#[derive(Clone)]
pub struct Page {
    pub client: Client,
    pub base: String,
    /// Set: the site's server stops answering (see [`serve`]).
    pub server_down: Arc<AtomicBool>,
}

/// Options for [`run`].
pub struct Run {
    pub size: (u32, u32),
    /// Console errors containing any of these are expected by the test.
    pub allowed_errors: &'static [&'static str],
}

impl Default for Run {
    fn default() -> Self {
        Run {
            size: (1280, 720),
            allowed_errors: &[],
        }
    }
}

/// Serves `site`, opens a browser, runs `body`, and always cleans up.
pub async fn run<F, Fut>(site: &Site, opts: Run, body: F)
where
    F: FnOnce(Page) -> Fut,
    Fut: std::future::Future<Output = TestResult> + Send + 'static,
{
    let down = Arc::new(AtomicBool::new(false));
    let addr = serve(site.root.clone(), down.clone()).await;
    let (mut driver, port) = start_driver().await;
    let client = match connect(port, opts.size.0, opts.size.1).await {
        Ok(c) => c,
        Err(e) => {
            let _ = driver.kill().await;
            panic!("{e}");
        }
    };
    let page = Page {
        client: client.clone(),
        base: format!("http://{addr}"),
        server_down: down,
    };
    // Chromium's windows are at least 500 px wide: a phone's 360 px is
    // emulated (the page then really is 360 px wide, touch-sized).
    if opts.size.0 < 500 {
        let (w, h) = opts.size;
        if let Err(e) = page
            .cdp(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": w, "height": h, "deviceScaleFactor": 1, "mobile": true }),
            )
            .await
        {
            let _ = client.close().await;
            let _ = driver.kill().await;
            panic!("{e}");
        }
    }
    // Spawned so that a panic inside the body still lets us clean up.
    let outcome = tokio::spawn(body(page)).await;
    let errors: Vec<String> = console_errors(&client)
        .await
        .into_iter()
        .filter(|m| !opts.allowed_errors.iter().any(|a| m.contains(a)))
        .collect();
    let _ = client.close().await;
    let _ = driver.kill().await;
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(msg)) => panic!("{msg}"),
        Err(join) => std::panic::resume_unwind(join.into_panic()),
    }
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

impl Page {
    pub async fn goto(&self, path: &str) -> TestResult {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .map_err(|e| format!("goto {path}: {e}"))
    }

    pub async fn js(&self, script: &str) -> Result<Value, String> {
        self.client
            .execute(script, vec![])
            .await
            .map_err(|e| format!("script failed: {e}"))
    }

    /// Waits until an element matching `css` shows text containing `needle`.
    pub async fn wait_text(&self, css: &str, needle: &str) -> TestResult {
        let start = Instant::now();
        loop {
            if let Ok(els) = self.client.find_all(Locator::Css(css)).await {
                for el in els {
                    if el.text().await.is_ok_and(|t| t.contains(needle)) {
                        return Ok(());
                    }
                }
            }
            if start.elapsed() > WAIT {
                let body = self.body_text().await.unwrap_or_default();
                return Err(format!(
                    "no `{css}` showing {needle:?} within {WAIT:?}; page text:\n{body}"
                ));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until `count(css) == n`.
    pub async fn wait_count(&self, css: &str, n: usize) -> TestResult {
        let start = Instant::now();
        loop {
            let found = self
                .client
                .find_all(Locator::Css(css))
                .await
                .map(|v| v.len())
                .unwrap_or(0);
            if found == n {
                return Ok(());
            }
            if start.elapsed() > WAIT {
                return Err(format!("expected {n} × `{css}`, found {found}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Renders the page as for `media` ("print" or "" for the screen).
    pub async fn emulate_media(&self, media: &str) -> TestResult {
        self.client
            .issue_cmd(cdp(json!({
                "cmd": "Emulation.setEmulatedMedia",
                "params": { "media": media }
            })))
            .await
            .map(|_| ())
            .map_err(|e| format!("emulate {media}: {e}"))
    }

    /// Runs a Chrome DevTools command, e.g. `Emulation.setEmulatedMedia`.
    pub async fn cdp(&self, cmd: &str, params: Value) -> TestResult {
        self.client
            .issue_cmd(cdp(json!({ "cmd": cmd, "params": params })))
            .await
            .map(|_| ())
            .map_err(|e| format!("{cmd}: {e}"))
    }

    /// The accessible names of every element matching `css`, in page order.
    pub async fn labels(&self, css: &str) -> Result<Vec<String>, String> {
        let els = self
            .client
            .find_all(Locator::Css(css))
            .await
            .map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        for el in els {
            let reference = serde_json::to_value(&el).map_err(|e| e.to_string())?;
            let id = reference
                .as_object()
                .and_then(|o| o.values().next())
                .and_then(Value::as_str)
                .ok_or("element without a reference")?
                .to_string();
            let v = self
                .client
                .issue_cmd(Wd {
                    path: format!("element/{id}/computedlabel"),
                    body: None,
                })
                .await
                .map_err(|e| format!("computed label: {e}"))?;
            out.push(v.as_str().unwrap_or_default().to_string());
        }
        Ok(out)
    }

    /// Whether the first element matching `css` is rendered (not display:none).
    pub async fn is_shown(&self, css: &str) -> Result<bool, String> {
        let v = self
            .js(&format!(
                "const e = document.querySelector({}); return !!e && e.getClientRects().length > 0",
                serde_json::to_string(css).unwrap_or_default()
            ))
            .await?;
        Ok(v == true)
    }

    /// Runs `script` until it returns something other than null.
    pub async fn wait_for(&self, script: &str) -> Result<Value, String> {
        let start = Instant::now();
        loop {
            let v = self.js(script).await?;
            if !v.is_null() {
                return Ok(v);
            }
            if start.elapsed() > WAIT {
                return Err(format!("still null after {WAIT:?}: {script}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn body_text(&self) -> Result<String, String> {
        let body = self
            .client
            .find(Locator::Css("body"))
            .await
            .map_err(|e| e.to_string())?;
        body.text().await.map_err(|e| e.to_string())
    }

    pub async fn click_text(&self, css: &str, needle: &str) -> TestResult {
        self.wait_text(css, needle).await?;
        for el in self
            .client
            .find_all(Locator::Css(css))
            .await
            .map_err(|e| e.to_string())?
        {
            if el.text().await.is_ok_and(|t| t.contains(needle)) {
                // Centred first, so a sticky header never covers it.
                let arg = serde_json::to_value(&el).map_err(|e| e.to_string())?;
                let _ = self
                    .client
                    .execute("arguments[0].scrollIntoView({block: 'center'})", vec![arg])
                    .await;
                return el.click().await.map_err(|e| format!("click {needle}: {e}"));
            }
        }
        Err(format!("`{css}` {needle:?} vanished before the click"))
    }

    /// Clears the field matching `css` (once it exists and is enabled) and
    /// types `text` into it.
    pub async fn type_into(&self, css: &str, text: &str) -> TestResult {
        let q = format!(
            "document.querySelector({})",
            serde_json::to_string(css).unwrap_or_default()
        );
        self.wait_for(&format!("return {q} && !{q}.disabled ? true : null"))
            .await?;
        let el = self
            .client
            .find(Locator::Css(css))
            .await
            .map_err(|e| format!("{css}: {e}"))?;
        el.clear().await.map_err(|e| format!("clear {css}: {e}"))?;
        el.send_keys(text)
            .await
            .map_err(|e| format!("type into {css}: {e}"))
    }

    /// Opens an admin page (`/admin…`) past its PIN: sets [`ADMIN_PIN`] on
    /// first use, or enters it.
    pub async fn open_admin(&self, path: &str) -> TestResult {
        self.goto(path).await?;
        self.wait_text("main h1", "").await?;
        if self.is_shown("#pin-new").await? {
            self.type_into("#pin-new", ADMIN_PIN).await?;
            self.type_into("#pin-again", ADMIN_PIN).await?;
            self.click_text(".pin-form button[type=submit]", "").await?;
        } else if self.is_shown("#pin").await? {
            self.type_into("#pin", ADMIN_PIN).await?;
            self.click_text(".pin-form button[type=submit]", "").await?;
        }
        self.wait_for("return document.querySelector('.pin-form') ? null : true")
            .await
            .map(|_| ())
    }

    /// Captures the next file the page hands the browser to download
    /// (`URL.createObjectURL` of a Blob) as text, once `action` ran.
    pub async fn capture_download<F, Fut>(&self, action: F) -> Result<String, String>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = TestResult>,
    {
        self.js(
            "window.__download = null; const make = URL.createObjectURL; \
                 URL.createObjectURL = b => { b.arrayBuffer().then(a => window.__download = \
                 new TextDecoder('utf-8', {ignoreBOM: true}).decode(a)); return make(b); }",
        )
        .await?;
        action().await?;
        let text = self.wait_for("return window.__download").await?;
        Ok(text.as_str().unwrap_or_default().to_string())
    }

    pub async fn html_lang(&self) -> Result<String, String> {
        Ok(self
            .js("return document.documentElement.lang")
            .await?
            .as_str()
            .unwrap_or_default()
            .to_string())
    }

    pub async fn path(&self) -> Result<String, String> {
        Ok(self
            .js("return location.pathname")
            .await?
            .as_str()
            .unwrap_or_default()
            .to_string())
    }
}

/// Fails with `msg` unless `cond`.
pub fn check(cond: bool, msg: impl Into<String>) -> TestResult {
    if cond {
        Ok(())
    } else {
        Err(msg.into())
    }
}
