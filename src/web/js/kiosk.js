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
