// A fault of the page leaves nothing behind: a mount that fails leaves no
// graphic in its container, a one-time fault stops no graphic, a destroy()
// whose listeners could not be removed leaves none that throws, options whose
// getters throw anything are refused in a line, the download row leaves no
// unhandled rejection, and a container that cannot show a graphic is refused.
// On the test module (target/hostile/pkg, built by scripts/test).
import { test } from 'node:test';
import { existsSync } from 'node:fs';
import assert from 'node:assert/strict';
import { demoSuite, useTestModule, TEST_MODULE as PKG } from './harness.mjs';

const skip = !existsSync(PKG) && 'target/hostile/pkg is not built (scripts/test builds it)';
const suite = demoSuite();

/** A page of the graphic's origin that loads the embed's module and mounts
 *  nothing by itself, with `window.t`: the module, `box()` (a new element on
 *  the page), `roots(el)` (the graphics in it), `works(g, el)` (whether `g`
 *  shows two other slides in turn, and its canvas then describes each) and
 *  `fault(object, name, part)` (makes a method, or an accessor's `get` or
 *  `set`, throw when the module or its downloads' code calls it; returns a
 *  way to lift it). Uncaught exceptions and unhandled rejections are counted
 *  in `t.uncaught`. */
async function openPage() {
  const context = await suite.browser.newContext({ viewport: { width: 760, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await useTestModule(page);
  await page.route('**/empty.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="pkg/zones-infographic.css"><body></body>' }));
  await page.goto(new URL('empty.html', suite.url).href);
  await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const create = Document.prototype.createElement;
    const box = () => document.body.appendChild(create.call(document, 'div'));
    const roots = (el) => el.querySelectorAll(':scope > .zi').length;
    const works = (g, el) => {
      try {
        const [x, y] = [(g.slide() + 1) % 5, (g.slide() + 2) % 5];
        g.show(x);
        const first = el.querySelector('.zi-canvas')?.getAttribute('aria-label');
        g.show(y);
        const second = el.querySelector('.zi-canvas')?.getAttribute('aria-label');
        return g.slide() === y && !!first && first !== second;
      } catch (e) {
        return String(e);
      }
    };
    const fault = (object, name, part = 'value') => {
      const was = Object.getOwnPropertyDescriptor(object, name);
      const real = was[part];
      Object.defineProperty(object, name, {
        ...was,
        [part]: function (...args) {
          if (/wasm-function|zones-infographic\.js|zones-save\.js/.test(new Error().stack)) throw new Error('host fault');
          return Reflect.apply(real, this, args);
        },
      });
      return () => Object.defineProperty(object, name, was);
    };
    const t = { Infographic, box, roots, works, fault, uncaught: 0 };
    addEventListener('error', () => t.uncaught++);
    addEventListener('unhandledrejection', () => t.uncaught++);
    window.t = t;
  });
  return { context, page, errors };
}

test('a fault during a mount leaves at most one graphic in its container; a later mount replaces it, and destroy() leaves the container empty', { skip }, async () => {
  const { context, page, errors } = await openPage();
  const r = await page.evaluate(() => {
    const { Infographic, box, roots, works, fault } = window.t;
    const faults = {
      // The page's first mount builds the template the others copy.
      'Document.createElement (first mount)': [Document.prototype, 'createElement'],
      'ResizeObserver.observe': [ResizeObserver.prototype, 'observe'],
      'window.devicePixelRatio': [window, 'devicePixelRatio', 'get'],
      'Math.random': [Math, 'random'],
      'Node.cloneNode': [Node.prototype, 'cloneNode'],
      'Node.appendChild': [Node.prototype, 'appendChild'],
      'Element.setAttribute': [Element.prototype, 'setAttribute'],
      'Element.getElementsByTagName': [Element.prototype, 'getElementsByTagName'],
      'EventTarget.addEventListener': [EventTarget.prototype, 'addEventListener'],
    };
    return Object.entries(faults).map(([name, where]) => {
      const el = box();
      const lift = fault(...where);
      let failed = null;
      try {
        new Infographic(el, { hash: false });
      } catch (e) {
        failed = e instanceof Error ? e.message : `not an Error: ${e}`;
      }
      lift();
      const underFault = roots(el);
      const again = new Infographic(el, { hash: false });
      const after = { roots: roots(el), works: works(again, el), messages: el.querySelectorAll('.zi-error').length };
      again.destroy();
      return { name, failed, underFault, ...after, left: el.children.length };
    });
  });
  await context.close();
  for (const m of r) {
    if (m.failed !== null) {
      assert.match(m.failed, /^Infographic: /, `${m.name}: a failed mount says so`);
      assert.equal(m.underFault, 0, `${m.name}: a failed mount leaves no graphic`);
    } else {
      assert.equal(m.underFault, 1, `${m.name}: a mount that succeeds is one graphic`);
    }
    assert.deepEqual([m.roots, m.works, m.messages, m.left], [1, true, 0, 0], `${m.name}: the next mount is the one graphic there, works, and leaves nothing when destroyed`);
  }
  assert.deepEqual(errors, []);
});

test('a pointerdown while Date.now throws, or a PNG while the canvas width setter throws, stops no graphic', { skip }, async () => {
  const { context, page, errors } = await openPage();
  const r = await page.evaluate(async () => {
    const { Infographic, box, works, fault } = window.t;
    const [a, b] = [box(), box()];
    const ga = new Infographic(a, { hash: false });
    const gb = new Infographic(b, { hash: false });
    let lift = fault(Date, 'now');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    ga.next();
    lift();
    const afterNow = [works(ga, a), works(gb, b)];
    lift = fault(HTMLCanvasElement.prototype, 'width', 'set');
    const png = await ga.toBlob('png').then((blob) => blob.type, (e) => e.message);
    lift();
    return { afterNow, png: typeof png, afterWidth: [works(ga, a), works(gb, b)], pngAfter: (await ga.toBlob('png')).type };
  });
  await context.close();
  assert.deepEqual(r, { afterNow: [true, true], png: 'string', afterWidth: [true, true], pngAfter: 'image/png' });
  assert.deepEqual(errors, []);
});

test('a destroy() whose removeEventListener throws leaves no listener that throws when the page is used', { skip }, async () => {
  const { context, page, errors } = await openPage();
  const r = await page.evaluate(() => {
    const { Infographic, box, works, fault } = window.t;
    const el = box();
    const other = box();
    const g = new Infographic(el, { hash: false });
    const h = new Infographic(other, { hash: false });
    const lift = fault(EventTarget.prototype, 'removeEventListener');
    g.destroy();
    lift();
    for (let i = 0; i < 100; i++) {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    return { left: el.children.length, other: works(h, other), uncaught: window.t.uncaught };
  });
  await context.close();
  assert.deepEqual(r, { left: 0, other: true, uncaught: 0 });
  assert.deepEqual(errors, []);
});

test('options whose getters throw anything are refused in an Error of at most 200 characters, and the container says so', { skip }, async () => {
  const { context, page, errors } = await openPage();
  const r = await page.evaluate(() => {
    const { Infographic, box } = window.t;
    const thrown = {
      'a 1 MB message': () => new Error('x'.repeat(1 << 20)),
      'an object with no prototype': () => Object.create(null),
      'an object whose message throws': () => ({ get message() { throw new Error('no'); } }),
      'an object whose toString throws': () => ({ toString() { throw new Error('no'); } }),
      'a string': () => 'refused',
    };
    return Object.entries(thrown).map(([name, what]) => {
      const el = box();
      let said;
      try {
        new Infographic(el, { get lang() { throw what(); } });
        said = 'mounted';
      } catch (e) {
        said = e instanceof Error ? e.message : `not an Error: ${typeof e}`;
      }
      const shown = el.querySelector('.zi-error')?.textContent ?? '';
      return { name, said: said.slice(0, 300), length: said.length, shown: shown === said, roots: el.querySelectorAll('.zi').length };
    });
  });
  await context.close();
  for (const m of r) {
    assert.match(m.said, /^options: could not be read \(/, `${m.name}: ${m.said}`);
    assert.ok(m.length <= 200, `${m.name}: ${m.length} characters`);
    assert.deepEqual([m.shown, m.roots], [true, 0], `${m.name}: the container shows the message, and no graphic`);
  }
  assert.deepEqual(errors, []);
});

test('the download row leaves no unhandled rejection when setTimeout or textContent throws', { skip }, async () => {
  const { context, page, errors } = await openPage();
  await page.evaluate(() => {
    const { Infographic, box } = window.t;
    window.t.g = new Infographic(box(), { hash: false });
  });
  for (const [object, name, part] of [['window', 'setTimeout', 'value'], ['Node.prototype', 'textContent', 'set']]) {
    await page.evaluate(([object, name, part]) => {
      window.t.lift = window.t.fault(eval(object), name, part);
      for (const button of document.querySelectorAll('.zi-save button')) button.click();
    }, [object, name, part]);
    // The downloads' code loads, fetches the files and says how it went.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.evaluate(() => window.t.lift());
  }
  const uncaught = await page.evaluate(() => window.t.uncaught);
  await context.close();
  assert.equal(uncaught, 0, 'unhandled rejections');
  assert.deepEqual(errors, []);
});

test('a container that cannot show a graphic is refused by its tag, and an options getter that mounts on the same element leaves one graphic', { skip }, async () => {
  const { context, page, errors } = await openPage();
  const r = await page.evaluate(() => {
    const { Infographic, box, roots } = window.t;
    const refused = ['head', 'img', 'input', 'br', 'iframe', 'canvas', 'template', 'style', 'script'].map((tag) => {
      const el = tag === 'head' ? document.head : document.body.appendChild(document.createElement(tag));
      const before = el.children.length;
      try {
        new Infographic(el, {});
        return { tag, said: 'accepted' };
      } catch (e) {
        return { tag, said: e.message, added: el.children.length - before };
      }
    });
    const el = box();
    new Infographic(el, { hash: false, get lang() { new Infographic(el, { hash: false }); return 'en'; } });
    return { refused, roots: roots(el) };
  });
  await context.close();
  for (const m of r.refused) {
    assert.match(m.said, new RegExp(`^Infographic: a <${m.tag}> element cannot show a graphic`), m.tag);
    assert.equal(m.added, 0, `${m.tag}: nothing was added to it`);
  }
  assert.equal(r.roots, 1, 'one graphic where a getter mounted another');
  assert.deepEqual(errors, []);
});

test('the demo article keeps the space it reserved for the graphic when the wasm cannot load: its fallback takes it', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  // The wasm is held until the reserved space is measured, then answered 404.
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route('**/pkg/zones_infographic_bg.wasm', async (route) => {
    await held;
    await route.fulfill({ status: 404, body: '' });
  });
  await page.goto(suite.url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.querySelector('#infographic')?.offsetHeight > 100);
  const reserved = await page.evaluate(() => document.querySelector('#infographic').offsetHeight);
  release();
  await page.waitForSelector('#infographic > .zi-failed');
  await page.waitForFunction(() => [...document.querySelectorAll('#infographic img')].every((img) => img.complete));
  const failed = await page.evaluate(() => document.querySelector('#infographic').offsetHeight);
  await page.waitForLoadState('networkidle');
  await context.close();
  assert.ok(failed >= reserved * 0.9, `the container went from ${reserved} to ${failed} px`);
});

test('the demo article keeps the space it reserved when the embed\'s stylesheet cannot load: no layout shift', async () => {
  for (const [width, height, mobile] of [[375, 812, true], [1000, 900, false]]) {
    const context = await suite.browser.newContext({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    // The embed's stylesheet answers 404; its module is held until the space
    // the container holds without it is measured.
    await page.route('**/pkg/zones-infographic.css', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: '' }));
    let release;
    const held = new Promise((done) => { release = done; });
    await page.route('**/pkg/zones-infographic.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(suite.url, { waitUntil: 'commit' });
    // The page parsed, and its own stylesheet and the reserve stylesheet loaded
    // (the module is async, so neither holds back the other).
    await page.waitForFunction(() => document.querySelector('.embed-frame')
      && getComputedStyle(document.querySelector('.article')).maxWidth === '760px'
      && document.querySelector('link[href="fallback/reserve.css"]')?.sheet?.cssRules.length > 0);
    const reserved = await page.evaluate(() => document.querySelector('#infographic').getBoundingClientRect().height);
    release();
    await page.waitForFunction(() => document.querySelector('#infographic .zi-canvas')?.getAttribute('aria-label'));
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(100);
    const shift = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    await page.waitForLoadState('networkidle');
    await context.close();
    assert.ok(reserved > 700, `${width} px: ${reserved} px reserved without the embed's stylesheet`);
    assert.ok(shift <= 0.02, `${width} px: cumulative layout shift ${shift} without the embed's stylesheet`);
  }
});

test('where the wasm cannot load, the fallback holds the height reserved for the graphic, in the iframe page and the demo article, on phones and desktops', async () => {
  const heights = [];
  for (const [path, width] of [['embed.html', 375], ['embed.html', 760], ['embed.html', 1280], ['', 375], ['', 412]]) {
    const context = await suite.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    // The wasm is held until the reserved space is measured, then answered 404.
    let release;
    const held = new Promise((done) => { release = done; });
    await page.route('**/pkg/zones_infographic_bg.wasm', async (route) => {
      await held;
      await route.fulfill({ status: 404, body: '' });
    });
    await page.goto(suite.url + path, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('#infographic')?.offsetHeight > 100);
    const reserved = await page.evaluate(() => document.querySelector('#infographic').getBoundingClientRect().height);
    release();
    await page.waitForSelector('#infographic > .zi-failed');
    await page.waitForFunction(() => [...document.querySelectorAll('#infographic img')].every((img) => img.complete));
    await page.evaluate(() => document.fonts.ready);
    const failed = await page.evaluate(() => document.querySelector('#infographic').getBoundingClientRect().height);
    await page.waitForLoadState('networkidle');
    await context.close();
    heights.push(`${path || 'index.html'} at ${width} px: ${reserved.toFixed(1)} px reserved, ${failed.toFixed(1)} px with the fallback`);
    assert.ok(Math.abs(failed - reserved) <= 1, heights.at(-1));
  }
});

test('a graphic mounted while ResizeObserver observe throws says so on the console and follows the window\'s size; destroyed, it leaves no listener', { skip }, async () => {
  const { context, page, errors } = await openPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.evaluate(() => {
    const { Infographic, box, fault } = window.t;
    // The window's resize listeners, counted.
    window.resizeListeners = new Set();
    const [add, remove] = [window.addEventListener, window.removeEventListener];
    window.addEventListener = function (type, f, ...rest) {
      if (type === 'resize') resizeListeners.add(f);
      return add.call(this, type, f, ...rest);
    };
    window.removeEventListener = function (type, f, ...rest) {
      if (type === 'resize') resizeListeners.delete(f);
      return remove.call(this, type, f, ...rest);
    };
    const lift = fault(ResizeObserver.prototype, 'observe');
    window.el = box();
    window.g = new Infographic(window.el, { hash: false });
    lift();
  });
  // The width the slide is drawn at (its bitmap may be wider, clipped) against
  // the width the graphic has, once the window is narrower.
  const widths = () => page.evaluate(() => [window.el.querySelector('.zi-paint').getBoundingClientRect().width, window.el.clientWidth]);
  const wide = await widths();
  await page.setViewportSize({ width: 420, height: 900 });
  const followed = await page.waitForFunction(() => Math.abs(window.el.querySelector('.zi-paint').getBoundingClientRect().width - window.el.clientWidth) <= 1, null, { timeout: 3000 }).then(() => true, () => false);
  const narrow = await widths();
  const r = await page.evaluate(() => {
    const listening = resizeListeners.size;
    g.destroy();
    return { listening, afterDestroy: resizeListeners.size, left: el.children.length, uncaught: t.uncaught };
  });
  await page.setViewportSize({ width: 760, height: 900 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const uncaught = await page.evaluate(() => t.uncaught);
  await context.close();
  assert.ok(followed, `the slide stayed ${narrow[0]} px wide in a graphic ${narrow[1]} px wide (it was ${wide[0]} of ${wide[1]})`);
  assert.equal(warnings.filter((w) => /^zones-infographic: .*ResizeObserver.*window/.test(w)).length, 1, `one warning that names the fault: ${JSON.stringify(warnings)}`);
  assert.deepEqual(r, { listening: 1, afterDestroy: 0, left: 0, uncaught: 0 });
  assert.equal(uncaught, 0);
  assert.deepEqual(errors, []);
});
