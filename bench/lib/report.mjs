// Turns the runner's per-round samples into medians, project/peer ratios, a Markdown
// table, and bench/results.md with the machine and browser it ran on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const KB = 1000;
const MB = 1e6;

/** One row per metric: how to read it from one round's sample, and its unit. */
export const METRICS = [
  { label: 'Transfer, gzip -9, everything but the host HTML', unit: 'KB', digits: 1, get: (s) => s.bytes.total / KB },
  { label: 'Host HTML page, gzip -9', unit: 'KB', digits: 2, get: (s) => s.bytes.html / KB },
  { label: 'First chart drawn (from navigation start)', unit: 'ms', digits: 0, get: (s) => s.firstDraw.drawn },
  { label: 'First chart painted (next frame produced)', unit: 'ms', digits: 0, get: (s) => s.firstDraw.painted },
  { label: 'Mount a second graphic, hidden: copy its elements, start its resize observer (the dataset is baked in) (project only)', unit: 'ms', digits: 2, get: (s) => s.mount?.hidden ?? NaN },
  { label: 'Mount a second graphic at 760 px, with its first drawing (project only)', unit: 'ms', digits: 2, get: (s) => s.mount?.shown ?? NaN },
  { label: 'Slide switch: synchronous show(i) call', unit: 'ms', digits: 2, get: (s) => median(s.switch.sync) },
  { label: "Slide switch: call + next frame's main-thread work", unit: 'ms', digits: 2, get: (s) => median(s.switch.work) },
  { label: 'Slide switch: until next frame produced', unit: 'ms', digits: 1, get: (s) => median(s.switch.frame) },
  { label: 'Resize redraw: width change + main-thread work of the frames until redrawn', unit: 'ms', digits: 2, get: (s) => median(s.resize.work) },
  { label: 'Resize redraw: until the frame with the new width produced', unit: 'ms', digits: 1, get: (s) => median(s.resize.frame) },
  { label: 'Resize redraw: frames until redrawn', unit: '', digits: 0, get: (s) => median(s.resize.frames) },
  { label: 'Resize redraw, dragged wider in 20 px steps from 620 to 920 px: width change + main-thread work until redrawn', unit: 'ms', digits: 2, get: (s) => median(s.drag.work) },
  { label: 'Resize redraw, dragged wider: mean of the 16 steps (counts the steps that need a new bitmap)', unit: 'ms', digits: 2, get: (s) => s.drag.work.reduce((a, b) => a + b, 0) / s.drag.work.length },
  { label: 'Pointer move → tooltip visible', unit: 'ms', digits: 2, get: (s) => median(s.tooltip.shown) },
  { label: 'Pointer move → frame with the tooltip produced', unit: 'ms', digits: 1, get: (s) => median(s.tooltip.frame) },
  { label: '1,000 slide switches, wall time (a frame every 25)', unit: 'ms', digits: 0, get: (s) => s.memory.wall },
  { label: 'JS heap after load (after GC)', unit: 'MB', digits: 2, get: (s) => s.memory.heapLoad / MB },
  { label: 'JS heap after 1,000 switches (after GC)', unit: 'MB', digits: 2, get: (s) => s.memory.heapAfter / MB },
  { label: 'wasm linear memory after 1,000 switches', unit: 'MB', digits: 2, get: (s) => (s.memory.wasmBytes ?? 0) / MB },
  { label: 'JS heap + wasm memory after 1,000 switches', unit: 'MB', digits: 2, get: (s) => (s.memory.heapAfter + (s.memory.wasmBytes ?? 0)) / MB },
  { label: 'DOM nodes after 1,000 switches (CDP Nodes)', unit: '', digits: 0, get: (s) => s.memory.nodes },
  { label: 'Elements in the document after 1,000 switches', unit: '', digits: 0, get: (s) => s.memory.elements },
  { label: 'JS event listeners after 1,000 switches (CDP)', unit: '', digits: 0, get: (s) => s.memory.listeners },
];

/** Medians over rounds: { [impl]: [value per metric] }. */
export function summarize(samples) {
  const out = {};
  for (const [name, rounds] of Object.entries(samples)) {
    out[name] = METRICS.map((m) => median(rounds.map(m.get)));
  }
  return out;
}

const fmt = (v, digits) => (Number.isFinite(v) ? v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) : '—');

/** The Markdown table: medians per implementation, then project/peer ratios. */
export function table(summary, impls) {
  const [project, ...peers] = impls;
  const head = ['Metric (median over rounds)', ...impls.map((i) => i.title), ...peers.map((p) => `project / ${p.title}`)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, k) => (k ? '---:' : '---')).join('|')}|`];
  METRICS.forEach((m, r) => {
    const unit = m.unit ? ` (${m.unit})` : '';
    const values = impls.map((i) => fmt(summary[i.name][r], m.digits));
    const ratios = peers.map((p) => ratio(summary[project.name][r], summary[p.name][r]));
    lines.push(`| ${m.label}${unit} | ${values.join(' | ')} | ${ratios.join(' | ')} |`);
  });
  return lines.join('\n');
}

/** Per-file transfer sizes from one round (they are the same in every round). */
export function transferTable(samples, impls) {
  const lines = ['| Implementation | File | Bytes | gzip -9 bytes |', '|---|---|---:|---:|'];
  for (const impl of impls) {
    for (const f of samples[impl.name][0].bytes.files) {
      lines.push(`| ${impl.title} | ${f.path}${f.counted ? '' : ' (not counted)'} | ${f.raw.toLocaleString('en-US')} | ${f.gz.toLocaleString('en-US')} |`);
    }
  }
  return lines.join('\n');
}

/** Median per target slide (over passes and rounds): the synchronous call and call + frame work. */
export function slideTable(samples, impls) {
  const slides = [...new Set(samples[impls[0].name][0].switch.slide)].sort((a, b) => a - b);
  const head = ['Switch to slide', ...impls.flatMap((i) => [`${i.title}: call`, `${i.title}: call + frame`])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, k) => (k ? '---:' : '---')).join('|')}|`];
  for (const slide of slides) {
    const cells = impls.flatMap((impl) => {
      const picked = (key) => samples[impl.name].flatMap((s) => s.switch[key].filter((_, k) => s.switch.slide[k] === slide));
      return [fmt(median(picked('sync')), 2), fmt(median(picked('work')), 2)];
    });
    lines.push(`| ${slide + 1} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function environment(chromiumVersion) {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown';
  const pkg = (name) => JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url))).version;
  return {
    date: new Date().toISOString(),
    uname: execFileSync('uname', ['-srm'], { encoding: 'utf8' }).trim(),
    cpu: `${cpu} (${cpus().length} logical CPUs)`,
    chromium: chromiumVersion,
    node: process.version,
    libs: `chart.js ${pkg('chart.js')}, echarts ${pkg('echarts')}, playwright-core ${pkg('playwright-core')}`,
  };
}

export function resultsMarkdown({ env, config, summaryTable, transfers, slides, reference, notes }) {
  return `# Benchmark results: the wasm infographic vs Chart.js and ECharts

Written by \`node bench/run.mjs\`; see bench/README.md for what each row measures.
Lower is better everywhere; a ratio below 1.00 means the project is smaller or faster than that peer.

- Date: ${env.date}
- System: \`${env.uname}\`
- CPU: ${env.cpu}
- Browser: ${env.chromium} (headless, --disable-gpu), viewport ${config.viewport.width}×${config.viewport.height}, devicePixelRatio ${config.viewport.dpr}
- Node ${env.node}; ${env.libs}
- ${config.rounds} rounds, order rotated each round; ${config.switchPasses} passes over the 5 slides for switch timings; ${config.resize.count} resizes of slide 1 between ${config.resize.widths.join(' and ')} CSS px, then ${config.drag.count} from ${config.drag.widths[0]} to ${config.drag.widths.at(-1)} px; ${config.tooltipSamples} pointer moves for tooltips; ${config.manySwitches} switches before the memory reading

${summaryTable}

## Slide switch, per target slide (ms, median over passes and rounds)

${slides}

## Transfer, per file (gzip -9 over the exact response bodies)

${transfers}

${reference}
${notes.length ? `\n## Notes from this run\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}
