// The kiosk's "continue on your phone" code, loaded on demand (built into
// extra/zones-qr.js; src/web/js/kiosk.js imports it the first time a kiosk
// with a `share` address shows a code, and the kiosk's service worker keeps
// it): a link as a QR code (ISO/IEC 18004: byte mode, error correction level
// L, versions 1 to 5, the mask with the lowest penalty), drawn on a canvas in
// whole device pixels a module, dark on light whatever the theme (as phone
// cameras need), with the four-module quiet zone around it.

/** Data and error correction codewords of versions 1 to 5 at level L (one block each). */
const VERSIONS = [[19, 7], [34, 10], [55, 15], [80, 20], [108, 26]];

/** The light modules a reader needs around the code. */
export const QUIET = 4;

/** Multiplication in GF(256) modulo the standard's polynomial 0x11D. */
function mul(a, b) {
  let product = 0;
  for (; b; b >>= 1) {
    if (b & 1) product ^= a;
    a = (a << 1) ^ (a & 0x80 ? 0x11d : 0);
  }
  return product;
}

/** The `count` error correction codewords of `data`: the remainder of
 *  data·x^count divided by (x − α⁰)…(x − α^(count−1)). */
export function reedSolomon(data, count) {
  const generator = new Array(count).fill(0);
  generator[count - 1] = 1;
  for (let i = 0, root = 1; i < count; i++, root = mul(root, 2)) {
    for (let j = 0; j < count; j++) generator[j] = mul(generator[j], root) ^ (generator[j + 1] ?? 0);
  }
  const rem = new Array(count).fill(0);
  for (const b of data) {
    const factor = b ^ rem.shift();
    rem.push(0);
    generator.forEach((g, i) => { rem[i] ^= mul(g, factor); });
  }
  return rem;
}

const MASKS = [
  (x, y) => (x + y) % 2 == 0,
  (x, y) => y % 2 == 0,
  (x) => x % 3 == 0,
  (x, y) => (x + y) % 3 == 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 == 0,
  (x, y) => (x * y) % 2 + (x * y) % 3 == 0,
  (x, y) => ((x * y) % 2 + (x * y) % 3) % 2 == 0,
  (x, y) => ((x + y) % 2 + (x * y) % 3) % 2 == 0,
];

/** The smallest code holding `text` (UTF-8): rows of booleans, dark true;
 *  null past 106 bytes (version 5's capacity). */
export function encode(text) {
  const bytes = new TextEncoder().encode(text);
  const version = VERSIONS.findIndex(([data]) => bytes.length + 2 <= data);
  if (version < 0) return null;
  const [dataLength, ecLength] = VERSIONS[version];
  // Mode 0100 (bytes), an 8-bit count, the bytes, a terminator, then pad codewords.
  const bits = [];
  const push = (value, count) => { for (let i = count - 1; i >= 0; i--) bits.push((value >> i) & 1); };
  push(0b0100, 4);
  push(bytes.length, 8);
  bytes.forEach((b) => push(b, 8));
  push(0, Math.min(4, dataLength * 8 - bits.length));
  while (bits.length % 8) bits.push(0);
  const codewords = [];
  for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((n, b) => (n << 1) | b, 0));
  for (let pad = 0xec; codewords.length < dataLength; pad ^= 0xec ^ 0x11) codewords.push(pad);
  codewords.push(...reedSolomon(codewords, ecLength));

  const size = 21 + 4 * version;
  const dark = Array.from({ length: size }, () => new Array(size).fill(false));
  const fixed = Array.from({ length: size }, () => new Array(size).fill(false));
  const put = (x, y, on) => { dark[y][x] = on; fixed[y][x] = true; };
  for (let i = 0; i < size; i++) {
    put(6, i, i % 2 == 0);
    put(i, 6, i % 2 == 0);
  }
  // Finders with their separators, at three corners; one alignment pattern from version 2.
  for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]]) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const [x, y, ring] = [cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy))];
        if (x >= 0 && x < size && y >= 0 && y < size) put(x, y, ring != 2 && ring != 4);
      }
    }
  }
  if (version > 0) {
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) put(size - 7 + dx, size - 7 + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
    }
  }
  put(8, size - 8, true);
  // The format areas, written once the mask is chosen.
  for (let i = 0; i < 9; i++) fixed[8][i] = fixed[i][8] = true;
  for (let i = 0; i < 8; i++) fixed[8][size - 1 - i] = fixed[size - 1 - i][8] = true;

  // The codewords' bits in the standard's zigzag, two columns at a time from the bottom right.
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right == 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      const y = ((right + 1) & 2) == 0 ? size - 1 - vert : vert;
      for (const x of [right, right - 1]) {
        if (!fixed[y][x] && i < codewords.length * 8) {
          dark[y][x] = ((codewords[i >> 3] >> (7 - (i & 7))) & 1) == 1;
          i++;
        }
      }
    }
  }

  // Each mask tried; the one with the lowest penalty kept.
  let best = null;
  MASKS.forEach((flip, mask) => {
    const code = dark.map((row, y) => row.map((on, x) => (fixed[y][x] ? on : on != flip(x, y))));
    format(code, mask);
    const score = penalty(code);
    if (!best || score < best.score) best = { code, score };
  });
  return best.code;
}

/** The format information (level L, the mask) in its two copies. */
function format(code, mask) {
  const size = code.length;
  const data = ((0b01 << 3) | mask) << 10;
  let rem = data;
  for (let i = 14; i >= 10; i--) if ((rem >> i) & 1) rem ^= 0x537 << (i - 10);
  const bits = (data | rem) ^ 0x5412;
  const set = (x, y, i) => { code[y][x] = ((bits >> i) & 1) == 1; };
  for (let i = 0; i < 6; i++) set(8, i, i);
  set(8, 7, 6);
  set(8, 8, 7);
  set(7, 8, 8);
  for (let i = 9; i < 15; i++) set(14 - i, 8, i);
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, i);
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, i);
}

const FINDER_LIKE = ['10111010000', '00001011101'];

/** The standard's penalty: runs of five or more of one colour, 2×2 blocks,
 *  finder-like patterns, and a share of dark modules far from half. */
function penalty(code) {
  const size = code.length;
  let score = 0;
  const lines = [...code, ...code.map((_, x) => code.map((row) => row[x]))].map((line) => line.map((on) => (on ? '1' : '0')).join(''));
  for (const line of lines) {
    for (const run of line.match(/0{5,}|1{5,}/g) ?? []) score += run.length - 2;
    for (let i = 0; i + 11 <= size; i++) if (FINDER_LIKE.includes(line.slice(i, i + 11))) score += 40;
  }
  for (let y = 1; y < size; y++) {
    for (let x = 1; x < size; x++) {
      const c = code[y][x];
      if (c == code[y][x - 1] && c == code[y - 1][x] && c == code[y - 1][x - 1]) score += 3;
    }
  }
  const darkCount = code.flat().filter(Boolean).length;
  const total = size * size;
  return score + (Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1) * 10;
}

/** Draws the code of `link` on `canvas` in whole device pixels a module, as
 *  large as fits the size kiosk.css gives it (the canvas's CSS size is then
 *  set to that), and notes the link it holds (`data-link`). */
export function draw(canvas, link) {
  const code = encode(link);
  if (!code) return;
  const modules = code.length + 2 * QUIET;
  canvas.style.width = canvas.style.height = '';
  const module = Math.max(1, Math.floor((canvas.offsetWidth * devicePixelRatio) / modules));
  canvas.width = canvas.height = module * modules;
  canvas.style.width = canvas.style.height = `${canvas.width / devicePixelRatio}px`;
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000';
  code.forEach((row, y) => row.forEach((on, x) => on && g.fillRect((x + QUIET) * module, (y + QUIET) * module, module, module)));
  canvas.dataset.link = link;
}
