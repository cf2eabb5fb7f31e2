// llm2sb3's service worker: after one visit the page, its wasm and the demo model load
// (and build) with the network off.
//
// - install: cache the page and every asset it links (Trunk's hashed app JS/wasm/CSS,
//   found by reading the page), the worker, icons, manifest, the demo model and the
//   preview's player (vendor/, fetched in the background, never on the first load's path);
// - the page itself (navigations, any ?preset query): network first, cache when offline;
// - Trunk's hashed files never change: cache first;
// - everything else (worker, icons, demo): cache first, refreshed in the background.
const CACHE = 'llm2sb3-v1';
const FIXED = [
  './', 'manifest.webmanifest', 'icons/icon.svg', 'icons/icon-192.png', 'icons/icon-512.png',
  'worker_loader.js', 'worker.js', 'worker_bg.wasm', 'demo/stories260K.bin', 'demo/tok512.bin',
  // the preview's player, loaded only when the preview runs (so it works offline too)
  'preview.js', 'vendor/scaffolding-min.js', 'vendor/LICENSE.txt', 'vendor/scaffolding-min.js.LICENSE.txt',
];
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

async function precache() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./', { cache: 'no-cache' });
  const html = await page.clone().text();
  await cache.put('./', page);
  const linked = [...html.matchAll(/(?:href|src)=["']([^"':]+)["']|["'](\.?\/?[\w./-]+\.(?:js|wasm|css))["']/g)]
    .map((m) => m[1] || m[2]);
  const urls = [...new Set([...FIXED.slice(1), ...linked])];
  // one missing file (e.g. no demo model on this host) must not stop the rest
  await Promise.all(urls.map((u) => cache.add(u).catch(() => {})));
  // drop hashed files of earlier versions
  const keep = new Set(urls.map((u) => new URL(u, self.location).pathname));
  for (const request of await cache.keys()) {
    const p = new URL(request.url).pathname;
    if (HASHED.test(p) && !keep.has(p)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

async function networkFirstPage(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put('./', response.clone());
    return response;
  } catch (e) {
    const cached = await cache.match('./');
    if (cached) return cached;
    throw e;
  }
}

// Cache first; when `refresh`, also fetch in the background to update the cache.
async function cacheFirst(request, refresh) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached && !refresh) return cached;
  const update = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (cached) {
    update.catch(() => {}); // offline: the cached copy is all there is
    return cached;
  }
  return update;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirstPage(request));
  else event.respondWith(cacheFirst(request, !HASHED.test(url.pathname)));
});
