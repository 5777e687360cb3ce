// The iframe embed: the graphic's page reports its height to the host in the
// Pym.js, Datawrapper-style and AMP forms whenever it changes, and the loader
// script sizes the iframe on a host that speaks none of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demoSuite, openDemo, waitForFonts, test } from './harness.mjs';
import { CSP } from '../../www/serve.mjs';

const suite = demoSuite();

test('the iframe page posts its height in three forms when it changes, and the loader sizes the iframe to it', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 800, height: 900 });
  await page.evaluate(async () => {
    window.heard = [];
    const frame = document.createElement('iframe');
    frame.id = 'g1';
    frame.src = 'embed.html?childId=g1&initialWidth=700';
    frame.title = '交互图表：三个高新区报道了什么';
    frame.setAttribute('data-zones-infographic', '');
    frame.style.width = '700px';
    frame.style.height = '200px';
    frame.style.border = '0';
    addEventListener('message', (e) => { if (e.source === frame.contentWindow) window.heard.push(e.data); });
    document.body.prepend(frame);
    const loader = document.createElement('script');
    loader.src = 'embed-loader.js';
    document.head.append(loader);
    await new Promise((r) => frame.addEventListener('load', r));
  });
  const frame = page.frameLocator('#g1');
  await frame.locator('.zi-canvas[aria-label]').waitFor();
  /** The last height in each form, the iframe's height and its page's height, once they agree. */
  const settle = () => page.waitForFunction(() => {
    const f = document.querySelector('#g1');
    // The whole document, the margins of its blocks included; and it does not scroll inside.
    const body = Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
    if (Math.abs(f.contentDocument.documentElement.scrollHeight - f.getBoundingClientRect().height) > 1) return false;
    const last = (test) => [...window.heard].reverse().find(test);
    const pym = last((d) => typeof d === 'string');
    const dw = last((d) => d && d['datawrapper-height']);
    const amp = last((d) => d && d.sentinel === 'amp');
    const got = { pym, dw: dw && dw['datawrapper-height'].g1, amp: amp && amp.height, frame: f.getBoundingClientRect().height, body };
    return got.amp === body && got.frame === body && got.dw === body && got.pym === `pymxPYMxg1xPYMxheightxPYMx${body}` ? got : false;
  }, null, { timeout: 5000 }).then((h) => h.jsonValue());
  const first = await settle();
  assert.ok(first.body > 600, `the graphic's page is ${first.body} px tall`);
  const heights = [first.body];
  await frame.locator('.zi-next').click();
  heights.push((await settle()).body);
  await frame.locator('.zi-lang').click();
  await frame.locator('.zi-lang', { hasText: '中文' }).waitFor();
  heights.push((await settle()).body);
  await frame.locator('.zi-data-summary').click();
  // The table is built on the disclosure's toggle event, which comes after the click.
  await frame.locator('.zi-table').waitFor();
  heights.push((await settle()).body);
  assert.equal(new Set(heights).size, heights.length, `each change reported a new height: ${heights.join(', ')}`);
  await context.close();
});

test('the host hears zones-infographic:ready once, :slide and :lang on every change whatever caused it, and :figure when a reader opens one', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 800, height: 900, hasTouch: true });
  const events = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const heard = [];
    for (const kind of ['ready', 'slide', 'lang', 'figure']) {
      // On the document: the events bubble.
      document.addEventListener(`zones-infographic:${kind}`, (e) => heard.push([kind, e.detail, e.composed, e.target.id]));
    }
    const el = document.body.appendChild(document.createElement('div'));
    el.id = 'second';
    const g = new Infographic(el, { hash: false });
    el.querySelector('.zi-next').click();
    el.querySelectorAll('.zi-step')[3].click();
    el.querySelector('.zi').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    g.show(0);
    g.show(0);
    el.querySelector('.zi-lang').click();
    // Events come after the call that caused them, in order.
    const during = heard.length;
    // English loads on demand: the switch comes when it came.
    await new Promise((r) => el.addEventListener('zones-infographic:lang', r, { once: true }));
    const mark = el.querySelector('.zi-mark[data-target^="figure:"]') ?? (g.show(1), el.querySelector('.zi-mark[data-target^="figure:"]'));
    const r = mark.getBoundingClientRect();
    el.querySelector('.zi-canvas').dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, pointerType: 'mouse', bubbles: true }));
    mark.focus();
    const lang = g.lang();
    await new Promise((r) => setTimeout(r, 0));
    // A listener added right after the constructor hears `ready`.
    const third = document.body.appendChild(document.createElement('div'));
    const late = [];
    new Infographic(third, { hash: false });
    third.addEventListener('zones-infographic:ready', (e) => late.push(e.detail));
    await new Promise((r) => setTimeout(r, 0));
    return { heard, target: mark.dataset.target, lang, during, late };
  });
  const { heard, target, lang, during, late } = events;
  assert.equal(during, 0, 'no host handler runs inside a call of the graphic');
  assert.deepEqual(late, [{ slide: 0, slides: 5, lang: 'zh' }]);
  assert.equal(lang, 'en');
  assert.deepEqual(heard.filter((h) => h[0] === 'lang').map((h) => h[1]), [{ slide: 0, slides: 5, lang: 'en' }]);
  const ofKind = (k) => heard.filter((h) => h[0] === k);
  assert.deepEqual(ofKind('ready').filter((h) => h[3] === 'second'), [['ready', { slide: 0, slides: 5, lang: 'zh' }, true, 'second']]);
  assert.deepEqual(ofKind('slide').map((h) => h[1].slide).slice(0, 4), [1, 3, 2, 0], 'Next, a step, a key and show(); show() of the shown slide is no change');
  assert.ok(ofKind('slide').every((h) => h[1].slides === 5 && h[2] === true));
  const figures = ofKind('figure').map((h) => h[1].id);
  assert.ok(figures.length >= 1 && figures.every((id) => `figure:${id}` === target), `figures heard: ${figures.join(', ')} (${target})`);
  await context.close();
});

test('Infographic.get(element) hands back the graphic mounted there, and nothing for any other element', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 800, height: 900 });
  const r = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const el = document.querySelector('#infographic');
    const g = Infographic.get(el);
    g.show(3);
    const shown = document.querySelector('#infographic .zi-step[aria-current]').textContent;
    const other = [document.body, document.createElement('div'), null, 'x'].map((v) => Infographic.get(v));
    const own = document.body.appendChild(document.createElement('div'));
    const made = new Infographic(own, { hash: false });
    made.next();
    const again = Infographic.get(own).slide();
    Infographic.get(own).destroy();
    return { count: g.slideCount(), slide: g.slide(), shown, other, again, gone: [own.children.length, Infographic.get(own)] };
  });
  assert.deepEqual(r, { count: 5, slide: 3, shown: '4', other: [undefined, undefined, undefined, undefined], again: 1, gone: [0, undefined] });
  await context.close();
});

test('mounting on the same element again replaces the graphic, and loading the module twice mounts nothing twice', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 800, height: 900 });
  const r = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const el = document.body.appendChild(document.createElement('div'));
    const a = new Infographic(el, {});
    const b = new Infographic(el, {});
    a.next();
    b.next();
    b.next();
    const afterTwo = { roots: el.querySelectorAll(':scope > .zi').length, a: a.slide(), b: b.slide() };
    // The same module from a second URL is a second module: it must not mount
    // the page's graphic again.
    const again = await import('./pkg/zones-infographic.js?again');
    await again.ready;
    return { afterTwo, demo: document.querySelectorAll('#infographic > .zi').length };
  });
  assert.deepEqual(r.afterTwo, { roots: 1, a: 0, b: 2 }, 'one graphic, the newer; the replaced one does nothing');
  assert.equal(r.demo, 1);
  await context.close();
});

test('without JavaScript the iframe page shows slide 1 as an image with its text and the data links', async () => {
  const context = await suite.browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const image = page.waitForResponse(/fallback\/slide-1-zh\.svg$/);
  await page.goto(`${suite.url}embed.html`);
  const still = page.getByRole('img', { name: /^三篇报道的数字：南昌高新区20个/ });
  await still.waitFor();
  assert.equal((await image).status(), 200, 'the image loads');
  assert.match(await still.evaluate((el) => getComputedStyle(el).backgroundImage), /fallback\/slide-1-zh\.svg/);
  assert.ok(await still.evaluate((el) => el.getBoundingClientRect().height > 700), 'it is drawn at its size');
  const csv = await page.locator('.zi-fallback a').first().getAttribute('href');
  const body = await (await page.request.get(`${suite.url}${csv}`)).body();
  assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with a byte-order mark');
  await context.close();
});

test("the snippet's fallback, with only the embed's stylesheet, fits a 320 px phone without JavaScript", async () => {
  const context = await suite.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 }, isMobile: true });
  const page = await context.newPage();
  // A host page of its own: the embed's stylesheet and the snippet the build
  // makes (the same as embed.html's container), nothing else.
  const embed = await (await page.request.get(`${suite.url}embed.html`)).text();
  const container = embed.slice(embed.indexOf('<div id="infographic"'), embed.indexOf('</div>', embed.indexOf('</figure>')) + 6);
  await page.route('**/snippet-host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title><link rel="stylesheet" href="pkg/zones-infographic.css"><p>文章</p>${container}<p>文章</p>`,
  }));
  await page.goto(new URL('snippet-host.html', suite.url).href);
  await page.locator('.zi-fallback .zi-still').waitFor();
  const sizes = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    img: Math.round(document.querySelector('.zi-fallback .zi-still').getBoundingClientRect().width) === document.body.clientWidth,
    caption: getComputedStyle(document.querySelector('.zi-fallback figcaption')).fontSize,
  }));
  assert.deepEqual(sizes, { page: 320, img: true, caption: '14px' }, 'the image as wide as the column, the caption as the embed sets it');
  await context.close();
});

test('when the wasm cannot load the fallback stays with a line saying so, and no rejection goes unhandled; when it loads the graphic replaces it', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url, { width: 800, height: 900, bare: true });
  assert.equal(await page.locator('.zi-fallback').isHidden(), true, 'the mounted graphic hides its fallback');
  const broken = await suite.browser.newContext({ viewport: { width: 800, height: 900 } });
  const p = await broken.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await p.goto(`${suite.url}embed.html`);
  await p.locator('.zi-failed').waitFor();
  assert.equal(await p.locator('.zi-fallback .zi-still').isVisible(), true, 'the still image shows');
  assert.match(await p.locator('.zi-failed').textContent(), /could not load/);
  await p.waitForTimeout(200);
  assert.deepEqual(errors, [], 'no unhandled rejection');
  await broken.close();
  // A browser without WebAssembly.
  const old = await suite.browser.newContext({ viewport: { width: 800, height: 900 } });
  const q = await old.newPage();
  const oldErrors = [];
  q.on('pageerror', (e) => oldErrors.push(e.message));
  await q.addInitScript(() => { delete window.WebAssembly; });
  await q.goto(`${suite.url}embed.html`);
  await q.locator('.zi-failed').waitFor();
  assert.ok(await q.locator('.zi-fallback .zi-still').isVisible(), 'the still image shows without WebAssembly');
  await q.waitForTimeout(200);
  assert.deepEqual(oldErrors, [], 'no unhandled rejection without WebAssembly');
  await old.close();
  assert.deepEqual(problems.splice(0), []);
  await context.close();
});

test('before the graphic mounts its container holds the height it will take, so nothing on the page moves', async () => {
  for (const [width, lang] of [[320, 'zh'], [375, 'zh'], [375, 'en'], [412, 'en'], [760, 'zh'], [1280, 'zh'], [1280, 'en']]) {
    const context = await suite.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    // The module held back: the page as a reader sees it before the graphic arrives.
    await page.route('**/pkg/zones-infographic.js', (r) => r.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto(new URL('embed.html', suite.url).href);
    const reserved = await page.evaluate((lang) => {
      const el = document.querySelector('#infographic');
      if (lang === 'en') el.setAttribute('data-zones-infographic', '{"lang": "en"}');
      return el.getBoundingClientRect().height;
    }, lang);
    await page.unroute('**/pkg/zones-infographic.js');
    await page.goto(new URL(`embed.html?mounted${lang === 'en' ? '#lang=en' : ''}`, suite.url).href);
    await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
    await waitForFonts(page);
    const mounted = await page.evaluate(() => document.querySelector('#infographic').getBoundingClientRect().height);
    assert.ok(reserved > 700, `${width} ${lang}: ${reserved} px reserved`);
    assert.ok(Math.abs(mounted - reserved) <= 1, `${width} ${lang}: ${reserved} px reserved, ${mounted} px mounted`);
    await context.close();
  }
  // On the demo article, as Lighthouse's mobile and desktop presets see it, no
  // layout shift at all while the graphic loads and draws.
  for (const [width, height, mobile] of [[412, 823, true], [1350, 940, false]]) {
    const context = await suite.browser.newContext({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: mobile ? 1.75 : 1 });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(suite.url);
    await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
    // Shifts are reported after the frame that made them: the page's fonts
    // in, and two more frames drawn.
    await waitForFonts(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(100);
    const shift = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    assert.ok(shift <= 0.02, `${width}×${height}: cumulative layout shift ${shift}`);
    await context.close();
  }
});

test('a loader that starts after its frame has loaded sizes it at once, to the whole document', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 800, height: 900, bare: true });
  await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.id = 'late';
    frame.src = 'embed.html';
    frame.setAttribute('data-zones-infographic', '');
    frame.style.cssText = 'width: 700px; height: 1000px; border: 0';
    document.body.prepend(frame);
    await new Promise((r) => frame.addEventListener('load', r));
  });
  await page.frameLocator('#late').locator('.zi-canvas[aria-label]').waitFor();
  // The graphic has drawn and posted its height; nobody was listening yet (a
  // host page of its own: the graphic's page, which loads no loader).
  assert.equal(await page.evaluate(() => document.querySelector('#late').getBoundingClientRect().height), 1000);
  await page.evaluate(() => {
    const loader = document.createElement('script');
    loader.src = 'embed-loader.js?late';
    document.head.append(loader);
  });
  const sized = await page.waitForFunction(() => {
    const f = document.querySelector('#late');
    const doc = f.contentDocument.documentElement;
    const frame = f.getBoundingClientRect().height;
    return frame !== 1000 && Math.abs(frame - doc.getBoundingClientRect().height) <= 1 && Math.abs(doc.scrollHeight - frame) <= 1 ? frame : false;
  }, null, { timeout: 5000 }).then((h) => h.jsonValue());
  assert.ok(sized > 600 && sized < 1000, `sized to ${sized} px`);
  await context.close();
});

test('a host page that uses Pym.js as parent gets the iframe sized to its content, at 375 and 1280 px and after a language switch', async () => {
  const pym = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url), 'utf8');
  for (const width of [375, 1280]) {
    const { context, page } = await openDemo(suite.browser, suite.url, { width, height: 900 });
    // A host page of its own, under the same policy, with Pym.js 1.3.2 from npm.
    const scripts = { 'pym.v1.min.js': pym, 'pym-host.js': "new pym.Parent('graphic', 'embed.html', { title: '交互图表' });" };
    for (const [name, body] of Object.entries(scripts)) {
      await page.route(`**/${name}`, (route) => route.fulfill({ contentType: 'text/javascript', body }));
    }
    await page.route('**/pym-host.html', (route) => route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': CSP },
      body: '<!doctype html><meta charset="utf-8"><title>Pym host</title><div id="graphic"></div><script src="pym.v1.min.js"></script><script src="pym-host.js"></script>',
    }));
    await page.goto(new URL('pym-host.html', suite.url).href);
    const frame = page.frameLocator('#graphic iframe');
    await frame.locator('.zi-canvas[aria-label]').waitFor();
    const fits = () => page.waitForFunction(() => {
      const f = document.querySelector('#graphic iframe');
      const doc = f.contentDocument.documentElement;
      const content = doc.getBoundingClientRect().height;
      const frame = f.getBoundingClientRect().height;
      return Math.abs(frame - content) <= 1 && Math.abs(doc.scrollHeight - frame) <= 1 && content > 600 ? content : false;
    }, null, { timeout: 5000 }).then((h) => h.jsonValue());
    const zh = await fits();
    await frame.locator('.zi-lang').click();
    await frame.locator('.zi-lang', { hasText: '中文' }).waitFor();
    const en = await fits();
    assert.notEqual(zh, en, `${width}: the height changed with the language (${zh}, ${en})`);
    await context.close();
  }
});

test('the demo article shows both embed styles: the script embed mounts in its element, the iframe embed in its own page, sized by the loader', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 800, height: 900 });
  const frame = page.frameLocator('iframe[data-zones-infographic]');
  await page.locator('iframe[data-zones-infographic]').scrollIntoViewIfNeeded();
  await frame.locator('.zi-canvas[aria-label]').waitFor();
  assert.equal(await page.locator('iframe[data-zones-infographic] > *').count(), 0, 'the module mounts nothing into the iframe element');
  assert.equal(await page.locator('.zi').count(), 1, 'one graphic in the article itself');
  // English loads on demand, after the module: the iframe shows it once it came.
  await frame.locator('.zi-lang', { hasText: '中文' }).waitFor();
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-zones-infographic]');
    const doc = f.contentDocument.documentElement;
    const frame = f.getBoundingClientRect().height;
    return Math.abs(frame - doc.getBoundingClientRect().height) <= 1 && Math.abs(doc.scrollHeight - frame) <= 1;
  }, null, { timeout: 5000 });
  await context.close();
});

test('printed, the graphic is every slide as the build drew it, with its sources, in the language shown; the images load only for print', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 760, height: 900 });
  const slides = JSON.parse(readFileSync(new URL('../../www/fallback/slides.json', import.meta.url), 'utf8'));
  const fetched = [];
  page.on('response', (r) => { if (r.url().includes('/fallback/')) fetched.push([new URL(r.url()).pathname, r.status()]); });
  await page.waitForTimeout(200);
  assert.deepEqual(fetched, [], 'nothing of the fallback loads on screen');
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') {
      await page.evaluate(() => document.querySelector('#infographic .zi-lang').click());
      await page.locator('#infographic .zi[lang="en"]').waitFor();
    }
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => [...document.querySelectorAll('#infographic .zi-step')].map((s) => {
      const r = s.getBoundingClientRect();
      return { image: getComputedStyle(s).backgroundImage, width: r.width, height: r.height };
    }));
    const hidden = await page.evaluate(() => ['.zi-stage', '.zi-foot', '.zi-next'].map((q) => getComputedStyle(document.querySelector(`#infographic ${q}`)).display));
    assert.deepEqual(hidden, ['none', 'none', 'none'], 'the live drawing, the foot and the buttons are not printed');
    assert.equal(shown.length, 5);
    shown.forEach((s, k) => {
      const file = `slide-${k + 1}-${lang}.svg`;
      const size = slides.find((e) => e.file === file);
      assert.match(s.image, new RegExp(`/fallback/${file}`), `${lang} slide ${k + 1}`);
      assert.ok(s.width > 600, `${file} printed ${s.width} px wide`);
      assert.ok(Math.abs(s.height / s.width - Math.ceil(size.height) / size.width) < 0.01, `${file} at its proportions`);
    });
    await page.waitForFunction((l) => performance.getEntriesByType('resource').filter((e) => e.name.includes(`-${l}.svg`)).length >= 5, lang);
    await page.emulateMedia({ media: 'screen' });
  }
  // 200, or 304 where the server revalidated an image fetched before.
  assert.ok(fetched.every(([, status]) => status === 200 || status === 304), JSON.stringify(fetched));
  // Each image holds its slide's sources.
  const svg = readFileSync(new URL('../../www/fallback/slide-2-zh.svg', import.meta.url), 'utf8');
  assert.ok(svg.includes('来源'), 'the printed image names its sources');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.subarray(0, 5).toString() === '%PDF-' && pdf.length > 100_000, `a ${pdf.length}-byte PDF`);
  await context.close();
});

test('two graphics on one page navigate independently: slides, language, tooltips and downloads', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 800, height: 900 });
  const r = await page.evaluate(async () => {
    const { Infographic, ready } = await import('./pkg/zones-infographic.js');
    await ready;
    const [boxA, boxB] = [0, 1].map(() => document.body.appendChild(document.createElement('div')));
    const a = new Infographic(boxA, { hash: false });
    const b = new Infographic(boxB, { hash: false, lang: 'en', slide: 4 });
    // Drawn once its English (loaded on demand) came.
    await new Promise((r) => boxB.addEventListener('zones-infographic:ready', r, { once: true }));
    const state = () => [a.slide(), boxA.querySelector('.zi').lang, b.slide(), boxB.querySelector('.zi').lang];
    const seen = [state()];
    boxA.querySelector('.zi-next').click();
    boxA.querySelector('.zi-next').click();
    seen.push(state());
    boxB.querySelector('.zi').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    seen.push(state());
    const switched = new Promise((r) => boxA.addEventListener('zones-infographic:lang', r, { once: true }));
    boxA.querySelector('.zi-lang').click();
    await switched;
    seen.push(state());
    b.show(0);
    seen.push(state());
    // A tooltip in one leaves the other's closed.
    boxA.querySelector('.zi-mark').focus();
    const tips = [!boxA.querySelector('.zi-tooltip').hidden, !boxB.querySelector('.zi-tooltip').hidden];
    const names = await Promise.all([a, b].map(async (g) => (await g.toBlob('csv')).text()));
    return { seen, tips, csvHeads: names.map((t) => t.split('\r\n')[0]) };
  });
  assert.deepEqual(r.seen, [
    [0, 'zh-Hans', 4, 'en'],
    [2, 'zh-Hans', 4, 'en'],
    [2, 'zh-Hans', 3, 'en'],
    [2, 'en', 3, 'en'],
    [2, 'en', 0, 'en'],
  ]);
  assert.deepEqual(r.tips, [true, false]);
  assert.ok(r.csvHeads.every((h) => h.includes('Zone') || h.includes('Theme')), JSON.stringify(r.csvHeads));
  await context.close();
});

test('English loads on demand: a Chinese page never fetches it, the switch fetches it once, and a failed load is said and can be tried again', async () => {
  let answer = 404;
  const asked = [];
  const { context, page, problems } = await openDemo(suite.browser, suite.url, {
    width: 760,
    bare: true,
    before: (p) => p.route('**/extra/zones-words.js', (route) => {
      asked.push(answer);
      return answer === 404 ? route.fulfill({ status: 404, body: '' }) : route.continue();
    }),
  });
  await page.waitForTimeout(300);
  assert.deepEqual(asked, [], 'a graphic shown in Chinese loads no English');
  // The English cannot load: the graphic stays in Chinese and says so.
  await page.locator('#infographic .zi-lang').click();
  await page.waitForFunction(() => document.querySelector('#infographic .zi-live')?.textContent.includes('英文版未能加载'));
  assert.equal(await page.locator('#infographic .zi').getAttribute('lang'), 'zh-Hans');
  assert.equal(await page.locator('#infographic .zi-hint').textContent(), '英文版未能加载，请稍后再试。', 'seen, in the tap hint\'s place');
  assert.ok(await page.locator('#infographic .zi-hint').isVisible());
  assert.equal(await page.locator('#infographic .zi-lang').textContent(), 'English');
  // A second try, with the file back: English, and the file asked for once more only.
  answer = 200;
  await page.locator('#infographic .zi-lang').click();
  await page.locator('#infographic .zi[lang="en"] .zi-lang', { hasText: '中文' }).waitFor();
  assert.match(await page.locator('#infographic .zi-canvas').getAttribute('aria-label'), /Nanchang/);
  assert.match(await page.locator('#infographic .zi-hint').textContent(), /Tap a figure/, 'the hint is back');
  // Back and forth again, and a second graphic in English: nothing more is loaded.
  await page.locator('#infographic .zi-lang').click();
  await page.locator('#infographic .zi-lang', { hasText: 'English' }).waitFor();
  await page.evaluate(async () => {
    const { Infographic } = await import('./pkg/zones-infographic.js');
    const div = document.body.appendChild(document.createElement('div'));
    div.id = 'second';
    const drawn = new Promise((r) => div.addEventListener('zones-infographic:ready', r, { once: true }));
    new Infographic(div, { lang: 'en', hash: false });
    await drawn;
  });
  assert.equal(await page.locator('#second .zi').getAttribute('lang'), 'en');
  assert.deepEqual(asked, [404, 200], 'one failed load, then one that came');
  // The one 404 is the browser's own line about the file held back.
  const warned = problems.splice(0).filter((p) => !/zones-words\.js|status of 404/.test(p));
  assert.deepEqual(warned, [], 'nothing else went wrong');
  await context.close();
});
