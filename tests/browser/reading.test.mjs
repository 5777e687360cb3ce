// Reading with keyboard, touch and screen readers, in both languages and themes,
// at phone to desktop widths and pixel ratios 1 to 3.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { demoSuite, openDemo, regions, inkCoverage, indicator, pauseClock, test } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const suite = demoSuite();

const show = (page, i) => page.evaluate(async (i) => (await import('./pkg/zones-infographic.js')).mounted[0].show(i), i);
// English loads on demand: the switch is awaited through its event.
const setLang = (page, l) => page.evaluate(async (l) => {
  const g = (await import('./pkg/zones-infographic.js')).mounted[0];
  if (g.lang() === l) return;
  const switched = new Promise((r) => document.querySelector('#infographic').addEventListener('zones-infographic:lang', r, { once: true }));
  g.setLanguage(l);
  await switched;
}, l);

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violation on any slide, in the ${colorScheme} theme, in both languages`, async () => {
    // axe is injected as a script, which the page's own CSP would refuse.
    const { context, page } = await openDemo(suite.browser, suite.url, { colorScheme, bypassCSP: true });
    await page.addScriptTag({ path: AXE });
    for (const lang of ['zh', 'en']) {
      await setLang(page, lang);
      for (let i = 0; i < 5; i++) {
        await show(page, i);
        // Open the data table and a tooltip so that they are checked too.
        await page.evaluate(() => { document.querySelector('.zi-data').open = true; });
        await page.locator('.zi-table').waitFor();
        await page.locator('.zi-mark').first().focus();
        const result = await page.evaluate(() => axe.run(document.querySelector('.zi'), { resultTypes: ['violations'] }));
        const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(found, [], `${colorScheme}, ${lang}, slide ${i + 1}`);
      }
    }
    await context.close();
  });
}

test('a keyboard alone walks every figure of every slide', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url);
  // Tab passes the steps and Next, then reaches the figures.
  const stops = [];
  for (let k = 0; k < 10 && !(await page.evaluate(() => document.activeElement.classList.contains('zi-mark'))); k++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => document.activeElement.className));
  }
  assert.deepEqual(stops, ['zi-step', 'zi-step', 'zi-step', 'zi-step', 'zi-step', 'zi-next', 'zi-mark']);
  for (let slide = 0; slide < 5; slide++) {
    assert.equal(await indicator(page), `${slide + 1} / 5`);
    const count = await page.locator('.zi-mark').count();
    assert.ok(count > 0, `slide ${slide + 1} has figures to reach`);
    for (let k = 0; k < count; k++) {
      if (k > 0) await page.keyboard.press('ArrowDown');
      const focused = await page.evaluate(() => document.activeElement.getAttribute('data-i'));
      assert.equal(focused, String(k), `slide ${slide + 1}: focus on region ${k}`);
      await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
      const headline = await page.locator('.zi-tip-headline').textContent();
      const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
      assert.ok(headline && label.includes(headline), `slide ${slide + 1}, region ${k}: "${label}" carries "${headline}"`);
    }
    await page.keyboard.press('ArrowRight');
  }
  assert.equal(await indicator(page), '5 / 5');
  // Escape closes the tooltip; Shift+Tab goes back to the controls above the chart.
  await page.keyboard.press('Escape');
  await page.locator('.zi-tooltip').waitFor({ state: 'hidden' });
  await page.keyboard.press('Shift+Tab');
  assert.match(await page.evaluate(() => document.activeElement.className), /zi-next/);
  await page.keyboard.press('Enter');
  assert.equal(await indicator(page), '1 / 5', 'Next on the last slide starts again');
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement.className), /zi-mark/, 'Tab goes on to the figures');
  await context.close();
});

test('each slide has a text alternative and a data table, and changes are announced', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url);
  const label = await page.locator('.zi-canvas').getAttribute('aria-label');
  assert.match(label, /^三篇报道的数字：南昌高新区20个.*在10个主题中/);
  await page.click('.zi-next');
  assert.equal(await page.locator('.zi-live').textContent(), '第2页，共5页：南昌高新区打造8个驿站，累计服务新就业群体2000余人次');
  // Opened from the keyboard, the table appears and focus stays on its summary.
  await page.focus('.zi-data summary');
  await page.keyboard.press('Enter');
  await page.locator('.zi-table').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.className), 'zi-data-summary');
  const rows = await page.locator('.zi-table tbody tr').count();
  assert.equal(rows, 9, 'the nine figures of the slide, each once (8个 and 2000余人次 are in the title too)');
  assert.match(await page.locator('.zi-table tbody tr').first().textContent(), /8个.*重点打造8个/);
  const served = await page.locator('.zi-table tbody tr', { has: page.locator('td:nth-child(3)', { hasText: /^2000余人次$/ }) }).textContent();
  assert.match(served, /余（多于）/);
  assert.match(served, /累计服务新就业群体2000余人次。/);
  await page.click('.zi-next');
  assert.match(await page.locator('.zi-table caption').textContent(), /463名基层干部/, 'an open table follows the slide');
  await context.close();
});

test('a swipe changes the slide and a tap still shows the tooltip', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 375, height: 800, dpr: 2, hasTouch: true });
  const box = await page.locator('.zi-canvas').boundingBox();
  const cdp = await context.newCDPSession(page);
  const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const swipe = async (from, to) => {
    const y = box.y + 200;
    await touch('touchStart', box.x + from, y);
    for (let k = 1; k <= 5; k++) await touch('touchMove', box.x + from + ((to - from) * k) / 5, y + k);
    await touch('touchEnd');
  };
  await swipe(300, 80);
  assert.equal(await indicator(page), '2 / 5', 'a swipe to the left goes forward');
  await swipe(80, 300);
  assert.equal(await indicator(page), '1 / 5', 'a swipe to the right goes back');
  const cell = (await regions(page)).find((r) => r.target === 'coverage:suizhou/new-employment');
  await page.touchscreen.tap(box.x + cell.x + cell.w / 2, box.y + cell.y + cell.h / 2);
  await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.zi-tip-headline').textContent(), '只有文字，没有数字');
  await page.locator('.zi-tip-quote', { hasText: '红色驿站' }).waitFor();
  await context.close();
});

for (const width of [280, 375, 768, 1280, 1920]) {
  test(`it fills its container at ${width} px, at pixel ratios 1, 2 and 3`, async () => {
    for (const dpr of [1, 2, 3]) {
      const { context, page, problems } = await openDemo(suite.browser, suite.url, { width, height: 900, dpr, bare: true });
      const m = await page.evaluate(() => {
        const c = document.querySelector('.zi-canvas');
        const shown = document.querySelector('.zi-paint');
        return { css: shown.clientWidth, cssH: shown.clientHeight, canvas: c.clientWidth, canvasH: c.clientHeight, backing: c.width, backingH: c.height,
          host: document.querySelector('.zi').clientWidth, overflow: document.documentElement.scrollWidth - innerWidth };
      });
      assert.equal(m.css, m.host, `${width}px @${dpr}: the drawing fills the graphic`);
      assert.equal(m.canvas, m.css, `${width}px @${dpr}: a first drawing gets a bitmap of its own size`);
      assert.equal(m.backing, Math.round(m.canvas * dpr), `${width}px @${dpr}: backing store scaled`);
      assert.equal(m.backingH, Math.round(m.canvasH * dpr));
      assert.ok(m.overflow <= 0, `${width}px @${dpr}: no horizontal scrolling`);
      for (const r of await regions(page)) {
        assert.ok(r.x >= 0 && r.x + r.w <= m.css + 0.5 && r.y >= 0 && r.y + r.h <= m.cssH + 0.5, `${width}px @${dpr}: ${r.target} inside`);
      }
      assert.ok((await inkCoverage(page)) > 0.03);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('the layout follows its container when the container is resized, without error events', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 900 });
  // Error events reach a host's error monitoring even when nothing is logged.
  await page.evaluate(() => { window.errorEvents = []; addEventListener('error', (e) => window.errorEvents.push(String(e.message))); });
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (const width of [320, 700, 480, 640]) {
    await page.evaluate((w) => { document.querySelector('#infographic').style.width = `${w}px`; }, width);
    await page.waitForFunction((w) => document.querySelector('.zi-paint').clientWidth === w, width);
    await frame();
  }
  assert.deepEqual(await page.evaluate(() => window.errorEvents), []);
  await context.close();
});

test('resizing back and forth keeps one bitmap, which shows the same pixels as a fresh drawing', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url, { width: 900, dpr: 2 });
  const bitmap = () => page.evaluate(() => { const c = document.querySelector('.zi-canvas'); return [c.width, c.height]; });
  const resize = async (width) => {
    await page.evaluate((w) => { document.querySelector('#infographic').style.width = `${w}px`; }, width);
    await page.waitForFunction((w) => document.querySelector('.zi-paint').clientWidth === w, width);
  };
  const [width] = await bitmap();
  // Narrower is taller (text wraps): the first narrow drawing may need a taller bitmap.
  await resize(640);
  const kept = await bitmap();
  for (const w of [width / 2, 600, 640]) {
    await resize(w);
    assert.deepEqual(await bitmap(), kept, `no new bitmap at ${w} px`);
  }
  const same = await page.evaluate(async () => {
    const { Infographic } = await import('./pkg/zones-infographic.js');
    const box = document.createElement('div');
    box.style.width = '640px';
    document.body.append(box);
    const fresh = new Infographic(box, '{"hash":false}');
    const [kept, own] = [document.querySelector('#infographic .zi-canvas'), box.querySelector('.zi-canvas')];
    const shown = document.querySelector('#infographic .zi-paint');
    const [w, h] = [shown.clientWidth * devicePixelRatio, shown.clientHeight * devicePixelRatio];
    const pixels = (c) => c.getContext('2d').getImageData(0, 0, w, h).data;
    const [a, b] = [pixels(kept), pixels(own)];
    let differ = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
    const result = { size: [w, h], own: [own.width, own.height], differ };
    fresh.destroy();
    box.remove();
    return result;
  });
  assert.deepEqual(same.own, same.size, 'the fresh graphic is drawn at the same size');
  assert.equal(same.differ, 0, 'the kept bitmap shows what a fresh one shows');
  assert.deepEqual(problems, []);
  await context.close();
});

test("a host's own rules, however specific, neither scale nor shift the drawing or the layers over it", async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url, { width: 900, dpr: 2, bypassCSP: true });
  await page.addStyleTag({ content: `
    #infographic canvas { max-width: 100%; height: auto; padding: 6px; border: 2px solid red; margin: 4px; touch-action: auto; }
    #infographic div { padding: 10px; margin: 3px; border: 1px solid blue; position: static; overflow: visible; }` });
  await page.evaluate(() => { document.querySelector('#infographic').style.width = '600px'; });
  await page.waitForFunction(() => document.querySelector('.zi-paint').clientWidth === 600);
  const m = await page.evaluate(() => {
    const c = document.querySelector('.zi-canvas');
    const [box, shown, marks] = ['.zi-canvas', '.zi-paint', '.zi-marks'].map((s) => document.querySelector(s).getBoundingClientRect());
    return { scale: c.width / box.width, left: box.left - shown.left, top: box.top - shown.top,
      marks: [marks.left - shown.left, marks.top - shown.top], touch: getComputedStyle(c).touchAction,
      overflow: document.documentElement.scrollWidth - innerWidth };
  });
  assert.deepEqual(m, { scale: 2, left: 0, top: 0, marks: [0, 0], touch: 'pan-y', overflow: 0 },
    'one CSS pixel is two bitmap pixels; canvas and region buttons start at the slide; vertical scrolling only; no overflow');
  const cell = (await regions(page)).find((r) => r.target === 'coverage:alashan/study');
  const box = await page.locator('.zi-paint').boundingBox();
  await page.mouse.move(box.x + cell.x + cell.w / 2, box.y + cell.y + cell.h / 2);
  await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.zi-tip-headline').textContent(), '2个数字');
  assert.deepEqual(problems, []);
  await context.close();
});

test('beyond the slide a kept bitmap holds only its background, at a pixel ratio of 1.25 too', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url, { width: 900, dpr: 1.25 });
  await show(page, 1);
  await page.evaluate(() => { document.querySelector('#infographic').style.width = '601px'; });
  await page.waitForFunction(() => document.querySelector('.zi-paint').clientWidth === 601);
  const m = await page.evaluate(() => {
    const c = document.querySelector('.zi-canvas');
    const shown = document.querySelector('.zi-paint');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    // Device pixels from the one the clip edge falls in, rightwards; and below the slide.
    const [x0, y0] = [Math.floor(shown.clientWidth * devicePixelRatio), Math.floor(shown.clientHeight * devicePixelRatio)];
    let other = 0;
    for (let y = 0; y < c.height; y++) {
      for (let x = y >= y0 ? 0 : x0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) other++;
      }
    }
    return { kept: c.width > x0, other };
  });
  assert.deepEqual(m, { kept: true, other: 0 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new pixel ratio alone (zoom on a fixed-width page, another screen) redraws at that ratio', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url, { width: 900, dpr: 1 });
  // Headless Chromium may change the ratio under CDP emulation without firing the
  // media query's change event that a browser fires on zoom or on another screen:
  // the test keeps the graphic's resolution queries and fires the latest itself
  // (a second event is harmless: the graphic redraws only when something changed).
  await page.addInitScript(() => {
    const matchMedia = window.matchMedia.bind(window);
    window.resolutionQueries = [];
    window.matchMedia = (q) => {
      const m = matchMedia(q);
      if (q.includes('resolution')) window.resolutionQueries.push([q, m]);
      return m;
    };
  });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
  await page.evaluate(() => { document.querySelector('#infographic').style.width = '600px'; });
  await page.waitForFunction(() => document.querySelector('.zi-paint').clientWidth === 600);
  const cdp = await context.newCDPSession(page);
  assert.deepEqual(await page.evaluate(() => window.resolutionQueries.map(([q]) => q)), ['(resolution: 1dppx)']);
  for (const ratio of [2, 1.25]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 900, height: 900, deviceScaleFactor: ratio, mobile: false });
    await page.evaluate(() => window.resolutionQueries.at(-1)[1].dispatchEvent(new Event('change')));
    await page.waitForFunction((r) => {
      const c = document.querySelector('.zi-canvas');
      return c.width === Math.round(c.getBoundingClientRect().width * r);
    }, ratio, { timeout: 3000 });
    assert.equal(await page.evaluate(() => document.querySelector('.zi-paint').clientWidth), 600, `still 600 CSS px at ${ratio}`);
    assert.equal(await page.evaluate(() => window.resolutionQueries.at(-1)[0]), `(resolution: ${ratio}dppx)`, 'armed again for the new ratio');
  }
  // Destroying the graphic stops the watch: a later change finds nothing to call.
  await page.evaluate(async () => (await import('./pkg/zones-infographic.js')).mounted[0].destroy());
  const armed = await page.evaluate(() => window.resolutionQueries.length);
  await page.evaluate(() => window.resolutionQueries.at(-1)[1].dispatchEvent(new Event('change')));
  assert.equal(await page.evaluate(() => window.resolutionQueries.length), armed, 'not armed again after destroy');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the hash opens a slide and language, and follows slide changes 250 ms after the last one, without new history', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url + '#slide-3&lang=en', { clock: true });
  await pauseClock(page);
  assert.equal(await indicator(page), '3 / 5');
  assert.equal(await page.locator('.zi').getAttribute('lang'), 'en');
  const length = await page.evaluate(() => history.length);
  const hash = () => page.evaluate(() => location.hash);
  await page.click('.zi-next');
  // The hash is written a moment after the change, off the switch's own frame.
  await page.clock.runFor(200);
  assert.equal(await hash(), '#slide-3&lang=en', 'not yet 200 ms after the change');
  await page.clock.runFor(100);
  assert.equal(await hash(), '#slide-4&lang=en', 'written 250 ms after the change');
  // Changes in quick succession: one write, 250 ms after the last.
  await page.click('.zi-lang');
  await page.clock.runFor(200);
  await page.click('.zi-next');
  await page.clock.runFor(200);
  assert.equal(await hash(), '#slide-4&lang=en', 'each change puts the write off');
  await page.clock.runFor(100);
  assert.equal(await hash(), '#slide-5');
  assert.equal(await page.evaluate(() => history.length), length);
  await page.evaluate(() => { location.hash = '#slide-2'; });
  await page.waitForFunction(() => document.querySelector('.zi-step[aria-current]')?.textContent === '2');
  await context.close();
});

test("the hash keeps the history entry's state and leaves a page the host has moved to alone", async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { clock: true });
  await pauseClock(page);
  await page.evaluate(() => history.replaceState({ router: 'article-1' }, ''));
  await page.click('.zi-next');
  await page.clock.runFor(300);
  assert.equal(await page.evaluate(() => location.hash), '#slide-2');
  assert.deepEqual(await page.evaluate(() => history.state), { router: 'article-1' });
  // A router moves on right after a click: the pending hash is not written onto its entry.
  await page.click('.zi-next');
  await page.evaluate(() => history.pushState({ router: 'article-2' }, '', '/other-article'));
  // A redraw meanwhile (the system turns dark) does not re-arm the write for the new page.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.querySelector('.zi').classList.contains('zi-dark'));
  await page.clock.runFor(1000);
  assert.deepEqual(await page.evaluate(() => [location.pathname + location.hash, history.state]), ['/other-article', { router: 'article-2' }]);
  await context.close();
});

test("a hash of the host's own (#comments) survives slide changes; an empty one follows them", async () => {
  const { context, page } = await openDemo(suite.browser, suite.url + '#comments', { clock: true });
  await page.click('.zi-next');
  await page.click('.zi-next');
  await page.clock.runFor(2000);
  assert.equal(await indicator(page), '3 / 5');
  assert.equal(await page.evaluate(() => location.hash), '#comments');
  // The same steps with the hash emptied: the graphic's link is written.
  await page.evaluate(() => history.replaceState(history.state, '', location.pathname));
  await page.click('.zi-next');
  await page.clock.runFor(2000);
  assert.equal(await page.evaluate(() => location.hash), '#slide-4');
  await context.close();
});

test('the demo article at index.html#kiosk shows the article unchanged: an address never turns kiosk mode on', async () => {
  /** Where the graphic sits in the article, and what kiosk mode would change. */
  const layout = (page) => page.evaluate(() => {
    const box = document.querySelector('#infographic');
    const root = box.querySelector('.zi');
    const r = root.getBoundingClientRect();
    return {
      position: getComputedStyle(root).position,
      zIndex: getComputedStyle(root).zIndex,
      rect: [r.x, r.y, r.width, r.height].map(Math.round),
      kiosk: !!document.querySelector('.zi-kiosk') || [...document.querySelectorAll('.zi-play, .zi-progress')].some((e) => e.getClientRects().length > 0),
      heading: document.querySelector('h1').getBoundingClientRect().top,
    };
  });
  const plain = await openDemo(suite.browser, suite.url, { width: 1280, height: 900 });
  const expected = await layout(plain.page);
  await plain.context.close();
  const { context, page } = await openDemo(suite.browser, suite.url + '#kiosk', { width: 1280, height: 900 });
  const shown = await layout(page);
  assert.deepEqual(shown, expected, 'the graphic in the article, as without #kiosk');
  assert.notEqual(shown.position, 'fixed', 'the graphic does not take the screen over');
  assert.equal(shown.kiosk, false);
  assert.equal(await indicator(page), '1 / 5');
  await context.close();
});

test('dark mode follows the system by default and the option overrides it', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { colorScheme: 'dark' });
  assert.match(await page.locator('.zi').getAttribute('class'), /zi-dark/);
  const paper = await page.evaluate(() => Array.from(document.querySelector('.zi-canvas').getContext('2d').getImageData(1, 1, 1, 1).data));
  assert.deepEqual(paper.slice(0, 3), [0x16, 0x16, 0x16]);
  const forced = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const div = document.createElement('div');
    document.body.append(div);
    new Infographic(div, '{"theme":"light","hash":false}');
    return div.querySelector('.zi').className;
  });
  assert.match(forced, /zi-light/);
  await context.close();
});

test('English keeps each quote in Chinese with an English gloss beside it', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url + '#slide-4&lang=en');
  const bar = (await regions(page)).find((r) => r.target === 'figure:nc-flood-cadres');
  const box = await page.locator('.zi-canvas').boundingBox();
  await page.mouse.move(box.x + bar.x + 40, box.y + bar.y + bar.h - 10);
  await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.zi-tip-headline').textContent(), '593 party cadres');
  assert.match(await page.locator('.zi-tip-quote').textContent(), /593名党员干部冲锋在前/);
  assert.match(await page.locator('.zi-tip-gloss').textContent(), /593 party cadres/);
  await context.close();
});

test('a focused region button keeps its tooltip when the slide changes under it, and the tab stop follows focus', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url);
  await page.locator('.zi-mark').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.zi-step[aria-current]')?.textContent === '2');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('zi-mark')), true);
  assert.equal(await page.locator('.zi-tooltip').isVisible(), true);
  // Focus from a script (or a screen reader) moves the single tab stop with it.
  await page.locator('.zi-mark').nth(2).focus();
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('.zi-mark')].map((b) => b.tabIndex).filter((t) => t === 0).length), 1);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.i), '3');
  await context.close();
});

test('a right-to-left host page gets the same drawing', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url);
  const pixels = () => page.evaluate(() => {
    const c = document.querySelector('.zi-canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 0;
    for (let i = 0; i < d.length; i += 1) h = (h * 31 + d[i]) >>> 0;
    return h;
  });
  const ltr = await pixels();
  await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
  await show(page, 1);
  await show(page, 0);
  assert.equal(await pixels(), ltr);
  await context.close();
});
