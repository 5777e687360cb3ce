// Draws the README's pictures from the built embed (www/, after
// `scripts/serve` or `source scripts/lib.sh && build_wasm`): docs/desktop.png,
// slide 3 in English at 760 px, and docs/phone.png, slide 2 in Chinese on a
// 375 × 667 phone. `node scripts/screenshots.mjs`. Uses the Chromium the
// browser tests drive, headless, with nothing but the demo server.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../www/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/harness.mjs';

const SHOTS = [
  { file: 'docs/desktop.png', hash: '#slide-3&lang=en', viewport: { width: 800, height: 1000 }, dpr: 1 },
  { file: 'docs/phone.png', hash: '#slide-2', viewport: { width: 375, height: 667 }, dpr: 1, isMobile: true },
];

const server = await serve(0);
const url = `http://127.0.0.1:${server.address().port}/embed.html`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const { file, hash, viewport, dpr, isMobile = false } of SHOTS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: dpr, isMobile, hasTouch: isMobile, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(url + hash);
    await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
    await page.evaluate(() => document.fonts.ready);
    // A phone shows what fits on its screen; a desktop the whole graphic.
    const png = isMobile
      ? await page.screenshot({ type: 'png' })
      : await page.locator('.zi').screenshot({ type: 'png' });
    writeFileSync(new URL(`../${file}`, import.meta.url), png);
    console.log(`${file}: ${(png.length / 1000).toFixed(1)} KB`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
