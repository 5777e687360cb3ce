// The kiosk's soak at CI size, a file of its own so that the suite's runner
// starts it first: the attract loop at an accelerated interval through a
// thousand slide changes with random taps.
import assert from 'node:assert/strict';
import { demoSuite, runUntil, test } from './harness.mjs';
import { openKiosk } from './kiosk.mjs';

const suite = demoSuite();
const kiosk = (hash, options) => openKiosk(suite, hash, options);

// The loop at an accelerated interval through slide changes with random taps
// in between; after warm-up, memory and the DOM stay level and nothing errs.
// CI runs 1,000 changes; `scripts/bench kiosk` runs 10,000 (README, "Kiosk").
const SOAK = Number(process.env.KIOSK_SOAK_CHANGES ?? 1000);
test(`a soak of ${SOAK} slide changes with random taps leaves memory and the DOM level`, { timeout: 60_000 + SOAK * 150 }, async () => {
  // A small screen: the soak is about memory and the DOM, and a small canvas
  // draws its thousand slides quickly.
  const { context, page } = await kiosk('#advance=0.01&idle=0.05', { width: 480, height: 320 });
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const [wasm, nodes] = await page.evaluate(async () => {
      const { ready } = await import('./kiosk/zones-infographic.js');
      // The region buttons are one per figure of the slide shown, and the
      // kept words' spans one per kept range of the tooltip last shown:
      // counted apart.
      const marks = document.querySelectorAll('.zi-mark, .zi-keep').length;
      return [(await ready).memory.buffer.byteLength, document.getElementsByTagName('*').length - marks];
    });
    return { heap: usedSize, wasm, nodes };
  };
  const changes = (n) => runUntil(page, (n) => window.heard.length >= n, { arg: n, step: 50, limit: n * 50 });
  const tapAtRandom = async (k) => {
    const [x, y] = [((k * 7919) % 400) + 40, ((k * 104729) % 240) + 40];
    await page.touchscreen.tap(x, y);
  };
  await changes(Math.min(200, SOAK / 5));
  const start = await measure();
  let k = 0;
  while ((await page.evaluate(() => window.heard.length)) < SOAK) {
    await tapAtRandom(++k);
    await page.clock.runFor(150);
  }
  await page.evaluate(() => { window.heard.length = 0; });
  await changes(5);
  const end = await measure();
  console.log(`kiosk soak: ${SOAK} changes, ${k} taps; JS heap ${start.heap} -> ${end.heap} B, wasm ${start.wasm} -> ${end.wasm} B, DOM ${start.nodes} -> ${end.nodes} elements besides the region buttons and kept words' spans`);
  assert.ok(Math.abs(end.heap - start.heap) < 1 << 20, `JS heap ${start.heap} -> ${end.heap}`);
  assert.ok(end.wasm - start.wasm < 1 << 20, `wasm memory ${start.wasm} -> ${end.wasm}`);
  assert.equal(end.nodes, start.nodes, 'the DOM node count stays constant');
  await context.close();
});
