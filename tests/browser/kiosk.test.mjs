// Kiosk mode (www/kiosk.html) with its timers set to a second or two: the
// attract loop and its slide events, pause, a tap, the start over when idle,
// the unattended page's hygiene, no request after load, the screen filled with
// type that reads from a few metres away, the QR code of the slide's link
// (decoded here by jsQR) (the soak is soak.test.mjs). The
// rules themselves are tested natively (tests/kiosk.rs); these check the wiring.
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { demoSuite, openDemo, pauseClock, runUntil, test } from './harness.mjs';
import { openKiosk, switchLanguage } from './kiosk.mjs';

const suite = demoSuite();
const kiosk = (hash, options) => openKiosk(suite, hash, options);

const heard = (page) => page.evaluate(() => window.heard.map((e) => e.slide));
const current = (page) => page.evaluate(() => [...document.querySelectorAll('.zi-step')].findIndex((b) => b.hasAttribute('aria-current')));
const playLabel = (page) => page.locator('.zi-play').getAttribute('aria-label');
const tooltipShown = (page) => page.evaluate(() => !document.querySelector('.zi-tooltip').hidden);

test('the loop advances every `advance` seconds and the host hears each slide', async () => {
  const { context, page } = await kiosk('#advance=1&idle=30');
  assert.equal(await playLabel(page), '暂停', 'the button offers to pause');
  // The loop may have moved on while the page loaded: from the slide shown
  // now, the next comes within a second, then one a second, to the millisecond.
  const from = await current(page);
  for (let n = 1; n <= 3; n++) {
    assert.ok(await runUntil(page, (n) => window.heard.length >= n, { arg: n, step: 10 }) <= 1010, `change ${n} within a second`);
  }
  const events = await page.evaluate(() => window.heard);
  assert.deepEqual(events.map((e) => e.slide), [1, 2, 3].map((k) => (from + k) % 5));
  assert.ok(events.every((e) => e.slides === 5 && e.lang === 'zh'));
  const gaps = events.slice(1).map((e, k) => e.at - events[k].at);
  assert.ok(gaps.every((g) => g >= 1000 && g <= 1001), `a slide a second: ${gaps}`);
  // Between slide changes a figure is highlighted with its sentence: not in
  // the first fifth of the slide's time, then for the rest of it.
  assert.equal(await tooltipShown(page), false, 'the slide shows alone first');
  await runUntil(page, () => !document.querySelector('.zi-tooltip').hidden, { step: 10, limit: 990 });
  await page.locator('.zi-tip-quote', { hasText: /^“.+”$/ }).waitFor();
  // The progress bar fills while the loop plays.
  assert.equal(await page.evaluate(() => document.querySelector('.zi-progress').getAnimations().length), 1);
  await context.close();
});

test('pause stops the loop, play starts it again, and the button says which', async () => {
  const { context, page } = await kiosk('#advance=1&idle=30');
  const before = await page.locator('.zi-play').boundingBox();
  await page.locator('.zi-play').tap();
  assert.equal(await playLabel(page), '自动播放');
  assert.deepEqual(await page.locator('.zi-play').boundingBox(), before, 'the button keeps its place and size');
  const at = await heard(page);
  const slide = await current(page);
  // Paused, for longer than two slides' time (and less than the pause's own
  // start over, three times `idle`).
  await page.clock.runFor(2500);
  assert.deepEqual(await heard(page), at, 'no slide change while paused');
  assert.equal(await current(page), slide);
  assert.equal(await page.evaluate(() => document.querySelector('.zi-progress').getAnimations().length), 0, 'the bar stops');
  await page.locator('.zi-play').tap();
  assert.equal(await playLabel(page), '暂停');
  await page.clock.runFor(1010);
  assert.equal((await heard(page)).length, at.length + 1, 'playing again, the next slide after a second');
  await context.close();
});

test('a tap stops the loop; after `idle` seconds it starts over on slide 1 in Chinese and plays', async () => {
  const { context, page } = await kiosk('#advance=1&idle=2');
  await page.locator('.zi-step').nth(3).tap();
  await switchLanguage(page);
  assert.equal(await playLabel(page), 'Play', 'the tap stopped the loop');
  const tapped = await page.evaluate(() => performance.now());
  // A figure tapped: its tooltip stays until the start over.
  const mark = await page.locator('.zi-mark').nth(0).boundingBox();
  await page.touchscreen.tap(mark.x + mark.width / 2, mark.y + mark.height / 2);
  assert.equal(await tooltipShown(page), true);
  await page.clock.runFor(1900);
  assert.deepEqual(await heard(page), [3], 'nothing moved but the reader');
  assert.equal(await tooltipShown(page), true, 'the tooltip stays while the reader may read');
  await runUntil(page, () => window.heard.at(-1)?.slide === 0, { step: 10, limit: 500 });
  const over = await page.evaluate(() => window.heard.at(-1));
  assert.ok(over.at - tapped >= 2000 && over.at - tapped <= 2100, `started over ${Math.round(over.at - tapped)} ms after the taps`);
  assert.equal(over.lang, 'zh');
  assert.equal(await tooltipShown(page), false, 'the start over closes the tooltip');
  assert.equal(await playLabel(page), '暂停');
  assert.equal(await page.locator('.zi-lang').textContent(), 'English');
  // And the loop runs on.
  await page.clock.runFor(1010);
  assert.equal(await page.evaluate(() => window.heard.at(-1)?.slide), 1);
  await context.close();
});

test('the unattended page: no context menu, no selection, no zoom, no overscroll, no links out', async () => {
  const { context, page } = await kiosk('#advance=30');
  const state = await page.evaluate(() => {
    const root = document.querySelector('.zi');
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    const select = new Event('selectstart', { bubbles: true, cancelable: true });
    const canvas = document.querySelector('.zi-canvas');
    const meta = document.querySelector('meta[name=viewport]').content;
    return {
      menuPrevented: !canvas.dispatchEvent(menu),
      selectPrevented: !document.querySelector('.zi-next').dispatchEvent(select),
      userSelect: getComputedStyle(root).userSelect,
      touchAction: [getComputedStyle(root).touchAction, getComputedStyle(document.documentElement).touchAction],
      overscroll: getComputedStyle(document.documentElement).overscrollBehaviorY,
      links: document.querySelectorAll('a[href]').length,
      shadow: getComputedStyle(root).boxShadow,
      meta,
    };
  });
  assert.ok(state.menuPrevented, 'the context menu is prevented');
  assert.ok(state.selectPrevented, 'selection is prevented');
  assert.equal(state.userSelect, 'none');
  assert.deepEqual(state.touchAction, ['none', 'none'], 'no pinch or double-tap zoom');
  assert.equal(state.overscroll, 'none', 'no overscroll or history swipe');
  assert.equal(state.links, 0, 'no links out');
  assert.match(state.shadow, /8px/, 'the paper reaches past the edges the burn-in shift uncovers');
  assert.match(state.meta, /user-scalable=no/);
  // A mouse drag over the text selects nothing.
  const title = await page.locator('.zi-controls').boundingBox();
  await page.mouse.move(title.x + 5, title.y + 10);
  await page.mouse.down();
  await page.mouse.move(title.x + title.width - 5, title.y + title.height - 5, { steps: 5 });
  await page.mouse.up();
  assert.equal(await page.evaluate(() => String(getSelection())), '');
  await context.close();
});

test('once loaded, the kiosk makes no request at all, over loops and taps', async () => {
  const { context, page } = await kiosk('#advance=0.3&idle=0.5');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  for (let k = 0; k < 4; k++) {
    await page.clock.runFor(700);
    await page.locator('.zi-next').tap();
    await switchLanguage(page);
  }
  await runUntil(page, () => window.heard.length >= 12, { limit: 5000 });
  assert.deepEqual(requests, []);
  await context.close();
});

/** What a kiosk screen shows: boxes, the scroll size, and the canvas's type sizes in CSS px. */
async function screen(page) {
  return page.evaluate(() => {
    const box = (el) => el.getBoundingClientRect();
    const canvas = document.querySelector('.zi-canvas');
    const controls = [...document.querySelectorAll('.zi-controls button, .zi-lang')].map((b) => [b.className, box(b).width, box(b).height]);
    return {
      // The drawing's box (the canvas's bitmap may be kept larger, clipped to it).
      canvas: box(document.querySelector('.zi-paint')).toJSON(),
      bar: box(document.querySelector('.zi-controls')).toJSON(),
      next: box(document.querySelector('.zi-next')).toJSON(),
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight, scrollY],
      fonts: window.fonts.splice(0),
      ratio: box(canvas).width / canvas.width,
      controls,
    };
  });
}

// 1920×1080 and 1080×1920, and a 1920×1080 screen at 150% and 200% browser
// scaling (1280×720 and 960×540 CSS px), where the type rules do not apply.
for (const [width, height, scaled] of [[1920, 1080, false], [1080, 1920, false], [1280, 720, true], [960, 540, true]]) {
  test(`at ${width}×${height} every slide fills the screen${scaled ? ' (a scaled screen)' : ', its type and controls large enough to read and tap'}`, async () => {
    const context = await suite.browser.newContext({ viewport: { width, height }, hasTouch: true });
    const page = await context.newPage();
    // Every font the canvas is given, in bitmap pixels.
    await page.addInitScript(() => {
      window.fonts = [];
      const set = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font').set;
      Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
        set(v) { window.fonts.push(parseFloat(v.match(/([\d.]+)px/)[1])); set.call(this, v); },
        get() { return ''; },
      });
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('kiosk.html#advance=600', suite.url).href);
    await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
    for (const lang of ['zh', 'en']) {
      const tops = [];
      for (let slide = 0; slide < 5; slide++) {
        if (slide > 0 || lang === 'en') {
          await page.locator('.zi-step').nth(slide).tap();
          await page.waitForTimeout(50);
        }
        const s = await screen(page);
        const place = `${lang} slide ${slide + 1}`;
        const px = s.fonts.map((f) => f * s.ratio);
        tops.push(s.canvas.top);
        assert.ok(s.canvas.width >= width - 3, `${place}: the canvas is ${s.canvas.width} px wide`);
        assert.ok(s.canvas.top >= 0 && s.canvas.bottom <= s.bar.top + 1, `${place}: the canvas runs ${s.canvas.top}–${s.canvas.bottom}, the controls start at ${s.bar.top}`);
        assert.deepEqual(s.scroll, [width, height, 0], `${place}: nothing scrolls`);
        assert.ok(px.length > 10, `${place}: text drawn`);
        assert.ok(s.next.bottom <= height && s.next.right <= width, `${place}: Next is on the screen`);
        if (scaled) continue;
        assert.ok(Math.min(...px) >= 24, `${place}: the smallest text is ${Math.min(...px).toFixed(1)} px`);
        assert.ok(Math.max(...px) >= 48, `${place}: the title is ${Math.max(...px).toFixed(1)} px`);
        for (const [name, w, h] of s.controls) assert.ok(w >= 64 && h >= 64, `${place}: ${name} is ${w}×${h}`);
      }
      assert.equal(new Set(tops).size, 1, `${lang}: every slide starts at the same place (${tops})`);
      if (lang === 'zh') await switchLanguage(page);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('under reduced motion the loop changes slides and nothing else moves', async () => {
  const { context, page } = await kiosk('#advance=0.6&idle=30', { reducedMotion: 'reduce' });
  let highlighted = false;
  for (let t = 0; t < 2000; t += 50) {
    await page.clock.runFor(50);
    highlighted ||= await tooltipShown(page);
  }
  assert.ok((await heard(page)).length >= 3, 'the loop changed slides');
  const shown = await page.evaluate(() => {
    const bar = document.querySelector('.zi-progress');
    return [bar.getAnimations().length, bar.getBoundingClientRect().width > innerWidth / 2];
  });
  assert.deepEqual([highlighted, ...shown], [false, 0, true], 'no highlight, no moving bar, but a bar that says the loop plays');
  await context.close();
});

/** Records every text the page's canvases draw (text, y, font) in `window.drawn`. */
const recordText = (page) => page.addInitScript(() => {
  window.drawn = [];
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
    window.drawn.push({ text, y, px: parseFloat(/([\d.]+)px/.exec(this.font)[1]) });
    return fill.call(this, text, x, y, ...rest);
  };
});

for (const [width, height] of [[1920, 1080], [1080, 1920], [3840, 2160]]) {
  test(`at ${width}×${height}, in both languages, every slide leaves at most a tenth of the screen above the controls blank, with one type size a language`, async () => {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height, hasTouch: true, path: 'kiosk.html#advance=600', clock: true, before: recordText });
    await pauseClock(page);
    for (const lang of ['zh', 'en']) {
      const titles = [];
      for (let slide = 0; slide < 5; slide++) {
        await page.evaluate(() => { window.drawn = []; });
        if (slide === 0) {
          // Drawn again: slide 2, then slide 1 (in the language switched to).
          await page.locator('.zi-step').nth(1).tap();
          await page.clock.runFor(50);
          await page.evaluate(() => { window.drawn = []; });
        }
        await page.locator('.zi-step').nth(slide).tap();
        await page.clock.runFor(50);
        const s = await page.evaluate(() => {
          const canvas = document.querySelector('.zi-canvas');
          const paint = document.querySelector('.zi-paint').getBoundingClientRect();
          const ratio = canvas.getBoundingClientRect().width / canvas.width;
          // The foot of the lowest text (drawn on its middle), on the screen.
          const ink = Math.max(...window.drawn.map((d) => d.y + 0.6 * d.px));
          return {
            lowest: paint.top + ink * ratio,
            top: document.querySelector('.zi-sizer').getBoundingClientRect().top,
            bar: document.querySelector('.zi-controls').getBoundingClientRect().top,
            // The smallest type (notes and sources): one size a language.
            small: Math.min(...window.drawn.map((d) => d.px)) * ratio,
            texts: window.drawn.length,
          };
        });
        const place = `${lang} slide ${slide + 1}`;
        assert.ok(s.texts > 10, `${place}: text drawn`);
        const blank = (s.bar - s.lowest) / (s.bar - s.top);
        assert.ok(s.lowest <= s.bar + 1, `${place}: the text runs to ${s.lowest.toFixed(0)}, past the controls at ${s.bar}`);
        assert.ok(blank <= 0.1, `${place}: ${(100 * blank).toFixed(1)}% of the screen above the controls is blank (${(s.bar - s.lowest).toFixed(0)} px)`);
        titles.push(Math.round(s.small * 10) / 10);
      }
      assert.equal(new Set(titles).size, 1, `${lang}: the smallest type is ${titles.join(', ')} px`);
      if (lang === 'zh') {
        await switchLanguage(page);
        await page.clock.runFor(50);
      }
    }
    await context.close();
  });
}

test("in a kiosk a tooltip's text is at least 24 px on the screen, on every slide in both languages", async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 1920, height: 1080, hasTouch: true, path: 'kiosk.html#advance=600', clock: true });
  await pauseClock(page);
  for (const lang of ['zh', 'en']) {
    for (let slide = 0; slide < 5; slide++) {
      await page.locator('.zi-step').nth(slide).tap();
      await page.clock.runFor(50);
      const sizes = await page.evaluate(() => {
        const out = [];
        for (const mark of document.querySelectorAll('.zi-mark')) {
          mark.focus();
          const tip = document.querySelector('.zi-tooltip');
          if (tip.hidden) continue;
          // The stage's zoom: the tooltip's box on the screen over its CSS size.
          const zoom = tip.getBoundingClientRect().width / tip.offsetWidth;
          for (const el of tip.querySelectorAll('p, blockquote')) {
            if (!el.hidden && el.textContent) out.push([el.className, parseFloat(getComputedStyle(el).fontSize) * zoom]);
          }
        }
        return out;
      });
      assert.ok(sizes.length > 3, `${lang} slide ${slide + 1}: tooltips shown`);
      // (To a twentieth of a pixel: the zoom is set in thousandths.)
      const small = sizes.filter(([, px]) => px < 23.95);
      assert.deepEqual(small, [], `${lang} slide ${slide + 1}: tooltip text below 24 px`);
    }
    if (lang === 'zh') await switchLanguage(page);
  }
  await context.close();
});

test('while the attract loop plays a line invites a passer-by to touch; paused, it goes', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 1920, height: 1080, hasTouch: true, path: 'kiosk.html#advance=5&idle=30', clock: true });
  await pauseClock(page);
  const hint = page.locator('.zi-hint');
  assert.ok(await hint.isVisible(), 'the hint shows while the loop plays');
  assert.match(await hint.textContent(), /数字/);
  const box = await hint.boundingBox();
  const bar = await page.locator('.zi-controls').boundingBox();
  assert.ok(box.y >= bar.y - 1 && box.height >= 40, `the hint stands in the controls' bar, large: ${JSON.stringify(box)}`);
  const px = await hint.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  assert.ok(px >= 26, `the hint is ${px} px`);
  await page.locator('.zi-play').tap();
  assert.equal(await hint.isVisible(), false, 'paused, the hint goes');
  await context.close();
});

test('reloaded with the network down, the kiosk starts again from the cache of its service worker; other pages have none', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 1280, height: 720, hasTouch: true, path: 'kiosk.html#advance=600' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));
  assert.deepEqual(scopes, [new URL('kiosk.html', suite.url).href], 'one service worker, for the kiosk page only');
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
  assert.ok(await page.locator('.zi-controls').isVisible(), 'the kiosk runs again offline');
  // Its English, which it loads on demand, comes from the cache too.
  await switchLanguage(page);
  assert.equal(await page.locator('.zi-lang').textContent(), '中文');
  const label = await page.locator('.zi-canvas').getAttribute('aria-label');
  assert.doesNotMatch(label, /\p{Script=Han}/u, `drawn in English offline: ${label}`);
  await context.setOffline(false);
  await context.close();
  // The article's page registers nothing and is controlled by nothing.
  const other = await openDemo(suite.browser, suite.url, { width: 1280, height: 720 });
  assert.deepEqual(await other.page.evaluate(async () => [navigator.serviceWorker.controller, (await navigator.serviceWorker.getRegistrations()).length]), [null, 0]);
  await other.context.close();
});

/** The kiosk page with a `share` address in its options, as its operator sets it. */
const sharing = (share) => (page) => page.route('**/kiosk.html*', async (route) => {
  const page = await route.fetch();
  const html = (await page.text()).replace('{"kiosk": true,', `{"kiosk": true, "share": "${share}",`);
  assert.match(html, /"share"/, 'the kiosk page carries the option');
  route.fulfill({ response: page, body: html });
});

/** What the QR code on the page says once it holds `link` (its encoder loads
 *  on demand), read back from its pixels by jsQR; its box; and whether its
 *  modules are whole device pixels. */
async function readCode(page, link) {
  await page.waitForFunction((link) => document.querySelector('.zi-qr-code')?.dataset.link === link, link);
  const { width, height, pixels, box, whole } = await page.evaluate(() => {
    const c = document.querySelector('.zi-qr-code');
    const r = c.getBoundingClientRect();
    return {
      width: c.width,
      height: c.height,
      pixels: [...c.getContext('2d').getImageData(0, 0, c.width, c.height).data],
      box: [r.x, r.y, r.width, r.height],
      whole: Math.abs(r.width * devicePixelRatio - c.width) < 0.5,
    };
  });
  return { text: jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null, box, whole };
}

test('with a `share` address the kiosk shows a QR code of the slide shown, in its language, that decodes to its link', async () => {
  const share = 'https://example.org/zones/';
  for (const [width, height] of [[1920, 1080], [1080, 1920], [3840, 2160], [1280, 1024]]) {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height, hasTouch: true, path: 'kiosk.html#advance=600', before: sharing(share) });
    const first = await readCode(page, `${share}#slide-1&lang=zh`);
    assert.equal(first.text, `${share}#slide-1&lang=zh`, `${width}×${height}: slide 1`);
    assert.ok(first.whole, `${width}×${height}: drawn at its size on the screen, module by device pixel`);
    // On the screen, whole, below the slide, at least 100 px: a phone reads it from arm's length.
    const [x, y, w, h] = first.box;
    assert.ok(x >= 0 && y >= 0 && x + w <= width && y + h <= height && w >= 100, `${width}×${height}: the code's box ${first.box}`);
    const stage = await page.locator('.zi-stage').boundingBox();
    assert.ok(y >= stage.y + stage.height - 1, `${width}×${height}: below the slide`);
    assert.match(await page.locator('.zi-qr-say').textContent(), /手机/);
    assert.equal(await page.locator('.zi-qr-code').getAttribute('aria-label'), `${share}#slide-1&lang=zh`);
    await switchLanguage(page);
    assert.equal((await readCode(page, `${share}#slide-1&lang=en`)).text, `${share}#slide-1&lang=en`, `${width}×${height}: in English`);
    // Every tooltip of the slide (in English, the longest) stays above the bar that holds the code.
    const marks = await page.locator('.zi-mark').count();
    for (let i = 0; i < marks; i++) {
      await page.locator('.zi-mark').nth(i).focus();
      await page.locator('.zi-tooltip').waitFor({ state: 'visible' });
      const [tip, bar] = await page.evaluate(() => [
        document.querySelector('.zi-tooltip').getBoundingClientRect().bottom,
        Math.min(...['.zi-controls', '.zi-qr'].map((s) => document.querySelector(s).getBoundingClientRect().top)),
      ]);
      assert.ok(tip <= bar + 1, `${width}×${height}: tooltip ${i} ends at ${tip}, the bar begins at ${bar}`);
    }
    // Next is not under the code (a tap that reaches it moves on).
    await page.locator('.zi-next').tap();
    assert.equal((await readCode(page, `${share}#slide-2&lang=en`)).text, `${share}#slide-2&lang=en`, `${width}×${height}: slide 2`);
    assert.match(await page.locator('.zi-qr-say').textContent(), /phone/);
    await context.close();
  }
});

test('without a `share` address the kiosk shows no code and loads no encoder', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 1920, height: 1080, hasTouch: true, path: 'kiosk.html#advance=600' });
  const asked = [];
  page.on('request', (r) => r.url().includes('zones-qr') && asked.push(r.url()));
  await page.locator('.zi-next').tap();
  await switchLanguage(page);
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('.zi-qr').isVisible(), false);
  assert.deepEqual(asked, []);
  await context.close();
});

test('a kiosk that starts in English (its words load after the module) shows its loop playing: the pause button and the line inviting a touch', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 1920, height: 1080, hasTouch: true, path: 'kiosk.html#lang=en&advance=600', clock: true });
  await page.waitForFunction(() => document.querySelector('.zi')?.getAttribute('lang') === 'en');
  assert.equal(await page.locator('.zi-play').textContent(), '❚❚');
  assert.equal(await playLabel(page), 'Pause');
  assert.ok(await page.locator('.zi-hint').isVisible(), 'the line inviting a touch');
  assert.match(await page.locator('.zi-hint').textContent(), /Tap/);
  await context.close();
});
