// Reads of the page's layout for src/web/dom.rs. A host may have patched any
// of them to throw: each is caught here, and an exception never unwinds
// through the module.

/** Whether `el` is displayed (no `display: none` on it or above it): a style
 *  check, not a layout. True where the browser cannot tell. */
export function is_displayed(el) {
  try {
    return el.checkVisibility ? el.checkVisibility() : true;
  } catch (e) {
    return true;
  }
}

/** `el`'s clientWidth, the zoom it is drawn at (its box on screen over its
 *  CSS size: a host's CSS zoom or a scale transform) and its clientHeight. */
export function width_and_zoom(el) {
  try {
    const w = el.offsetWidth;
    return [el.clientWidth, w > 0 ? el.getBoundingClientRect().width / w : 1, el.clientHeight];
  } catch (e) {
    return [0, 1, 0];
  }
}

/** Where event `e` happened in `el`'s own CSS pixels, whatever its zoom. */
export function local_point(el, e) {
  try {
    const r = el.getBoundingClientRect();
    const z = r.width / el.offsetWidth || 1;
    return [(e.clientX - r.left) / z, (e.clientY - r.top) / z];
  } catch (x) {
    return [];
  }
}

/** `el`'s offsetWidth and offsetHeight. */
export function outer_size(el) {
  try {
    return [el.offsetWidth, el.offsetHeight];
  } catch (e) {
    return [0, 0];
  }
}

/** Scrolls `el`'s top into view, at the next frame (which lays the page out
 *  anyway), when it is above the screen or under a host's sticky header (its
 *  scroll margin): smoothly, unless the reader prefers reduced motion. */
export function reveal(el) {
  try {
    requestAnimationFrame(() => {
      try {
        if (el.isConnected && el.getBoundingClientRect().top < (parseFloat(getComputedStyle(el).scrollMarginTop) || 0)) {
          el.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
        }
      } catch (e) {}
    });
  } catch (e) {}
}

/** The viewport in `stage`'s coordinates (its own CSS pixels), below `bar`
 *  when the bar is stuck to the top, or above it when it sits `low`, at the
 *  foot (a kiosk): x, y, width and height (all 0 if the page cannot tell). */
export function view_of(stage, bar, low) {
  try {
    const r = stage.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    const z = r.width / stage.offsetWidth || 1;
    const top = low ? 0 : Math.max(0, b.bottom);
    const bottom = low ? b.top : innerHeight;
    return [-r.left / z, (top - r.top) / z, innerWidth / z, (bottom - top) / z];
  } catch (e) {
    return [0, 0, 0, 0];
  }
}

/** The top of `el`'s box on screen (0 if the page cannot tell). */
export function top_of(el) {
  try {
    return el.getBoundingClientRect().top;
  } catch (e) {
    return 0;
  }
}

/** Text's width as the canvas sets it: `text` at `size` px, bold or not, in
 *  the font family last named by `measure_in`; nothing where it cannot tell. */
let measurer, family;
export const measure_in = (f) => { family = f; };
export function measure_text(text, size, bold) {
  try {
    measurer ??= new OffscreenCanvas(1, 1).getContext('2d');
    measurer.font = (bold ? 'bold ' : '') + size + 'px ' + family;
    return measurer.measureText(text).width;
  } catch {
    // Undefined: NaN to the module, which then estimates.
  }
}

/** Has `observer` watch `el`'s size. Where the page's `observe` throws, the
 *  graphic says so on the console and follows the window's size instead: `f`
 *  on each resize, until the observer is disconnected (the graphic destroyed). */
export function observe(observer, el, f) {
  try {
    observer.observe(el);
  } catch (e) {
    try {
      console.warn("zones-infographic: ResizeObserver observe failed; following the window's size", e);
      addEventListener('resize', f);
      observer.disconnect = () => removeEventListener('resize', f);
    } catch (x) {}
  }
}
