// Where the embed's time goes: a CPU profile (Chromium's sampling profiler, over
// CDP) of its two timed paths, the first chart (from navigation to the drawn
// canvas) and slide switches (200 `show()` calls, each with its next frame), for
// one or more built `www/` folders side by side. Prints each path's five
// largest costs by self time, as the profiler names them (a wasm function of a
// shipped module has no name: its index), and its share of the path.
// `node bench/profile.mjs [www-folder ...]` (default: this checkout's www/;
// build it first with scripts/lib.sh's build_wasm). Profiles are noisy on a
// busy machine: compare folders in one run, as this does.
import { resolve, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/harness.mjs';
import { serveFiles } from '../www/serve.mjs';
import * as probes from './lib/probes.mjs';

const folders = process.argv.length > 2 ? process.argv.slice(2) : [new URL('../www/', import.meta.url).pathname];
const SWITCHES = 200;
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 3);

/** Self time per function over a CDP profile, in ms, largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  profile.samples.forEach((id, k) => {
    const { functionName, url } = byId.get(id).callFrame;
    const file = url ? url.split('/').pop() : '';
    const name = `${functionName || '(anonymous)'}${file ? ` (${file})` : ''}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Adds the profile's self times into `sum`. */
const add = (sum, profile) => selfTimes(profile).forEach(([name, ms]) => sum.set(name, (sum.get(name) ?? 0) + ms));

async function profileFolder(browser, folder) {
  const root = resolve(folder);
  const server = await serveFiles((path) => {
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    return file.startsWith(root) ? file : null;
  }, 0);
  const url = `http://127.0.0.1:${server.address().port}/embed.html`;
  const first = new Map();
  const switches = new Map();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ viewport: { width: 760, height: 900 } });
      const page = await context.newPage();
      for (const f of [probes.commonInit, probes.projectInit]) await page.addInitScript(f);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(url);
      await page.evaluate(probes.setupProject);
      add(first, (await cdp.send('Profiler.stop')).profile);
      await cdp.send('Profiler.start');
      await page.evaluate(async (n) => {
        for (let i = 0; i < n; i++) {
          window.__api.show((i + 1) % window.__api.count());
          await window.__bench.nextFrame();
        }
      }, SWITCHES);
      add(switches, (await cdp.send('Profiler.stop')).profile);
      await context.close();
    }
  } finally {
    server.close();
  }
  return { first, switches };
}

function report(title, sum) {
  const rows = [...sum].map(([name, ms]) => [name, ms / ROUNDS]).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((t, [, ms]) => t + ms, 0);
  console.log(`  ${title}: ${total.toFixed(1)} ms sampled a round`);
  for (const [name, ms] of rows.slice(0, 5)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${(100 * ms / total).toFixed(0).padStart(3)}%  ${name}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const folder of folders) {
    const { first, switches } = await profileFolder(browser, folder);
    console.log(`${folder} (${ROUNDS} rounds)`);
    report('first chart (navigation to drawn canvas)', first);
    report(`${SWITCHES} slide switches, each with its next frame`, switches);
  }
} finally {
  await browser.close();
}
