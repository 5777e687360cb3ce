// Reading on a phone, as a thumb does it: at every step of a walk through the
// slides by tapping Next, the slide's title and Next are on screen; every
// figure's tapped tooltip is on screen, clear of its figure, and closes with
// its own button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoSuite, openDemo, regions, indicator } from './harness.mjs';

const suite = demoSuite();
const PHONES = [[320, 568], [375, 667], [390, 844]];

/** Waits until the page stops scrolling (a smooth scroll may be under way). */
async function settled(page) {
  let last = -1;
  for (let k = 0; k < 40; k++) {
    const y = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(scrollY)))));
    if (y === last) return;
    last = y;
  }
}

/** The boxes of the selectors on screen, and the viewport. */
function boxes(page, ...selectors) {
  return page.evaluate((sels) => ({
    view: { w: innerWidth, h: innerHeight },
    boxes: sels.map((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  }), selectors);
}

const inside = (b, view) => b.left >= -0.5 && b.top >= -0.5 && b.right <= view.w + 0.5 && b.bottom <= view.h + 0.5;
const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const fmt = (b) => `${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}`;

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
        }
        assert.equal(await indicator(page), `${slide + 1} / ${count}`);
        const { view, boxes: [title, next] } = await boxes(page, '.zi-title', '.zi-next');
        assert.ok(title.bottom - title.top > 10, `slide ${slide + 1}: the title has a box`);
        assert.ok(inside(title, view), `slide ${slide + 1}: the title ${fmt(title)} is off the ${view.w}×${view.h} screen`);
        assert.ok(inside(next, view), `slide ${slide + 1}: Next ${fmt(next)} is off the ${view.w}×${view.h} screen`);
      }
      await context.close();
    });
  }
}

for (const [[width, height], dpr, lang] of [[PHONES[0], 2, 'zh'], [PHONES[0], 3, 'en'], [PHONES[1], 3, 'zh'], [PHONES[1], 2, 'en'], [PHONES[2], 2, 'zh'], [PHONES[2], 3, 'en']]) {
  test(`${width}×${height} at DPR ${dpr} (${lang}): every figure's tapped tooltip is on screen, clear of its figure, and closes`, async () => {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height, dpr, hasTouch: true, isMobile: true });
    if (lang === 'en') await page.locator('.zi-lang').tap();
    const count = await page.locator('.zi-step').count();
    let tapped = 0;
    for (let slide = 0; slide < count; slide++) {
      if (slide > 0) {
        await page.locator('.zi-step').nth(slide).tap();
        // The graphic's top comes back into view, smoothly: the page settles first.
        await settled(page);
      }
      for (const [k, r] of (await regions(page)).entries()) {
        const mark = page.locator('.zi-mark').nth(k);
        // The reader brings the figure to the middle of the screen.
        await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
        await settled(page);
        const box = await mark.boundingBox();
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
        await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
        await settled(page);
        const { view, boxes: [tip, figure, controls] } = await boxes(page, '.zi-tooltip', '.zi-highlight', '.zi-controls');
        const at = `slide ${slide + 1}, ${r.target}`;
        assert.ok(inside(tip, view), `${at}: the tooltip ${fmt(tip)} is off the ${view.w}×${view.h} screen`);
        assert.ok(tip.top >= Math.max(0, controls.bottom) - 0.5, `${at}: the tooltip ${fmt(tip)} is under the controls ${fmt(controls)}`);
        assert.ok(!overlap(tip, figure), `${at}: the tooltip ${fmt(tip)} covers its figure ${fmt(figure)}`);
        await page.locator('.zi-tip-close').tap();
        await page.locator('.zi-tooltip').waitFor({ state: 'hidden' });
        tapped++;
      }
    }
    assert.ok(tapped >= 60, `only ${tapped} figures were tapped`);
    await context.close();
  });
}

test('under 480 px the data table becomes stacked rows of label and value; wider it stays a table', async () => {
  for (const [width, display] of [[375, 'block'], [760, 'table-row']]) {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height: 800, hasTouch: width < 480, isMobile: width < 480 });
    await page.locator('.zi-data-summary').click();
    const row = await page.evaluate(() => {
      const tr = document.querySelector('.zi-table tbody tr');
      const td = tr.querySelector('td');
      const column = document.querySelectorAll('.zi-table thead th')[1].textContent;
      return { display: getComputedStyle(tr).display, label: getComputedStyle(td, '::before').content, column, head: getComputedStyle(document.querySelector('.zi-table thead')).display };
    });
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
