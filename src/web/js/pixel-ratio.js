// The pixel ratio's watch for src/web/wire.rs. The ratio changes alone with
// browser zoom on a fixed-width page or a window moved to another screen; no
// resize is observed then. The watch is a media query for the current ratio,
// armed again for the new one at each change. A page whose matchMedia fails
// gets no watch rather than an exception.

/** Calls `f` after each change of the pixel ratio, until stopped. */
export function watch_pixel_ratio(f) {
  let q;
  const on = () => {
    arm();
    f();
  };
  const arm = () => {
    try {
      q = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
      q.addEventListener('change', on, { once: true });
    } catch (e) {
      q = null;
    }
  };
  arm();
  return {
    stop: () => {
      try {
        q && q.removeEventListener('change', on);
      } catch (e) {}
    },
  };
}
