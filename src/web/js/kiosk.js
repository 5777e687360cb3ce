// The kiosk build's own page code, imported by src/web/kiosk.rs.

/**
 * Fills the kiosk's progress bar from empty in `ms` (0: stops and empties it);
 * under reduced motion it stands full and pale while the loop plays. A page
 * that makes it throw gets a still bar, never an exception in the module.
 */
export function progress(el, ms) {
  try {
    for (const a of el.getAnimations()) a.cancel();
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.style.transform = still && ms > 0 ? 'none' : '';
    el.style.opacity = still && ms > 0 ? '0.35' : '';
    if (ms > 0 && !still) {
      el.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], { duration: ms, easing: 'linear', fill: 'forwards' });
    }
  } catch (e) {}
}

/**
 * Draws the QR code of `link` on the canvas `el`: its encoder
 * (extra/zones-qr.js, from www/qr.js) loads the first time, from under the
 * package's base address, as the English does (words-loader.js); the calls
 * draw in order, so the latest link stays. Where it cannot load, the code and
 * its line are hidden and the console says why.
 */
let qr;
export function show_qr(el, link) {
  try {
    (qr ??= import(/* webpackIgnore: true */ /* @vite-ignore */ `${globalThis[Symbol.for('zones-infographic:base')]}extra/zones-qr.js`))
      .then((m) => m.draw(el, link), (e) => {
        qr = undefined;
        el.parentElement.hidden = true;
        console.warn('zones-infographic: the QR code could not load', e);
      })
      .catch(() => {});
  } catch (e) {}
}
