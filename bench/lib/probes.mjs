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
  const { mounted } = await import('./pkg/zones-infographic.js');
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
    wasmBytes: async () => (await (await import('./pkg/zones_infographic.js')).default()).memory.buffer.byteLength,
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
