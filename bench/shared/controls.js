// Benchmark peers only: the page chrome both peers share — window.bench (the API the
// benchmark drives), prev/next buttons, arrow keys, and the tooltip's HTML.

/** Installs window.bench at once, so the runner can await `bench.ready` before data loads. */
export function createBench() {
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  const bench = { ready, fail: (e) => rejectReady(e) };
  window.bench = bench;

  /** Draws slide 0, wires the controls, and resolves `ready` after the first frame.
   * `container` is the element that holds the graphic (the benchmark changes its width). */
  bench.start = ({ container, count, render, regions, tooltipVisible, hideTooltip }) => {
    let current = -1;
    const prev = document.querySelector('.bench-prev');
    const next = document.querySelector('.bench-next');
    const indicator = document.querySelector('.bench-indicator');
    const show = (i) => {
      const target = Math.max(0, Math.min(count - 1, i));
      if (target === current) return;
      current = target;
      hideTooltip();
      render(target);
      indicator.textContent = `${target + 1} / ${count}`;
      prev.disabled = target === 0;
      next.disabled = target === count - 1;
    };
    Object.assign(bench, {
      show,
      next: () => show(current + 1),
      prev: () => show(current - 1),
      slide: () => current,
      slideCount: () => count,
      container: () => container,
      regions,
      tooltipVisible,
    });
    prev.addEventListener('click', () => bench.prev());
    next.addEventListener('click', () => bench.next());
    document.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowLeft') bench.prev();
      if (e.key === 'ArrowRight') bench.next();
    });
    show(0);
    const drawn = performance.now();
    afterNextFrame().then((painted) => resolveReady({ drawn, painted }));
  };
  return bench;
}

/** Resolves with performance.now() just after the next frame has been produced. */
export function afterNextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Tooltip body: the figure as written, the verbatim sentence, the article. No inline styles (CSP). */
export function tooltipHtml(tip) {
  return `<strong class="bench-tip-head">${escapeHtml(tip.headline)}</strong>` +
    `<span class="bench-tip-quote">“${escapeHtml(tip.quote)}”</span>` +
    (tip.credit ? `<span class="bench-tip-credit">${escapeHtml(tip.credit)}</span>` : '');
}
