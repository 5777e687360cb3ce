// The module stopping on an error of its own (a panic aborts it): the graphic
// whose call it was shows its static fallback and a line saying so, and does
// nothing more; the page's other graphics, and graphics mounted later, go on.
// The test module (target/hostile/pkg, built by scripts/test) has the fault
// probe: `failNextInput()` makes the next input a graphic handles panic.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { demoSuite, TEST_MODULE as PKG, useTestModule, installClock, pauseClock, test } from './harness.mjs';

const suite = demoSuite();

test('a panic in one graphic leaves its fallback and a message, and the other graphics and new ones work', { skip: !existsSync(PKG) && 'target/hostile/pkg is not built (scripts/test builds it)' }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await useTestModule(page);
  await page.goto(new URL('embed.html', suite.url).href);
  await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
  const r = await page.evaluate(async () => {
    const { mounted, ready, Infographic } = await import('./pkg/zones-infographic.js');
    await ready;
    const a = mounted[0];
    const boxA = document.querySelector('[data-zones-infographic]');
    const boxB = document.body.appendChild(document.createElement('div'));
    const b = new Infographic(boxB, { hash: false });
    // A panic in an event handler of graphic A.
    a.failNextInput();
    boxA.querySelector('.zi-next').click();
    await new Promise((done) => setTimeout(done, 50));
    const afterA = {
      root: !!boxA.querySelector('.zi'),
      failed: boxA.querySelector('.zi-failed')?.textContent ?? '',
      fallback: getComputedStyle(boxA.querySelector('.zi-fallback .zi-still')).backgroundImage.match(/fallback\/slide-1-zh\.svg/)?.[0] ?? '',
    };
    // A is inert; its methods neither throw nor act.
    a.next();
    a.show(3);
    const aSlide = a.slide();
    let aBlob = '';
    await a.toBlob('csv').catch((e) => { aBlob = e.message; });
    // Presses on the page reach A's document listener: they must do nothing.
    for (let k = 0; k < 5; k++) document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    // B goes on: by its buttons, its methods and its tooltips.
    boxB.querySelector('.zi-next').click();
    b.next();
    const bSlide = b.slide();
    const mark = boxB.querySelector('.zi-mark');
    mark.focus();
    const bTip = !boxB.querySelector('.zi-tooltip').hidden;
    // A graphic mounted after the panic works.
    // (In English: its first drawing waits for its words, loaded on demand.)
    const boxC = document.body.appendChild(document.createElement('div'));
    const cDrawn = new Promise((done) => boxC.addEventListener('zones-infographic:ready', done, { once: true }));
    const c = new Infographic(boxC, { hash: false, lang: 'en' });
    await cDrawn;
    c.show(4);
    const cLabel = boxC.querySelector('.zi-canvas').getAttribute('aria-label');
    // A panic in a method call of graphic B: the caller gets the error.
    b.failNextInput();
    let thrown = '';
    try { b.next(); } catch (e) { thrown = `${e.constructor.name}: ${e.message}`; }
    c.prev();
    const bLine = boxB.querySelector('.zi-failed')?.textContent;
    // A failed graphic destroyed, and a new one mounted in its container.
    a.destroy();
    const d = new Infographic(boxA, { hash: false });
    const aAgain = [!!boxA.querySelector(':scope > .zi'), !!boxA.querySelector('.zi-failed')];
    d.next();
    return { afterA, aSlide, aBlob, bSlide, bTip, cLabel, cSlide: c.slide(), thrown, bFailed: !!boxB.querySelector('.zi-failed'), bRoot: !!boxB.querySelector('.zi'), bLine, aAgain, dSlide: d.slide() };
  });
  assert.deepEqual(r.afterA, {
    root: false,
    failed: '交互版本出错停止了。 The interactive version stopped on an error. 以下为静态图。 This is a still image.',
    fallback: 'fallback/slide-1-zh.svg',
  });
  assert.equal(r.aSlide, 0);
  assert.match(r.aBlob, /toBlob: the graphic was destroyed or stopped on an error/);
  assert.equal(r.bSlide, 2, 'graphic B goes on after A stopped');
  assert.ok(r.bTip, "B's tooltip opens");
  assert.ok(r.cLabel && r.cLabel.length > 20, 'a graphic mounted after the panic draws');
  assert.equal(r.cSlide, 3);
  assert.equal(r.dSlide, 1);
  assert.match(r.thrown, /RuntimeError: unreachable/);
  assert.deepEqual([r.bFailed, r.bRoot], [true, false], 'B shows its message');
  assert.equal(r.bLine, '交互版本出错停止了。 The interactive version stopped on an error.', 'no still image is promised where the host gave none');
  assert.deepEqual(r.aAgain, [true, false], "a new graphic in A's container takes the place of the failure line");
  // One uncaught error, A's click; the caller caught B's.
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /unreachable/);
  await context.close();
});

test('a kiosk whose graphic stopped on an error reloads its page after ten seconds and runs again', { skip: !existsSync(PKG) && 'target/hostile/pkg is not built (scripts/test builds it)' }, async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true });
  const page = await context.newPage();
  // The page's clock is the test's: ten seconds pass when the test says so.
  await installClock(page);
  await useTestModule(page);
  await page.goto(new URL('kiosk.html#advance=600', suite.url).href);
  await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
  await pauseClock(page);
  let loads = 0;
  page.on('load', () => loads++);
  await page.evaluate(async () => {
    const { mounted } = await import('./kiosk/zones-infographic.js');
    mounted[0].failNextInput();
    document.querySelector('.zi-next').click();
  });
  assert.match(await page.locator('.zi-failed').textContent(), /stopped on an error/);
  await page.clock.runFor(9_900);
  assert.equal(await page.locator('.zi-failed').count(), 1, 'still stopped just before ten seconds');
  assert.equal(loads, 0, 'not reloaded before ten seconds');
  const loaded = page.waitForEvent('load');
  await page.clock.runFor(200);
  await loaded;
  await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'), null, { timeout: 15_000 });
  assert.equal(loads, 1, 'the page was loaded again once');
  assert.equal(await page.locator('.zi-failed').count(), 0);
  await context.close();
});
