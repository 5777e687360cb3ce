// For reference only (not loaded by the pages): the gzip -9 size of Chart.js and ECharts
// bundled with esbuild from only the parts the peer pages use, next to the full builds they load.
import { gzipBytes } from '../../scripts/size.mjs';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const ENTRIES = {
  'Chart.js': `
    import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
    window.Chart = Chart;`,
  ECharts: `
    import * as echarts from 'echarts/core';
    import { BarChart, ScatterChart, HeatmapChart } from 'echarts/charts';
    import { GridComponent, TooltipComponent, GraphicComponent, VisualMapPiecewiseComponent } from 'echarts/components';
    import { CanvasRenderer } from 'echarts/renderers';
    echarts.use([BarChart, ScatterChart, HeatmapChart, GridComponent, TooltipComponent, GraphicComponent, VisualMapPiecewiseComponent, CanvasRenderer]);
    window.echarts = echarts;`,
};

/** { 'Chart.js': gzipBytes, ECharts: gzipBytes } of minified tree-shaken bundles. */
export async function treeShakenSizes() {
  const out = {};
  for (const [name, contents] of Object.entries(ENTRIES)) {
    const result = await build({
      stdin: { contents, resolveDir: ROOT, loader: 'js' },
      bundle: true, minify: true, write: false, format: 'iife', logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    out[name] = gzipBytes(result.outputFiles[0].contents);
  }
  return out;
}
