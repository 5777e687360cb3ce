// Benchmark peer (dev only): the five slides with Chart.js — one chart per block, value
// labels drawn by a small plugin, an HTML tooltip with the figure as written and its quote.
import { loadDataset, indexDataset, buildSlide, slideCount, INK, MUTED, EMPTY } from '../shared/model.js';
import { createBench, tooltipHtml } from '../shared/controls.js';

const bench = createBench();
const { Chart } = window;
const tip = document.querySelector('.bench-tip');
let charts = [];
let tipOwner = null;

configureDefaults();
main().catch((e) => { bench.fail(e); throw e; });

async function main() {
  const ix = indexDataset(await loadDataset());
  bench.start({
    // Width changes need no code here: in Chart.js's responsive mode (the default) each chart
    // observes its box and redraws from a rAF callback its ResizeObserver callback requests.
    container: document.querySelector('.bench-root'),
    count: slideCount(ix),
    render: (i) => render(buildSlide(ix, i)),
    regions,
    tooltipVisible: () => !tip.hidden,
    hideTooltip,
  });
}

function configureDefaults() {
  Chart.defaults.animation = false;
  Chart.defaults.transitions.active.animation.duration = 0;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = INK;
  Chart.defaults.plugins.legend.display = false;
  Chart.defaults.plugins.tooltip.enabled = false;
  Chart.defaults.plugins.tooltip.external = externalTooltip;
}

/** Replaces the page's blocks: old charts destroyed, one new chart per drawable block. */
function render(slide) {
  charts.forEach((c) => c.destroy());
  charts = [];
  document.querySelector('.bench-kicker').textContent = slide.kicker;
  document.querySelector('.bench-title').textContent = slide.title;
  document.querySelector('.bench-deck').textContent = slide.deck;
  document.querySelector('.bench-sources').textContent = slide.sources;
  const host = document.getElementById('blocks');
  host.replaceChildren();
  for (const block of slide.blocks) {
    const section = element('section', 'bench-block');
    if (block.heading) section.append(element('h2', '', block.heading));
    host.append(section);
    if (block.kind === 'notes') section.append(notesList(block));
    else charts.push(chartIn(section, block));
  }
}

function chartIn(section, block) {
  const box = element('div', 'bench-box');
  const canvas = document.createElement('canvas');
  box.append(canvas);
  section.append(box);
  const { config, height } = CONFIGS[block.kind](block);
  box.style.height = `${height}px`;
  return new Chart(canvas, { ...config, plugins: [labelPlugin] });
}

const CONFIGS = { bars: barsConfig, tiles: tilesConfig, coverage: coverageConfig };

function barsConfig(block) {
  const items = block.items;
  return {
    height: items.length * 44 + 8,
    config: {
      type: 'bar',
      data: {
        labels: items.map((x) => x.label),
        datasets: [{
          data: items.map((x) => x.value), backgroundColor: items.map((x) => x.color), barThickness: 24,
          texts: items.map((x) => x.written), tips: items.map((x) => x.tip),
        }],
      },
      options: {
        indexAxis: 'y',
        layout: { padding: { right: 100 } },
        scales: {
          x: { display: false, beginAtZero: true },
          y: { grid: { display: false }, border: { display: false }, ticks: { font: { size: 13 } } },
        },
        plugins: { benchLabels: { mode: 'end' } },
      },
    },
  };
}

/** Big numbers: transparent bars of equal height with a coloured top rule, text by the plugin. */
function tilesConfig(block) {
  const items = block.items;
  const cols = Math.max(3, items.length);
  const pad = (list) => [...list, ...Array(cols - list.length).fill(null)];
  return {
    height: 104,
    config: {
      type: 'bar',
      data: {
        labels: [...Array(cols).keys()],
        datasets: [{
          data: pad(items.map(() => 1)), backgroundColor: 'rgba(0,0,0,0)', borderColor: items.map((x) => x.color),
          borderWidth: { top: 3, right: 0, bottom: 0, left: 0 }, borderSkipped: false, categoryPercentage: 0.94, barPercentage: 1,
          texts: items.map((x) => x.written), tips: items.map((x) => x.tip), items,
        }],
      },
      options: {
        scales: { x: { display: false }, y: { display: false, min: 0, max: 1 } },
        plugins: { benchLabels: { mode: 'tile' } },
      },
    },
  };
}

/** Themes × zones as stacked unit bars, one dataset per zone; the cell text by the plugin. */
function coverageConfig(block) {
  const datasets = block.zones.map((zone, col) => {
    const cells = block.cells.filter((c) => c.col === col);
    return {
      label: zone,
      data: cells.map(() => 1),
      backgroundColor: cells.map((c) => ({ figures: c.zoneColor, 'text-only': '#ffffff' })[c.status] ?? EMPTY),
      borderColor: cells.map((c) => (c.status === 'figures' ? '#ffffff' : c.status === 'text-only' ? c.zoneColor : '#bbbbbb')),
      borderWidth: 2, borderSkipped: false, barPercentage: 0.92, categoryPercentage: 1,
      texts: cells.map((c) => c.text), textColors: cells.map((c) => (c.status === 'figures' ? '#ffffff' : INK)),
      tips: cells.map((c) => c.tip),
    };
  });
  return {
    height: block.themes.length * 44 + 30,
    config: {
      type: 'bar',
      data: { labels: block.themes, datasets },
      options: {
        indexAxis: 'y',
        layout: { padding: { top: 26 } },
        scales: {
          x: { stacked: true, display: false, max: block.zones.length },
          y: { stacked: true, grid: { display: false }, border: { display: false }, ticks: { font: { size: 13 } } },
        },
        plugins: { benchLabels: { mode: 'cell', columns: block.zones, columnColors: block.cells.slice(0, block.zones.length).map((c) => c.zoneColor) } },
      },
    },
  };
}

/** Draws each element's text (value as written, tile number, matrix cell) and column heads. */
const labelPlugin = {
  id: 'benchLabels',
  afterDatasetsDraw(chart, _args, opts) {
    const { ctx } = chart;
    ctx.save();
    chart.data.datasets.forEach((ds, d) => {
      chart.getDatasetMeta(d).data.forEach((el, i) => {
        if (ds.texts?.[i] != null) LABELS[opts.mode](ctx, el, ds, i);
      });
    });
    if (opts.columns) drawColumns(chart, opts.columns, opts.columnColors);
    ctx.restore();
  },
};

const font = (size, bold = false) => `${bold ? 'bold ' : ''}${size}px ${Chart.defaults.font.family}`;

const LABELS = {
  end(ctx, el, ds, i) {
    ctx.font = font(14, true);
    ctx.fillStyle = INK;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(ds.texts[i], el.x + 6, el.y);
  },
  tile(ctx, el, ds, i) {
    const item = ds.items[i];
    const left = el.x - el.width / 2;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.font = font(32, true);
    ctx.fillStyle = item.color;
    ctx.fillText(item.written, left, el.y + 42);
    ctx.font = font(13);
    ctx.fillStyle = INK;
    ctx.fillText(item.label, left, el.y + 66, el.width);
    ctx.font = font(12);
    ctx.fillStyle = MUTED;
    ctx.fillText(item.sub, left, el.y + 86, el.width);
  },
  cell(ctx, el, ds, i) {
    ctx.font = font(13, true);
    ctx.fillStyle = ds.textColors[i];
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(ds.texts[i], (el.x + el.base) / 2, el.y);
  },
};

function drawColumns(chart, names, colors) {
  const { ctx, scales: { x }, chartArea } = chart;
  ctx.font = font(14, true);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  names.forEach((name, j) => {
    ctx.fillStyle = colors[j];
    ctx.fillText(name, x.getPixelForValue(j + 0.5), chartArea.top - 6);
  });
}

/** Centre of every element that has a tooltip, in CSS px of its own canvas. */
function regions() {
  const points = [];
  for (const chart of charts) {
    chart.data.datasets.forEach((ds, d) => chart.getDatasetMeta(d).data.forEach((el, i) => {
      if (!ds.tips?.[i]) return;
      const horizontal = chart.options.indexAxis === 'y';
      const [x, y] = horizontal ? [(el.x + el.base) / 2, el.y] : [el.x, (el.y + el.base) / 2];
      points.push({ x, y, canvas: chart.canvas });
    }));
  }
  return points;
}

function externalTooltip({ chart, tooltip }) {
  const point = tooltip.opacity !== 0 ? tooltip.dataPoints?.[0] : null;
  const data = point && chart.data.datasets[point.datasetIndex].tips?.[point.dataIndex];
  if (!data) {
    if (tipOwner === chart) hideTooltip();
    return;
  }
  const key = `${chart.id}:${point.datasetIndex}:${point.dataIndex}`;
  if (tip.dataset.key !== key) {
    tip.innerHTML = tooltipHtml(data);
    tip.dataset.key = key;
  }
  const rect = chart.canvas.getBoundingClientRect();
  const left = Math.min(rect.left + tooltip.caretX + 12, document.documentElement.clientWidth - 350);
  tip.style.left = `${Math.max(0, left) + window.scrollX}px`;
  tip.style.top = `${rect.top + tooltip.caretY + 12 + window.scrollY}px`;
  tip.hidden = false;
  tipOwner = chart;
}

function hideTooltip() {
  tip.hidden = true;
  tip.dataset.key = '';
  tipOwner = null;
}

function notesList(block) {
  const list = element('ul', 'bench-notes');
  for (const row of block.rows) {
    const swatch = element('span', 'bench-swatch', '■ ');
    swatch.style.color = row.status === 'text-only' ? row.color : '#bbbbbb';
    const item = element('li', row.status);
    item.append(swatch, row.text);
    list.append(item);
  }
  return list;
}

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text != null) el.textContent = text;
  return el;
}
