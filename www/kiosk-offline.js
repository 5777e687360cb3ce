// Loaded by kiosk.html only: registers the kiosk's service worker
// (kiosk-sw.js) for that page, so that a kiosk reloaded without a network
// starts again from its cache. A browser without service workers, or one that
// refuses it, runs the kiosk as before.
navigator.serviceWorker?.register('kiosk-sw.js', { scope: './kiosk.html' })
  .catch((e) => console.warn('zones-infographic: the kiosk has no offline cache:', e.message));
