// What the phone tests look at: boxes on the screen, read in one call to the
// page each, once the page has stopped scrolling.
export const PHONES = [[320, 568], [375, 667], [390, 844]];

/** Waits until the page stops scrolling (a smooth scroll may be under way,
 *  and on a loaded machine it may start a few frames late): until the scroll
 *  position has not moved for five animation frames, in one call to the
 *  page. */
export async function settled(page) {
  await page.evaluate(() => new Promise((done) => {
    let last = -1;
    let still = 0;
    let frames = 0;
    const look = () => {
      still = scrollY === last ? still + 1 : 0;
      if (still >= 5 || ++frames > 300) return done();
      last = scrollY;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }));
}

/** The boxes of the selectors on screen, and the viewport. */
export function boxes(page, ...selectors) {
  return page.evaluate((sels) => ({
    view: { w: innerWidth, h: innerHeight },
    boxes: sels.map((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  }), selectors);
}

/** Scrolls region button `k` into view (`block` as scrollIntoView takes it)
 *  and, once the page has stopped scrolling, gives its box: in one call. */
export function scrolledTo(page, k, block) {
  return page.evaluate(([k, block]) => new Promise((done) => {
    const m = document.querySelectorAll('.zi-mark')[k];
    m.scrollIntoView({ block });
    let last = -1;
    let frames = 0;
    const look = () => {
      if (scrollY === last || ++frames > 80) {
        const r = m.getBoundingClientRect();
        return done({ x: r.x, y: r.y, width: r.width, height: r.height });
      }
      last = scrollY;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }), [k, block]);
}

/** Once the tooltip is shown (`shown`) or hidden, and the page has stopped
 *  scrolling (the same position two animation frames running): the boxes of
 *  `selectors` and the viewport, as `boxes` gives them, in one call to the
 *  page; `null` when the tooltip did not come to that state within 5 s. */
export function tooltipSettled(page, shown, selectors = []) {
  return page.evaluate(([shown, sels]) => new Promise((done) => {
    const until = performance.now() + 5000;
    let last = -1;
    const look = () => {
      const tip = document.querySelector('.zi-tooltip');
      const state = !tip.hidden && tip.getBoundingClientRect().height > 0;
      if (state === shown && scrollY === last) {
        return done({
          view: { w: innerWidth, h: innerHeight },
          boxes: sels.map((s) => {
            const r = document.querySelector(s).getBoundingClientRect();
            return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
          }),
        });
      }
      if (performance.now() > until) return done(null);
      last = state === shown ? scrollY : -1;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }), [shown, selectors]);
}

export const inside = (b, view) => b.left >= -0.5 && b.top >= -0.5 && b.right <= view.w + 0.5 && b.bottom <= view.h + 0.5;
export const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
export const fmt = (b) => `${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}`;
