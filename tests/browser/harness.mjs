// Test helpers: the demo server on a free port, and headless Debian Chromium
// driven by playwright-core. Console errors, page errors, failed and off-site
// requests are collected, and every test of a suite fails if its pages had any.
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../www/serve.mjs';

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
}

export async function startServer() {
  const server = await serve(0);
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The problems of every page opened since the last check. */
const opened = [];

/** Opens the demo page and waits until the infographic has drawn. */
export async function openDemo(browser, url, { width = 760, height = 900, dpr = 1, hasTouch = false, isMobile = false, colorScheme = 'light', bypassCSP = false, bare = false, path = null, reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, hasTouch, isMobile, colorScheme, bypassCSP, reducedMotion });
  const page = await context.newPage();
  const problems = [];
  opened.push(problems);
  const origin = new URL(url).origin;
  // A test that leaves the page (closing it, reloading it or going elsewhere)
  // ends what it still loads, such as the demo article's lazy iframe on a busy
  // machine: requests the leaving aborts are no problem of the graphic's, any
  // other failure is.
  let leaving = false;
  const close = context.close.bind(context);
  context.close = (...args) => {
    leaving = true;
    return close(...args);
  };
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // A reload cancels the page's icon request if it is still in flight: not a problem of the graphic's.
  page.on('requestfailed', (r) => {
    const aborted = r.failure()?.errorText === 'net::ERR_ABORTED';
    if (aborted && (leaving || r.url().endsWith('/favicon.svg'))) return;
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('request', (r) => { if (new URL(r.url()).origin !== origin) problems.push(`off-site request: ${r.url()}`); });
  // `bare` opens the graphic alone, filling the viewport, as in an iframe.
  // `path` opens another page of www/ (kiosk.html#advance=1).
  await page.goto(path ? new URL(path, url).href : bare ? url.replace(/\/?(#.*)?$/, '/embed.html$1') : url);
  await page.waitForFunction(() => {
    const c = document.querySelector('.zi-canvas');
    return c && c.width > 0 && c.getAttribute('aria-label');
  });
  await waitForFonts(page);
  // From here on, the test's own reloads and navigations leave the page.
  for (const name of ['reload', 'goto']) {
    const go = page[name].bind(page);
    page[name] = async (...args) => {
      leaving = true;
      try {
        return await go(...args);
      } finally {
        leaving = false;
      }
    };
  }
  return { context, page, problems };
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
