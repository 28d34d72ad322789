// sw.js: the service worker of the Study Arcade web build. After a first visit the game
// starts and every mode plays without a network, and a second visit downloads almost
// nothing (README: "Offline and install").
// - One cache per build, named after the build's hash. tools/finish_site.py writes the
//   hash and the build's files (build-manifest.json's files, font packs included) into
//   the two lines below, so every build changes this file: the browser then installs
//   the new worker, which fills its own cache; once active it deletes the older caches.
// - index.html (whatever its query) comes from the network first, and from the cache
//   when the network fails or hangs. Every other file of the build comes from the
//   cache first. Since every file but index.html and sw.js has a content hash in its
//   name, a new index.html names new files, which an older cache cannot answer for.
// - Anything else (other sites' decks, course-example.html, scorm.html) is left alone.
// Template: web/sw.js; a built site's sw.js is this file with the two lines filled in.
const BUILD = "dev";
const FILES = [];

const PREFIX = 'study-arcade-';
const CACHE = PREFIX + BUILD;
const PAGE = 'index.html';
const NETWORK_WAIT_MS = 5000;  // then the cached page: a network that hangs is no network
const isHashed = (name) => /\.[0-9a-f]{10}\.[a-z0-9]+$/.test(name);

// Fills this build's cache. Hashed files may come from the browser's HTTP cache (their
// content never changes under the name: no second download after a first visit); the
// others are revalidated. The page must be this build's page, else a deploy happened
// meanwhile: the install fails and the browser installs the newer worker later.
async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(FILES.map(async (name) => {
    const response = await fetch(new Request(name, { cache: isHashed(name) ? 'default' : 'no-cache' }));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    if (name === PAGE && !(await response.clone().text()).includes(`name="study-arcade-build" content="${BUILD}"`)) {
      throw new Error(`${PAGE} on the server is not build ${BUILD}`);
    }
    // A host that redirects (index.html -> /) would make the cached copy unusable for a page.
    await cache.put(name, response.redirected ? new Response(await response.blob(), response) : response);
  }));
}

self.addEventListener('install', (event) => {
  if (!FILES.length) return;  // the unbuilt template: no cache, no offline
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// A file from this build's cache (caches.match with cacheName, not caches.open: that
// would bring back a cache deleted by a newer worker while this one still answers).
const cached = (name) => caches.match(name, { cacheName: CACHE });

// The page from the network; this build's cached page when the network fails, answers
// with a server error, or takes longer than NETWORK_WAIT_MS.

function networkFirst(request) {
  const network = fetch(request);
  return new Promise((resolve, reject) => {
    let settled = false;
    const answer = (response) => { if (!settled && response) { settled = true; resolve(response); } };
    const timer = setTimeout(() => cached(PAGE).then(answer), NETWORK_WAIT_MS);
    network.then((response) => {
      clearTimeout(timer);
      if (response.status < 500) return answer(response);
      return cached(PAGE).then((hit) => answer(hit || response));
    }, (error) => {
      clearTimeout(timer);
      cached(PAGE).then((hit) => (hit ? answer(hit) : reject(error)));
    });
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !FILES.length) return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const name = decodeURIComponent(url.pathname.slice(scope.pathname.length)) || PAGE;
  if (name === PAGE) {
    event.respondWith(networkFirst(request));
  } else if (FILES.includes(name)) {
    event.respondWith(cached(name).then((hit) => hit || fetch(request)));
  }
});
