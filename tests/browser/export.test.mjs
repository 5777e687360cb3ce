// Export: `toBlob` gives the slide shown as a PNG at twice its CSS size, as
// the build's SVG and as its data in CSV; the download row in the data
// disclosure saves them and copies a link to the slide.
import assert from 'node:assert/strict';
import { demoSuite, keepCopies, openDemo, pauseClock, test } from './harness.mjs';

const suite = demoSuite();

/** What `toBlob` gives for the slide shown, read in the page. */
function blobs(page) {
  return page.evaluate(async () => {
    const { mounted } = await import('./pkg/zones-infographic.js');
    const chart = mounted[0];
    const root = document.querySelector('.zi');
    const bytes = async (b) => new Uint8Array(await b.arrayBuffer());
    const png = await chart.toBlob('png');
    const head = await bytes(png);
    const view = new DataView(head.buffer);
    const svg = await (await chart.toBlob('svg')).text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const csvBlob = await chart.toBlob('csv');
    const csvBytes = await bytes(csvBlob);
    const paint = root.querySelector('.zi-paint');
    // The figures the slide shows, each with the sentence its tooltip quotes.
    // (The first waits, a frame at a time, for the sentences loaded on demand.)
    const quotes = [];
    const first = root.querySelector('.zi-mark[data-target^="figure:"]');
    first?.focus();
    for (let i = 0; first && i < 600 && !root.querySelector('.zi-tip-quote').textContent; i++) await new Promise(requestAnimationFrame);
    for (const mark of root.querySelectorAll('.zi-mark[data-target^="figure:"]')) {
      mark.focus();
      quotes.push([mark.dataset.target, root.querySelector('.zi-tip-quote').textContent.replace(/^“|”$/g, '')]);
    }
    return {
      pngType: png.type,
      svgType: (await chart.toBlob('svg')).type,
      csvType: csvBlob.type,
      signature: [...head.slice(1, 4)].map((c) => String.fromCharCode(c)).join(''),
      pngSize: [view.getUint32(16), view.getUint32(20)],
      cssSize: [parseFloat(paint.style.width), parseFloat(paint.style.height)],
      svgText: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(''),
      title: root.querySelector('.zi-title').textContent,
      bom: [...csvBytes.slice(0, 3)],
      csv: await csvBlob.text(),
      quotes,
      lang: root.lang,
    };
  });
}

test('toBlob gives the slide as a PNG at twice its size, the SVG with its title and the CSV with every figure and its sentence, in both languages', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 375, height: 800, dpr: 1 });
  let figuresChecked = 0;
  for (const lang of ['zh', 'en']) {
    for (let slide = 0; slide < 5; slide++) {
      await page.evaluate(async ([s, l]) => {
        const { mounted } = await import('./pkg/zones-infographic.js');
        // English loads on demand: the switch comes with its event.
        const el = document.querySelector('#infographic');
        const switched = mounted[0].lang() === l || new Promise((r) => el.addEventListener('zones-infographic:lang', r, { once: true }));
        mounted[0].setLanguage(l);
        await switched;
        mounted[0].show(s);
      }, [slide, lang]);
      const r = await blobs(page);
      const at = `slide ${slide + 1} ${lang}`;
      assert.deepEqual([r.pngType, r.svgType, r.csvType], ['image/png', 'image/svg+xml', 'text/csv;charset=utf-8'], at);
      assert.equal(r.signature, 'PNG', at);
      assert.deepEqual(r.pngSize, r.cssSize.map((v) => Math.ceil(v * 2)), `${at}: PNG ${r.pngSize} for ${r.cssSize} CSS px`);
      const squash = (t) => t.replace(/\s+/g, '');
      assert.ok(r.title.length > 5 && squash(r.svgText).includes(squash(r.title)), `${at}: the SVG lacks the title "${r.title}"`);
      assert.deepEqual(r.bom, [0xef, 0xbb, 0xbf], `${at}: the CSV starts with a byte-order mark`);
      for (const [target, quote] of r.quotes) {
        assert.ok(quote.length > 5, `${at}: ${target} has no quote`);
        assert.ok(r.csv.includes(quote.replaceAll('"', '""')), `${at}: the CSV lacks ${target}'s sentence "${quote}"`);
        figuresChecked++;
      }
    }
  }
  assert.ok(figuresChecked >= 20, `${figuresChecked} figures checked`);
  // Every failure is a rejected promise with an Error that names it.
  const wrong = await page.evaluate(async () => {
    const { Infographic } = await import('./pkg/zones-infographic.js');
    const g = new Infographic(document.body.appendChild(document.createElement('div')), { hash: false });
    const reason = async (p) => p.then(() => 'resolved', (e) => (e instanceof Error ? e.message : `not an Error: ${e}`));
    const kind = await reason(g.toBlob('gif'));
    g.destroy();
    return [kind, await reason(g.toBlob('png'))];
  });
  assert.match(wrong[0], /toBlob: the kind must be "png", "svg" or "csv", not "gif"/);
  assert.match(wrong[1], /toBlob: the graphic was destroyed/);
  await context.close();
});

test('on a phone the data disclosure offers the downloads, each a thumb-sized button, and copies a link to the slide', async () => {
  const { context, page, problems } = await openDemo(suite.browser, suite.url, { width: 375, height: 700, dpr: 2, hasTouch: true, isMobile: true, before: keepCopies });
  await page.locator('.zi-next').tap();
  await page.locator('.zi-next').tap();
  await page.locator('.zi-data-summary').tap();
  const buttons = page.locator('.zi-save button');
  assert.equal(await buttons.count(), 4);
  for (let k = 0; k < 4; k++) {
    const box = await buttons.nth(k).boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `button ${k}: ${box.width}×${box.height}`);
    assert.ok(box.x >= 0 && box.x + box.width <= 375, `button ${k} is off screen at ${box.x}`);
  }
  // A class a host's script adds (a focus-visible polyfill) changes nothing.
  await buttons.nth(2).evaluate((b) => b.classList.add('focus-visible'));
  for (const [k, name] of [[0, 'zones-slide-3-zh.png'], [1, 'zones-slide-3-zh.svg'], [2, 'zones-slide-3-zh.csv']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), buttons.nth(k).tap()]);
    assert.equal(download.suggestedFilename(), name);
    assert.ok((await download.createReadStream()) !== null, `${name} has content`);
  }
  const note = page.locator('.zi-save-note');
  await buttons.nth(3).tap();
  await page.waitForFunction(() => document.querySelector('.zi-save-note').textContent === '已复制本页链接。');
  assert.ok(await note.isVisible(), 'the reader sees that the link was copied');
  // In the graphic's type, not the host article's paragraphs' (17 px).
  assert.deepEqual(await note.evaluate((n) => [getComputedStyle(n).fontSize, getComputedStyle(n.closest('.zi-data')).fontSize]), ['13px', '13px']);
  const copied = await page.evaluate(() => window.copied.at(-1));
  assert.equal(copied, `${suite.url}#slide-3&lang=zh`);
  await page.locator('.zi-lang').tap();
  await page.locator('.zi-lang', { hasText: '中文' }).waitFor();
  assert.equal(await buttons.nth(3).textContent(), 'Copy link');
  await buttons.nth(3).tap();
  await page.waitForFunction(() => document.querySelector('.zi-save-note').textContent === 'Link to this slide copied.');
  assert.equal(await page.evaluate(() => window.copied.at(-1)), `${suite.url}#slide-3&lang=en`);
  // A file the server does not have: the reader is told, and nothing is thrown.
  await page.route('**/fallback/*.csv', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await buttons.nth(2).tap();
  await page.waitForFunction(() => /could not be downloaded/.test(document.querySelector('.zi-save-note').textContent));
  assert.ok(await note.isVisible());
  // The browser's own line for the 404 asked for here is no problem of the graphic's.
  const expected = problems.findIndex((p) => /404/.test(p));
  assert.ok(expected >= 0);
  problems.splice(expected, 1);
  await context.close();
});

test('a graphic that does not follow the hash offers no link to copy', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 800, height: 900 });
  const hidden = await page.evaluate(async () => {
    const { Infographic } = await import('./pkg/zones-infographic.js');
    const box = document.body.appendChild(document.createElement('div'));
    new Infographic(box, { hash: false });
    box.querySelector('.zi-data-summary').click();
    const visible = (q) => box.querySelector(q).checkVisibility();
    return [visible('.zi-png'), visible('.zi-link'), document.querySelector('#infographic .zi-link').hidden];
  });
  assert.deepEqual(hidden, [true, false, false]);
  await context.close();
});

test('a link copied again within five seconds keeps its note for five seconds from the second copy', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { clock: true, before: keepCopies });
  await pauseClock(page);
  await page.locator('.zi-data-summary').click();
  const link = page.locator('.zi-link');
  const note = () => page.evaluate(() => document.querySelector('.zi-save-note').textContent);
  await link.click();
  await page.waitForFunction(() => document.querySelector('.zi-save-note').textContent === '已复制本页链接。');
  await page.clock.runFor(4000);
  await link.click();
  await page.waitForFunction(() => window.copied.length === 2);
  // The first copy's five seconds end here; the second's note stays.
  await page.clock.runFor(2000);
  assert.equal(await note(), '已复制本页链接。', 'the note of the second copy, 2 s after it');
  await page.clock.runFor(3100);
  assert.equal(await note(), '', 'gone five seconds after the second copy');
  await context.close();
});
