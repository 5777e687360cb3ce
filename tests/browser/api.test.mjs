// The host API beyond the basics: each graphic's ready promise, the opt-in
// lazy mount (loading="lazy": nothing of the wasm is fetched until the
// container nears the viewport), and containers a page adds after the start
// (single-page and infinite-scroll sites), mounted as they come.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoSuite, openDemo } from './harness.mjs';
import { CSP } from '../../www/serve.mjs';

const suite = demoSuite();

/** A page of the test's own at `name` on the demo server, under its policy,
 *  linking the embed's CSS and module (and no preload of the wasm). */
function hostPage(name, body) {
  return async (page) => {
    await page.route('**/host.css', (route) => route.fulfill({ contentType: 'text/css', body: '.long { height: 6360px }' }));
    await hostRoute(page, name, body);
  };
}

function hostRoute(page, name, body) {
  return page.route(`**/${name}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Host</title><link rel="stylesheet" href="pkg/zones-infographic.css"><link rel="stylesheet" href="host.css">
<script type="module" src="pkg/zones-infographic.js"></script><body><p>An article.</p>${body}</body></html>`,
  }));
}

/** Two of the page's animation frames (an intersection observer has reported by then). */
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test("each graphic's ready promise resolves to it at its first drawing, also when it is drawn later", async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { bare: true });
  const seen = await page.evaluate(async () => {
    const { Infographic, mounted } = await import('./pkg/zones-infographic.js');
    const shown = document.body.appendChild(document.createElement('div'));
    const g = new Infographic(shown, { hash: false });
    const drawn = await g.ready;
    // A graphic mounted hidden is drawn when shown: its ready waits for that.
    const hidden = document.body.appendChild(document.createElement('div'));
    hidden.hidden = true;
    const h = new Infographic(hidden, { hash: false });
    let early = false;
    h.ready.then(() => { early = true; });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const before = early;
    hidden.hidden = false;
    const later = await h.ready;
    return {
      same: drawn === g,
      canvas: !!shown.querySelector('.zi-canvas[aria-label]'),
      before,
      later: later === h && !!hidden.querySelector('.zi-canvas[aria-label]'),
      // The page's own graphic, mounted by the module, and one got by its element, have it too.
      own: (await mounted[0].ready) === mounted[0],
      got: (await Infographic.get(shown).ready) === g,
    };
  });
  assert.deepEqual(seen, { same: true, canvas: true, before: false, later: true, own: true, got: true });
  await context.close();
});

test('a container with loading="lazy" fetches no wasm until the reader scrolls near it, then mounts', async () => {
  const wasm = [];
  const { context, page } = await openDemo(suite.browser, suite.url, {
    width: 375, height: 667, drawn: false, path: 'lazy-host.html',
    before: async (page) => {
      page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
      await hostPage('lazy-host.html', `<div class="long">A long article.</div>
<div id="late" data-zones-infographic='{"hash":false}' loading="lazy"></div><p>The end.</p>`)(page);
    },
  });
  // The module has run (importing it again gives the same one) and its observer has looked.
  const state = await page.evaluate(async () => {
    const { ready } = await import('./pkg/zones-infographic.js');
    let settled = false;
    ready.then(() => { settled = true; });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { settled, mounted: !!document.querySelector('#late .zi') };
  });
  await frames(page);
  assert.deepEqual(state, { settled: false, mounted: false }, 'nothing mounted while the container is far down');
  assert.deepEqual(wasm, [], 'no wasm request before the reader comes near');
  // A screen above it: near enough.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('#late').offsetTop - 2 * innerHeight + 10));
  await page.waitForFunction(() => document.querySelector('#late .zi-canvas')?.getAttribute('aria-label'));
  assert.equal(wasm.length, 1, 'the wasm, once');
  assert.ok(await page.evaluate(async () => (await import('./pkg/zones-infographic.js')).ready.then(() => true)), 'ready resolves once it has mounted');
  await context.close();
});

test('containers added to the page after the start are mounted, lazy ones when they near the viewport', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, {
    width: 375, height: 667, path: 'spa-host.html',
    before: hostPage('spa-host.html', `<div id="first" data-zones-infographic='{"hash":false}'></div>`),
  });
  // An article a single-page site renders later, with the graphic inside it.
  await page.evaluate(() => {
    const article = document.createElement('article');
    article.innerHTML = `<h2>Next story</h2><div id="second" data-zones-infographic='{"lang":"en","hash":false}'></div>`;
    document.body.append(article);
  });
  await page.waitForFunction(() => document.querySelector('#second .zi-canvas')?.getAttribute('aria-label'), null, { timeout: 10_000 });
  // One far down, lazily: not mounted until the reader comes near.
  const far = await page.evaluate(async () => {
    const spacer = document.body.appendChild(document.createElement('div'));
    spacer.className = 'long';
    const third = document.createElement('div');
    third.id = 'third';
    third.dataset.zonesInfographic = '{"hash":false}';
    third.setAttribute('loading', 'lazy');
    document.body.append(third);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return !!third.querySelector('.zi');
  });
  assert.equal(far, false, 'the lazy one waits while it is far down');
  await page.evaluate(() => document.querySelector('#third').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#third .zi-canvas')?.getAttribute('aria-label'), null, { timeout: 10_000 });
  const seen = await page.evaluate(async () => {
    const { Infographic, mounted } = await import('./pkg/zones-infographic.js');
    const second = document.querySelector('#second');
    return { second: Infographic.get(second)?.lang(), mounted: mounted.length, once: second.querySelectorAll('.zi').length };
  });
  assert.deepEqual(seen, { second: 'en', mounted: 3, once: 1 });
  await context.close();
});
