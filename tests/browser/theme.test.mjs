// Under a CMS theme's CSS (a normalize, Bootstrap's and Tailwind's resets, and
// a theme's own rules for every button), the graphic's buttons keep their own
// size, case, spacing, borders and shadows, and nothing scrolls sideways.
import assert from 'node:assert/strict';
import { demoSuite, openDemo, test } from './harness.mjs';

const suite = demoSuite();

/** What a newsroom's theme puts on every element of an article. */
const THEME = `
  *, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; }
  img, svg, video, canvas { display: block; max-width: 100%; height: auto; }
  button { min-width: 120px; min-height: 48px; padding: 12px 28px; margin: 4px; font: 700 18px/2 Georgia, serif;
    text-transform: uppercase; letter-spacing: 0.2em; box-shadow: 0 3px 0 maroon; border: 2px solid maroon;
    border-radius: 12px; background-color: transparent; background-image: none; text-shadow: 1px 1px red;
    text-decoration: underline; float: left; transform: translateY(1px); }
  div, p { padding: 6px; }
  /* (The container's own padding is the host's layout: it narrows the graphic.) */
  #infographic { padding: 0; }
  p { font-size: 19px; line-height: 1.9; margin: 0 0 1.5em; }
  summary { list-style: none; text-transform: uppercase; }
`;

/** The graphic's buttons as drawn: each one's box, and the styles a theme reaches. */
const drawn = (page) => page.evaluate(() => [...document.querySelectorAll('#infographic .zi button')].map((b) => {
  const s = getComputedStyle(b);
  const r = b.getBoundingClientRect();
  return {
    cls: b.className, w: Math.round(r.width), h: Math.round(r.height),
    look: [s.textTransform, s.letterSpacing, s.boxShadow, s.textShadow, s.textDecorationLine, s.float, s.transform, s.margin].join(' | '),
  };
}));

for (const width of [280, 320, 375]) {
  test(`at ${width} px under a CMS theme every button keeps its size and look, and nothing scrolls sideways`, async () => {
    const plain = await openDemo(suite.browser, suite.url, { width, height: 800, hasTouch: true, isMobile: true, bypassCSP: true });
    const before = await drawn(plain.page);
    await plain.context.close();

    const { context, page } = await openDemo(suite.browser, suite.url, { width, height: 800, hasTouch: true, isMobile: true, bypassCSP: true });
    await page.addStyleTag({ content: THEME });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await drawn(page);
    assert.ok(after.length > 10, 'the controls and the region buttons are there');
    assert.deepEqual(after, before, 'the theme changed no button of the graphic');
    for (const b of after) assert.equal(b.look, 'none | normal | none | none | none | none | none | 0px', b.cls);
    const wide = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    assert.ok(wide[0] <= wide[1], `no sideways scroll: ${wide}`);
    await context.close();
  });
}
