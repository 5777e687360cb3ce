// The embed's transfer size: everything a host page loads for the graphic
// (wasm, JS glue, loader, CSS), each gzip -9. Run directly, it prints them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const EMBED_FILES = ['www/pkg/zones_infographic_bg.wasm', 'www/pkg/zones_infographic.js', 'www/main.js', 'www/infographic.css'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** [[file, gzip -9 bytes], ...] and their total. */
export function embedSizes() {
  const files = EMBED_FILES.map((f) => [f, gzipSync(readFileSync(ROOT + f), { level: 9 }).length]);
  return { files, total: files.reduce((sum, [, n]) => sum + n, 0) };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, total } = embedSizes();
  for (const [f, n] of files) console.log(`${kb(n).padStart(9)}  ${f}`);
  console.log(`${kb(total).padStart(9)}  embed total, gzip -9`);
}
