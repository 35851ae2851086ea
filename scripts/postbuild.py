#!/usr/bin/env python3
"""Trunk post_build hook (runs in TRUNK_STAGING_DIR before dist/ is swapped in).

A. The app ships as several WebAssembly downloads (src/app/pages.rs): trunk
   builds the main one as usual and the others as "workers" (built, not
   loaded). This gives the others hashed file names and replaces trunk's
   loader with one that picks the download from the page's path, so a phone
   fetches only the code of the screen it opens.
0. In release builds, minifies wasm-bindgen's JS glue with terser (trunk's own
   minifier leaves it alone) and updates its integrity hash: ~2 KB less on
   the first load.
1. Adds a 'sha256-…' source for every inline <script> trunk wrote (its wasm
   loader) to the Content-Security-Policy meta tag, so no other inline script
   can run.
2. Copies index.html to 404.html: static hosts that serve 404.html for unknown
   paths then boot the app, and the app's router shows the right page.
"""
import base64
import json
import hashlib
import os
import re
import shutil
import subprocess
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    html = f.read()


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


# Path rules of the extra downloads, relative to the base URL; keep in step
# with src/app/pages.rs (an end-to-end test opens a screen of each).
BUNDLES = [
    ("contest", r"^contest/(practice|challenge|exam)/[a-z0-9-]+/?$"),
    ("host", r"^contest/(golden-bell|host)(/screen)?/?$"),
    ("olympia", r"^contest/olympia(/screen)?/?$"),
    ("packs", r"^contest/(editor|import)/?$"),
    ("editor", r"^contest/editor/[a-z0-9-]+/?$"),
    ("exhibit", r"^(exhibit(/[a-z0-9-]+)?|admin/anthem)/?$"),
    ("admin", r"^admin(/report)?/?$"),
    # Before "corner", whose rule also matches these paths.
    ("explore", r"^corner/(search|map|timeline(/[a-z0-9-]+)?)/?$"),
    ("corner", r"^corner(/[a-z0-9-]+)?/?$"),
]
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
if not public_url.endswith("/"):
    public_url += "/"

loader = re.search(
    r"<script type=\"?module\"?>import init, \* as bindings from '([^']+)';\s*"
    r"const wasm = await init\(\{ module_or_path: '([^']+)' \}\);.*?</script>",
    html,
    re.S,
)
if not loader:
    sys.exit("postbuild: trunk's loader script not found in index.html")
main_js, main_wasm = loader.group(1), loader.group(2)
branches = []
for name, rule in BUNDLES:
    js, wasm = os.path.join(staging, name + ".js"), os.path.join(staging, name + "_bg.wasm")
    if not (os.path.exists(js) and os.path.exists(wasm)):
        sys.exit("postbuild: download %s was not built" % name)
    with open(wasm, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    hashed = "%s-%s" % (name, digest)
    os.replace(js, os.path.join(staging, hashed + ".js"))
    os.replace(wasm, os.path.join(staging, hashed + "_bg.wasm"))
    branches.append(
        "if (/%s/.test(p)) { const s = document.createElement('script'); s.src = '%s%s.js'; "
        "s.onload = () => wasm_bindgen({ module_or_path: '%s%s_bg.wasm' }); document.head.append(s); }"
        % (rule.replace("/", "\\/"), public_url, hashed, public_url, hashed)
    )
# The service worker (offline PWA) is registered by the loader, except on
# `make serve` (ASEAN_SW=off): a worker caching a dev server's files would
# keep serving old ones after a rebuild.
with_sw = os.environ.get("ASEAN_SW") != "off"
# When a new deploy's worker waits, the app is told (event "asean-update",
# flag __aseanUpdateReady) and shows "a new version is ready — restart";
# __aseanUpdate() lets the new worker take over, then reloads.
register = (
    "if ('serviceWorker' in navigator) navigator.serviceWorker.register('%ssw.js').then(r => { "
    "const sw = navigator.serviceWorker; const ready = () => { window.__aseanUpdate = () => { "
    "sw.addEventListener('controllerchange', () => location.reload()); if (r.waiting) r.waiting.postMessage('skip-waiting'); }; "
    "window.__aseanUpdateReady = true; dispatchEvent(new Event('asean-update')); }; "
    "if (r.waiting && sw.controller) ready(); "
    "r.addEventListener('updatefound', () => { const w = r.installing; if (w) w.addEventListener('statechange', () => { "
    "if (w.state === 'installed' && sw.controller) ready(); }); }); }).catch(() => {}); " % public_url
    if with_sw
    else ""
)
script = (
    "<script type=module>" + register + "const b = new URL(document.baseURI).pathname; "
    "const p = location.pathname.startsWith(b) ? location.pathname.slice(b.length) : ''; "
    + " else ".join(branches)
    + " else { const m = await import('%s'); await m.default({ module_or_path: '%s' }); }</script>"
    % (main_js, main_wasm)
)
html = html[: loader.start()] + script + html[loader.end():]
# Trunk's preloads of the main download would be wasted on other screens.
html = re.sub(r"<link[^>]*rel=\"?(modulepreload|preload)\"?[^>]*>", "", html)
extra = set(name for name, _ in BUNDLES)

if os.environ.get("TRUNK_PROFILE") == "release":
    here = os.path.dirname(os.path.abspath(__file__))
    terser = os.path.join(here, "..", ".tools", "node_modules", ".bin", "terser")
    if not os.path.exists(terser):
        sys.exit("postbuild: terser missing; run scripts/setup.sh")
    for name in os.listdir(staging):
        if not name.endswith(".js"):
            continue
        path = os.path.join(staging, name)
        with open(path, "rb") as f:
            before = f.read()
        # The extra downloads are classic scripts (a global `wasm_bindgen`).
        module = ["--module"] if name.split("-")[0] not in extra else []
        subprocess.run([terser, path, *module, "--compress", "--mangle", "--output", path], check=True)
        with open(path, "rb") as f:
            after = f.read()
        html = html.replace(sri(before), sri(after))
        print("postbuild: %s minified, %d -> %d bytes" % (name, len(before), len(after)))

hashes = []
for m in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S):
    digest = hashlib.sha256(m.group(1).encode("utf-8")).digest()
    hashes.append("'sha256-%s'" % base64.b64encode(digest).decode("ascii"))

# Minified HTML may reorder or unquote attributes; the policy itself always
# stays double-quoted because it contains spaces and single quotes.
tag = re.search(r"<meta[^>]*Content-Security-Policy[^>]*>", html)
csp = tag and re.compile(r'content="([^"]*)"').search(html, tag.start(), tag.end())
if not csp:
    sys.exit("postbuild: no Content-Security-Policy meta tag in index.html")
policy = csp.group(1)
policy = re.sub(r" 'sha256-[^']*'", "", policy)
policy = policy.replace("script-src 'self'", "script-src 'self' " + " ".join(hashes) if hashes else "script-src 'self'", 1)
html = html[: csp.start(1)] + policy + html[csp.end(1):]

with open(index, "w", encoding="utf-8") as f:
    f.write(html)
shutil.copyfile(index, os.path.join(staging, "404.html"))
print("postbuild: %d inline script hash(es) added to the CSP; 404.html written" % len(hashes))

# The service worker: every file of the build, relative to the app's base,
# with a version that changes whenever any file does.
MAX_PRECACHE = 2 * 1024 * 1024
sw_path = os.path.join(staging, "sw.js")
if with_sw:
    files, skipped, digest = [], [], hashlib.sha256()
    for root, _, names in os.walk(staging):
        for n in sorted(names):
            full = os.path.join(root, n)
            rel = os.path.relpath(full, staging).replace(os.sep, "/")
            if rel in ("sw.js", "404.html"):
                continue
            size = os.path.getsize(full)
            if size > MAX_PRECACHE:
                skipped.append(rel)
                continue
            with open(full, "rb") as f:
                digest.update(rel.encode() + b"\0" + hashlib.sha256(f.read()).digest())
            files.append(rel)
    files.sort()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "sw.js"), encoding="utf-8") as f:
        sw = f.read()
    sw = sw.replace("__VERSION__", digest.hexdigest()[:16]).replace("__FILES__", json.dumps(files))
    with open(sw_path, "w", encoding="utf-8") as f:
        f.write(sw)
    print("postbuild: sw.js precaches %d files%s" % (len(files), "; over 2 MiB, left out: " + ", ".join(skipped) if skipped else ""))
elif os.path.exists(sw_path):
    os.remove(sw_path)
