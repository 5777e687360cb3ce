// The demo page in headless Chromium: it loads cleanly under a strict CSP, every
// slide draws, the controls move through the story, and pointing at a bar shows
// the article's own sentence.
import assert from 'node:assert/strict';
import { demoSuite, openDemo, regions, inkCoverage, indicator, pauseClock, test } from './harness.mjs';

const suite = demoSuite();

const canvasLabel = (page) => page.locator('.zi-canvas').getAttribute('aria-label');

test('the demo page loads with no console error and no request off the site', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url);
  await page.waitForTimeout(200);
  assert.deepEqual(problems, []);
  assert.equal(await indicator(page), '1 / 5');
  await context.close();
});

test('every slide draws a canvas that is not blank, and each differs', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url);
  const seen = new Set();
  for (let i = 0; i < 5; i++) {
    if (i > 0) await page.click('.zi-next');
    assert.equal(await indicator(page), `${i + 1} / 5`);
    const ink = await inkCoverage(page);
    assert.ok(ink > 0.03, `slide ${i + 1} has ink on ${(ink * 100).toFixed(1)}% of its pixels`);
    const picture = await page.evaluate(() => document.querySelector('.zi-canvas').toDataURL());
    assert.ok(!seen.has(picture), `slide ${i + 1} differs from the slides before it`);
    seen.add(picture);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('next and previous change the slide; on the last slide Next starts again; the steps go anywhere', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url);
  assert.equal(await page.locator('.zi-prev').isDisabled(), true);
  const first = await canvasLabel(page);
  assert.match(first, /三篇报道的数字：南昌高新区20个/);
  await page.click('.zi-next');
  assert.equal(await indicator(page), '2 / 5');
  assert.match(await canvasLabel(page), /南昌高新区打造8个驿站/);
  await page.click('.zi-prev');
  assert.equal(await indicator(page), '1 / 5');
  assert.equal(await canvasLabel(page), first);
  await page.click('.zi-step >> nth=4');
  assert.equal(await indicator(page), '5 / 5');
  assert.ok(await page.locator('.zi-again').isVisible() && !(await page.locator('.zi-go').isVisible()), 'Next says 从头看 on the last slide');
  assert.equal(await page.getByRole('button', { name: '从头看 ↺' }).count(), 1);
  await page.locator('.zi').press('ArrowRight');
  assert.equal(await indicator(page), '5 / 5', 'the arrow key stops at the last slide');
  await page.locator('.zi').press('ArrowLeft');
  assert.equal(await indicator(page), '4 / 5');
  await page.click('.zi-step >> nth=4');
  await page.click('.zi-next');
  assert.equal(await indicator(page), '1 / 5', 'start again');
  assert.equal(await page.getByRole('button', { name: '下一页 ›' }).count(), 1);
  const names = await page.locator('.zi-step').evaluateAll((steps) => steps.map((s) => s.getAttribute('aria-label')));
  assert.match(names[1], /^第2页：南昌高新区打造8个驿站/, 'each step is named by its slide');
  await context.close();
});

test('the controls sit above the drawing and stay in place while a reader clicks through', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 375, height: 800 });
  const positions = new Set();
  for (let i = 0; i < 5; i++) {
    if (i > 0) await page.click('.zi-next');
    // Position in the graphic, whatever the scroll.
    positions.add(await page.evaluate(() => {
      const r = document.querySelector('.zi-next').getBoundingClientRect();
      const root = document.querySelector('.zi').getBoundingClientRect();
      const canvas = document.querySelector('.zi-canvas').getBoundingClientRect();
      return r.bottom <= canvas.top ? `${Math.round(r.left - root.left)},${Math.round(r.top - root.top)}` : 'under the drawing';
    }));
  }
  assert.deepEqual([...positions], [[...positions][0]], `the next button moved: ${[...positions].join(' ')}`);
  await context.close();
});

test('hovering a bar shows the figure as written, its sentence and article; leaving hides it', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url);
  await page.click('.zi-next');
  // The figure is pickable twice: in the title, and as its bar (the wide row).
  const [inTitle, bar] = (await regions(page)).filter((r) => r.target === 'figure:nc-workers-served');
  assert.ok(inTitle && bar && bar.y > inTitle.y, 'the 2000余人次 bar is pickable');
  const box = await page.locator('.zi-canvas').boundingBox();
  await page.mouse.move(box.x + bar.x + bar.w / 3, box.y + bar.y + bar.h - 8);
  const tip = page.locator('.zi-tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.equal(await page.locator('.zi-tip-headline').textContent(), '2000余人次');
  // The sentence comes a moment later, with the texts loaded on demand.
  await page.locator('.zi-tip-quote', { hasText: '累计服务新就业群体2000余人次' }).waitFor();
  assert.match(await page.locator('.zi-tip-source').textContent(), /南昌高新区:党建引领聚合力.*郭文治 李彤彤/);
  const tipBox = await tip.boundingBox();
  assert.ok(tipBox.x >= box.x - 1 && tipBox.x + tipBox.width <= box.x + box.width + 1, 'the tooltip stays inside the graphic');
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await tip.waitFor({ state: 'hidden' });
  await context.close();
});

test('a tap shows the tooltip and a tap elsewhere hides it', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 375, height: 800, dpr: 2, hasTouch: true });
  await page.evaluate(async () => (await import('./pkg/zones-infographic.js')).mounted[0].show(2));
  const tile = (await regions(page)).find((r) => r.target === 'figure:nc-night-households');
  const box = await page.locator('.zi-canvas').boundingBox();
  await page.touchscreen.tap(box.x + tile.x + tile.w / 2, box.y + tile.y + tile.h / 2);
  const tip = page.locator('.zi-tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.equal(await page.locator('.zi-tip-headline').textContent(), '8813户');
  // Elsewhere: the drawing's top left corner, where no figure is.
  await page.touchscreen.tap(box.x + 4, box.y + 4);
  await tip.waitFor({ state: 'hidden' });
  await context.close();
});

test('the canvas backing store follows devicePixelRatio and hit-testing stays in CSS pixels', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 375, height: 800, dpr: 3 });
  const sizes = await page.evaluate(() => {
    const c = document.querySelector('.zi-canvas');
    return { backing: c.width, css: c.clientWidth, backingH: c.height, cssH: c.clientHeight };
  });
  assert.equal(sizes.backing, sizes.css * 3);
  assert.equal(sizes.backingH, sizes.cssH * 3);
  const cell = (await regions(page)).find((r) => r.target === 'coverage:alashan/study');
  await page.locator('.zi-mark[data-target="coverage:alashan/study"]').scrollIntoViewIfNeeded();
  const box = await page.locator('.zi-canvas').boundingBox();
  await page.mouse.move(box.x + cell.x + cell.w / 2, box.y + cell.y + cell.h / 2);
  await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.zi-tip-headline').textContent(), '2个数字');
  await context.close();
});

test('bad options show a clear error in the container and break nothing else', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url);
  const result = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const div = document.createElement('div');
    document.body.append(div);
    let message = '';
    try { new Infographic(div, '{"lang":"fr"}'); } catch (e) { message = String(e); }
    return { message, shown: div.querySelector('.zi-error')?.textContent ?? '' };
  });
  assert.match(result.message, /`lang` "fr"/);
  assert.match(result.shown, /`lang` "fr"/);
  await page.click('.zi-next');
  assert.equal(await indicator(page), '2 / 5', 'the first graphic still works');
  assert.deepEqual(problems, []);
  await context.close();
});

test('options come as a plain object or as JSON, and anything else is refused with an Error that names it', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url);
  const result = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const mount = (options) => {
      const div = document.createElement('div');
      document.body.append(div);
      try {
        const chart = new Infographic(div, options);
        const state = { slide: chart.slide(), lang: chart.lang() };
        chart.destroy();
        return state;
      } catch (e) {
        return { error: e instanceof Error, message: e.message, shown: div.querySelector('.zi-error')?.textContent };
      }
    };
    return {
      object: mount({ lang: 'en', slide: 2, hash: false }),
      json: mount('{"lang":"en","slide":3,"hash":false}'),
      none: mount(undefined),
      typo: mount({ langs: 'en' }),
      wrongType: mount({ slide: '2' }),
      notJson: mount('{lang: en}'),
      list: mount([1, 2]),
      number: mount(7),
    };
  });
  assert.deepEqual(result.object, { slide: 2, lang: 'en' });
  assert.deepEqual(result.json, { slide: 3, lang: 'en' });
  assert.deepEqual(result.none, { slide: 0, lang: 'zh' });
  for (const [name, pattern] of [['typo', /`langs` is not among lang, slide/], ['wrongType', /`slide` must be a whole number of at least 0, not a string/],
    ['notJson', /options: not JSON/], ['list', /must be an object/], ['number', /must be an object/]]) {
    assert.equal(result[name].error, true, `${name} throws an Error object`);
    assert.match(result[name].message, pattern, name);
    assert.equal(result[name].shown, result[name].message, `${name} is shown in the container`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('ready resolves to the memory of the running module, which a page may measure', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url);
  const memory = await page.evaluate(async () => {
    const { ready } = await import('./pkg/zones-infographic.js');
    const { memory } = await ready;
    return { isMemory: memory instanceof WebAssembly.Memory, bytes: memory.buffer.byteLength };
  });
  assert.equal(memory.isMemory, true);
  assert.ok(memory.bytes >= 64 * 1024, `${memory.bytes} bytes`);
  await context.close();
});

test('a graphic mounted in a hidden container draws when it is shown', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url);
  const before = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const div = document.createElement('div');
    div.id = 'later';
    div.hidden = true;
    document.body.append(div);
    window.laterGraphic = new Infographic(div, '{"slide":3}');
    return div.querySelector('canvas')?.getAttribute('aria-label') ?? null;
  });
  assert.equal(before, null, 'nothing is drawn while hidden (the canvas is made at the first drawing)');
  await page.evaluate(() => { document.getElementById('later').hidden = false; });
  await page.waitForFunction(() => document.querySelector('#later canvas')?.getAttribute('aria-label'));
  const label = await page.locator('#later .zi-canvas').getAttribute('aria-label');
  assert.match(label, /593名党员干部/);
  await context.close();
});

test('a graphic mounted hidden takes up, once shown, a hash that changed meanwhile, and then listens like any other', async () => {
  // The English is held until the test lets it through, and the page's
  // clock is the test's: the article's own graphic, waiting for its words,
  // passes the moment it would write its address before this one is shown.
  let release;
  const held = new Promise((done) => { release = done; });
  const { context, page } = await openDemo(suite.browser, suite.url, {
    clock: true,
    before: (p) => p.route('**/extra/zones-words.js', async (route) => { await held; await route.continue(); }),
  });
  await pauseClock(page);
  await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const div = document.createElement('div');
    div.id = 'later';
    div.style.display = 'none';
    document.body.append(div);
    window.laterGraphic = new Infographic(div, {});
    location.hash = '#slide-4&lang=en';
  });
  await page.waitForFunction(() => location.hash === '#slide-4&lang=en');
  await page.clock.runFor(1000);
  assert.equal(await page.evaluate(() => location.hash), '#slide-4&lang=en', 'a graphic waiting for its English keeps it in the address');
  await page.evaluate(() => { document.getElementById('later').style.display = ''; });
  release();
  // In English, drawn once its words (loaded on demand) came.
  await page.locator('#later .zi[lang="en"] .zi-canvas[aria-label]').waitFor();
  await page.locator('#infographic .zi[lang="en"] .zi-canvas[aria-label]').waitFor();
  assert.equal(await page.evaluate(() => window.laterGraphic.slide()), 3);
  assert.match(await page.locator('#later .zi-canvas').getAttribute('aria-label'), /593 /);
  // Its controls work once it is shown.
  await page.locator('#later .zi-next').click();
  assert.equal(await page.evaluate(() => window.laterGraphic.slide()), 4);
  await context.close();
});

test("a graphic mounted hidden keeps the slide the host showed while it was hidden, over the hash it started from", async () => {
  const { context, page } = await openDemo(suite.browser, suite.url + '#slide-1', { clock: true });
  await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const div = document.createElement('div');
    div.hidden = true;
    document.body.append(div);
    window.chart = new Infographic(div, { hash: true });
    window.chart.show(2);
    div.hidden = false;
  });
  // The hash follows 250 ms after the last change: the page's clock moves past it.
  await pauseClock(page);
  await page.clock.runFor(400);
  const result = await page.evaluate(() => ({ slide: window.chart.slide(), hash: location.hash }));
  assert.deepEqual(result, { slide: 2, hash: '#slide-3' });
  await context.close();
});

test('options whose getters throw are refused like any bad option, however often, and break no other graphic', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url);
  const result = await page.evaluate(async () => {
    const { Infographic, ready, mounted } = await import('./pkg/zones-infographic.js');
    await ready;
    const errors = new Set();
    let shown = '';
    for (let k = 0; k < 3000; k++) {
      const div = document.createElement('div');
      const options = { get lang() { throw new Error('no language here'); } };
      try { new Infographic(div, k % 2 ? options : new Proxy({}, { ownKeys() { throw new TypeError('trap'); } })); } catch (e) { errors.add(e instanceof Error ? e.message : 'not an Error'); }
      shown = div.querySelector('.zi-error')?.textContent ?? '';
    }
    mounted[0].next();
    return { errors: [...errors], shown, slide: mounted[0].slide() };
  });
  assert.deepEqual(result.errors.sort(), ['options: could not be read (no language here)', 'options: could not be read (trap)']);
  assert.equal(result.shown, 'options: could not be read (no language here)');
  assert.equal(result.slide, 1, "the page's graphic still works");
  assert.deepEqual(problems, []);
  await context.close();
});

test('destroy removes the graphic and its listeners', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url);
  await page.evaluate(async () => (await import('./pkg/zones-infographic.js')).mounted[0].destroy());
  assert.equal(await page.locator('.zi').count(), 0);
  await page.mouse.click(10, 10);
  await page.setViewportSize({ width: 500, height: 700 });
  await page.waitForTimeout(100);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the demo server answers a malformed URL with 400 and keeps serving', async () => {
  assert.equal((await fetch(`${suite.url}%E0%A4%A`)).status, 400);
  assert.equal((await fetch(`${suite.url}..%2F..%2Fetc%2Fpasswd`)).status, 404);
  const page = await fetch(suite.url);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy'), /default-src 'none'/);
});
