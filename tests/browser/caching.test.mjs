// Caching as docs/embedding.md tells hosts, on the demo server (www/serve.mjs):
// an ETag and Last-Modified on every file, gzip where the browser takes it,
// revalidation under the files' own names and a year, immutable, under the
// release's folder; and in Chromium a reload of the article revalidates the
// wasm with a 304 and moves none of it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { get as request } from 'node:http';
import { demoSuite, openDemo } from './harness.mjs';
import { VERSION } from '../../www/serve.mjs';

const suite = demoSuite();
const DOCS = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');

/** The raw bytes of `path` fetched from the demo with `headers`. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    request(new URL(path, suite.url), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: new Headers(res.headers), body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('every file carries an ETag and Last-Modified, comes gzipped when asked, and is revalidated with a 304 and no body', async () => {
  const wasm = readFileSync(new URL('../../www/pkg/zones_infographic_bg.wasm', import.meta.url));
  for (const path of ['pkg/zones_infographic_bg.wasm', 'pkg/zones-infographic.js', 'pkg/zones-infographic.css', 'fallback/slide-1-zh.svg', 'embed.html']) {
    const plain = await get(path, { 'accept-encoding': 'identity' });
    assert.equal(plain.status, 200, path);
    assert.match(plain.headers.get('etag'), /^"[\w-]{16,}"$/, `${path}: an ETag`);
    assert.ok(Date.parse(plain.headers.get('last-modified')) > 0, `${path}: Last-Modified`);
    assert.equal(plain.headers.get('cache-control'), 'no-cache', `${path}: revalidated under its own name`);
    assert.equal(plain.headers.get('content-encoding'), null);
    const zipped = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip', `${path}: gzipped`);
    assert.match(zipped.headers.get('vary'), /accept-encoding/i);
    assert.deepEqual(gunzipSync(zipped.body), plain.body, `${path}: the same bytes`);
    assert.ok(zipped.body.length < plain.body.length * 0.7, `${path}: ${zipped.body.length} of ${plain.body.length} bytes`);
    assert.equal(zipped.headers.get('etag'), plain.headers.get('etag'));
    const again = await get(path, { 'if-none-match': plain.headers.get('etag') });
    assert.deepEqual([again.status, again.body.length], [304, 0], `${path}: unchanged, no body`);
    const since = await get(path, { 'if-modified-since': plain.headers.get('last-modified') });
    assert.equal(since.status, 304, `${path}: not modified since`);
  }
  const plain = await get('pkg/zones_infographic_bg.wasm', { 'accept-encoding': 'identity' });
  assert.deepEqual(plain.body, wasm);
  const stale = await get('pkg/zones_infographic_bg.wasm', { 'if-none-match': '"something-else-entirely"' });
  assert.equal(stale.status, 200, 'another ETag gets the file');
});

test("under the release's folder (the package's version) the same files may be kept for a year, and the docs say so", async () => {
  const versioned = await get(`${VERSION}/pkg/zones_infographic_bg.wasm`, { 'accept-encoding': 'identity' });
  assert.equal(versioned.status, 200);
  assert.equal(versioned.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.deepEqual(versioned.body, (await get('pkg/zones_infographic_bg.wasm', { 'accept-encoding': 'identity' })).body);
  for (const header of ['Cache-Control: public, max-age=31536000, immutable', 'Cache-Control: no-cache', 'ETag', 'Last-Modified', 'Content-Encoding: gzip', 'Vary: Accept-Encoding']) {
    assert.ok(DOCS.includes(header), `docs/embedding.md tells hosts ${header}`);
  }
});

test('a reload of the article revalidates the module and the wasm (304) and moves neither again', async () => {
  const { context, page } = await openDemo(suite.browser, suite.url, { bare: true });
  const seen = [];
  page.on('requestfinished', async (r) => {
    const name = new URL(r.url()).pathname;
    if (/zones[-_]infographic(_bg)?\.(js|wasm)$/.test(name)) seen.push(r.sizes().then((s) => [name, s.responseBodySize]));
  });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('.zi-canvas')?.getAttribute('aria-label'));
  const moved = await Promise.all(seen);
  assert.ok(moved.some(([name]) => name.endsWith('.wasm')), 'the wasm was asked for again');
  assert.deepEqual(moved.filter(([, bytes]) => bytes > 0), [], 'no body moved again');
  await context.close();
});
