// Never a hole: a host page with the README's snippet whose module cannot load
// (a 404, a cross-origin module without CORS, a request an ad blocker stops)
// runs none of the graphic's code, and its stylesheet alone shows slide 1's
// image, its text and the data links in the container after the wait; where
// the module runs, the fallback stays hidden and its image is never fetched.
// The stylesheet's wait is a CSS animation delay, moved here by setting the
// animations' clock (`currentTime`), not by sleeping.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demoSuite, test } from './harness.mjs';

const suite = demoSuite();

/** The README's snippet, with its files on the test server (or `module` for the module's URL). */
function snippet(base, module = `${base}pkg/zones-infographic.js`) {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const html = readme.slice(readme.indexOf('```html\n') + 8, readme.indexOf('```', readme.indexOf('```html\n') + 8));
  assert.match(html, /class="zi-fallback"/, 'the README has the snippet with its fallback');
  return html.replaceAll('https://example.org/zones/pkg/zones-infographic.js', module).replaceAll('https://example.org/zones/', base);
}

/** A host page at `width` px with the snippet between two paragraphs; `how`
 *  makes the module fail (or not). Returns the page and the requests for slide
 *  images. */
async function host(width, how, { lazy = false, css = '' } = {}) {
  const context = await suite.browser.newContext({ viewport: { width, height: 800 }, isMobile: width < 500, hasTouch: width < 500 });
  const page = await context.newPage();
  const stills = [];
  page.on('request', (r) => { if (/slide-\d-\w+\.svg/.test(r.url())) stills.push(r.url()); });
  // The same server under another name is another origin, and it sends no
  // Access-Control-Allow-Origin: the browser refuses the module.
  let body = snippet(suite.url, how === 'cors' ? `${suite.url.replace('127.0.0.1', 'localhost')}pkg/zones-infographic.js` : undefined);
  if (lazy) body = body.replace('<div data-zones-infographic=', '<div style="margin-top: 6000px" loading="lazy" data-zones-infographic=');
  await page.route('**/fallback-host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="zh"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title><style>${css}</style>
      <body style="margin: 0 16px"><p id="before">文章的第一段。</p>${body}<p id="after">文章的下一段。</p></body></html>`,
  }));
  if (how === '404') await page.route('**/pkg/zones-infographic.js', (route) => route.fulfill({ status: 404, body: 'not here' }));
  if (how === 'blocked') await page.route('**/pkg/zones-infographic.js', (route) => route.abort('blockedbyclient'));
  const refused = new Promise((ok) => page.on('console', (m) => /CORS/.test(m.text()) && ok(true)));
  if (how === 'cors') page.refused = refused;
  await page.goto(new URL('fallback-host.html', suite.url).href);
  return { context, page, stills };
}

/** Stops the page's CSS animations (the stylesheet's wait) at `ms` after
 *  they began: held there, whatever time passes on the machine meanwhile. */
const at = (page, ms) => page.evaluate((ms) => {
  for (const a of document.getAnimations()) {
    a.pause();
    a.currentTime = ms;
  }
}, ms);

/** What the reader has in the container: is the figure shown, its image's
 *  box and picture, the links, and how the page lays out. */
const seen = (page) => page.evaluate(() => {
  const box = document.querySelector('[data-zones-infographic]');
  const figure = box.querySelector('.zi-fallback');
  const still = figure.querySelector('.zi-still');
  const r = still.getBoundingClientRect();
  const shown = getComputedStyle(figure).visibility === 'visible' && figure.getBoundingClientRect().height > 0;
  return {
    shown,
    image: getComputedStyle(still).backgroundImage,
    width: Math.round(r.width),
    column: box.clientWidth,
    ratio: +(r.height / r.width).toFixed(2),
    alt: still.getAttribute('aria-label'),
    links: [...figure.querySelectorAll('a')].filter((a) => a.getBoundingClientRect().height > 0).map((a) => a.getAttribute('href').split('/').pop()),
    // The container holds the figure (its caption's margin too) and nothing reserved beside it.
    fits: getComputedStyle(box, '::before').height == '0px' && Math.abs(box.getBoundingClientRect().height - figure.getBoundingClientRect().height - parseFloat(getComputedStyle(figure.lastElementChild).marginBottom)) <= 1,
    hidden: getComputedStyle(figure).display == 'none',
    graphic: !!box.querySelector(':scope > .zi'),
    sideways: document.documentElement.scrollWidth > innerWidth,
  };
});

for (const how of ['404', 'cors', 'blocked']) {
  test(`a module that cannot load (${how}) leaves slide 1's image, its text and the data links in the container, sized to it, at 320 and 1280 px`, async () => {
    for (const width of [320, 1280]) {
      const { context, page, stills } = await host(width, how);
      await page.waitForLoadState('load');
      if (how === 'cors') assert.ok(await page.refused, 'the browser refused the module for want of CORS');
      // While the module might still come: nothing shown, nothing fetched, the space reserved.
      await at(page, 3900);
      const early = await seen(page);
      assert.equal(early.shown, false, `${how} ${width}: the fallback waits`);
      assert.deepEqual(stills, [], `${how} ${width}: no image fetched while waiting`);
      assert.ok(await page.evaluate(() => document.querySelector('[data-zones-infographic]').offsetHeight > 700), 'the space is reserved');
      const image = page.waitForResponse(/slide-1-zh\.svg/);
      await at(page, 4000);
      const late = await seen(page);
      assert.equal((await image).status(), 200, `${how} ${width}: the image loads`);
      assert.equal(late.shown, true, `${how} ${width}: the fallback shows`);
      assert.match(late.image, /fallback\/slide-1-zh\.svg/);
      assert.equal(late.width, Math.min(late.column, 760), `${how} ${width}: the image as wide as the column, at most its own width`);
      assert.ok(late.ratio > 0.9 && late.ratio < 1.2, `${how} ${width}: the image keeps its proportions (${late.ratio})`);
      assert.match(late.alt, /^三篇报道的数字：南昌高新区20个/);
      assert.deepEqual(late.links, ['zones-zh.csv', 'zones-en.csv']);
      assert.equal(late.fits, true, `${how} ${width}: the container is the figure's height`);
      assert.equal(late.graphic, false);
      assert.equal(late.sideways, false, `${how} ${width}: nothing scrolls sideways`);
      // The reader gets the text: the image's accessible name.
      const named = await page.getByRole('img', { name: /三篇报道的数字/ }).count();
      assert.equal(named, 1);
      await context.close();
    }
  });
}

test('where the module runs, the fallback stays hidden and its image is never fetched, also for a lazy container far below', async () => {
  for (const lazy of [false, true]) {
    const { context, page, stills } = await host(375, 'ok', { lazy });
    if (!lazy) await page.locator('.zi-canvas[aria-label]').waitFor();
    else await page.waitForFunction(() => document.querySelector('[data-zones-infographic]').classList.contains('zi-on'));
    await at(page, 60_000);
    const r = await seen(page);
    assert.equal(r.hidden, true, `lazy ${lazy}: the fallback stays hidden, out of the accessibility tree too`);
    assert.equal(r.graphic, !lazy, `lazy ${lazy}: the graphic mounts where it is near`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(stills, [], `lazy ${lazy}: the still image is not fetched`);
    await context.close();
  }
});

/** Resets a host's theme may carry: empty elements hidden, and animations
 *  switched off or moved on for readers who ask for reduced motion. */
const RESETS = [
  'div:empty { display: none; } *, ::before, ::after { animation: none !important; }',
  'div:empty { display: none; } *, ::before, ::after { animation-delay: -1ms !important; animation-duration: 1ms !important; }',
];

test("a host's resets of animations and of empty elements neither hide the fallback for good nor show it while the module may come", async () => {
  for (const css of RESETS) {
    const failed = await host(375, '404', { css });
    await at(failed.page, 3900);
    assert.equal((await seen(failed.page)).shown, false, `${css}: the fallback waits`);
    const image = failed.page.waitForResponse(/slide-1-zh\.svg/);
    await at(failed.page, 4000);
    const late = await seen(failed.page);
    assert.equal((await image).status(), 200);
    assert.equal(late.shown, true, `${css}: then shows`);
    assert.equal(late.width, late.column, `${css}: the image drawn`);
    await failed.context.close();
    const running = await host(375, 'ok', { css });
    await running.page.locator('.zi-canvas[aria-label]').waitFor();
    await running.page.waitForLoadState('networkidle');
    assert.deepEqual(running.stills, [], `${css}: no still image fetched while the graphic runs`);
    await running.context.close();
  }
});

test('without JavaScript the snippet shows its fallback at once', async () => {
  const context = await suite.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.route('**/fallback-host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="zh"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title><body>${snippet(suite.url)}</body></html>`,
  }));
  const image = page.waitForResponse(/slide-1-zh\.svg/);
  await page.goto(new URL('fallback-host.html', suite.url).href);
  assert.equal((await image).status(), 200);
  const r = await seen(page);
  assert.equal(r.shown, true);
  assert.equal(r.fits, true);
  await context.close();
});
