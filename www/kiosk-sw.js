// The kiosk's service worker, registered by kiosk.html only (its scope is that
// page): it keeps what the kiosk loads (the page, its stylesheets, the kiosk
// build's module, wasm and CSS, the texts and the QR code's encoder it loads on demand) in a cache, so that a kiosk reloaded while
// its network is down starts again from the cache instead of the browser's
// offline page. Online, every request goes to the network first and the cache
// is refreshed with the answer.
const CACHE = 'zones-kiosk-v4';
const FILES = [
  'kiosk.html', 'kiosk-offline.js', 'embed.css', 'favicon.svg',
  'kiosk/zones-infographic.css', 'kiosk/zones-infographic.js', 'kiosk/zones_infographic_bg.wasm',
  'extra/zones-words.js', 'extra/zones-qr.js',
];

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  if (e.request.method !== 'GET') return;
  e.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const answer = await fetch(e.request);
      if (answer.ok) await cache.put(e.request, answer.clone());
      return answer;
    } catch (error) {
      // Offline: the cached copy, the page itself whatever its hash or query.
      const cached = await cache.match(e.request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  })());
});
