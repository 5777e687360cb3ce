// The embed as a newsroom installs it: `npm pack` in www/ makes a tarball, which
// installed into an empty folder and served as static files renders the graphic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './harness.mjs';
import { serveFiles } from '../../www/serve.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
let dir;
let browser;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zones-package-'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('npm pack makes a tarball that, installed into an empty folder and served, renders the graphic', async () => {
  const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], WWW))[0];
  const files = packed.files.map((f) => f.path);
  for (const needed of ['pkg/zones-infographic.js', 'pkg/zones-infographic.css', 'pkg/zones_infographic_bg.wasm', 'kiosk/zones-infographic.js', 'kiosk/zones-infographic.css', 'kiosk/zones_infographic_bg.wasm', 'embed.html', 'kiosk.html', 'embed-loader.js', 'extra/zones-save.js', 'extra/zones-print.css', 'fallback/slide-1-zh.svg', 'fallback/slide-1-zh.csv', 'fallback/zones-zh.csv', 'package.json']) {
    assert.ok(files.includes(needed), `the tarball holds ${needed}`);
  }
  assert.ok(!files.some((f) => f.endsWith('main.js') || f.endsWith('infographic.css') && !/^(pkg|kiosk)\//.test(f) || f === 'kiosk.css'), 'sources stay out');
  const site = join(dir, 'site');
  execFileSync('mkdir', ['-p', site]);
  npm(['init', '-y'], site);
  npm(['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], site);
  const installed = join(site, 'node_modules', 'zones-infographic');
  assert.ok(readdirSync(installed).includes('embed.html'));
  const server = await serveFiles((path) => {
    const file = normalize(join(installed, path.endsWith('/') ? path + 'embed.html' : path));
    return file.startsWith(installed) ? file : null;
  }, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    for (const page of ['embed.html', 'kiosk.html#advance=600']) {
      const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await tab.goto(url + page);
      await tab.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'), null, { timeout: 10_000 });
      assert.match(await tab.locator('.zi-canvas').getAttribute('aria-label'), /南昌/);
      if (page === 'embed.html') {
        // The downloads load their code and the slide's files from the package too.
        const kinds = await tab.evaluate(async () => {
          const { mounted } = await import('./pkg/zones-infographic.js');
          return Promise.all(['png', 'svg', 'csv'].map(async (k) => (await mounted[0].toBlob(k)).size > 100));
        });
        assert.deepEqual(kinds, [true, true, true], 'PNG, SVG and CSV from the installed package');
      }
      assert.deepEqual(errors, [], page);
      await context.close();
    }
  } finally {
    server.close();
  }
});

test('serve.mjs serves the folder as a command, also through a symlinked folder (a kiosk PC\'s /opt/zones)', async () => {
  const link = join(dir, 'zones');
  symlinkSync(WWW, link);
  const child = spawn(process.execPath, [join(link, 'serve.mjs'), '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const address = await new Promise((resolve, reject) => {
      child.stdout.once('data', (d) => resolve(String(d).trim()));
      child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code} and served nothing`)));
    });
    const response = await fetch(new URL('kiosk.html', address));
    assert.equal(response.status, 200);
    assert.match(await response.text(), /"kiosk": true/);
  } finally {
    child.kill();
  }
});
