// Benchmark peer (dev only): the five slides with ECharts — one instance and one canvas,
// one grid per block, text as graphic elements, the built-in HTML tooltip showing the
// figure as written and its quote.
import { loadDataset, indexDataset, buildSlide, slideCount, INK, MUTED, EMPTY } from '../shared/model.js';
import { createBench, tooltipHtml } from '../shared/controls.js';

const bench = createBench();
const { echarts } = window;
const host = document.getElementById('chart');
const FONT = getComputedStyle(document.body).fontFamily;
const measure = document.createElement('canvas').getContext('2d');
let chart;
let shown = null; // the slide model on screen, laid out again when the host's width changes
let anchors = []; // [{ seriesIndex, coord }] of every element with a tooltip

main().catch((e) => { bench.fail(e); throw e; });

async function main() {
  const ix = indexDataset(await loadDataset());
  chart = echarts.init(host, null, { renderer: 'canvas', height: 600 });
  bench.start({
    container: host,
    count: slideCount(ix),
    render: (i) => render(buildSlide(ix, i)),
    regions,
    tooltipVisible,
    hideTooltip: () => chart.dispatchAction({ type: 'hideTip' }),
  });
  // The host is as wide as the page, so this also follows window resizes.
  new ResizeObserver(relayoutIfResized).observe(host);
}

/** Replaces the whole option and paints synchronously, resizing the canvas only when needed. */
function render(slide) {
  shown = slide;
  const width = host.clientWidth;
  const { option, height } = slideOption(slide, width);
  if (height === chart.getHeight() && width === chart.getWidth()) {
    chart.setOption(option, { notMerge: true });
    return;
  }
  // Resizing re-lays out the pending option: one layout, then an explicit synchronous paint.
  chart.setOption(option, { notMerge: true, lazyUpdate: true });
  chart.resize({ height });
  chart.getZr().flush();
}

/** A width change lays the slide out again (text wrapping and tile sizes follow the width)
 * and resizes the canvas, painting synchronously inside the ResizeObserver callback. */
function relayoutIfResized() {
  if (shown && host.clientWidth !== chart.getWidth()) render(shown);
}

function slideOption(slide, width) {
  const inner = width - 40;
  const o = {
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: tooltipOption(),
    grid: [], xAxis: [], yAxis: [], series: [], graphic: [], visualMap: [],
  };
  anchors = [];
  let y = 16;
  y = addText(o, slide.kicker, y, inner, { fontSize: 12, fontWeight: 'bold', fill: MUTED, lineHeight: 18 });
  y = addText(o, slide.title, y + 4, inner, { fontSize: 24, fontWeight: 'bold', fill: INK, lineHeight: 31 });
  y = addText(o, slide.deck, y + 4, inner, { fontSize: 15, fill: MUTED, lineHeight: 22 }) + 8;
  for (const block of slide.blocks) {
    if (block.heading) y = addText(o, block.heading, y + 10, inner, { fontSize: 15, fontWeight: 'bold', fill: INK, lineHeight: 22 }) + 4;
    y = BLOCKS[block.kind](o, block, y, inner);
  }
  y = addText(o, slide.sources, y + 14, inner, { fontSize: 12, fill: MUTED, lineHeight: 18 });
  return { option: o, height: Math.ceil(y + 16) };
}

function tooltipOption() {
  return {
    trigger: 'item', className: 'bench-ec-tip', confine: true,
    showDelay: 0, hideDelay: 0, transitionDuration: 0,
    extraCssText: 'max-width:340px;white-space:normal;font-size:13px;line-height:1.5;',
    formatter: (p) => (p.data?.tip ? tooltipHtml(p.data.tip) : ''),
  };
}

/** Wrapped text as a graphic element; returns the y below it. */
function addText(o, text, top, width, style) {
  const font = `${style.fontWeight ?? 'normal'} ${style.fontSize}px ${FONT}`;
  measure.font = font;
  const lines = Math.max(1, Math.ceil(measure.measureText(text).width / width));
  o.graphic.push({ type: 'text', left: 20, top, silent: true, style: { ...style, text, width, overflow: 'break', font } });
  return top + lines * style.lineHeight;
}

function addGrid(o, grid, xAxis, yAxis, series) {
  const k = o.grid.length;
  o.grid.push(grid);
  o.xAxis.push({ gridIndex: k, ...xAxis });
  o.yAxis.push({ gridIndex: k, ...yAxis });
  o.series.push({ xAxisIndex: k, yAxisIndex: k, ...series });
  return o.series.length - 1;
}

const hidden = { axisTick: { show: false }, axisLine: { show: false }, splitLine: { show: false } };

const BLOCKS = {
  bars(o, block, y) {
    const items = block.items;
    const height = items.length * 44;
    const s = addGrid(o,
      { left: 20, right: 100, top: y, height, containLabel: true },
      { type: 'value', show: false, min: 0 },
      { type: 'category', inverse: true, data: items.map((x) => x.label), ...hidden, axisLabel: { fontSize: 13, color: INK } },
      {
        type: 'bar', barWidth: 24,
        data: items.map((x) => ({ value: x.value, itemStyle: { color: x.color }, written: x.written, tip: x.tip })),
        label: { show: true, position: 'right', formatter: (p) => p.data.written, fontSize: 14, fontWeight: 'bold', color: INK },
      });
    items.forEach((x, i) => anchors.push({ seriesIndex: s, coord: [x.value / 2, i] }));
    return y + height;
  },

  /** Big numbers: one rectangle symbol per figure with a rich-text label inside. */
  tiles(o, block, y, inner) {
    const items = block.items;
    const cols = Math.max(3, items.length);
    const tileW = inner / cols - 16;
    const height = 100;
    const s = addGrid(o,
      { left: 20, right: 20, top: y, height },
      { type: 'category', show: false, data: [...Array(cols).keys()] },
      { type: 'value', show: false, min: 0, max: 1 },
      {
        type: 'scatter', symbol: 'rect', symbolSize: [tileW, height - 4],
        data: items.map((x, i) => ({ value: [i, 0.5], itemStyle: { color: tint(x.color) }, item: x, tip: x.tip })),
        label: {
          show: true, position: 'inside', align: 'left', offset: [-tileW / 2 + 8, 0],
          formatter: (p) => `{big|${p.data.item.written}}\n{small|${p.data.item.label}}\n{sub|${p.data.item.sub}}`,
          rich: {
            big: { fontSize: 32, fontWeight: 'bold', color: items[0].color, lineHeight: 40 },
            small: { fontSize: 13, color: INK, lineHeight: 20, width: tileW - 16, overflow: 'truncate' },
            sub: { fontSize: 12, color: MUTED, lineHeight: 18 },
          },
        },
      });
    items.forEach((_, i) => anchors.push({ seriesIndex: s, coord: [i, 0.5] }));
    return y + height;
  },

  /** Themes × zones heatmap; colour by zone and status through a hidden piecewise visualMap. */
  coverage(o, block, y) {
    const rowH = 44;
    const height = block.themes.length * rowH;
    const code = (c) => c.col * 3 + ({ figures: 2, 'text-only': 1 }[c.status] ?? 0);
    const s = addGrid(o,
      { left: 20, right: 20, top: y + 28, height, containLabel: true },
      { type: 'category', position: 'top', data: block.zones, ...hidden, axisLabel: { fontSize: 14, fontWeight: 'bold', color: INK } },
      { type: 'category', inverse: true, data: block.themes, ...hidden, axisLabel: { fontSize: 13, color: INK } },
      {
        type: 'heatmap',
        data: block.cells.map((c) => ({
          value: [c.col, c.row, code(c)], text: c.text, tip: c.tip,
          itemStyle: c.status === 'text-only' ? { borderColor: c.zoneColor, borderWidth: 2 } : {},
          label: { color: c.status === 'figures' ? '#ffffff' : INK },
        })),
        itemStyle: { borderColor: '#ffffff', borderWidth: 3 },
        label: { show: true, formatter: (p) => p.data.text, fontSize: 13, fontWeight: 'bold' },
      });
    o.visualMap.push({ type: 'piecewise', show: false, seriesIndex: s, dimension: 2, pieces: coveragePieces(block) });
    block.cells.forEach((c) => anchors.push({ seriesIndex: s, coord: [c.col, c.row] }));
    return y + 28 + height;
  },

  notes(o, block, y, inner) {
    for (const row of block.rows) {
      o.graphic.push({ type: 'rect', left: 20, top: y + 5, silent: true, shape: { width: 11, height: 11 }, style: { fill: row.status === 'text-only' ? row.color : EMPTY, stroke: '#bbbbbb' } });
      y = addTextAt(o, row.text, y, inner - 20);
    }
    return y;
  },
};

function addTextAt(o, text, top, width) {
  const y = addText(o, text, top, width, { fontSize: 14, fill: INK, lineHeight: 22 });
  o.graphic[o.graphic.length - 1].left = 40;
  return y;
}

function coveragePieces(block) {
  const zoneColors = block.cells.slice(0, block.zones.length).map((c) => c.zoneColor);
  return zoneColors.flatMap((color, col) => [
    { value: col * 3, color: EMPTY },
    { value: col * 3 + 1, color: '#ffffff' },
    { value: col * 3 + 2, color },
  ]);
}

/** A light tint of a #rrggbb colour, for tile backgrounds. */
function tint(hex) {
  return `${hex}14`;
}

/** Centre of every element that has a tooltip, in CSS px of the chart's canvas. */
function regions() {
  const canvas = host.querySelector('canvas');
  return anchors.map(({ seriesIndex, coord }) => {
    const [x, y] = chart.convertToPixel({ seriesIndex }, coord);
    return { x, y, canvas };
  });
}

function tooltipVisible() {
  const el = host.querySelector('.bench-ec-tip');
  return Boolean(el) && el.style.display !== 'none' && el.style.visibility !== 'hidden' && el.style.opacity !== '0' && el.textContent !== '';
}
