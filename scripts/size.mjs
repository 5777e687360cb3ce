// The embed's transfer size: everything a host page loads for the graphic (the
// wasm module, the one JS module, the CSS), each compressed by `gzip -9`
// (GNU gzip, as servers' static gzip does). Run directly, it prints them.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const EMBED_FILES = ['www/pkg/zones_infographic_bg.wasm', 'www/pkg/zones-infographic.js', 'www/pkg/zones-infographic.css'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bytes of `gzip -9 -n` over `data`. */
export function gzipBytes(data) {
  return execFileSync('gzip', ['-9', '-n', '-c'], { input: data, maxBuffer: 1 << 28 }).length;
}

/** [[file, gzip -9 bytes], ...] and their total. */
export function embedSizes() {
  const files = EMBED_FILES.map((f) => [f, gzipBytes(readFileSync(ROOT + f))]);
  return { files, total: files.reduce((sum, [, n]) => sum + n, 0) };
}

/** Kilobytes of 1,000 bytes, as the budget and the peers' published sizes count them. */
export const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, total } = embedSizes();
  for (const [f, n] of files) console.log(`${kb(n).padStart(9)}  ${f}  (${n} bytes)`);
  console.log(`${kb(total).padStart(9)}  embed total, gzip -9  (${total} bytes)`);
}
