// A static file server for www/ on 127.0.0.1, with the strict
// Content-Security-Policy a news site may set, so the demo proves the embed works under it.
// It answers as docs/embedding.md asks hosts to: an ETag and Last-Modified
// on every file (a revalidation that finds it unchanged gets 304 and no
// body), gzip where the browser takes it, `Cache-Control: no-cache` under the
// files' own names and a year, immutable, under the release's folder
// (`/0.2.0/pkg/…`, the version in package.json, an alias of `/pkg/…`).
import { createServer } from 'node:http';
import { readFileSync, realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
};
/** The types worth compressing (the wasm and text). */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.csv']);

/** The package's version: `/<version>/…` is its release folder. */
export const VERSION = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')).version;

/** A year, in seconds: how long a file under the release's folder may be kept. */
export const YEAR = 31536000;

export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self'; connect-src 'self'; font-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";

/** Each file's gzip, kept by its ETag (the demo's files are few). */
const GZIPPED = new Map();
const gzipped = (etag, body) => GZIPPED.get(etag) ?? GZIPPED.set(etag, gzipSync(body, { level: 9 })).get(etag);

/**
 * Serves the files that `resolve(urlPath)` names (null: 404) on `host:port`, each
 * with the CSP above. Resolves to the listening server (port 0 picks a free one).
 */
export function serveFiles(resolve, port, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    let file;
    // Under the release's folder, the same file for a year.
    const versioned = req.url.startsWith(`/${VERSION}/`);
    try {
      file = resolve(decodeURIComponent(new URL(versioned ? req.url.slice(VERSION.length + 1) : req.url, 'http://x').pathname));
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    try {
      if (!file) throw new Error('not served');
      const [body, { mtime }] = await Promise.all([readFile(file), stat(file)]);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const modified = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
      const zipped = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': versioned ? `public, max-age=${YEAR}, immutable` : 'no-cache',
        etag,
        'last-modified': modified.toUTCString(),
        vary: 'Accept-Encoding',
      };
      const since = Date.parse(req.headers['if-modified-since'] ?? '');
      if (req.headers['if-none-match'] ? req.headers['if-none-match'].split(/\s*,\s*/).includes(etag) : since >= modified.getTime()) {
        res.writeHead(304, headers).end();
        return;
      }
      if (zipped) headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(zipped ? gzipped(etag, body) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => done(server));
  });
}

/** The demo: www/ itself. */
export function serve(port = 8080, host = '127.0.0.1') {
  return serveFiles((path) => {
    const file = normalize(join(ROOT, path.endsWith('/') ? path + 'index.html' : path));
    return file.startsWith(ROOT) ? file : null;
  }, port, host);
}

// Run as a command (also through a symlinked folder): serve www/ on the port given.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  serve(port).then((server) => console.log(`http://127.0.0.1:${server.address().port}/`));
}
