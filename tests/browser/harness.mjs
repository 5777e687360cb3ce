// Test helpers: the demo server on a free port, and headless Debian Chromium
// driven by playwright-core. Console errors, page errors, failed and off-site
// requests are collected, and every test of a suite fails if its pages had any.
import { before, after, afterEach, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../www/serve.mjs';

/** This process's share of its file's tests. The suite's runner
 *  (tests/browser/run.mjs) runs a long file as several processes side by
 *  side, each with `ZONES_SHARD=i/n`: each declares every test, in the file's
 *  order, and runs the i-th of every n. Unset, a process runs them all. */
const [SHARD, SHARDS] = (process.env.ZONES_SHARD ?? '0/1').split('/').map(Number);
let declared = 0;

/** `test` of node:test, for this process's share of the file's tests. */
export function test(...args) {
  if (declared++ % SHARDS !== SHARD) return undefined;
  return nodeTest(...args);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** The test module (the hostile dataset and the fault probe), built by scripts/test. */
export const TEST_MODULE = new URL('../../target/hostile/pkg/', import.meta.url);

/** The pseudo-locale's module (src/data/pseudo.rs, with the fault probe), built by scripts/test. */
export const PSEUDO_MODULE = new URL('../../target/pseudo/pkg/', import.meta.url);

/** Serves a test module (`module`, the hostile one by default) to `page` in
 *  place of the embed's module and wasm. */
export async function useTestModule(page, module = TEST_MODULE) {
  for (const file of ['zones-infographic.js', 'zones_infographic_bg.wasm']) {
    await page.route(`**/{pkg,kiosk}/${file}`, (route) => route.fulfill({
      contentType: file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript',
      body: readFileSync(new URL(file, module)),
    }));
  }
  // The English a news module loads after it, and the data tables, made
  // with that module's dataset.
  for (const [file, path] of [['../extra/zones-words.js', '**/extra/zones-words.js'], ['../fallback/tables.js', '**/fallback/tables.js']]) {
    const made = new URL(file, module);
    if (existsSync(made)) {
      await page.route(path, (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(made) }));
    }
  }
}

/** Keeps what `page` copies to the clipboard in the page (`window.copied`,
 *  the last one last): the browser's clipboard is one for all the pages the
 *  suite runs side by side, so a copy read back from it may be another
 *  page's. Call before the page loads. */
export async function keepCopies(page) {
  await page.addInitScript(() => {
    window.copied = [];
    if (navigator.clipboard) navigator.clipboard.writeText = async (text) => { window.copied.push(String(text)); };
  });
}

export async function startServer() {
  const server = await serve(0);
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** The Chromium binary the tests drive (`CHROMIUM` names another): Debian's
 *  headless shell, which is what Playwright itself runs for headless Chromium:
 *  the same Blink and V8 as the browser, without the browser's own windows and
 *  services. The suite takes about half the CPU it takes in the full browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium-headless-shell';

/** Chromium for a test file: the one the suite's runner (tests/browser/run.mjs)
 *  shares among the files it runs side by side, when it names one, or one of
 *  the file's own. Either way each test works in contexts of its own. */
export async function launch() {
  if (process.env.ZONES_BROWSER_WS) return chromium.connect(process.env.ZONES_BROWSER_WS);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** The problems of every page opened since the last check. */
const opened = [];

/** How long a page may go on loading once a test is done with it. */
const SETTLE_TIMEOUT = 15_000;

/**
 * Waits until `page` loads nothing more: no request of any of its frames in
 * flight, none begun or ended for 50 ms, and every frame's document loaded.
 * The demo article's iframe loads lazily, when the reader comes near it (or,
 * on a tall screen, at once), so a test may end while it still loads; leaving
 * then would cut it off. Called before every leaving (closing the context or
 * the page, a reload, going elsewhere), so that nothing a test leaves is
 * aborted, and a request that fails while a test leaves is a problem like any
 * other. `frames` is false when the page's clock is the test's (its
 * animation frames wait for the test), else two of the page's animation
 * frames pass first, so that what a scroll brought near has begun to load.
 */
async function settle(page, loads, { frames = true } = {}) {
  const deadline = Date.now() + SETTLE_TIMEOUT;
  for (;;) {
    if (page.isClosed()) return;
    if (frames) {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))).catch(() => {});
    }
    const states = await Promise.all(page.frames().map((f) => f.evaluate(() => document.readyState).catch(() => 'gone')));
    const quiet = Date.now() - loads.lastActivity;
    if (loads.inFlight.size === 0 && quiet >= 50 && states.every((s) => s === 'complete' || s === 'gone')) return;
    if (Date.now() > deadline) {
      throw new Error(`the page still loads when the test leaves it: ${[...loads.inFlight].map((r) => r.url()).join(', ') || states.join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, Math.max(10, 50 - quiet)));
  }
}

/** Opens the demo page and waits until the infographic has drawn. `clock`
 *  installs Playwright's clock in the page before it loads: time then runs
 *  as usual until the test pauses it (`page.clock.pauseAt`) and moves it
 *  (`page.clock.runFor`). `before(page)` runs before the page is opened.
 *  `drawn: false` opens a page with no graphic of its own to wait for. */
export async function openDemo(browser, url, { width = 760, height = 900, dpr = 1, hasTouch = false, isMobile = false, colorScheme = 'light', bypassCSP = false, bare = false, path = null, reducedMotion = 'no-preference', clock = false, before = null, drawn = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, hasTouch, isMobile, colorScheme, bypassCSP, reducedMotion });
  const page = await context.newPage();
  if (clock) await installClock(page);
  const problems = [];
  opened.push(problems);
  const origin = new URL(url).origin;
  // Every request of the page's frames still in flight, and when one last
  // began or ended.
  const loads = { inFlight: new Set(), lastActivity: Date.now() };
  page.on('request', (r) => { loads.inFlight.add(r); loads.lastActivity = Date.now(); });
  for (const done of ['requestfinished', 'requestfailed']) {
    page.on(done, (r) => { loads.inFlight.delete(r); loads.lastActivity = Date.now(); });
  }
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // The browser's own request for the tab's icon, which it makes after the
  // page has loaded and a reload may cancel, is not the graphic's.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && r.url().endsWith('/favicon.svg')) return;
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('request', (r) => { if (new URL(r.url()).origin !== origin) problems.push(`off-site request: ${r.url()}`); });
  // Before the test leaves the page, what it still loads finishes.
  const leave = (target, name) => {
    const go = target[name].bind(target);
    target[name] = async (...args) => {
      await settle(page, loads, { frames: !clock });
      return go(...args);
    };
  };
  leave(context, 'close');
  leave(page, 'close');
  // What the test sets up before the page loads (routes of pages of its own).
  await before?.(page);
  // `bare` opens the graphic alone, filling the viewport, as in an iframe.
  // `path` opens another page of www/ (kiosk.html#advance=1).
  await page.goto(path ? new URL(path, url).href : bare ? url.replace(/\/?(#.*)?$/, '/embed.html$1') : url);
  if (drawn) {
    await page.waitForFunction(() => {
      const c = document.querySelector('.zi-canvas');
      return c && c.width > 0 && c.getAttribute('aria-label');
    });
  }
  await waitForFonts(page);
  leave(page, 'reload');
  leave(page, 'goto');
  return { context, page, problems };
}

/**
 * Installs Playwright's clock in `page` before it loads. Its timers are
 * numbered from 10¹², where a browser numbers them 1, 2, 3 …; a page that
 * keeps a timer's number in a 32-bit integer (as the wasm module does) could
 * then never clear it. So the clock's timer functions are given a browser's
 * numbers: a handle small enough for any integer, mapped to the clock's.
 */
export async function installClock(page) {
  await page.clock.install();
  await page.addInitScript(() => {
    for (const [set, clear] of [['setTimeout', 'clearTimeout'], ['setInterval', 'clearInterval'], ['requestAnimationFrame', 'cancelAnimationFrame']]) {
      const setFake = window[set];
      const clearFake = window[clear];
      const handles = new Map();
      let next = 1;
      window[set] = function (callback, ...rest) {
        const handle = next++;
        const once = set !== 'setInterval';
        const run = typeof callback === 'function'
          ? function (...args) {
            if (once) handles.delete(handle);
            return callback.apply(this, args);
          }
          : callback;
        handles.set(handle, setFake.call(this, run, ...rest));
        return handle;
      };
      window[clear] = function (handle) {
        if (!handles.has(handle)) return;
        clearFake.call(this, handles.get(handle));
        handles.delete(handle);
      };
    }
  });
}

/** Stops the page's clock (installed by `openDemo(…, { clock: true })`) where
 *  it is: from here on time moves only by `page.clock.runFor(ms)`. */
export async function pauseClock(page) {
  // The page's time runs on while this is said: aim a little ahead of it.
  for (let ahead = 20; ; ahead *= 2) {
    try {
      return await page.clock.pauseAt(await page.evaluate((ms) => Date.now() + ms, ahead));
    } catch (e) {
      if (!/to the past/.test(e.message) || ahead > 5000) throw e;
    }
  }
}

/** Moves the page's paused clock on in steps of `step` ms until `done()` (run
 *  in the page) holds, at most `limit` ms: how long it took, in page time. */
export async function runUntil(page, done, { step = 100, limit = 30_000, arg } = {}) {
  for (let t = 0; t <= limit; t += step) {
    if (await page.evaluate(done, arg)) return t;
    await page.clock.runFor(step);
  }
  throw new Error(`not within ${limit} ms of page time: ${done}`);
}

export async function waitForFonts(page) {
  await page.evaluate(() => document.fonts.ready);
}

/** Goes through slides `0..slides` (all of them when not given) by their step
 *  buttons, each with its data table open, and focuses each region button in
 *  turn (its tooltip opens): `onMark(slide, k)` after each focus, then
 *  `onSlide(slide)` once a slide's buttons are done. */
export async function everyTooltip(page, { slides, onMark = async () => {}, onSlide = async () => {} } = {}) {
  const count = slides ?? await page.locator('.zi-step').count();
  for (let slide = 0; slide < count; slide++) {
    await page.evaluate((s) => document.querySelectorAll('.zi-step')[s].click(), slide);
    await page.locator('.zi-data-summary').evaluate((s) => { if (!s.parentElement.open) s.click(); });
    await page.locator('.zi-table').waitFor();
    const marks = await page.locator('.zi-mark').count();
    for (let k = 0; k < marks; k++) {
      await page.locator('.zi-mark').nth(k).focus();
      await onMark(slide, k);
    }
    await onSlide(slide);
  }
}

/** The slide shown, as "n / count", read from the step buttons (aria-current). */
export function indicator(page) {
  return page.evaluate(() => {
    const steps = [...document.querySelectorAll('.zi-step')];
    return `${steps.findIndex((b) => b.getAttribute('aria-current') === 'step') + 1} / ${steps.length}`;
  });
}

/** The pickable regions, read off the region buttons that sit over them: each
 *  button's target key and box, in CSS pixels of the canvas. */
export async function regions(page) {
  return page.evaluate(() => [...document.querySelectorAll('.zi-mark')].map((b) => ({
    target: b.dataset.target, x: b.offsetLeft, y: b.offsetTop, w: b.offsetWidth, h: b.offsetHeight,
  })));
}

/** Share of canvas pixels that differ from the top-left (background) pixel. */
export async function inkCoverage(page) {
  return page.evaluate(() => {
    const c = document.querySelector('.zi-canvas');
    const d = c.getContext('2d', { willReadFrequently: true }).getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) ink++;
    }
    return ink / (d.length / 4);
  });
}

/**
 * Starts the demo server and Chromium once for a test file, stopping both after
 * it; the returned object's `url` and `browser` are set once the file starts.
 */
export function demoSuite() {
  const suite = {};
  before(async () => {
    ({ server: suite.server, url: suite.url } = await startServer());
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    suite.server?.close();
  });
  afterEach(() => {
    assert.deepEqual(opened.splice(0).flat(), [], 'the pages of this test had problems');
  });
  return suite;
}
