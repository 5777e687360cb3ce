// The embed's size, gzip -9: deterministic for a given build, so checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedSizes, kb } from '../../scripts/size.mjs';

// Everything a host page loads for the graphic: wasm, JS module and CSS.
const BUDGET = 80 * 1000;

test('the embed is within its 80 KB budget (gzip -9)', () => {
  const { files, total } = embedSizes();
  for (const [f, n] of files) console.log(`${kb(n).padStart(9)}  ${f}  (${n} bytes)`);
  console.log(`${kb(total).padStart(9)}  total, budget ${kb(BUDGET)}  (${total} of ${BUDGET} bytes)`);
  assert.ok(total <= BUDGET, `the embed is ${total} bytes gzip -9, over its budget of ${BUDGET}`);
});
