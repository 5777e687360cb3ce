// The graphics editor's review (issue 19): a reader can tell that figures are
// tapped, a title figure's highlight lies on the text the canvas drew, narrow
// English is whole words of at least 12 px, and the PNG carries its source.
// What the canvas drew is read by recording its fillText calls in the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoSuite, openDemo } from './harness.mjs';

const suite = demoSuite();

/** Records every fillText of the page's canvases in `window.drawn`: the
 *  text, where, in what font and alignment, and whether on the page's canvas. */
const record = (page) => page.addInitScript(() => {
  window.drawn = [];
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
    window.drawn.push({ text, x, y, font: this.font, align: this.textAlign, onPage: this.canvas.isConnected });
    return fill.call(this, text, x, y, ...rest);
  };
});

/** Shows slide `k` (from 0) with a fresh record of what it draws. */
async function show(page, k) {
  const before = await page.locator('.zi-canvas').getAttribute('aria-label');
  await page.evaluate(() => { window.drawn = []; });
  await page.locator('.zi-step').nth(k).click();
  if (k > 0) await page.waitForFunction((b) => document.querySelector('.zi-canvas').getAttribute('aria-label') !== b, before);
  // Slide 1 is shown already: draw it again by showing it once more after another.
  if (k === 0) {
    await page.locator('.zi-step').nth(1).click();
    await page.evaluate(() => { window.drawn = []; });
    await page.locator('.zi-step').nth(0).click();
  }
}

test('a line under the controls says figures can be tapped, and the pointer turns over a figure and only there', async () => {
  for (const lang of ['zh', 'en']) {
    const { context, page } = await openDemo(suite.browser, suite.url, { width: 1280, height: 900, bare: true, path: `embed.html#slide-2&lang=${lang}` });
    const hint = page.locator('.zi-hint');
    assert.ok(await hint.isVisible(), `${lang}: the hint is shown`);
    const text = await hint.textContent();
    assert.match(text, lang === 'zh' ? /数字/ : /figure/, `${lang}: the hint says what to tap: ${text}`);
    const box = await hint.boundingBox();
    const canvas = await page.locator('.zi-canvas').boundingBox();
    assert.ok(box.y + box.height <= canvas.y + 0.5, `${lang}: the hint stands above the drawing`);
    const cursor = () => page.locator('.zi-canvas').evaluate((c) => getComputedStyle(c).cursor);
    const mark = await page.locator('.zi-mark[data-target^="figure:"]').nth(1).boundingBox();
    await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
    assert.equal(await cursor(), 'pointer', `${lang}: over a figure`);
    // Off every figure: the canvas's top left corner, in its padding.
    await page.mouse.move(canvas.x + 4, canvas.y + 4);
    await page.locator('.zi-tooltip').waitFor({ state: 'hidden' });
    assert.equal(await cursor(), 'auto', `${lang}: off the figures`);
    await context.close();
  }
});

for (const width of [1280, 375]) {
  for (const lang of ['en', 'zh']) {
    test(`${lang} at ${width} px: every title figure's highlight lies within 2 px of the text the canvas drew`, async () => {
      const { context, page } = await openDemo(suite.browser, suite.url, { width, height: 900, bare: true, path: `embed.html#lang=${lang}`, before: record });
      const count = await page.locator('.zi-step').count();
      let checked = 0;
      for (let k = 0; k < count; k++) {
        await show(page, k);
        const found = await page.evaluate(() => {
          const root = document.querySelector('.zi');
          const canvas = root.querySelector('.zi-canvas').getBoundingClientRect();
          const title = root.querySelector('.zi-title').getBoundingClientRect();
          const lines = window.drawn.filter((d) => d.onPage && d.align === 'left' && /^bold /.test(d.font));
          const measure = document.createElement('canvas').getContext('2d');
          const out = [];
          for (const mark of root.querySelectorAll('.zi-mark[data-target^="figure:"]')) {
            const r = mark.getBoundingClientRect();
            if (r.bottom <= title.top || r.top >= title.bottom) continue;
            mark.focus();
            const h = root.querySelector('.zi-highlight').getBoundingClientRect();
            // The highlight is the figure's text box grown by 3 px each side.
            const frame = { left: h.left + 3 - canvas.left, right: h.right - 3 - canvas.left, top: h.top + 3 - canvas.top, bottom: h.bottom - 3 - canvas.top };
            const line = lines.find((d) => d.y > frame.top && d.y < frame.bottom && d.x <= frame.left + 2);
            if (!line) {
              out.push({ target: mark.dataset.target, problem: 'no title line drawn where it is highlighted', frame });
              continue;
            }
            measure.font = line.font;
            const edges = [...Array(line.text.length + 1).keys()].map((n) => line.x + measure.measureText(line.text.slice(0, n)).width);
            const start = edges.findIndex((e) => Math.abs(e - frame.left) <= 2);
            const end = edges.findLastIndex((e) => Math.abs(e - frame.right) <= 2);
            out.push({ target: mark.dataset.target, line: line.text, start, end, frame, text: start >= 0 && end > start ? line.text.slice(start, end) : null, before: line.text[start - 1] ?? '', after: line.text[end] ?? '' });
          }
          return out;
        });
        for (const f of found) {
          assert.ok(f.text !== null, `slide ${k + 1}, ${f.target}: the highlight ${JSON.stringify(f.frame)} does not start and end on the edges of characters of "${f.line}" (${f.problem ?? `start ${f.start}, end ${f.end}`})`);
          assert.match(f.text, /\d/, `slide ${k + 1}, ${f.target}: the highlight frames "${f.text}", no number`);
          assert.doesNotMatch(f.before + f.text[0], /[\d,]\d/, `slide ${k + 1}, ${f.target}: "${f.text}" starts inside a number`);
          assert.doesNotMatch(f.text.at(-1) + f.after, /\d[\d,]/, `slide ${k + 1}, ${f.target}: "${f.text}" ends inside a number`);
          assert.doesNotMatch(f.text, /^\s|\s$/, `slide ${k + 1}, ${f.target}: "${f.text}" starts or ends at a space`);
          checked++;
        }
      }
      assert.ok(checked >= 5, `only ${checked} title figures were checked`);
      await context.close();
    });
  }
}

/** Every word (run of Latin letters) drawn on the page's canvas, and every
 *  size it drew text at, in CSS pixels (the tests draw at DPR 1). */
const drawnWords = (page) => page.evaluate(() => {
  const texts = window.drawn.filter((d) => d.onPage);
  return {
    words: texts.flatMap((d) => d.text.match(/[A-Za-z]+/g) ?? []),
    small: texts.map((d) => [d.text, parseFloat(/([\d.]+)px/.exec(d.font)[1])]).filter(([, px]) => px < 12),
  };
});

test('narrow English (a 294 px graphic, as on a 320 px phone) breaks no word inside and draws no text below 12 px', async () => {
  const wide = await openDemo(suite.browser, suite.url, { width: 1280, height: 900, bare: true, path: 'embed.html#lang=en', before: record });
  const narrow = await openDemo(suite.browser, suite.url, { width: 294, height: 640, bare: true, isMobile: true, hasTouch: true, path: 'embed.html#lang=en', before: record });
  assert.ok(await narrow.page.locator('.zi-canvas').evaluate((c) => c.parentElement.getBoundingClientRect().width <= 294));
  const count = await wide.page.locator('.zi-step').count();
  for (let k = 0; k < count; k++) {
    await show(wide.page, k);
    await show(narrow.page, k);
    const whole = new Set((await drawnWords(wide.page)).words);
    const { words, small } = await drawnWords(narrow.page);
    assert.ok(words.length > 20, `slide ${k + 1}: the words drawn were recorded`);
    assert.deepEqual(words.filter((w) => !whole.has(w)), [], `slide ${k + 1}: parts of words drawn at 294 px`);
    assert.deepEqual(small, [], `slide ${k + 1}: text below 12 px`);
  }
  await wide.context.close();
  await narrow.context.close();
});

test('the PNG of a slide carries its source line', async () => {
  for (const lang of ['zh', 'en']) {
    const { context, page } = await openDemo(suite.browser, suite.url, { width: 760, height: 900, bare: true, path: `embed.html#slide-3&lang=${lang}`, before: record });
    const source = await page.evaluate(async () => {
      window.drawn = [];
      const { mounted } = await import('./pkg/zones-infographic.js');
      await mounted[0].toBlob('png');
      return window.drawn.filter((d) => !d.onPage).map((d) => d.text);
    });
    assert.ok(source.length > 10, `${lang}: the PNG's texts were recorded`);
    assert.ok(source.some((t) => (lang === 'zh' ? /^来源：《/ : /^Source: "/).test(t)), `${lang}: no source line in the PNG: ${source.slice(-3).join(' | ')}`);
    await context.close();
  }
});
