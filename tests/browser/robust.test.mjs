// A host's mistakes and hostile pages: arguments of the wrong type, huge input,
// a failed mount, destroy and free, and a graphic inside a shadow root.
import assert from 'node:assert/strict';
import { demoSuite, openDemo, test } from './harness.mjs';

const suite = demoSuite();

/** Runs `body` in the demo page, with `window.zi` holding the module's
 *  `Infographic`, its `memory`, `box()` (a new element on the page) and
 *  `attempt(f)` (f's value, or the message of the Error it threw). */
async function inPage(body) {
  const { context, page } = await openDemo(suite.browser, suite.url);
  try {
    await page.evaluate(async () => {
      const { Infographic, ready } = await import('./pkg/zones-infographic.js');
      const { memory } = await ready;
      const box = () => document.body.appendChild(document.createElement('div'));
      const attempt = (f) => {
        try {
          return { value: f() };
        } catch (e) {
          return { error: e instanceof Error ? e.message : `not an Error: ${String(e)}` };
        }
      };
      window.zi = { Infographic, memory, box, attempt };
    });
    return await page.evaluate(body);
  } finally {
    await context.close();
  }
}

test('arguments of the wrong type throw an Error that names the argument', async () => {
  const r = await inPage(() => {
    const { Infographic, memory, box, attempt } = window.zi;
    const g = new Infographic(box(), {});
    return {
      nullContainer: attempt(() => new Infographic(null, {})),
      stringContainer: attempt(() => new Infographic('#chart', {})),
      nullLanguage: attempt(() => g.setLanguage(null)),
      numberLanguage: attempt(() => g.setLanguage(5)),
      textIndex: attempt(() => g.show('x')),
      nanIndex: attempt(() => g.show(NaN)),
      arrayOptions: attempt(() => new Infographic(box(), [1, 2])),
    };
  });
  assert.deepEqual(r, {
    nullContainer: { error: 'Infographic: the container must be an HTML element, not null' },
    stringContainer: { error: 'Infographic: the container must be an HTML element, not "#chart"' },
    nullLanguage: { error: 'setLanguage: the language must be "zh" or "en", not null' },
    numberLanguage: { error: 'setLanguage: the language must be "zh" or "en", not 5' },
    textIndex: { error: 'show: the slide index must be a number, not "x"' },
    nanIndex: { error: 'show: the slide index must be a number, not number' },
    arrayOptions: { error: 'options: must be an object such as {"lang": "en"}, or its JSON' },
  });
});

test('show() clamps to the first and last slide instead of wrapping', async () => {
  const r = await inPage(() => {
    const { Infographic, memory, box, attempt } = window.zi;
    const g = new Infographic(box(), {});
    const at = (i) => { g.show(i); return g.slide(); };
    return [at(-1), at(2 ** 32 + 1), at(-(2 ** 40)), at(Infinity), at(2.7), at(-Infinity)];
  });
  assert.deepEqual(r, [0, 4, 0, 4, 2, 0]);
});

test('a message quotes at most 80 characters of a huge input', async () => {
  const r = await inPage(() => {
    const { Infographic, memory, box, attempt } = window.zi;
    const el = box();
    const thrown = attempt(() => new Infographic(el, JSON.stringify({ ['k'.repeat(1e6)]: 1 })));
    return { thrown: thrown.error.length, shown: el.querySelector('.zi-error').textContent.length };
  });
  assert.ok(r.thrown < 200 && r.shown < 200, `messages of ${r.thrown} and ${r.shown} characters`);
});

test("a failed mount's message goes when a later mount succeeds, and destroy leaves the container empty", async () => {
  const r = await inPage(() => {
    const { Infographic, memory, box, attempt } = window.zi;
    const el = box();
    attempt(() => new Infographic(el, '{bad'));
    const before = el.querySelectorAll('.zi-error').length;
    const g = new Infographic(el, {});
    const during = el.querySelectorAll('.zi-error').length;
    g.destroy();
    return [before, during, el.children.length];
  });
  assert.deepEqual(r, [1, 0, 0]);
});

test('destroy frees the graphic at once: 200 mounts and destroys grow wasm memory by under 1 MB', async () => {
  const r = await inPage(() => {
    const { Infographic, memory, box, attempt } = window.zi;
    const el = box();
    const cycle = () => { const g = new Infographic(el, {}); g.next(); g.destroy(); };
    for (let i = 0; i < 20; i++) cycle();
    const start = memory.buffer.byteLength;
    for (let i = 0; i < 200; i++) cycle();
    return { grew: memory.buffer.byteLength - start, left: el.children.length };
  });
  assert.equal(r.left, 0);
  assert.ok(r.grew < 1e6, `wasm memory grew by ${r.grew} bytes`);
});

test('free() means destroy(), and either after the other does nothing', async () => {
  const r = await inPage(() => {
    const { Infographic, memory, box, attempt } = window.zi;
    const a = box(), b = box();
    const g = new Infographic(a, {});
    g.free();
    const afterFree = a.children.length;
    const again = attempt(() => g.destroy());
    const h = new Infographic(b, {});
    h.destroy();
    const freeAfterDestroy = attempt(() => h.free());
    return { afterFree, again, freeAfterDestroy, left: b.children.length };
  });
  assert.deepEqual(r, { afterFree: 0, again: { value: undefined }, freeAfterDestroy: { value: undefined }, left: 0 });
});

test('free() in a host\'s handler of the graphic\'s events, or of one its own call caused (a focused figure removed by show()), throws nothing and frees it once that call returns', async () => {
  const r = await inPage(async () => {
    const { Infographic, box, attempt } = window.zi;
    const uncaught = [];
    addEventListener('error', (e) => uncaught.push(e.message));
    const rounds = [];
    for (let i = 0; i < 3; i++) {
      const el = box();
      const g = new Infographic(el, { hash: false });
      // The slide with the most figure buttons, its last one focused, then the
      // slide with the fewest: show() removes the focused button, and the
      // browser tells the page (focusout) inside that call.
      const counts = [0, 1, 2, 3, 4].map((k) => { g.show(k); return el.querySelectorAll('.zi-mark').length; });
      g.show(counts.indexOf(Math.max(...counts)));
      [...el.querySelectorAll('.zi-mark')].at(-1).focus();
      let inHandler;
      el.addEventListener('focusout', () => { inHandler = attempt(() => g.free()); }, { once: true });
      const shown = attempt(() => g.show(counts.indexOf(Math.min(...counts))));
      // The module's hold on it (wasm-bindgen's pointer) is given up once show() has returned.
      rounds.push({ inHandler, shown, left: el.children.length, released: g.__wbg_ptr === 0, after: attempt(() => g.slide()).error });
    }
    // free() in a handler of the graphic's own events (slide, after next() and
    // after a press on Next; lang; figure).
    const events = {};
    for (const [kind, cause] of [['slide', (g) => g.next()], ['slide', (g, el) => el.querySelector('.zi-next').click()], ['lang', (g) => g.setLanguage('en')], ['figure', (g, el) => { g.show(1); el.querySelector('.zi-mark').focus(); }]]) {
      const el = box();
      const g = new Infographic(el, { hash: false });
      let inHandler;
      // The event comes after the call (English, loaded on demand, later still).
      const heard = new Promise((done) => el.addEventListener(`zones-infographic:${kind}`, () => setTimeout(done, 20), { once: true }));
      el.addEventListener(`zones-infographic:${kind}`, () => { inHandler = attempt(() => g.free()); }, { once: true });
      const caused = attempt(() => cause(g, el));
      await Promise.race([heard, new Promise((done) => setTimeout(done, 5000))]);
      (events[kind] ??= []).push({ inHandler, caused, left: el.children.length, released: g.__wbg_ptr === 0 });
    }
    await new Promise((done) => setTimeout(done, 50));
    const later = new Infographic(box(), {});
    later.show(3);
    return { rounds, events, uncaught, later: later.slide() };
  });
  for (const [kind, each] of Object.entries(r.events)) {
    for (const e of each) assert.deepEqual(e, { inHandler: { value: undefined }, caused: { value: undefined }, left: 0, released: true }, kind);
  }
  for (const round of r.rounds) {
    assert.deepEqual(round, {
      inHandler: { value: undefined },
      shown: { value: undefined },
      left: 0,
      released: true,
      after: 'zones-infographic: slide() on a graphic that was freed (free() or using); mount a new one',
    });
  }
  assert.deepEqual(r.uncaught, []);
  assert.equal(r.later, 3);
});

test('new Infographic before the module has loaded throws an Error saying to await ready; after it, it mounts', async () => {
  const r = await inPage(async () => {
    const { box } = window.zi;
    // A second copy of the module, not loaded yet when its import resolves.
    const { Infographic, ready } = await import('./pkg/zones-infographic.js?early');
    let early;
    try {
      new Infographic(box(), {});
    } catch (e) {
      early = e.message;
    }
    await ready;
    const g = new Infographic(box(), {});
    return { early, mounted: g instanceof Infographic && g.slideCount() };
  });
  assert.deepEqual(r, { early: 'zones-infographic: the module is still loading; await ready before new Infographic(…)', mounted: 5 });
});

test('every method of a freed graphic throws an Error saying it was freed, and the module goes on working', async () => {
  const r = await inPage(() => {
    const { Infographic, box, attempt } = window.zi;
    const g = new Infographic(box(), {});
    g.free();
    const calls = { next: () => g.next(), prev: () => g.prev(), show: () => g.show(1), slide: () => g.slide(), slideCount: () => g.slideCount(), lang: () => g.lang(), setLanguage: () => g.setLanguage('en') };
    const said = Object.entries(calls).map(([name, call]) => [name, attempt(call).error]);
    // 20,000 such calls leave the module as it was.
    for (let i = 0; i < 20000; i++) attempt(() => g.slide());
    const h = new Infographic(box(), {});
    h.show(2);
    return g.toBlob('csv').then(() => 'resolved', (e) => e.message).then((blob) => ({ said, blob, after: h.slide() }));
  });
  assert.equal(r.blob, 'zones-infographic: toBlob() on a graphic that was freed (free() or using); mount a new one');
  for (const [name, error] of r.said) assert.equal(error, `zones-infographic: ${name}() on a graphic that was freed (free() or using); mount a new one`);
  assert.equal(r.after, 2);
});

test('a mount without ResizeObserver fails cleanly; one whose matchMedia returns null works', async () => {
  const r = await inPage(async () => {
    const { Infographic, box, attempt } = window.zi;
    const saved = window.ResizeObserver;
    window.ResizeObserver = undefined;
    const el = box();
    const failed = attempt(() => new Infographic(el, {}));
    window.ResizeObserver = saved;
    const kept = [...el.children].map((c) => c.className);
    const savedMedia = window.matchMedia;
    window.matchMedia = () => null;
    const ok = box();
    const made = attempt(() => new Infographic(ok, {}));
    await new Promise((r) => setTimeout(r, 100));
    window.matchMedia = savedMedia;
    // The module still works after both.
    const later = new Infographic(box(), {});
    later.next();
    return { failed: failed.error, kept, made: !made.error, drawn: ok.querySelector('.zi-canvas')?.width > 0, later: later.slide() };
  });
  assert.match(r.failed, /^Infographic: this browser cannot run the graphic/);
  assert.deepEqual(r.kept, ['zi-error'], 'only the message stays');
  assert.ok(r.made && r.drawn, 'mounted and drawn without matchMedia');
  assert.equal(r.later, 1);
});

test('inside a shadow root a click on a figure leaves its tooltip up, and a click outside closes it', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 900, height: 900 });
  await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    document.querySelector('#infographic').remove();
    const host = document.body.insertBefore(document.createElement('div'), document.body.firstChild);
    const shadow = host.attachShadow({ mode: 'open' });
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = 'pkg/zones-infographic.css';
    shadow.append(css);
    await new Promise((r) => css.addEventListener('load', r));
    const el = shadow.appendChild(document.createElement('div'));
    window.shadowed = new Infographic(el, {});
  });
  const cell = await page.evaluate(() => {
    const root = document.querySelector('div').shadowRoot;
    const m = root.querySelector('.zi-mark');
    const r = m.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.click(cell.x, cell.y);
  const shown = () => page.evaluate(() => !document.querySelector('div').shadowRoot.querySelector('.zi-tooltip').hidden);
  assert.equal(await shown(), true, 'the tooltip stays after the click');
  await page.mouse.click(5, 880);
  assert.equal(await shown(), false, 'a click outside closes it');
  await context.close();
});

test('a canvas that throws on every call fails its drawings quietly, once reported, and breaks nothing', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url);
  const r = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const el = document.body.appendChild(document.createElement('div'));
    const g = new Infographic(el, { hash: false });
    const proto = CanvasRenderingContext2D.prototype;
    const real = proto.fillRect;
    proto.fillRect = () => { throw new Error('host fault'); };
    let escaped = 0;
    for (let i = 0; i < 2000; i++) {
      try { g.show(i % 5); } catch { escaped++; }
    }
    proto.fillRect = real;
    g.show(1);
    const fresh = document.body.appendChild(document.createElement('div'));
    const h = new Infographic(fresh, { hash: false });
    h.next();
    const c = fresh.querySelector('.zi-canvas');
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let k = 0; k < px.length; k += 4) if (px[k] !== px[0]) ink++;
    return { escaped, slide: g.slide(), fresh: h.slide(), ink };
  });
  const reported = problems.splice(0).filter((p) => /drawing slide \d failed/.test(p));
  assert.equal(r.escaped, 0, 'no exception reached the caller');
  assert.deepEqual([r.slide, r.fresh], [1, 1], 'both graphics still work');
  assert.ok(r.ink > 1000, 'the new graphic draws');
  assert.equal(reported.length, 1, 'the failure is reported once');
  await context.close();
});

test('layout reads that throw (offsetWidth, clientWidth) break no graphic', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url);
  const r = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const el = document.body.appendChild(document.createElement('div'));
    const g = new Infographic(el, { hash: false });
    const canvas = el.querySelector('.zi-canvas');
    const mark = el.querySelector('.zi-mark');
    const saved = ['offsetWidth', 'offsetHeight', 'clientWidth'].map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name) ?? Object.getOwnPropertyDescriptor(Element.prototype, name)]);
    for (const [name] of saved) Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get() { throw new Error('host fault'); } });
    let escaped = 0;
    for (let i = 0; i < 5000; i++) {
      try {
        canvas.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', bubbles: true, clientX: 0, clientY: 0 }));
        canvas.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', bubbles: true, clientX: mark.getBoundingClientRect().x + 5, clientY: mark.getBoundingClientRect().y + 5 }));
        if (i % 500 === 0) g.show(i % 5);
      } catch { escaped++; }
    }
    for (const [name] of saved) delete HTMLElement.prototype[name];
    const h = new Infographic(document.body.appendChild(document.createElement('div')), { hash: false });
    h.next();
    g.next();
    return { escaped, g: g.slide(), h: h.slide() };
  });
  assert.deepEqual(r, { escaped: 0, g: 1, h: 1 });
  await context.close();
});

/** Hovers the centre of every region; returns how many showed their own figure. */
async function hoverEveryRegion(page) {
  return page.evaluate(async () => {
    const marks = [...document.querySelectorAll('.zi-mark')];
    const head = document.querySelector('.zi-tip-headline');
    const canvas = document.querySelector('.zi-canvas');
    let right = 0;
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, pointerType: 'mouse', bubbles: true };
      canvas.dispatchEvent(new PointerEvent('pointermove', at));
      const label = m.getAttribute('aria-label') || '';
      if (!document.querySelector('.zi-tooltip').hidden && label.includes(head.textContent)) right++;
    }
    return { right, of: marks.length };
  });
}

test('under a host CSS zoom every region picks its own figure and the bitmap is drawn at the zoomed resolution', async () => {
  for (const [where, zoom] of [['html', 2], ['html', 0.5], ['#infographic', 1.5]]) {
    const { context, page } = await openDemo(suite.browser, suite.url, { width: 1200, height: 900 });
    await page.evaluate(([where, zoom]) => {
      document.querySelector(where).style.zoom = String(zoom);
    }, [where, zoom]);
    // The zoom changes the graphic's width, so it lays out and draws again, at
    // the zoomed pixel ratio.
    await page.waitForFunction((zoom) => {
      const c = document.querySelector('.zi-canvas');
      return Math.abs(c.width / c.offsetWidth - Math.max(1, zoom)) < 0.01;
    }, zoom, { timeout: 5000 });
    const { right, of } = await hoverEveryRegion(page);
    assert.equal(right, of, `${where} {zoom: ${zoom}}: ${right} of ${of} regions showed their own figure`);
    const ratio = await page.evaluate(() => {
      const c = document.querySelector('.zi-canvas');
      return c.width / c.offsetWidth;
    });
    assert.ok(Math.abs(ratio - Math.max(1, zoom)) < 0.01, `${where} {zoom: ${zoom}}: ${ratio} bitmap pixels per CSS pixel`);
    await context.close();
  }
});

test('host CSS that unsets everything still gets a drawn graphic with its regions', async () => {
  for (const rule of ['* { all: unset }']) {
    const { context, page } = await openDemo(suite.browser, suite.url, { width: 900, height: 900, bypassCSP: true });
    const r = await page.evaluate(async (rule) => {
      const style = document.createElement('style');
      style.textContent = rule;
      document.head.append(style);
      const { Infographic, ready } = await import('./pkg/zones-infographic.js');
      await ready;
      const el = document.body.appendChild(document.createElement('div'));
      const g = new Infographic(el, { hash: false });
      await new Promise((r) => setTimeout(r, 200));
      const c = el.querySelector('.zi-canvas');
      return { width: c.offsetWidth, marks: el.querySelectorAll('.zi-mark').length, label: c.getAttribute('aria-label') || '', slide: (g.next(), g.slide()) };
    }, rule);
    assert.ok(r.width > 280, `${rule}: the canvas is ${r.width} px wide`);
    assert.ok(r.marks > 10 && r.label.length > 20, `${rule}: ${r.marks} region buttons, label "${r.label.slice(0, 30)}"`);
    assert.equal(r.slide, 1);
    await context.close();
  }
});

test('in a container that sizes to its content the graphic is 640 px wide (or the viewport), and drawn; in a block it fills', async () => {
  const shapes = {
    flex: ['display:flex', ''],
    'inline-block': ['', 'display:inline-block'],
    float: ['', 'float:left'],
    'grid auto column': ['display:grid;grid-template-columns:auto 1fr', ''],
    absolute: ['position:relative', 'position:absolute'],
    'fit-content': ['', 'width:fit-content'],
    'vertical writing': ['writing-mode:vertical-rl', ''],
    block: ['', ''],
  };
  for (const width of [1000, 1400, 480]) {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height: 900 });
    const r = await page.evaluate(async (shapes) => {
      const { Infographic, ready } = await import('./pkg/zones-infographic.js');
      await ready;
      // Out of the way, not removed: removing it would cut off what its
      // iframe still loads (its English, on demand).
      document.querySelector('.article').style.display = 'none';
      const out = {};
      for (const [name, [outer, inner]] of Object.entries(shapes)) {
        const host = document.body.appendChild(document.createElement('div'));
        host.style.cssText = outer;
        const el = host.appendChild(document.createElement('div'));
        el.style.cssText = inner;
        const g = new Infographic(el, { hash: false });
        await new Promise((r) => setTimeout(r, 150));
        const c = el.querySelector('.zi-canvas');
        out[name] = { canvas: c ? c.getBoundingClientRect().width : 0, paint: el.querySelector('.zi-paint')?.getBoundingClientRect().width ?? 0, marks: el.querySelectorAll('.zi-mark').length };
        g.destroy();
        host.remove();
      }
      return out;
    }, shapes);
    for (const [name, got] of Object.entries(r)) {
      const want = name === 'block' ? width : Math.min(640, width);
      assert.ok(Math.abs(got.paint - want) <= 1, `${width} px page, ${name}: the drawing is ${got.paint} px wide, not ${want}`);
      assert.ok(got.marks > 10, `${width} px page, ${name}: ${got.marks} regions`);
    }
    await context.close();
  }
});

test('2,000 random events (pointers, taps, keys, clicks, resizes, language, show) leave no error and a working graphic', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url, { width: 760, height: 900, hasTouch: true });
  const r = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const el = document.body.appendChild(document.createElement('div'));
    const g = new Infographic(el, { hash: false });
    // A fixed seed: the same events on every run.
    let seed = 12345;
    const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const canvas = () => el.querySelector('.zi-canvas');
    const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Escape', 'Tab', 'a'];
    let thrown = 0;
    for (let i = 0; i < 2000; i++) {
      try {
        const c = canvas().getBoundingClientRect();
        const at = { clientX: c.left + rand(Math.max(1, c.width)), clientY: c.top + rand(Math.max(1, c.height)), bubbles: true, pointerId: 1 };
        switch (rand(10)) {
          case 0: canvas().dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' })); break;
          case 1: canvas().dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'touch' })); canvas().dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'touch' })); break;
          case 2: el.querySelector('.zi').dispatchEvent(new KeyboardEvent('keydown', { key: keys[rand(keys.length)], bubbles: true })); break;
          case 3: el.querySelector('.zi-next').click(); break;
          case 4: el.querySelectorAll('.zi-step')[rand(5)]?.click(); break;
          case 5: el.style.width = `${280 + rand(1000)}px`; break;
          case 6: el.querySelector('.zi-lang').click(); break;
          case 7: g.show(rand(9) - 2); break;
          case 8: el.querySelector('.zi-mark')?.focus(); break;
          default: document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })); break;
        }
      } catch { thrown++; }
      if (i % 200 === 0) await new Promise((r) => requestAnimationFrame(r));
    }
    el.style.width = '';
    await new Promise((r) => setTimeout(r, 300));
    g.show(0);
    g.next();
    const c = canvas();
    return { thrown, slide: g.slide(), drawn: c.width > 0 && (c.getAttribute('aria-label') || '').length > 20, marks: el.querySelectorAll('.zi-mark').length };
  });
  assert.deepEqual(problems.splice(0), [], 'no console error');
  assert.deepEqual(r, { thrown: 0, slide: 1, drawn: true, marks: r.marks });
  assert.ok(r.marks > 5);
  await context.close();
});

test('horizontal swipes on the page text beside the graphic never navigate history, nor do the graphic\'s own', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 375, height: 700, dpr: 2, hasTouch: true, isMobile: true });
  // A page before the article, for a history swipe to go back to (once the
  // article's iframe embed has loaded: leaving earlier aborts its requests).
  await page.waitForLoadState('networkidle');
  await page.goto(new URL('embed.html?before', suite.url).href);
  await page.goto(suite.url);
  await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
  const entries = await page.evaluate(() => history.length);
  const cdp = await context.newCDPSession(page);
  const swipe = async (selector) => {
    const box = await page.locator(selector).first().boundingBox();
    for (const dir of [1, -1, 1, -1, 1]) {
      await cdp.send('Input.synthesizeScrollGesture', { x: box.x + box.width / 2, y: box.y + Math.min(20, box.height / 2), xDistance: dir * 300, yDistance: 0, gestureSourceType: 'touch', speed: 2000 });
    }
  };
  for (let k = 0; k < 4; k++) await swipe('.article p');
  await page.locator('.zi-canvas').scrollIntoViewIfNeeded();
  for (let k = 0; k < 4; k++) await swipe('.zi-canvas');
  assert.equal(page.url(), suite.url, '20 swipes on the text and 20 on the graphic left the page where it was');
  assert.equal(await page.evaluate(() => history.length), entries, 'and added no history entry');
  await page.waitForLoadState('networkidle');
  await context.close();
});

test("a page whose DOM throws during the first mount gets a working graphic at the next one (a failed template is not kept)", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 760, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A page of the graphic's origin that loads the module and mounts nothing by itself.
  await page.route('**/empty.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="pkg/zones-infographic.css"><body></body>' }));
  await page.goto(new URL('empty.html', suite.url).href);
  const r = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const box = () => document.body.appendChild(document.createElement('div'));
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function () {
      throw new Error('the host broke createElement');
    };
    let first;
    try {
      new Infographic(document.body.appendChild(create.call(document, 'div')), {});
      first = 'mounted';
    } catch (e) {
      first = e.message;
    }
    Document.prototype.createElement = create;
    const later = [box(), box(), box()].map((el) => {
      const g = new Infographic(el, {});
      g.next();
      return g.slide();
    });
    await new Promise((done) => requestAnimationFrame(() => done()));
    return { first, later, drawn: [...document.querySelectorAll('.zi-canvas')].filter((c) => c.width > 0).length };
  });
  assert.match(r.first, /broke createElement/, 'the first mount fails with the host\'s error');
  assert.deepEqual(r.later, [1, 1, 1], 'every later mount works');
  assert.equal(r.drawn, 3);
  assert.deepEqual(errors, []);
  await context.close();
});
