// Runs the browser suite as scripts/test does: one headless Chromium shared by
// every test file (each test opens contexts of its own in it), and the files
// side by side, the longest first. `node tests/browser/run.mjs [file...]`;
// `BROWSER_TEST_JOBS` sets how many files run at once (3 by default: on two
// cores the tests spend much of their time waiting for the page).
// `node --test tests/browser/` runs the same files one after another, each
// with a Chromium of its own.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
// The files that take longest start first, so that no long one is left alone at the end.
// unwind.test.mjs, busy in the page all along, comes after them: beside the kiosk's
// soak, which is timed, it would slow it past its limit.
const LONGEST = ['tooltips', 'kiosk', 'phone', 'robust', 'reading', 'embed', 'demo', 'hostile', 'pseudo', 'export'];
const rank = (f) => {
  const k = LONGEST.indexOf(f.replace(/\.test\.mjs$/, ''));
  return k < 0 ? LONGEST.length : k;
};
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((f) => here + f);
const jobs = Number(process.env.BROWSER_TEST_JOBS ?? 3);

const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const started = Date.now();
const child = spawn(process.execPath, ['--test', `--test-concurrency=${jobs}`, '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, ZONES_BROWSER_WS: server.wsEndpoint() },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
const code = await new Promise((done) => child.on('exit', (c, s) => done(c ?? (s ? 1 : 0))));
await server.close();
console.log(`browser tests: ${((Date.now() - started) / 1000).toFixed(1)} s, ${files.length} files, ${jobs} at a time`);
process.exit(code);
