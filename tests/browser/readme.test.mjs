// What the README tells a newcomer, checked against the graphic as it is: the
// embed snippet and the iframe snippet, pasted into pages of their own, mount
// under the demo's Content-Security-Policy; the options table is what the
// option reader takes (names, values and defaults); the events table is every
// event the graphic sends, with its detail; the port the commands serve on.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoSuite, openDemo, pauseClock, test } from './harness.mjs';
import { CSP } from '../../www/serve.mjs';

const suite = demoSuite();
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const WWW = fileURLToPath(new URL('../../www/', import.meta.url));

/** The text of the README's section under `heading` (a `## ` line). */
function section(heading) {
  const start = README.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `the README has a section "${heading}"`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** The first fenced block of `lang` in `text`. */
function fenced(text, lang) {
  const m = text.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
  assert.ok(m, `a ${lang} block`);
  return m[1];
}

/** The rows of the first Markdown table in `text`, as arrays of cells. */
function table(text) {
  const rows = text.split('\n').filter((l) => l.startsWith('|')).map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim()));
  return rows.slice(2);
}

/** The backticked pieces of a cell. */
const code = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** A page of the test's own at `name` on the demo server, under its policy. */
function hostPage(name, body) {
  return (page) => page.route(`**/${name}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><title>Host</title><body><p>An article.</p>${body}</body></html>`,
  }));
}

test("the README's embed snippet, pasted into a host page, mounts the graphic", async () => {
  const snippet = fenced(section('Embed it'), 'html').replaceAll('https://example.org/zones/', suite.url);
  const { context, page } = await openDemo(suite.browser, suite.url, { path: 'readme-host.html', before: hostPage('readme-host.html', snippet) });
  const shown = await page.evaluate(() => {
    const box = document.querySelector('[data-zones-infographic]');
    return { root: !!box.querySelector(':scope > .zi'), lang: box.querySelector('.zi').getAttribute('lang').split('-')[0], fallback: getComputedStyle(box.querySelector(':scope > .zi-fallback')).display };
  });
  assert.deepEqual(shown, { root: true, lang: 'zh', fallback: 'none' }, 'the graphic, its fallback hidden');
  await context.close();
});

test("the README's iframe snippet, pasted into a host page, shows the graphic sized to its content", async () => {
  const snippet = fenced(section('As an iframe, and on a kiosk'), 'html').replaceAll('https://example.org/zones/', suite.url);
  const { context, page } = await openDemo(suite.browser, suite.url, { path: 'readme-iframe.html', drawn: false, before: hostPage('readme-iframe.html', snippet) });
  const frame = page.frameLocator('iframe[data-zones-infographic]');
  await frame.locator('.zi-canvas[aria-label]').waitFor();
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-zones-infographic]');
    // The whole document, the margins of its blocks included.
    const content = f.contentDocument.documentElement.getBoundingClientRect().height;
    return content > 600 && Math.abs(f.getBoundingClientRect().height - content) <= 1;
  }, null, { timeout: 10_000 });
  await context.close();
});

test('the options table is what the option reader takes: every name, value and default', async () => {
  const rows = table(section('Options'));
  const names = rows.map((r) => code(r[0])[0]);
  const { context, page } = await openDemo(suite.browser, suite.url, { bare: true, clock: true });
  await pauseClock(page);
  // Mounts each set of options in a container of its own and says what came of it.
  const mount = (options) => page.evaluate(async (options) => {
    const { Infographic } = await import('./pkg/zones-infographic.js');
    const box = document.body.appendChild(document.createElement('div'));
    try {
      const g = new Infographic(box, options);
      const root = box.querySelector('.zi');
      const seen = { slide: g.slide(), lang: root.getAttribute('lang'), dark: root.classList.contains('zi-dark'), kiosk: root.classList.contains('zi-kiosk') };
      g.destroy();
      return seen;
    } catch (e) {
      return { error: e.message };
    } finally {
      box.remove();
    }
  }, options);
  // The unknown option's message lists every option there is.
  const unknown = await mount({ colour: 'red' });
  assert.deepEqual(unknown.error.match(/is not among (.+)$/)[1].split(', ').sort(), [...names].sort(), unknown.error);
  const plain = await mount({ hash: false });
  for (const [cell, values, fallback] of rows) {
    const name = code(cell)[0];
    // The values written as JSON (`#slide-3&lang=en` is an example of the hash, not a value).
    const given = code(values).flatMap((v) => {
      try {
        return [JSON.parse(v)];
      } catch {
        return [];
      }
    });
    const range = / to /.test(values) && given.length === 2;
    // Every value the table gives is taken; kiosk mode only in the kiosk build.
    for (const value of given) {
      const seen = await mount({ [name]: value, hash: name === 'hash' ? value : false });
      if ((name === 'kiosk' && value === true) || name === 'share') {
        assert.match(seen.error ?? '', /kiosk build/, `the news embed refuses ${name}, naming the kiosk build`);
      } else {
        assert.equal(seen.error, undefined, `${name}: ${JSON.stringify(value)} is taken`);
      }
    }
    if (range) {
      const [low, high] = given;
      assert.match((await mount({ [name]: low - 0.001, hash: false })).error ?? '', new RegExp(name), `${name}: below ${low} is refused`);
      const above = await mount({ [name]: high + 1, hash: false });
      if (name === 'slide') assert.equal(above.slide, high, 'past the last slide is the last');
      else assert.match(above.error ?? '', new RegExp(name), `${name}: above ${high} is refused`);
    }
    // The default is what a graphic without the option does.
    const value = JSON.parse(code(fallback)[0]);
    // The root's lang is the language's BCP 47 tag (zh-Hans, en).
    const seen = { lang: plain.lang.split('-')[0], slide: plain.slide, kiosk: plain.kiosk };
    if (name === 'lang' || name === 'slide' || name === 'kiosk') assert.deepEqual(seen[name], value, `${name} defaults to ${value}`);
    if (name === 'theme') {
      assert.equal(value, 'auto');
      await page.emulateMedia({ colorScheme: 'dark' });
      assert.equal((await mount({ hash: false })).dark, true, 'auto follows a dark system');
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }
  // hash: without the option, the graphic writes the slide into the address.
  assert.equal(JSON.parse(code(rows.find((r) => r[0] === '`hash`')[2])[0]), true);
  await page.evaluate(async () => {
    const { Infographic } = await import('./pkg/zones-infographic.js');
    const box = document.body.appendChild(document.createElement('div'));
    window.hashed = new Infographic(box);
    window.hashed.show(2);
  });
  await page.clock.runFor(300);
  assert.equal(await page.evaluate(() => location.hash), '#slide-3', 'the hash follows the slide by default');
  await context.close();
});

test("the kiosk build's defaults are the table's: a slide every `advance` seconds, a start over after `idle`", async () => {
  const rows = table(section('Options'));
  const fallback = (name) => JSON.parse(code(rows.find((r) => r[0] === `\`${name}\``)[2])[0]);
  const { context, page } = await openDemo(suite.browser, suite.url, { path: 'kiosk.html', clock: true, width: 1280, height: 800 });
  // In place of the page's own graphic (kiosk.html gives its timers), a kiosk
  // graphic mounted with none given; then the clock stops.
  await page.evaluate(async () => {
    const { mounted, Infographic } = await import('./kiosk/zones-infographic.js');
    const box = document.querySelector('#infographic');
    mounted[0].destroy();
    window.kiosk = new Infographic(box, { kiosk: true });
  });
  await page.waitForFunction(() => document.querySelector('.zi-progress')?.getAnimations().length === 1);
  await pauseClock(page);
  const bar = () => page.evaluate(() => document.querySelector('.zi-progress').getAnimations()[0]?.effect.getTiming().duration);
  await page.clock.runFor(100);
  assert.equal(await bar(), fallback('advance') * 1000, 'the bar fills in `advance` seconds');
  await page.locator('.zi-next').click();
  assert.equal(await page.evaluate(() => window.kiosk.slide()), 1);
  await page.clock.runFor(fallback('idle') * 1000 - 500);
  assert.equal(await page.evaluate(() => window.kiosk.slide()), 1, 'still where the reader left it');
  await page.clock.runFor(1000);
  assert.equal(await page.evaluate(() => window.kiosk.slide()), 0, 'started over after `idle` seconds');
  await context.close();
});

test('the events table is every event the graphic sends, with its detail', async () => {
  const rows = table(section('Events'));
  const documented = Object.fromEntries(rows.map((r) => [code(r[0])[0], code(r[1])[0].replace(/[{}\s]/g, '').split(',').sort()]));
  const { context, page } = await openDemo(suite.browser, suite.url, {
    bare: true,
    // Every event of the graphic's, whatever its name, from the start.
    before: (page) => page.addInitScript(() => {
      window.sent = [];
      const dispatch = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (e) {
        if (e.type.startsWith('zones-infographic')) window.sent.push([e.type, Object.keys(e.detail ?? {}).sort(), e.bubbles, e.composed]);
        return dispatch.call(this, e);
      };
    }),
  });
  await page.locator('.zi-next').click();
  await page.locator('.zi-step').nth(3).click();
  await page.locator('.zi-mark').first().focus();
  await page.locator('.zi-lang').click();
  // English loads on demand: the switch (and its event) comes when it came.
  await page.locator('.zi-lang', { hasText: '中文' }).waitFor();
  await page.keyboard.press('ArrowRight');
  const sent = await page.evaluate(() => window.sent);
  const types = [...new Set(sent.map(([type]) => type))].sort();
  assert.deepEqual(types, Object.keys(documented).sort(), 'the events sent are the events documented');
  for (const [type, keys, bubbles, composed] of sent) {
    assert.deepEqual(keys, documented[type], `${type}'s detail`);
    assert.deepEqual([bubbles, composed], [true, true], `${type} bubbles and leaves a shadow root`);
  }
  assert.equal(sent.filter(([type]) => type === 'zones-infographic:ready').length, 1, 'ready comes once');
  await context.close();
});

/** The port `command` (in `cwd`) asks to listen on: the command runs with
 *  Node's `listen` told to take a free port instead, so nothing else on the
 *  machine is disturbed. */
async function portAskedFor(command, args, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'zones-port-'));
  const hook = join(dir, 'hook.mjs');
  writeFileSync(hook, `import net from 'node:net';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (port, ...rest) {
  process.stdout.write('asked for ' + port + '\\n');
  return listen.call(this, 0, ...rest);
};
`);
  // In a process group of its own, so that npm's children end with it.
  const child = spawn(command, args, { cwd, detached: true, env: { ...process.env, NODE_OPTIONS: `--import=${hook}` }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    return await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = out.match(/asked for (\d+)/);
        if (m && /http:\/\/127\.0\.0\.1:\d+\//.test(out)) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${out}`)));
    });
  } finally {
    try { process.kill(-child.pid); } catch {}
    child.stdout.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the commands serve on the port the README and the docs name', async () => {
  const port = Number(fenced(section('Two commands'), 'sh').match(/scripts\/serve.*http:\/\/127\.0\.0\.1:(\d+)/)[1]);
  // scripts/serve ends by serving www/ on $PORT, or on the port serve.mjs takes by default.
  const serve = readFileSync(new URL('../../scripts/serve', import.meta.url), 'utf8');
  assert.match(serve, new RegExp(`exec node www/serve\\.mjs "\\$\\{PORT:-${port}\\}"`));
  assert.equal(await portAskedFor(process.execPath, ['serve.mjs', String(port)], WWW), port);
  // The npm package's `npm run serve` (docs/embedding.md), and on another port.
  const embedding = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
  const [, npmPort, otherPort] = embedding.match(/`npm run serve` there serves\s+it on http:\/\/127\.0\.0\.1:(\d+)\/ \(`npm run serve -- (\d+)`/);
  assert.equal(await portAskedFor('npm', ['run', '--silent', 'serve'], WWW), Number(npmPort));
  assert.equal(await portAskedFor('npm', ['run', '--silent', 'serve', '--', otherPort], WWW), Number(otherPort));
});
