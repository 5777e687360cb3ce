// Functions the benchmark runs inside the page (each is serialised by Playwright, so each
// is self-contained). Timings are performance.now() in the page, whose zero is navigation start.
// After `setup`, every implementation is driven through the same window.__api.

/** Init script for every page: frame helper and a record of CSP violations. */
export function commonInit() {
  window.__bench = {
    cspViolations: [],
    // Resolves after the next frame: `raf` when its rAF callbacks run, `after` once it has been produced.
    nextFrame: () => new Promise((resolve) => requestAnimationFrame(() => {
      const raf = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ raf, after: performance.now() });
      channel.port2.postMessage(0);
    })),
    // The frames from now on, one `{ raf, after }` per `next()`. Each frame's rAF callback first
    // requests the next frame's, so in every later frame ours runs before any callback the page
    // requests during a frame (e.g. from a ResizeObserver callback) and its time is counted.
    frames: () => {
      const pending = [];
      let id;
      const request = () => pending.push(new Promise((resolve) => {
        id = requestAnimationFrame(() => {
          const raf = performance.now();
          request();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ raf, after: performance.now() });
          channel.port2.postMessage(0);
        });
      }));
      request();
      return { next: () => pending.shift(), stop: () => cancelAnimationFrame(id) };
    },
  };
  addEventListener('securitypolicyviolation', (e) => window.__bench.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
}

/** Init script for the project: first draw is when `.zi-canvas` gets its aria-label (set right after drawing). */
export function projectInit() {
  const labelled = () => document.querySelector('.zi-canvas[aria-label]');
  const observer = new MutationObserver(() => {
    if (window.__bench.firstDraw || !labelled()) return;
    observer.disconnect();
    const firstDraw = { drawn: performance.now() };
    window.__bench.firstDraw = firstDraw;
    window.__bench.nextFrame().then(({ after }) => { firstDraw.painted = after; });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
}

/** Project: waits for the first paint, then wraps the mounted Infographic as window.__api. */
export async function setupProject() {
  await new Promise((resolve) => {
    const poll = () => (window.__bench.firstDraw?.painted ? resolve() : requestAnimationFrame(poll));
    poll();
  });
  const { mounted, Infographic, ready } = await import('./pkg/zones-infographic.js');
  const graphic = mounted[0];
  const tooltip = document.querySelector('.zi-tooltip');
  window.__api = {
    show: (i) => graphic.show(i),
    slide: () => graphic.slide(),
    count: () => graphic.slideCount(),
    // The centres of the region buttons, which sit over the pickable regions.
    points: () => [...document.querySelectorAll('.zi-mark')].map((b) => {
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }),
    tooltipVisible: () => !tooltip.hidden,
    container: () => document.querySelector('[data-zones-infographic]'),
    // A second graphic in `element`; returns its destroy.
    mount: (element) => {
      const extra = new Infographic(element, '{"hash":false}');
      return () => extra.destroy();
    },
    // The running module's memory (`ready` resolves to `{ memory }`).
    wasmBytes: async () => (await ready).memory.buffer.byteLength,
  };
  return { drawn: window.__bench.firstDraw.drawn, painted: window.__bench.firstDraw.painted };
}

/** Peers: waits for `bench.ready` ({ drawn, painted }) and wraps window.bench as window.__api. */
export async function setupPeer() {
  const timing = await window.bench.ready;
  const { bench } = window;
  window.__api = {
    show: (i) => bench.show(i),
    slide: () => bench.slide(),
    count: () => bench.slideCount(),
    points: () => bench.regions().map((p) => {
      const r = p.canvas.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }),
    tooltipVisible: () => bench.tooltipVisible(),
    container: () => bench.container(),
    wasmBytes: async () => null,
  };
  return timing;
}

/** Goes through all slides `passes` times; per switch: the synchronous call, until the
 * next frame is produced, and the call plus the main-thread work of that frame. */
export async function switchTimings({ passes }) {
  const api = window.__api;
  const { nextFrame } = window.__bench;
  const n = api.count();
  const out = { slide: [], sync: [], frame: [], work: [] };
  await nextFrame();
  for (let k = 0; k < passes * n; k++) {
    const target = (api.slide() + 1) % n;
    const t0 = performance.now();
    api.show(target);
    const t1 = performance.now();
    const { raf, after } = await nextFrame();
    out.slide.push(target);
    out.sync.push(t1 - t0);
    out.frame.push(after - t0);
    out.work.push(t1 - t0 + (after - raf));
  }
  return out;
}

/** On slide 1, sets the width of the element holding the graphic (CSSOM `style.width`) to
 * each of `widths` in turn, `count` times, each change just after an idle frame. Per resize:
 * the work (the style write plus, for every frame until each canvas is redrawn at the new
 * width, that frame's main-thread work from our first rAF callback to its MessageChannel
 * message), the time until that frame was produced, and how many frames it took. Throws when
 * the canvases are not redrawn within `maxFrames` frames. */
export async function resizeTimings({ widths, count, maxFrames }) {
  const api = window.__api;
  const { nextFrame, frames } = window.__bench;
  const container = api.container();
  // The canvases shown (the news embed carries the kiosk's QR canvas, hidden).
  const canvases = () => [...container.querySelectorAll('canvas')].filter((c) => c.getClientRects().length > 0);
  // The width a canvas is seen at: its own box, or the box of a parent that clips it (the
  // project keeps a larger bitmap across resizes and clips it to the slide).
  const shown = (c) => (getComputedStyle(c.parentElement).overflow !== 'visible' ? c.parentElement : c).getBoundingClientRect().width;
  // Whether anything was drawn on a 2D canvas since the flag was cleared: the drawing
  // calls every implementation makes are wrapped while resizes are measured.
  const proto = CanvasRenderingContext2D.prototype;
  const originals = ['fillText', 'fillRect', 'fill'].map((name) => [name, proto[name]]);
  let drew = false;
  for (const [name, f] of originals) proto[name] = function (...args) { drew = true; return f.apply(this, args); };
  // Redrawn: something was drawn since the width changed, every canvas's bitmap matches
  // its CSS box (so it is crisp), and each one there before is seen at a new width.
  const redrawn = (before) => drew && canvases().every((c) => shown(c) !== before.get(c) && c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio));
  const out = { width: [], work: [], frame: [], frames: [] };
  try {
    api.show(0);
    await nextFrame();
    for (let k = 0; k < count; k++) {
      const width = widths[k % widths.length];
      await nextFrame();
      const before = new Map(canvases().map((c) => [c, shown(c)]));
      if (!before.size) throw new Error('no canvas in the container');
      drew = false;
      const t0 = performance.now();
      container.style.width = `${width}px`;
      const chain = frames();
      let work = performance.now() - t0;
      let n = 0;
      let done = false;
      while (!done) {
        const { raf, after } = await chain.next();
        work += after - raf;
        n += 1;
        done = redrawn(before);
        if (done) out.frame.push(after - t0);
        else if (n >= maxFrames) throw new Error(`not redrawn at ${width} px within ${maxFrames} frames`);
      }
      chain.stop();
      out.width.push(width);
      out.work.push(work);
      out.frames.push(n);
    }
    // Back to the page's own width, with frames for implementations that redraw a frame later.
    container.style.width = '';
    for (let k = 0; k < 3; k++) await nextFrame();
  } finally {
    for (const [name, f] of originals) proto[name] = f;
  }
  return out;
}

/** Arms a one-shot probe: from the first pointermove (capture phase on window, before the
 * implementation's own listeners) until the tooltip is visible, and until the end of the
 * frame that paints it. Input is rAF-aligned in Chromium, so a change made in a rAF callback
 * (Chart.js) is painted in the frame under way; any other change in the next frame. */
export function armTooltipProbe({ timeoutMs }) {
  const api = window.__api;
  let t0 = null;
  let finished = false;
  let inFrame = false; // between this frame's rAF callbacks and the frame being produced
  let frameEnded = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    inFrame = false;
    const t = performance.now();
    frameEnded.splice(0).forEach((f) => f(t));
  };
  const endOfFrame = () => new Promise((resolve) => frameEnded.push(resolve));
  const onMove = () => { if (t0 === null) t0 = performance.now(); };
  window.__tipProbe = new Promise((resolve, reject) => {
    const cleanup = () => {
      finished = true;
      observer.disconnect();
      removeEventListener('pointermove', onMove, true);
      clearTimeout(timer);
    };
    const check = () => {
      if (finished || t0 === null || !api.tooltipVisible()) return;
      const start = t0;
      const shown = performance.now() - start;
      const painting = inFrame;
      cleanup();
      const painted = painting ? endOfFrame() : new Promise((r) => requestAnimationFrame(() => r(endOfFrame())));
      painted.then((t) => resolve({ shown, frame: t - start }));
    };
    const onFrame = () => {
      inFrame = true;
      channel.port2.postMessage(0);
      check();
      if (!finished) requestAnimationFrame(onFrame);
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => { cleanup(); reject(new Error(`tooltip not shown within ${timeoutMs} ms`)); }, timeoutMs);
    addEventListener('pointermove', onMove, true);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    requestAnimationFrame(onFrame);
  });
}

/** `n` slide switches in a row, yielding a frame every 25; returns the wall time. */
export async function manySwitches({ n }) {
  const api = window.__api;
  const { nextFrame } = window.__bench;
  const t0 = performance.now();
  for (let k = 0; k < n; k++) {
    api.show((api.slide() + 1) % api.count());
    if (k % 25 === 24) await nextFrame();
  }
  await nextFrame();
  return performance.now() - t0;
}

export async function pageCounts() {
  return {
    elements: document.getElementsByTagName('*').length,
    wasmBytes: await window.__api.wasmBytes(),
    csp: window.__bench.cspViolations,
  };
}

/** Project only (peers: null): mounting a second graphic `count` times, the median of
 * the synchronous constructor call into a container that is not displayed (copying the
 * graphic's elements and starting its resize observer; the dataset is baked into the
 * module, and listeners wait for the first drawing) and into a
 * 760 px one (the same plus laying out and drawing the first slide). */
export async function mountTimings({ count }) {
  const api = window.__api;
  if (!api.mount) return null;
  const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
  const time = (style) => {
    const element = document.createElement('div');
    Object.assign(element.style, style);
    document.body.append(element);
    const t0 = performance.now();
    const destroy = api.mount(element);
    const t = performance.now() - t0;
    destroy();
    element.remove();
    return t;
  };
  const hidden = [];
  const shown = [];
  for (let k = 0; k < count; k++) {
    hidden.push(time({ display: 'none' }));
    shown.push(time({ width: '760px' }));
  }
  return { hidden: median(hidden), shown: median(shown) };
}
