// The iframe embed on a phone: the frame is as tall as its content, so the
// controls cannot stick; a reader at the foot of a long slide finds Back and
// Next there too, labelled and enabled as the graphic's own, and they work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoSuite, openDemo } from './harness.mjs';
import { CSP } from '../../www/serve.mjs';

const suite = demoSuite();
export const SCREENSHOTS = process.env.ZONES_SCREENSHOTS;

/** A host article with the README's iframe and embed-loader.js. */
const host = (page) => page.route('**/phone-frame.html', (route) => route.fulfill({
  contentType: 'text/html; charset=utf-8',
  headers: { 'content-security-policy': CSP },
  body: `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host</title><body><p>An article.</p>
<iframe src="embed.html" data-zones-infographic title="交互图表" width="100%" height="1000" frameborder="0"></iframe>
<p>The article goes on.</p><script src="embed-loader.js" defer></script></body></html>`,
}));

test('in the iframe on a phone, Back and Next are also at the foot of a long slide, and work', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 375, height: 667, isMobile: true, hasTouch: true, path: 'phone-frame.html', drawn: false, before: host });
  const frame = page.frameLocator('iframe[data-zones-infographic]');
  await frame.locator('.zi-canvas[aria-label]').waitFor();
  // Slide 4, the tallest, by its step button.
  await frame.locator('.zi-step').nth(3).tap();
  await frame.locator('.zi-step[data-step="3"][aria-current="step"]').waitFor();
  const foot = frame.locator('.embed-foot');
  await foot.waitFor();
  // The frame has taken slide 4's height.
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-zones-infographic]');
    return Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.scrollHeight) <= 1;
  }, null, { timeout: 10_000 });
  // The reader has read to the foot of the slide: the screen ends with the row under it.
  await foot.evaluate((s) => s.scrollIntoView({ block: 'end' }));
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/iframe-phone-foot-slide-4.png` });
  const [stage, own, next, back] = await Promise.all(['.zi-stage', '.zi-controls .zi-next', '.embed-next', '.embed-prev'].map((s) => frame.locator(s).boundingBox()));
  assert.ok(stage.height > 667, `slide 4 is taller than the screen (${stage.height} px)`);
  assert.ok(own.y + own.height < 0, 'the graphic\'s own Next is above the screen');
  for (const [name, box] of [['Next', next], ['Back', back]]) {
    // Within half a pixel: the frame sits at a fractional offset in the page.
    assert.ok(box.y >= -0.5 && box.y + box.height <= 667.5, `${name} at the foot is on screen (${box.y}–${box.y + box.height})`);
    assert.ok(box.width >= 44 && box.height >= 44, `${name} is thumb-sized`);
    assert.ok(box.x >= 0 && box.x + box.width <= 375, `${name} fits the width`);
  }
  assert.ok(next.y >= stage.y + stage.height - 1, 'under the slide');
  assert.ok(stage.y + stage.height > 667 - 80, `right under it: the slide's foot is on the same screen (${stage.y + stage.height})`);
  assert.deepEqual(await frame.locator('.embed-foot button').allTextContents(), [await frame.locator('.zi-controls .zi-prev').textContent(), '下一页 ›']);
  assert.equal(await frame.locator('.embed-prev').getAttribute('aria-label'), '上一页');
  await frame.locator('.embed-next').tap();
  await frame.locator('.zi-step[data-step="4"][aria-current="step"]').waitFor();
  // The last slide: Next starts over, as the graphic's own says.
  assert.equal(await frame.locator('.embed-next').textContent(), '从头看 ↺');
  await frame.locator('.embed-prev').tap();
  await frame.locator('.zi-step[data-step="3"][aria-current="step"]').waitFor();
  // In English after the switch.
  // (The English loads on demand: the row follows once the graphic's own
  // controls speak it.)
  await frame.locator('.zi-lang').tap();
  await frame.locator('.zi-lang', { hasText: '中文' }).waitFor();
  await frame.locator('.embed-next', { hasText: 'Next' }).waitFor();
  assert.deepEqual(await frame.locator('.embed-foot button').allTextContents(), [await frame.locator('.zi-controls .zi-prev').textContent(), 'Next ›']);
  assert.equal(await frame.locator('.embed-prev').getAttribute('aria-label'), await frame.locator('.zi-controls .zi-prev').getAttribute('aria-label'));
  assert.doesNotMatch(await frame.locator('.embed-prev').getAttribute('aria-label') ?? '', /[\u4e00-\u9fff]/, 'Back speaks English');
  await context.close();
});

test('the page alone (not in an iframe) has no second row: its controls stick', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { bare: true, width: 375, height: 667 });
  assert.equal(await page.locator('.embed-foot').count(), 0);
  await context.close();
});
