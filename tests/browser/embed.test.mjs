// The iframe embed: the graphic's page reports its height to the host in the
// Pym.js, Datawrapper-style and AMP forms whenever it changes, and the loader
// script sizes the iframe on a host that speaks none of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoSuite, openDemo } from './harness.mjs';

const suite = demoSuite();

test('the iframe page posts its height in three forms when it changes, and the loader sizes the iframe to it', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { width: 800, height: 900 });
  await page.evaluate(async () => {
    window.heard = [];
    const frame = document.createElement('iframe');
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
  const frame = page.frameLocator('iframe[data-zones-infographic]');
  await frame.locator('.zi-canvas[aria-label]').waitFor();
  /** The last height in each form, the iframe's height and its page's height, once they agree. */
  const settle = () => page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-zones-infographic]');
    const body = Math.ceil(f.contentDocument.body.getBoundingClientRect().height);
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
  heights.push((await settle()).body);
  await frame.locator('.zi-data-summary').click();
  heights.push((await settle()).body);
  assert.equal(new Set(heights).size, heights.length, `each change reported a new height: ${heights.join(', ')}`);
  await context.close();
});
