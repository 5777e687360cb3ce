// Reading on a phone, as a thumb does it: at every step of a walk through the
// slides by tapping Next, the slide's title and Next are on screen; the
// stacked table, the controls at 320 px, the language switch under the finger.
// Every figure's tooltip is in tooltips.test.mjs.
import assert from 'node:assert/strict';
import { demoSuite, openDemo, indicator, test } from './harness.mjs';
import { PHONES, settled, boxes, inside, fmt } from './phone.mjs';

const suite = demoSuite();
for (const [width, height] of PHONES) {
  for (const dpr of [2, 3]) {
    test(`${width}×${height} at DPR ${dpr}: tapping Next through every slide keeps its title and Next on screen`, async () => {
      const { context, page } = await openDemo(suite.browser, suite.url, { width, height, dpr, hasTouch: true, isMobile: true });
      // The reader scrolls down the article to the graphic.
      await page.evaluate(() => document.querySelector('.zi').scrollIntoView());
      const count = await page.locator('.zi-step').count();
      for (let slide = 0; slide < count; slide++) {
        if (slide > 0) {
          // Having read to the end of the slide, the reader taps Next.
          await page.evaluate(() => {
            const canvas = document.querySelector('.zi-canvas').getBoundingClientRect();
            scrollBy(0, canvas.bottom - innerHeight);
          });
          await page.locator('.zi-next').tap();
          await settled(page);
          // The graphic scrolls its title back into view, smoothly: on a loaded
          // machine that scroll may still be running. Wait for it up to 5 s;
          // the checks below say what is wrong if it never comes.
          await page.waitForFunction(() => document.querySelector('.zi-title').getBoundingClientRect().top >= 0, null, { timeout: 5000, polling: 'raf' }).catch(() => {});
          await settled(page);
        }
        assert.equal(await indicator(page), `${slide + 1} / ${count}`);
        const { view, boxes: [title, next] } = await boxes(page, '.zi-title', '.zi-next');
        assert.ok(title.bottom - title.top > 10, `slide ${slide + 1}: the title has a box`);
        assert.ok(inside(title, view), `slide ${slide + 1}: the title ${fmt(title)} is off the ${view.w}×${view.h} screen`);
        assert.ok(inside(next, view), `slide ${slide + 1}: Next ${fmt(next)} is off the ${view.w}×${view.h} screen`);
        // The chart's first block begins on screen: its first figure below the title.
        const first = await page.evaluate((titleBottom) => {
          const marks = [...document.querySelectorAll('.zi-mark')].map((m) => m.getBoundingClientRect()).filter((r) => r.top >= titleBottom);
          return marks.length ? marks[0].top : null;
        }, title.bottom);
        assert.ok(first !== null && first < view.h, `slide ${slide + 1}: the first block starts at ${first}, below the ${view.h} px screen`);
      }
      await context.close();
    });
  }
}

test('under 480 px the data table becomes stacked rows of label and value; wider it stays a table', async () => {
  for (const [width, display] of [[375, 'block'], [760, 'table-row']]) {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height: 800, hasTouch: width < 480, isMobile: width < 480 });
    // The tables, made at build time, load when the disclosure first opens:
    // the page's resource timings, from its start, count their requests.
    const tables = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/fallback/tables.js')).length);
    await page.waitForLoadState('networkidle');
    assert.equal(await tables(), 0, 'no table is loaded before the disclosure opens');
    await page.locator('.zi-data-summary').click();
    // The table is built when the disclosure's toggle event arrives.
    await page.locator('.zi-table tbody tr').first().waitFor();
    const row = await page.evaluate(() => {
      const tr = document.querySelector('.zi-table tbody tr');
      const td = tr.querySelector('td');
      const column = document.querySelectorAll('.zi-table thead th')[1].textContent;
      return { display: getComputedStyle(tr).display, label: getComputedStyle(td, '::before').content, column, head: getComputedStyle(document.querySelector('.zi-table thead')).display };
    });
    assert.equal(await tables(), 1, 'the tables load once the disclosure opens');
    assert.equal(row.display, display, `${width}px`);
    if (display === 'block') {
      assert.equal(row.label, `"${row.column}："`, 'each value is labelled by its column');
      assert.equal(row.head, 'none');
    }
    await context.close();
  }
});

test("the host page's own p and blockquote rules do not resize the tooltip's text", async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 375, height: 800, hasTouch: true, isMobile: true });
  const mark = page.locator('.zi-mark').first();
  const box = await mark.boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
  const sizes = await page.evaluate(() => ['.article > p:not(.section)', '.zi-tip-detail', '.zi-tip-quote'].map((s) => getComputedStyle(document.querySelector(s)).fontSize));
  assert.equal(sizes[0], '17px', "the demo article's paragraphs are 17 px");
  assert.deepEqual(sizes.slice(1), ['13px', '13px']);
  await context.close();
});

for (const width of [320, 375]) {
  test(`at ${width} px the controls fit: every step at least 44×44 px, none over another or Back or Next, in both languages and on the last slide`, async () => {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height: 568, dpr: 2, hasTouch: true, isMobile: true });
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') {
        await page.locator('.zi-lang').tap();
        await page.locator('.zi-lang', { hasText: '中文' }).waitFor();
      }
      for (const slide of [0, 4]) {
        await page.locator('.zi-step').nth(slide).tap();
        const boxes = await page.evaluate(() => ['.zi-prev', ...[...document.querySelectorAll('.zi-step')].map((_, k) => `.zi-step:nth-child(${k + 1})`), '.zi-next'].map((s) => {
          const r = document.querySelector(s).getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, w: r.width, h: r.height };
        }));
        const bar = await page.evaluate(() => document.querySelector('.zi-controls').getBoundingClientRect());
        for (let a = 0; a < boxes.length; a++) {
          for (let b = a + 1; b < boxes.length; b++) {
            const [p, q] = [boxes[a], boxes[b]];
            const apart = p.right <= q.left + 0.5 || q.right <= p.left + 0.5 || p.bottom <= q.top + 0.5 || q.bottom <= p.top + 0.5;
            assert.ok(apart, `${lang}, slide ${slide + 1}: controls ${a} and ${b} overlap`);
          }
        }
        for (const b of boxes.slice(1, -1)) assert.ok(b.w >= 44 && b.h >= 44, `${lang}: a step is ${b.w}×${b.h}`);
        for (const b of boxes) assert.ok(b.left >= bar.left - 0.5 && b.right <= bar.right + 0.5, `${lang}: a control runs past the bar`);
      }
    }
    await context.close();
  });
}

test('a figure tapped twice near the foot of the screen keeps its tooltip on screen', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 320, height: 568, dpr: 2, hasTouch: true, isMobile: true });
  await page.locator('.zi-step').nth(1).tap();
  await settled(page);
  const mark = page.locator('.zi-mark[data-target="figure:nc-stations"]').first();
  await mark.evaluate((m) => m.scrollIntoView({ block: 'end' }));
  await settled(page);
  const b = await mark.boundingBox();
  for (let k = 0; k < 2; k++) {
    await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
    const { view, boxes: [tip, close] } = await boxes(page, '.zi-tooltip', '.zi-tip-close');
    assert.ok(inside(tip, view), `tap ${k + 1}: the tooltip ${fmt(tip)} is off the screen`);
    assert.ok(close.top >= tip.top - 0.5 && close.bottom <= tip.bottom + 0.5, 'the close button stays in the tooltip');
  }
  await context.close();
});

test('switching the language keeps the switch under the finger', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 390, height: 844, dpr: 3, hasTouch: true, isMobile: true });
  await page.locator('.zi-step').nth(2).tap();
  await settled(page);
  await page.locator('.zi-lang').evaluate((b) => b.scrollIntoView({ block: 'end' }));
  for (const expected of ['中文', 'English']) {
    const before = await page.locator('.zi-lang').boundingBox();
    await page.locator('.zi-lang').tap();
    await page.locator('.zi-lang', { hasText: expected }).waitFor();
    await settled(page);
    const after = await page.locator('.zi-lang').boundingBox();
    assert.equal(await page.locator('.zi-lang').textContent(), expected);
    assert.ok(Math.abs(after.y - before.y) <= 1, `the switch moved from ${before.y} to ${after.y}`);
  }
  await context.close();
});

test('sentences that cannot load leave each tooltip without its quote, are said once and not fetched at every tap', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url + '#slide-2', { width: 375, height: 667, dpr: 2, hasTouch: true, isMobile: true });
  let asked = 0;
  await page.route('**/extra/zones-words.js', (route) => (asked++, route.fulfill({ status: 404, body: '' })));
  for (const target of ['figure:nc-stations', 'figure:nc-workers-served', 'figure:nc-legal-advice']) {
    const mark = page.locator(`.zi-mark[data-target="${target}"]`).last();
    await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
    await settled(page);
    const b = await mark.boundingBox();
    await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
    assert.ok((await page.locator('.zi-tip-headline').textContent()).length > 0, `${target}: the tooltip shows its figure`);
    if (target === 'figure:nc-stations') await page.locator('.zi-hint', { hasText: '原句未能加载，请稍后再试。' }).waitFor();
  }
  assert.equal(await page.locator('.zi-tip-quote').textContent(), '', 'no quote, and no broken one');
  assert.equal(asked, 1, 'asked once, not at every tap');
  assert.match(await page.locator('.zi-live').textContent(), /原句未能加载/, 'heard as well as seen');
  assert.deepEqual(problems.splice(0).filter((p) => !/zones-words\.js|status of 404/.test(p)), []);
  await context.close();
});

test('tables that cannot load are said in the open disclosure; opened again with them back, it fills', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url, { width: 375, height: 800, hasTouch: true, isMobile: true });
  await page.route('**/fallback/tables.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.locator('.zi-data-summary').tap();
  await page.locator('.zi-table-wrap', { hasText: '数据表未能加载，请检查网络后再试。' }).waitFor();
  assert.equal(await page.locator('.zi-table').count(), 0);
  await page.unroute('**/fallback/tables.js');
  await page.locator('.zi-data-summary').tap();
  await page.locator('.zi-data-summary').tap();
  await page.locator('.zi-table tbody tr').first().waitFor();
  assert.doesNotMatch(await page.locator('.zi-table-wrap').textContent(), /未能加载/);
  // The browser's line about the 404 and the module's warning, nothing else.
  assert.deepEqual(problems.splice(0).filter((p) => !/tables\.js|status of 404|data table could not load/.test(p)), []);
  await context.close();
});

test('a disclosure closed while its tables load stays empty; opened again, it fills', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 375, height: 800, hasTouch: true, isMobile: true });
  // The tables answer only once the test lets them.
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route('**/fallback/tables.js', async (route) => { await held; await route.continue(); });
  await page.locator('.zi-data-summary').tap();
  await page.locator('.zi-data-summary').tap();
  assert.equal(await page.locator('.zi-data').evaluate((d) => d.open), false, 'closed again');
  release();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/fallback/tables.js')));
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('.zi-table').count(), 0, 'no table filled into the closed disclosure');
  await page.locator('.zi-data-summary').tap();
  await page.locator('.zi-table tbody tr').first().waitFor();
  await page.unroute('**/fallback/tables.js');
  await context.close();
});
