// Every figure's tooltip, as a thumb, a mouse and a keyboard open it: on a
// phone each tapped tooltip is on screen, below the controls, clear of its
// figure, closes with its own button, and breaks no word the canvas keeps
// whole; hovered near the foot of the screen and focused on a small one, it
// stays on screen and clear of its figure.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demoSuite, openDemo, regions, test } from './harness.mjs';
import { PHONES, settled, scrolledTo, tooltipSettled, inside, overlap, fmt } from './phone.mjs';

const suite = demoSuite();

// What the canvas keeps whole on a line (src/scene/builder.rs, `keep`): the
// dataset's unbreakable words, the zones' names and the bylines' names.
const DATA = JSON.parse(readFileSync(new URL('../../data/zones.json', import.meta.url), 'utf8'));
const KEPT = [...DATA.unbreakable, ...DATA.zones.map((z) => z.name.zh), ...DATA.articles.flatMap((a) => [...a.byline, ...a.byline_en])];

/** The kept words the tooltip's text breaks across two lines, as "word (line tops)". */
function brokenWords(page) {
  return page.evaluate((kept) => {
    const tip = document.querySelector('.zi-tooltip');
    const nodes = [];
    const walker = document.createTreeWalker(tip, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
    // Each character of the tooltip's text: its node and offset.
    const at = nodes.flatMap((n) => [...n.data].map((_, i) => [n, i]));
    const text = nodes.map((n) => n.data).join('');
    const broken = [];
    for (const word of kept) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        const range = document.createRange();
        range.setStart(...at[i]);
        const [endNode, endAt] = at[i + word.length - 1];
        range.setEnd(endNode, endAt + 1);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`${word} (${[...tops]})`);
      }
    }
    return broken;
  }, KEPT);
}

for (const [[width, height], dpr, lang] of [[PHONES[0], 2, 'zh'], [PHONES[0], 3, 'en'], [PHONES[1], 3, 'zh'], [PHONES[1], 2, 'en'], [PHONES[2], 2, 'zh'], [PHONES[2], 3, 'en']]) {
  test(`${width}×${height} at DPR ${dpr} (${lang}): every figure's tapped tooltip is on screen, clear of its figure, breaks no word the canvas keeps whole, and closes`, async () => {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height, dpr, hasTouch: true, isMobile: true });
    if (lang === 'en') {
      await page.locator('.zi-lang').tap();
      await page.locator('.zi-lang', { hasText: '中文' }).waitFor();
    }
    const count = await page.locator('.zi-step').count();
    let tapped = 0;
    for (let slide = 0; slide < count; slide++) {
      if (slide > 0) {
        await page.locator('.zi-step').nth(slide).tap();
        // The graphic's top comes back into view, smoothly: the page settles first.
        await settled(page);
      }
      for (const [k, r] of (await regions(page)).entries()) {
        // The reader brings the figure to the middle of the screen, and once
        // the page has scrolled there (its scroll events handled), taps it.
        const box = await scrolledTo(page, k, 'center');
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
        const at = `slide ${slide + 1}, ${r.target}`;
        const shown = await tooltipSettled(page, true, ['.zi-tooltip', '.zi-highlight', '.zi-controls', '.zi-tip-close']);
        assert.ok(shown, `${at}: the tap shows the tooltip`);
        const { view, boxes: [tip, figure, controls, close] } = shown;
        assert.ok(inside(tip, view), `${at}: the tooltip ${fmt(tip)} is off the ${view.w}×${view.h} screen`);
        assert.ok(tip.top >= Math.max(0, controls.bottom) - 0.5, `${at}: the tooltip ${fmt(tip)} is under the controls ${fmt(controls)}`);
        assert.ok(!overlap(tip, figure), `${at}: the tooltip ${fmt(tip)} covers its figure ${fmt(figure)}`);
        assert.ok(inside(close, view), `${at}: the close button ${fmt(close)} is off the screen`);
        assert.deepEqual(await brokenWords(page), [], `${at}: the tooltip breaks a word the canvas keeps whole`);
        await page.touchscreen.tap((close.left + close.right) / 2, (close.top + close.bottom) / 2);
        assert.ok(await tooltipSettled(page, false), `${at}: its close button hides the tooltip`);
        tapped++;
      }
    }
    assert.ok(tapped >= 60, `only ${tapped} figures were tapped`);
    await context.close();
  });
}

for (const [width, height, how] of [[1280, 800, 'hover'], [320, 568, 'keyboard']]) {
  test(`${how === 'hover' ? 'hovered' : 'keyboard'} tooltips stay on screen and clear of their figure, near the bottom of the screen too (${width}×${height})`, async () => {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height });
    await page.locator('.zi-lang').click();
    await page.locator('.zi-lang', { hasText: '中文' }).waitFor();
    let looked = 0;
    for (let slide = 0; slide < 5; slide++) {
      await page.locator('.zi-step').nth(slide).click();
      await settled(page);
      const count = await page.locator('.zi-mark').count();
      for (let k = 0; k < count; k++) {
        const mark = page.locator('.zi-mark').nth(k);
        if (how === 'hover') {
          // The figure sits at the bottom of the screen: no room below it.
          const b = await scrolledTo(page, k, 'end');
          await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
        } else {
          await mark.focus();
        }
        const shown = await tooltipSettled(page, true, ['.zi-tooltip', '.zi-highlight']);
        assert.ok(shown, `${how}, slide ${slide + 1}, region ${k}: the tooltip shows`);
        const { view, boxes: [tip, figure] } = shown;
        assert.ok(inside(tip, view), `${how}, slide ${slide + 1}, region ${k}: the tooltip ${fmt(tip)} is off the ${view.w}×${view.h} screen`);
        assert.ok(!overlap(tip, figure), `${how}, slide ${slide + 1}, region ${k}: the tooltip ${fmt(tip)} covers its figure ${fmt(figure)}`);
        looked++;
      }
    }
    assert.ok(looked >= 60, `${how}: only ${looked} figures`);
    await context.close();
  });
}
