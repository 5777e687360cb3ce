// Benchmark runner: the project's wasm infographic (www/embed.html) against Chart.js and
// ECharts peers of the same five slides, in headless Chromium, rounds alternating between
// the three. One command: `scripts/bench`, which installs what this needs and runs it
// (see bench/README.md); `node bench/run.mjs` alone once it is installed. Prints a Markdown
// table and writes bench/results.md and bench/results.json (bench/results-smoke.* for
// a shortened run with BENCH_ROUNDS below 5). `BENCH_BASELINE=<folder>` adds the project's
// embed as built in another checkout (that checkout's built `www/` folder) as a fourth
// implementation, so that a change is measured against an earlier build in the same run;
// that run writes bench/results-baseline.* and leaves the recorded results alone.
import { existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join as joinPath, resolve as resolvePath } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/harness.mjs';
import { BUILDS, FILES, gzipBytes } from '../scripts/size.mjs';
import { serve, serveFiles } from '../www/serve.mjs';
import { serveBench } from './serve.mjs';
import * as probes from './lib/probes.mjs';
import { summarize, table, transferTable, slideTable, environment, resultsMarkdown } from './lib/report.mjs';
import { treeShakenSizes } from './lib/treeshake.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIG = {
  rounds: Number(process.env.BENCH_ROUNDS ?? 5),
  viewport: { width: 760, height: 900, dpr: 1 },
  switchPasses: 4,
  resize: { widths: [600, 760], count: 16, maxFrames: 10 },
  // A window dragged wider, past the width the page was loaded at: 620, 640, … 920 px.
  drag: { widths: Array.from({ length: 16 }, (_, k) => 620 + 20 * k), count: 16, maxFrames: 10 },
  tooltipSamples: 8,
  mounts: 21,
  manySwitches: 1000,
};
const IMPLS = [
  { name: 'project', title: 'project (wasm)', server: 'www', path: 'embed.html', init: [probes.commonInit, probes.projectInit], setup: probes.setupProject },
  { name: 'chartjs', title: 'Chart.js', server: 'bench', path: 'chartjs/', init: [probes.commonInit], setup: probes.setupPeer },
  { name: 'echarts', title: 'ECharts', server: 'bench', path: 'echarts/', init: [probes.commonInit], setup: probes.setupPeer },
];
const BASELINE = process.env.BENCH_BASELINE;
if (BASELINE) {
  IMPLS.push({ name: 'baseline', title: `project (${process.env.BENCH_BASELINE_LABEL ?? BASELINE})`, server: 'baseline', path: 'embed.html', init: [probes.commonInit, probes.projectInit], setup: probes.setupProject });
}

async function main() {
  const started = Date.now();
  ensureWasmBuilt();
  const servers = { www: await serve(0), bench: await serveBench(0) };
  if (BASELINE) {
    const root = resolvePath(BASELINE);
    servers.baseline = await serveFiles((path) => {
      const file = joinPath(root, path.endsWith('/') ? `${path}index.html` : path);
      return file.startsWith(root) ? file : null;
    }, 0);
  }
  const base = (impl) => `http://127.0.0.1:${servers[impl.server].address().port}/`;
  let browser;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const env = environment(`Chromium ${browser.version()}`);
    console.log(`${env.chromium} · ${env.cpu} · ${CONFIG.rounds} rounds`);
    for (const impl of IMPLS) await warmUp(browser, impl, base(impl));
    const samples = Object.fromEntries(IMPLS.map((i) => [i.name, []]));
    for (let r = 0; r < CONFIG.rounds; r++) {
      for (const impl of rotate(IMPLS, r)) {
        const t = Date.now();
        samples[impl.name].push(await measureOnce(browser, impl, base(impl)).catch((e) => {
          throw new Error(`${impl.title}: ${e.message}`, { cause: e });
        }));
        console.log(`round ${r + 1}/${CONFIG.rounds} ${impl.title}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
      }
    }
    const notes = problemNotes(samples);
    const summaryTable = table(summarize(samples), IMPLS);
    const reference = referenceLine(await treeShakenSizes());
    console.log(`\n${summaryTable}\n\n${reference}\n`);
    const markdown = resultsMarkdown({ env, config: CONFIG, summaryTable, transfers: transferTable(samples, IMPLS), slides: slideTable(samples, IMPLS), reference, notes });
    // A shortened run (BENCH_ROUNDS below 5) is a smoke test: it keeps the recorded results.
    const name = BASELINE ? 'results-baseline' : CONFIG.rounds >= 5 ? 'results' : 'results-smoke';
    writeFileSync(new URL(`${name}.md`, import.meta.url), markdown);
    writeFileSync(new URL(`${name}.json`, import.meta.url), JSON.stringify({ env, config: CONFIG, samples }, null, 1));
    notes.forEach((n) => console.log(`note: ${n}`));
    console.log(`wrote bench/${name}.md and bench/${name}.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return notes.some((n) => n.startsWith('FATAL')) ? 1 : 0;
  } finally {
    await browser?.close();
    await Promise.all(Object.values(servers).map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

/** Builds www/pkg once when any embed file is missing (the build takes about 40 s). */
function ensureWasmBuilt() {
  if (FILES.every((f) => existsSync(`${ROOT}${BUILDS.news.dir}/${f}`))) return;
  console.log('an embed file is missing from www/pkg: building it once (scripts/lib.sh build_wasm)…');
  execFileSync('bash', ['-c', 'source scripts/lib.sh && build_wasm'], { cwd: ROOT, stdio: 'inherit' });
}

const rotate = (list, r) => list.map((_, k) => list[(k + r) % list.length]);

/** One untimed load of each page, so disk and font caches are warm for every round. */
async function warmUp(browser, impl, base) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    for (const f of impl.init) await page.addInitScript(f);
    await page.goto(base + impl.path);
    await page.evaluate(impl.setup);
  } finally {
    await context.close();
  }
}

function newContext(browser) {
  const { width, height, dpr } = CONFIG.viewport;
  return browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
}

/** A fresh browser context (cold HTTP cache), one load, then every measurement in order. */
async function measureOnce(browser, impl, base) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const problems = watchProblems(page, base);
    for (const f of impl.init) await page.addInitScript(f);
    const transfers = recordTransfers(page);
    await page.goto(base + impl.path);
    const firstDraw = await page.evaluate(impl.setup);
    const bytes = await transfers.done();
    const cdp = await context.newCDPSession(page);
    const heapLoad = (await gcMetrics(cdp)).JSHeapUsedSize;
    const switches = await page.evaluate(probes.switchTimings, { passes: CONFIG.switchPasses });
    const resize = await page.evaluate(probes.resizeTimings, CONFIG.resize);
    const drag = await page.evaluate(probes.resizeTimings, CONFIG.drag);
    const tooltip = await measureTooltips(page);
    const memory = { heapLoad, ...(await measureMemory(cdp, page)) };
    problems.push(...memory.csp.map((v) => `CSP violation: ${v}`));
    const mount = await page.evaluate(probes.mountTimings, { count: CONFIG.mounts });
    return { firstDraw, bytes, switch: switches, resize, drag, tooltip, memory, mount, problems };
  } finally {
    await context.close();
  }
}

/** Console errors, page errors, failed and off-site requests (the favicon's 404 aside). */
function watchProblems(page, base) {
  const problems = [];
  const favicon = (url) => /favicon/.test(url ?? '');
  page.on('console', (m) => { if (m.type() === 'error' && !favicon(m.location()?.url)) problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`FATAL page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`FATAL request failed: ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith(base)) problems.push(`FATAL off-site request: ${r.url()}`); });
  return problems;
}

/** Every response of the load, gzip -9 over its exact body; the host HTML and favicon apart. */
function recordTransfers(page) {
  const pending = [];
  const onResponse = (response) => pending.push(describeResponse(response));
  page.on('response', onResponse);
  return {
    async done() {
      page.off('response', onResponse);
      const files = await Promise.all(pending);
      const sum = (list) => list.reduce((n, f) => n + f.gz, 0);
      return { files, total: sum(files.filter((f) => f.counted)), html: sum(files.filter((f) => f.html)) };
    },
  };
}

async function describeResponse(response) {
  const url = new URL(response.url());
  const body = await response.body();
  const html = response.request().resourceType() === 'document';
  const favicon = url.pathname.includes('favicon');
  return { path: url.pathname, status: response.status(), raw: body.length, gz: gzipBytes(body), html, counted: !html && !favicon };
}

/** Moves away, arms the in-page probe, moves onto a region; on slide 2's first two marks. */
async function measureTooltips(page) {
  await page.evaluate(() => window.__api.show(1));
  const points = (await page.evaluate(() => window.__api.points())).slice(0, 2);
  if (!points.length) throw new Error('no pickable region on slide 2');
  const shown = [];
  const frame = [];
  for (let k = 0; k < CONFIG.tooltipSamples; k++) {
    await moveAway(page);
    await page.evaluate(probes.armTooltipProbe, { timeoutMs: 3000 });
    const p = points[k % points.length];
    await page.mouse.move(p.x, p.y);
    const result = await page.evaluate(() => window.__tipProbe);
    shown.push(result.shown);
    frame.push(result.frame);
  }
  await moveAway(page);
  return { shown, frame };
}

async function moveAway(page) {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => !window.__api.tooltipVisible(), null, { polling: 'raf', timeout: 3000 });
}

/** Forced GC (twice), then Chromium's own counters. */
async function gcMetrics(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** 1,000 switches, then heap, nodes and listeners after a forced GC. */
async function measureMemory(cdp, page) {
  await page.evaluate(() => window.__api.show(0));
  const wall = await page.evaluate(probes.manySwitches, { n: CONFIG.manySwitches });
  const after = await gcMetrics(cdp);
  const counts = await page.evaluate(probes.pageCounts);
  return { wall, heapAfter: after.JSHeapUsedSize, nodes: after.Nodes, listeners: after.JSEventListeners, elements: counts.elements, wasmBytes: counts.wasmBytes, csp: counts.csp };
}

function referenceLine(sizes) {
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  return `For reference (not measured in the browser): tree-shaken esbuild bundles of only the parts the peers use ` +
    `would be Chart.js ${kb(sizes['Chart.js'])} and ECharts ${kb(sizes.ECharts)} gzip -9, instead of the full builds loaded above.`;
}

/** Problems seen in any round, once each, and a check that transfer sizes never varied. */
function problemNotes(samples) {
  const notes = new Set();
  for (const [name, rounds] of Object.entries(samples)) {
    rounds.flatMap((s) => s.problems).forEach((p) => notes.add(`${name}: ${p}`));
    const totals = new Set(rounds.map((s) => s.bytes.total));
    if (totals.size > 1) notes.add(`${name}: transfer size differed between rounds (${[...totals].join(', ')} bytes)`);
  }
  return [...notes].map((n) => (n.includes('FATAL') ? `FATAL ${n.replace('FATAL ', '')}` : n));
}

main().then((code) => { process.exitCode = code; }, (error) => {
  console.error(error);
  process.exitCode = 1;
});
