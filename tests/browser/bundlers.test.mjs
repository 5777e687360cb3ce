// docs/embedding.md's bundler recipes, followed: the packed tarball installed
// into an empty app (offline), the app's code (the docs' own block) built by
// Vite, webpack and esbuild at the versions in package-lock.json, the
// package's folders copied beside it as `zones/`, and the result served under
// the demo's Content-Security-Policy: the graphic draws, its data table, SVG and CSV
// downloads arrive, and its English loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as vite } from 'vite';
import webpack from 'webpack';
import { build as esbuild } from 'esbuild';
import { demoSuite, openDemo } from './harness.mjs';
import { serveFiles } from '../../www/serve.mjs';

const suite = demoSuite();
const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
const DOCS = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');

/** The app's code: the first js block of the docs' section on bundlers. */
function appCode() {
  const section = DOCS.slice(DOCS.indexOf('\n## Bundlers\n'));
  const m = section.match(/```js\n([\s\S]*?)```/);
  assert.ok(m, 'docs/embedding.md gives the app code for bundlers');
  return m[1];
}

/** The page around the app: the CSS from the copied folder and the README's container. */
const page = (script) => `<!doctype html><html lang="zh-Hans"><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>A bundled app</title><link rel="icon" href="/zones/fallback/slide-1-zh.svg">
<link rel="stylesheet" href="/zones/pkg/zones-infographic.css">
${script}<body><h1>An article</h1><div data-zones-infographic='{"hash":false}'></div></body></html>`;

let dir;
let tarball;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'zones-bundlers-'));
  const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  tarball = join(dir, JSON.parse(npm(['pack', '--json', '--pack-destination', dir], WWW))[0].filename);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A new app folder with the package installed and the app's code in main.js. */
function newApp(name) {
  const app = join(dir, name);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: `app-${name}`, private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, stdio: 'ignore' });
  writeFileSync(join(app, 'main.js'), appCode());
  return app;
}

/** Step 1 of the recipe: the package's folders as `zones/` in `into`. */
function copyPackage(app, into) {
  for (const folder of ['pkg', 'extra', 'fallback']) {
    cpSync(join(app, 'node_modules/zones-infographic', folder), join(into, 'zones', folder), { recursive: true });
  }
}

/** Serves `dist`, opens the app, waits for the graphic, opens its data
 *  table and downloads slide 1's SVG and CSV, then shows it in English. */
async function drawsAndDownloads(dist) {
  const server = await serveFiles((path) => {
    const file = normalize(join(dist, path.endsWith('/') ? path + 'index.html' : path));
    return file.startsWith(dist) ? file : null;
  }, 0);
  try {
    const { context, page } = await openDemo(suite.browser, `http://127.0.0.1:${server.address().port}/`, { width: 760 });
    assert.match(await page.locator('.zi-canvas').getAttribute('aria-label'), /南昌/);
    assert.equal(await page.evaluate(() => window.graphic.slideCount()), 5, 'the app has the graphic through the API');
    await page.locator('.zi-data-summary').click();
    // The slide's table, made at build time, loaded from under the same base.
    assert.match(await page.locator('.zi-table caption').textContent(), /\p{Script=Han}/u, 'the table of slide 1');
    const files = {};
    for (const [k, name] of [[1, 'zones-slide-1-zh.svg'], [2, 'zones-slide-1-zh.csv']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.zi-save button').nth(k).click()]);
      assert.equal(download.suggestedFilename(), name);
      const chunks = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk);
      files[name] = Buffer.concat(chunks).toString('utf8');
    }
    assert.match(files['zones-slide-1-zh.svg'], /<svg[\s\S]*南昌/, 'the SVG of slide 1');
    assert.match(files['zones-slide-1-zh.csv'], /南昌高新区/, 'the CSV of slide 1');
    assert.equal(await page.locator('.zi-save-note').textContent(), '', 'no failure said');
    // Its English, loaded on demand from under the same base.
    await page.locator('.zi-lang').click();
    await page.locator('.zi[lang="en"] .zi-canvas[aria-label*="Nanchang"]').waitFor();
    await page.locator('.zi-table caption', { hasText: 'Figures' }).waitFor();
    await context.close();
  } finally {
    server.close();
  }
}

test('Vite: the recipe builds an app that draws the graphic and downloads its SVG and CSV, and shows its English', async () => {
  const app = newApp('vite');
  writeFileSync(join(app, 'index.html'), page('<script type="module" src="/main.js"></script>'));
  copyPackage(app, join(app, 'public'));
  await vite({ root: app, logLevel: 'error', build: { outDir: join(app, 'dist'), target: 'es2022' } });
  await drawsAndDownloads(join(app, 'dist'));
});

test('webpack: the recipe builds an app that draws the graphic and downloads its SVG and CSV, and shows its English, with no warning', async () => {
  const app = newApp('webpack');
  const dist = join(app, 'dist');
  const stats = await new Promise((resolve, reject) => webpack({
    mode: 'production', context: app, entry: './main.js', output: { path: dist, filename: 'main.js' }, performance: { hints: false },
  }, (error, stats) => (error ? reject(error) : resolve(stats))));
  assert.deepEqual(stats.toJson({ all: false, errors: true, warnings: true }).errors, [], 'no errors');
  assert.deepEqual(stats.toJson({ all: false, warnings: true }).warnings.map((w) => w.message), [], 'no warnings');
  writeFileSync(join(dist, 'index.html'), page('<script src="/main.js" defer></script>'));
  copyPackage(app, dist);
  await drawsAndDownloads(dist);
});

test('esbuild: the recipe builds an app that draws the graphic and downloads its SVG and CSV, and shows its English', async () => {
  const app = newApp('esbuild');
  const dist = join(app, 'dist');
  await esbuild({ entryPoints: [join(app, 'main.js')], bundle: true, format: 'esm', outfile: join(dist, 'main.js'), logLevel: 'error' });
  writeFileSync(join(dist, 'index.html'), page('<script type="module" src="/main.js"></script>'));
  copyPackage(app, dist);
  await drawsAndDownloads(dist);
});
