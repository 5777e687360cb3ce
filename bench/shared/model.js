// Benchmark peers only: turns data/zones.json into a plain, library-neutral model of
// each slide (Chinese text), so the Chart.js and ECharts pages draw the same content.

export const ZONE_COLORS = { nanchang: '#1f5f99', alashan: '#b35900', suizhou: '#99407f' };
export const MUTED = '#5f6368';
export const INK = '#1a1a1a';
export const EMPTY = '#eeeeee';

/** Fetches the dataset from the bench server (same file the wasm build embeds). */
export async function loadDataset(url = '/data/zones.json') {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`dataset: ${response.status} ${url}`);
  return response.json();
}

/** Indexes the dataset by id once; every slide is built from this. */
export function indexDataset(data) {
  const byId = (list) => new Map(list.map((x) => [x.id, x]));
  return {
    data,
    zones: byId(data.zones),
    themes: byId(data.themes),
    measures: byId(data.measures),
    figures: byId(data.figures),
    articles: byId(data.articles),
  };
}

export function slideCount(ix) {
  return ix.data.slides.length;
}

/** The model of slide `i`: header texts, blocks in order, and the source line. */
export function buildSlide(ix, i) {
  const spec = ix.data.slides[i];
  const blocks = spec.blocks.map((b) => buildBlock(ix, spec, b)).filter(Boolean);
  return {
    index: i,
    kicker: `${i + 1} / ${slideCount(ix)}  ${spec.themes.map((t) => ix.themes.get(t).name.zh).join('、') || '三地报道概览'}`,
    title: fillTemplate(ix, spec.title.zh),
    deck: spec.deck.zh,
    blocks,
    sources: '来源：' + slideArticles(ix, spec).map(articleCredit).join('；'),
  };
}

function buildBlock(ix, spec, block) {
  switch (block.kind) {
    case 'coverage': return coverageBlock(ix);
    case 'bars': return { kind: 'bars', heading: block.heading.zh, items: block.figures.map((id) => figureItem(ix, id)) };
    case 'stats':
    case 'flow':
    case 'said': return { kind: 'tiles', heading: block.heading.zh, items: block.figures.map((id) => figureItem(ix, id)) };
    case 'ratios': return { kind: 'tiles', heading: block.heading.zh, items: block.ratios.map((r) => ratioItem(ix, r)) };
    case 'notes': return notesBlock(ix, spec);
    default: throw new Error(`unknown block kind ${block.kind}`);
  }
}

/** "{nc-stations}" becomes the figure as written, "{count:nanchang}" the zone's figure count,
 *  "{period:nc-flood-cadres}" the figure's period. */
export function fillTemplate(ix, text) {
  return text.replace(/\{([^}]+)\}/g, (_, key) => {
    if (key.startsWith('count:')) return String(zoneCount(ix, key.slice(6)));
    if (key.startsWith('period:')) return ix.figures.get(key.slice(7)).period.zh;
    return ix.figures.get(key).written;
  });
}

function zoneCount(ix, zone) {
  return ix.data.figures.filter((f) => f.zone === zone).length;
}

function articleCredit(article) {
  return `《${article.title}》${article.byline.join(' ')}`;
}

function figureItem(ix, id) {
  const f = ix.figures.get(id);
  return {
    id,
    label: f.label.zh,
    value: f.value,
    written: f.written,
    sub: f.period?.zh ?? '',
    color: ZONE_COLORS[f.zone],
    tip: { headline: `${f.label.zh}：${f.written}`, quote: f.quote, credit: articleCredit(ix.articles.get(f.article)) },
  };
}

function ratioItem(ix, r) {
  const of = ix.figures.get(r.of);
  const per = ix.figures.get(r.per);
  const unit = ix.measures.get(of.measure).unit;
  const written = `约${(of.value / per.value).toFixed(1)}${unit}`;
  return {
    id: `${r.of}/${r.per}`,
    label: r.label.zh,
    value: of.value / per.value,
    written,
    sub: '本图计算',
    color: MUTED,
    tip: {
      headline: `${r.label.zh}：${written}（${of.written} ÷ ${per.written}，本图计算）`,
      quote: of.quote,
      credit: articleCredit(ix.articles.get(of.article)),
    },
  };
}

/** Themes × zones; each cell says "N个数字", "仅文字" or "未报道". */
function coverageBlock(ix) {
  const zones = ix.data.zones;
  const themes = ix.data.themes;
  const cells = [];
  themes.forEach((theme, row) => zones.forEach((zone, col) => cells.push(coverageCell(ix, zone, theme, row, col))));
  return { kind: 'coverage', heading: '', zones: zones.map((z) => z.short.zh), themes: themes.map((t) => t.name.zh), cells };
}

function coverageCell(ix, zone, theme, row, col) {
  const c = ix.data.coverage.find((x) => x.zone === zone.id && x.theme === theme.id);
  const figs = ix.data.figures.filter((f) => f.zone === zone.id && f.theme === theme.id);
  const place = `${zone.short.zh} · ${theme.name.zh}`;
  const base = { row, col, status: c.status, zoneColor: ZONE_COLORS[zone.id] };
  if (c.status === 'figures') {
    return { ...base, text: `${figs.length}个数字`, tip: {
      headline: `${place}：${figs.length}个数字`,
      quote: figs.map((f) => `${f.label.zh} ${f.written}`).join('；'),
      credit: articleCredit(ix.articles.get(figs[0].article)),
    } };
  }
  if (c.status === 'text-only') {
    return { ...base, text: '仅文字', tip: { headline: `${place}：只有文字描述`, quote: c.quote, credit: articleCredit(ix.articles.get(c.article)) } };
  }
  return { ...base, text: '未报道', tip: { headline: `${place}：未报道`, quote: '该区报道没有提到这一主题（不等于零）。', credit: '' } };
}

/** What the other zones said on this slide's themes: words only, or nothing. */
function notesBlock(ix, spec) {
  const rows = [];
  for (const zone of ix.data.zones) {
    const missing = [];
    for (const themeId of spec.themes) {
      const c = ix.data.coverage.find((x) => x.zone === zone.id && x.theme === themeId);
      const name = ix.themes.get(themeId).name.zh;
      if (c.status === 'text-only') rows.push({ status: c.status, color: ZONE_COLORS[zone.id], text: `${zone.short.zh}：${name}只有文字描述，没有数字` });
      if (c.status === 'not-reported') missing.push(name);
    }
    if (missing.length) rows.push({ status: 'not-reported', color: EMPTY, text: `${zone.short.zh}：未报道${missing.join('、')}` });
  }
  return rows.length ? { kind: 'notes', heading: '没有数字的地方', rows } : null;
}

function slideArticles(ix, spec) {
  const ids = new Set();
  for (const b of spec.blocks) {
    if (b.kind === 'coverage') ix.data.articles.forEach((a) => ids.add(a.id));
    for (const id of b.figures ?? []) ids.add(ix.figures.get(id).article);
    for (const r of b.ratios ?? []) ids.add(ix.figures.get(r.of).article);
    if (b.kind === 'notes') {
      ix.data.coverage.filter((c) => spec.themes.includes(c.theme) && c.article).forEach((c) => ids.add(c.article));
    }
  }
  return ix.data.articles.filter((a) => ids.has(a.id));
}
