// The transfer size of each build: everything a host page loads for the
// graphic (the wasm module, the one JS module, the CSS), each compressed by
// `gzip -9` (GNU gzip, as servers' static gzip does); and the functions each
// module holds, read from the names wasm-bindgen keeps (the optimiser only
// removes more). Run directly, it prints the sizes.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The builds: where each is written, and where its module with names is. */
export const BUILDS = {
  news: { dir: 'www/pkg', named: 'target/news/glue/pkg/zones_infographic_bg.wasm' },
  kiosk: { dir: 'www/kiosk', named: 'target/kiosk/glue/pkg/zones_infographic_bg.wasm' },
};

/** What the news embed loads only when a reader asks for it (and the kiosk
 *  build its QR code's encoder, where a `share` address is set). */
export const ON_DEMAND = ['www/extra/zones-words.js', 'www/extra/zones-save.js', 'www/extra/zones-qr.js', 'www/fallback/tables.js'];

export const FILES = ['zones_infographic_bg.wasm', 'zones-infographic.js', 'zones-infographic.css'];

/** Bytes of `gzip -9 -n` over `data`. */
export function gzipBytes(data) {
  return execFileSync('gzip', ['-9', '-n', '-c'], { input: data, maxBuffer: 1 << 28 }).length;
}

/** [[file, gzip -9 bytes], ...] of a build, and their total. */
export function buildSizes(build = 'news') {
  const files = FILES.map((f) => `${BUILDS[build].dir}/${f}`).map((f) => [f, gzipBytes(readFileSync(ROOT + f))]);
  return { files, total: files.reduce((sum, [, n]) => sum + n, 0) };
}

/** The news embed's sizes (what an article loads). */
export const embedSizes = () => buildSizes('news');

/** The function names of a build's module (Rust paths, demangled). */
export function functionNames(build = 'news') {
  const bytes = readFileSync(ROOT + BUILDS[build].named);
  const [section] = WebAssembly.Module.customSections(new WebAssembly.Module(bytes), 'name');
  if (!section) throw new Error(`${BUILDS[build].named} has no name section`);
  const s = new Uint8Array(section);
  let p = 0;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = s[p++];
      value += (b & 127) * 2 ** shift;
      if (!(b & 128)) return value;
    }
  };
  const names = [];
  const text = new TextDecoder();
  while (p < s.length) {
    const id = s[p++];
    const end = leb() + p;
    // Subsection 1 lists the functions: (index, name) pairs.
    if (id === 1) {
      for (let n = leb(); n > 0; n--) {
        leb();
        const length = leb();
        names.push(text.decode(s.subarray(p, p + length)));
        p += length;
      }
    }
    p = end;
  }
  return names;
}

/** Kilobytes of 1,000 bytes, as the budget and the peers' published sizes count them. */
export const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const build of Object.keys(BUILDS)) {
    const { files, total } = buildSizes(build);
    for (const [f, n] of files) console.log(`${kb(n).padStart(9)}  ${f}  (${n} bytes)`);
    console.log(`${kb(total).padStart(9)}  ${build} total, gzip -9  (${total} bytes)`);
  }
  // What the news embed loads only when asked: its English, the downloads' code.
  for (const f of ON_DEMAND) {
    const n = gzipBytes(readFileSync(ROOT + f));
    console.log(`${kb(n).padStart(9)}  ${f}  (${n} bytes, on demand)`);
  }
}
