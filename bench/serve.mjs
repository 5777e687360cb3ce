// Static server for the benchmark's peer pages (Chart.js, ECharts): bench/ plus the two
// libraries from node_modules and data/zones.json, with the same strict CSP as www/serve.mjs.
// `node bench/serve.mjs [port]` serves them by hand: /chartjs/ and /echarts/.
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFiles } from '../www/serve.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH, '..');
const FIXED = {
  '/vendor/chart.umd.min.js': join(ROOT, 'node_modules/chart.js/dist/chart.umd.min.js'),
  '/vendor/echarts.min.js': join(ROOT, 'node_modules/echarts/dist/echarts.min.js'),
  '/data/zones.json': join(ROOT, 'data/zones.json'),
};

/** The file a URL path maps to, or null when it is outside the served set. */
function resolvePath(path) {
  if (FIXED[path]) return FIXED[path];
  if (!/^\/(chartjs|echarts|shared)\//.test(path)) return null;
  const file = normalize(join(BENCH, path.endsWith('/') ? path + 'index.html' : path));
  return file.startsWith(BENCH) ? file : null;
}

export function serveBench(port = 8090, host = '127.0.0.1') {
  return serveFiles(resolvePath, port, host);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8090);
  serveBench(port).then(() => console.log(`http://127.0.0.1:${port}/chartjs/  http://127.0.0.1:${port}/echarts/`));
}
