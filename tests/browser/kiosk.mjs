// Opening the kiosk page for a test, shared by kiosk.test.mjs and
// soak.test.mjs.
import { openDemo, pauseClock } from './harness.mjs';

/** Opens kiosk.html for `suite` (a demoSuite()) with the hash given (timers
 *  in seconds), on a touch screen, with the page's clock stopped once it has
 *  drawn: the loop's time then moves only by `page.clock.runFor(ms)`, exactly.
 *  Every slide event from then on is kept in `window.heard`. */
export async function openKiosk(suite, hash, { width = 1920, height = 1080, reducedMotion } = {}) {
  const opened = await openDemo(suite.browser, suite.url, { width, height, hasTouch: true, path: `kiosk.html${hash}`, reducedMotion, clock: true });
  await pauseClock(opened.page);
  // Every slide event from now on, with the (page) time it came.
  await opened.page.evaluate(() => {
    window.heard = [];
    document.querySelector('#infographic').addEventListener('zones-infographic:slide', (e) => window.heard.push({ ...e.detail, at: performance.now() }));
  });
  return opened;
}


/** Taps the language switch and waits until the other language is shown (its
 *  English loads on demand, after the tap). */
export async function switchLanguage(page) {
  const before = await page.locator('.zi-lang').textContent();
  await page.locator('.zi-lang').tap();
  await page.waitForFunction((b) => document.querySelector('.zi-lang')?.textContent !== b, before);
}
