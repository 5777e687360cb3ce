// A static file server for www/ on 127.0.0.1, with the strict
// Content-Security-Policy a news site may set, so the demo proves the embed works under it.
import { createServer } from 'node:http';
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self'; connect-src 'self'; font-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * Serves the files that `resolve(urlPath)` names (null: 404) on `host:port`, each
 * with the CSP above. Resolves to the listening server (port 0 picks a free one).
 */
export function serveFiles(resolve, port, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    let file;
    try {
      file = resolve(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    try {
      if (!file) throw new Error('not served');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': 'no-cache',
      });
      res.end(body);
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
