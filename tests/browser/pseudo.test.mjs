// The pseudo-locale in the browser: the module built with every English text
// of the dataset and the copy wrapped in ⟦…⟧ and accented (built by
// scripts/test into target/pseudo/pkg). In English, no text a reader or a
// screen reader meets has a plain ASCII letter: on every slide, tooltip,
// control, table and download row, and in the lines shown when the graphic
// stops or cannot load. Every word comes from the copy or the dataset.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { demoSuite, everyTooltip, keepCopies, PSEUDO_MODULE, useTestModule, test } from './harness.mjs';

const suite = demoSuite();
const skip = !existsSync(PSEUDO_MODULE) && 'target/pseudo/pkg is not built (scripts/test builds it)';

/** Every text in `root`'s subtree, and every attribute a screen reader or a
 *  pointer shows, as [where, text]. */
function texts(root) {
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const t = walker.currentNode.textContent.trim();
    if (t) out.push([walker.currentNode.parentElement.className, t]);
  }
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of ['aria-label', 'title', 'alt', 'data-label']) {
      if (el.hasAttribute(a)) out.push([`${el.className} [${a}]`, el.getAttribute(a)]);
    }
  }
  return out;
}

/** The texts with a plain ASCII letter: those that escaped the pseudo-locale. */
const escaped = (seen) => seen.filter(([, t]) => /[A-Za-z]/.test(t));

test('in the pseudo-locale no slide, tooltip, control, table or download row shows a word from elsewhere', { skip }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  await keepCopies(page);
  await useTestModule(page, PSEUDO_MODULE);
  await page.goto(new URL('embed.html#lang=en', suite.url).href);
  await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
  const seen = [];
  const read = async () => seen.push(...await page.locator('.zi').evaluate(texts));
  await everyTooltip(page, {
    onMark: read,
    // The download row's note, after the link is copied.
    onSlide: async () => {
      await page.locator('.zi-link').click();
      await page.waitForFunction(() => document.querySelector('.zi-save-note')?.textContent);
      await read();
    },
  });
  assert.deepEqual(escaped(seen), [], 'texts outside the pseudo-locale');
  assert.ok(seen.filter(([, t]) => t.includes('⟦')).length > 100, 'the pseudo-locale is shown');
  assert.ok(seen.some(([where]) => where.includes('zi-save-note')), 'the note was read');
  // A stop on an error: the line under the still image.
  await page.evaluate(async () => {
    const { mounted } = await import('./pkg/zones-infographic.js');
    mounted[0].failNextInput();
    document.querySelector('.zi-lang')?.click();
  }).catch(() => {});
  const stopped = await page.locator('.zi-failed').textContent();
  assert.match(stopped, /⟦/);
  assert.deepEqual(escaped([['failure line', stopped]]), []);
  await context.close();
});

test('in the pseudo-locale the line shown where the module cannot load comes from the copy', { skip }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await useTestModule(page, PSEUDO_MODULE);
  // The module loads, its wasm does not.
  await page.route('**/pkg/zones_infographic_bg.wasm', (route) => route.fulfill({ status: 404, body: '' }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL('embed.html#lang=en', suite.url).href);
  const line = await page.locator('.zi-failed').textContent();
  assert.match(line, /⟦/);
  assert.deepEqual(escaped([['failure line', line]]), []);
  assert.deepEqual(errors, []);
  await context.close();
});
