// Runs the browser suite as scripts/test does: one headless Chromium shared by
// every test process (each test opens contexts of its own in it), and the test
// files side by side, a long file split into shards that run side by side too
// (each shard runs every n-th test of its file: `test` in harness.mjs). The
// tests spend most of their time waiting for the page, so on two cores more
// processes than cores keep both busy. `node tests/browser/run.mjs [file...]`;
// `BROWSER_TEST_JOBS` sets how many processes run at once (5 by default).
// `node --test tests/browser/` runs the same files one after another, each
// whole and with a Chromium of its own.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
// How many shards a long file runs as, longest first, so that no long one is
// left alone at the end; every other file runs whole, after these. The
// kiosk's soak starts first, before unwind.test.mjs, busy in the page all
// along, has its shards beside it.
const SHARDS = { soak: 1, tooltips: 4, reading: 4, unwind: 3, robust: 4, kiosk: 3, embed: 2, demo: 2, phone: 2, readme: 2, hostile: 3, pseudo: 1, export: 1 };
const name = (file) => basename(file).replace(/\.test\.mjs$/, '');
const rank = (file) => {
  const k = Object.keys(SHARDS).indexOf(name(file));
  return k < 0 ? Infinity : k;
};
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(here).filter((f) => f.endsWith('.test.mjs')).map((f) => here + f);
files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const runs = files.flatMap((file) => {
  const n = SHARDS[name(file)] ?? 1;
  return Array.from({ length: n }, (_, i) => ({ file, shard: `${i}/${n}` }));
});
const jobs = Number(process.env.BROWSER_TEST_JOBS ?? 5);

const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const started = Date.now();
const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((c) => c.kill(signal)));

/** Runs one shard; its report is printed whole once it ends. */
function runOne({ file, shard }) {
  const child = spawn(process.execPath, ['--test', '--test-reporter=spec', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ZONES_BROWSER_WS: server.wsEndpoint(), ZONES_SHARD: shard },
  });
  children.add(child);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const began = Date.now();
  return new Promise((done) => child.on('exit', (code, signal) => {
    children.delete(child);
    const count = (what) => Number(out.match(new RegExp(`^ℹ ${what} (\\d+)`, 'm'))?.[1] ?? 0);
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    process.stdout.write(`\n── ${name(file)} (shard ${shard}), ${seconds} s\n${out}`);
    done({ ok: code === 0 && !signal, tests: count('tests'), fail: count('fail') });
  }));
}

const results = [];
let next = 0;
await Promise.all(Array.from({ length: Math.min(jobs, runs.length) }, async () => {
  while (next < runs.length) results.push(await runOne(runs[next++]));
}));
await server.close();
const tests = results.reduce((n, r) => n + r.tests, 0);
const failed = results.filter((r) => !r.ok).length;
console.log(`\nbrowser tests: ${tests} tests, ${results.reduce((n, r) => n + r.fail, 0)} failed, `
  + `${((Date.now() - started) / 1000).toFixed(1)} s, ${files.length} files in ${runs.length} processes, ${jobs} at a time`);
process.exit(failed ? 1 : 0);
