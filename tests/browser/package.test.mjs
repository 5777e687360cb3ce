// The embed as a newsroom installs it: `npm pack` in www/ makes a tarball, which
// installed into an empty folder and served as static files renders the graphic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './harness.mjs';
import { serveFiles } from '../../www/serve.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/.bin/tsc');
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Packs www/ into `dir` and installs the tarball into a new site folder
 *  `name` there: the package's listing and where it was installed. */
function packAndInstall(name) {
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], WWW))[0];
  const site = join(dir, name);
  execFileSync('mkdir', ['-p', site]);
  npm(['init', '-y'], site);
  npm(['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], site);
  return { packed, site, installed: join(site, 'node_modules', 'zones-infographic') };
}
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
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], WWW))[0];
  const files = packed.files.map((f) => f.path);
  for (const needed of ['pkg/zones-infographic.js', 'pkg/zones-infographic.css', 'pkg/zones_infographic_bg.wasm', 'kiosk/zones-infographic.js', 'kiosk/zones-infographic.css', 'kiosk/zones_infographic_bg.wasm', 'embed.html', 'kiosk.html', 'embed-loader.js', 'extra/zones-save.js', 'extra/zones-print.css', 'fallback/tables.js', 'fallback/slide-1-zh.svg', 'fallback/slide-1-zh.csv', 'fallback/zones-zh.csv', 'package.json']) {
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

test('the package is as the ecosystem expects: README, MIT LICENSE and CHANGELOG in the tarball, types, repository, homepage, bugs, sideEffects, one semver version', () => {
  const { packed, installed } = packAndInstall('meta');
  const files = packed.files.map((f) => f.path);
  for (const needed of ['README.md', 'LICENSE', 'CHANGELOG.md', 'zones-infographic.d.ts']) {
    assert.ok(files.includes(needed), `the tarball holds ${needed}`);
  }
  assert.match(readFileSync(join(installed, 'LICENSE'), 'utf8'), /^MIT License\n[\s\S]*Permission is hereby granted, free of charge[\s\S]*THE SOFTWARE IS PROVIDED "AS IS"/);
  assert.equal(readFileSync(join(installed, 'README.md'), 'utf8'), readFileSync(join(ROOT, 'README.md'), 'utf8'), 'the README as in the repository');
  assert.equal(readFileSync(join(installed, 'CHANGELOG.md'), 'utf8'), readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), 'the CHANGELOG as in the repository');
  const meta = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(meta.license, 'MIT');
  assert.equal(meta.types, './zones-infographic.d.ts');
  assert.equal(meta.exports['.'].types, meta.types);
  for (const key of ['homepage', 'repository', 'bugs']) assert.ok(meta[key], `package.json has ${key}`);
  // The module mounts on import and the CSS styles the page: they must not be tree-shaken away.
  assert.deepEqual(meta.sideEffects, ['./pkg/zones-infographic.js', './kiosk/zones-infographic.js', '*.css']);
  const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.match(meta.version, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'semver');
  assert.equal(meta.version, cargo, 'package.json and Cargo.toml give one version');
});

/** A host script in TypeScript that uses every method, static, option and event. */
const HOST_TS = `import { ready, mounted, Infographic } from 'zones-infographic';
import type { InfographicOptions, InfographicState, InfographicFigure, InfographicFile } from 'zones-infographic';

Infographic.base = '/zones/';
const base: string = Infographic.base;
const version: string = Infographic.version;
const options: InfographicOptions = { lang: 'en', slide: 2, theme: 'dark', hash: false, kiosk: false, advance: 10, idle: 60 };
const el = document.createElement('div');
el.addEventListener('zones-infographic:ready', (e) => { const s: InfographicState = e.detail; console.log(s.slide, s.slides, s.lang); });
el.addEventListener('zones-infographic:slide', (e) => console.log(e.detail.slide + 1, e.detail.slides));
el.addEventListener('zones-infographic:lang', (e) => { const lang: 'zh' | 'en' = e.detail.lang; console.log(lang); });
el.addEventListener('zones-infographic:figure', (e) => { const f: InfographicFigure = e.detail; console.log(f.id.length); });

async function main(): Promise<void> {
  const { memory } = await ready;
  console.log(memory.buffer.byteLength, mounted.length, base, version);
  const g = new Infographic(el, options);
  const again = new Infographic(el, '{"lang":"zh"}');
  const drawn: Infographic = await g.ready;
  drawn.next();
  drawn.prev();
  drawn.show(3);
  const at: number = drawn.slide() + drawn.slideCount();
  const lang: 'zh' | 'en' = drawn.lang();
  drawn.setLanguage(lang === 'zh' ? 'en' : 'zh');
  const kind: InfographicFile = 'csv';
  const blob: Blob = await drawn.toBlob(kind);
  console.log(at, blob.size);
  Infographic.get(el)?.destroy();
  again.free();
  g[Symbol.dispose]();
}
main();
`;

function tsc(site, source) {
  writeFileSync(join(site, 'host.ts'), source);
  writeFileSync(join(site, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'esnext.disposable'], skipLibCheck: false },
    files: ['host.ts'],
  }));
  try {
    execFileSync(TSC, ['-p', site], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (e) {
    return `${e.stdout}${e.stderr}`;
  }
}

test('tsc accepts a host script using every method, option and event, refuses a wrong one, and the types name every method and static the module has', async () => {
  const { site, installed } = packAndInstall('typed');
  assert.equal(tsc(site, HOST_TS), '', 'tsc accepts the host script');
  // The types are checked, not ignored: wrong uses fail.
  for (const [wrong, why] of [
    ["g.show('3')", /string/],
    ["g.setLanguage('fr')", /"fr"/],
    ["g.toBlob('gif')", /"gif"/],
    ["g.zoom()", /zoom/],
    ["new Infographic(el, { lang: 'de' })", /"de"/],
    ["el.addEventListener('zones-infographic:slide', (e) => e.detail.id)", /id/],
  ]) {
    const out = tsc(site, HOST_TS.replace('drawn.next();', `${wrong};\n  drawn.next();`));
    assert.match(out, why, `tsc refuses ${wrong}`);
  }
  // What the module really has, read in a browser: each is declared and used.
  const server = await serveFiles((path) => {
    const file = normalize(join(installed, path.endsWith('/') ? path + 'embed.html' : path));
    return file.startsWith(installed) ? file : null;
  }, 0);
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/embed.html`);
    await tab.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
    const api = await tab.evaluate(async () => {
      const m = await import('./pkg/zones-infographic.js');
      const names = (o) => Object.getOwnPropertyNames(o).filter((n) => !['constructor', 'length', 'name', 'prototype', '__wrap'].includes(n) && !n.startsWith('__'));
      return { exports: Object.keys(m), statics: [...new Set([...names(m.Infographic), ...names(Object.getPrototypeOf(m.Infographic))])], methods: [...names(Object.getPrototypeOf(m.Infographic).prototype), ...names(m.mounted[0])], version: m.Infographic.version };
    });
    const types = readFileSync(join(installed, 'zones-infographic.d.ts'), 'utf8');
    for (const name of [...api.exports, ...api.statics, ...api.methods]) {
      assert.match(types, new RegExp(`\\b${name}\\b`), `the types declare ${name}`);
      assert.match(HOST_TS, new RegExp(`\\b${name}\\b`), `the host script uses ${name}`);
    }
    assert.ok(api.methods.length >= 11 && api.methods.includes('ready'), api.methods.join());
    assert.deepEqual(api.statics.sort(), ['base', 'get', 'version'], 'the statics');
    assert.equal(api.version, JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version, 'Infographic.version is the package version');
  } finally {
    await context.close();
    server.close();
  }
});
