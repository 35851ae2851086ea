// ASEAN Kiosk's service worker, written into dist/ by scripts/postbuild.py
// (which fills in VERSION and FILES). It makes the app work offline:
// - every file of the build is precached at install (none over 2 MiB);
// - the app's code (HTML, JS, wasm, CSS, flags) is served from the cache, so
//   a page never mixes two versions; a new deploy installs alongside and
//   waits until the visitor presses "restart" (the app posts "skip-waiting");
// - content and quiz packs are fetched from the network first, so a
//   library's replaced file shows at once, and from the cache when offline;
// - any navigation (a deep link) gets the cached index.html.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = "asean-kiosk-" + VERSION;
const FRESH = /\/(content|quizzes)\//;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("asean-kiosk-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

function fromCache(request) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match("index.html")).then((hit) => hit || fetch(request))
    );
    return;
  }
  if (FRESH.test(url.pathname)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => fromCache(request).then((hit) => hit || Response.error()))
    );
    return;
  }
  event.respondWith(fromCache(request).then((hit) => hit || fetch(request)));
});
