// The graphic built from a dataset with hostile texts (examples/hostile_dataset.rs,
// built by scripts/test into target/hostile/pkg): markup and attribute breakers
// are shown as text and run nothing, right-to-left marks and emoji are drawn,
// and a 500-character word never makes the page wider than the screen.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { demoSuite, everyTooltip, TEST_MODULE as PKG, useTestModule, test } from './harness.mjs';

const suite = demoSuite();

for (const [width, lang] of [[375, 'en'], [1280, 'en'], [375, 'zh']]) {
  test(`hostile texts in the dataset are shown as text, run nothing and never overflow (${width} px, ${lang})`, { skip: !existsSync(PKG) && 'target/hostile/pkg is not built (scripts/test builds it)' }, async () => {
    const context = await suite.browser.newContext({ viewport: { width, height: 800 }, hasTouch: width < 800 });
    const page = await context.newPage();
    const problems = [];
    page.on('dialog', (d) => { problems.push(`a dialog: ${d.message()}`); d.dismiss(); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('request', (r) => { if (/\/x$/.test(new URL(r.url()).pathname)) problems.push(`a request for ${r.url()}`); });
    await useTestModule(page);
    await page.goto(new URL(`embed.html${lang === 'en' ? '#lang=en' : ''}`, suite.url).href);
    await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
    const seen = [];
    // Every figure's tooltip, through its region button, on every slide.
    await everyTooltip(page, {
      slides: 5,
      onMark: async () => seen.push(await page.locator('.zi-tooltip').innerText()),
      onSlide: async (slide) => {
        seen.push(await page.locator('.zi-table').innerText(), await page.locator('.zi-canvas').getAttribute('aria-label'), await page.locator('.zi-title').textContent());
        const layout = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          canvas: document.querySelector('.zi-paint').getBoundingClientRect().right,
          injected: document.querySelectorAll('.zi img, .zi script, img[src="x"]').length,
        }));
        assert.ok(layout.scroll <= width, `${width} ${lang} slide ${slide + 1}: the page is ${layout.scroll} px wide`);
        assert.ok(layout.canvas <= width + 0.5, `${width} ${lang} slide ${slide + 1}: the drawing ends at ${layout.canvas}`);
        assert.equal(layout.injected, 0, `${width} ${lang} slide ${slide + 1}: markup was parsed`);
      },
    });
    const text = seen.join('\n');
    if (lang === 'en') {
      assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'the markup is shown as text');
      assert.ok(text.includes(`"'><script>alert(2)</script>`), 'the attribute breaker is shown as text');
      assert.ok(text.includes('🙂🎉'), 'emoji are shown');
    }
    assert.deepEqual(problems, [], `${width} ${lang}`);
    await context.close();
  });
}
