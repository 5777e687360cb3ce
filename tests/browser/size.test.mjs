// The builds' sizes, gzip -9, and what their modules hold: deterministic for a
// given build, so checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSizes, functionNames, kb } from '../../scripts/size.mjs';

// Everything an article loads for the graphic: wasm, JS module and CSS.
// Chart.js alone, a bar-chart library with no data, is about 73.3 KB. On
// 2026-12-07 the news embed is 71,138 bytes and the kiosk build 76,538: each
// budget leaves about 2.5 KB of room.
const BUDGETS = { news: 74 * 1000, kiosk: 79 * 1000 };

for (const [build, budget] of Object.entries(BUDGETS)) {
  test(`the ${build} build is within its ${kb(budget)} budget (gzip -9)`, () => {
    const { files, total } = buildSizes(build);
    for (const [f, n] of files) console.log(`${kb(n).padStart(9)}  ${f}  (${n} bytes)`);
    console.log(`${kb(total).padStart(9)}  total, budget ${kb(budget)}  (${total} of ${budget} bytes)`);
    assert.ok(total <= budget, `the ${build} build is ${total} bytes gzip -9, over its budget of ${budget}`);
  });
}

// Kiosk mode is its own build: an article's module has none of its code.
test('the news embed holds no function of kiosk mode', () => {
  const names = functionNames('news');
  assert.ok(names.some((n) => n.includes('zones_infographic::interact::core::Core::handle')), 'the names are read');
  const kiosk = names.filter((n) => /kiosk|attract|::screen::/i.test(n));
  assert.deepEqual(kiosk, [], 'kiosk functions in the news embed');
  assert.ok(functionNames('kiosk').some((n) => n.includes('interact::attract::Attract::tick')), 'the kiosk build has its loop');
});

// The data disclosure's tables are made at build time (fallback/tables.js) and
// loaded when a reader opens it: neither module makes one.
test('neither module makes a data table (the tables load with the disclosure)', () => {
  for (const build of ['news', 'kiosk']) {
    const names = functionNames(build);
    assert.ok(names.some((n) => n.includes('zones_infographic::story::explain')), `${build}: the names are read`);
    assert.deepEqual(names.filter((n) => /story::data_table|DataTable/.test(n)), [], `${build}: the table's code`);
  }
});

// Formatting a float links core's float printing (Grisu and Dragon, with
// their tables), and a Unicode case or property lookup links core's Unicode
// tables: kilobytes each. The code formats whole numbers and lower-cases ASCII.
test('neither module links float formatting or the Unicode tables', () => {
  for (const build of ['news', 'kiosk']) {
    // Names of the standard library carry its hash: `core[c5930c85a12de822]::unicode::…`.
    const linked = functionNames(build).filter((n) => /\bcore(\[[0-9a-f]+\])?::(fmt::float|num::flt2dec|unicode::)|<f(32|64) as core(\[[0-9a-f]+\])?::fmt::/.test(n));
    assert.deepEqual(linked, [], `${build}: float formatting or Unicode tables`);
  }
});

// A `&s[a..b]` that may panic links core's panic message for string slicing and,
// through it, Debug formatting of chars with Unicode tables: about 4 KB gzip. The
// code slices with `get`, `split_once` and `strip_*` instead.
test('the wasm module links no string-slicing panic', () => {
  const wasm = readFileSync(new URL('../../www/pkg/zones_infographic_bg.wasm', import.meta.url)).toString('latin1');
  assert.ok(wasm.length > 10000, 'the module is built');
  for (const message of ['is not a char boundary', 'is out of bounds of `']) {
    assert.ok(!wasm.includes(message), `the module contains "${message}": some string slice can panic`);
  }
});

// The dataset is read and checked when the crate is built: the module holds it
// as static data, with no JSON reader and none of the checks' messages.
test('the wasm module reads no JSON and checks no dataset', () => {
  const wasm = readFileSync(new URL('../../www/pkg/zones_infographic_bg.wasm', import.meta.url)).toString('utf8');
  assert.ok(wasm.includes('需要从3个方面着力'), 'the baked dataset is in the module');
  for (const message of ['invalid type', 'expected value', 'EOF while parsing', 'is not a whole number of at least 1', 'is not in the articles exactly once', 'share one axis']) {
    assert.ok(!wasm.includes(message), `the module contains "${message}": a JSON reader or the dataset checks were linked`);
  }
});

// Both modules load their English when a reader first asks for it: neither
// holds any of the English copy (as the test above finds their Chinese), and
// extra/zones-words.js holds all of it.
test('neither module holds an English text; the English loads on demand', async () => {
  const copy = JSON.parse(readFileSync(new URL('../../data/copy.json', import.meta.url), 'utf8'));
  const english = [copy.graphic.en, copy.tap_hint.en, 'Nanchang', 'Suizhou'];
  for (const build of ['pkg', 'kiosk']) {
    const wasm = readFileSync(new URL(`../../www/${build}/zones_infographic_bg.wasm`, import.meta.url)).toString('utf8');
    assert.ok(wasm.includes(copy.graphic.zh), `www/${build} holds the Chinese title`);
    for (const text of english) assert.ok(!wasm.includes(text), `www/${build} holds "${text}"`);
  }
  const { default: texts } = await import(new URL('../../www/extra/zones-words.js', import.meta.url));
  for (const text of english.slice(0, 2)) assert.ok(texts.includes(text), `extra/zones-words.js lacks "${text}"`);
  assert.ok(texts.length > 200, `${texts.length} English texts`);
});

// The messages only the build writes out (the data tables' column names, the
// fallback's and the loader's lines) are baked empty (`Msg::BUILD_ONLY`).
test('neither module holds a message only the build writes out', () => {
  const copy = JSON.parse(readFileSync(new URL('../../data/copy.json', import.meta.url), 'utf8'));
  for (const build of ['pkg', 'kiosk']) {
    const wasm = readFileSync(new URL(`../../www/${build}/zones_infographic_bg.wasm`, import.meta.url)).toString('utf8');
    for (const key of ['table_reported_by', 'still_image', 'not_loaded', 'stopped']) {
      assert.ok(!wasm.includes(copy[key].zh), `www/${build} holds ${key}: "${copy[key].zh}"`);
    }
    assert.ok(wasm.includes(copy.table_failed.zh) || build === 'kiosk', `www/${build} lacks table_failed, which it shows`);
  }
});

// The articles' sentences that only a tooltip quotes load with the English,
// when a tooltip first needs one; the sentence a slide draws (the forum's
// points) stays in the module.
test('neither module holds a sentence only a tooltip quotes; the sentence a slide draws stays', async () => {
  const data = JSON.parse(readFileSync(new URL('../../data/zones.json', import.meta.url), 'utf8'));
  const quote = (id) => data.figures.find((f) => f.id === id).quote;
  const { default: texts } = await import(new URL('../../www/extra/zones-words.js', import.meta.url));
  for (const build of ['pkg', 'kiosk']) {
    const wasm = readFileSync(new URL(`../../www/${build}/zones_infographic_bg.wasm`, import.meta.url)).toString('utf8');
    for (const id of ['nc-stations', 'al-group-study']) {
      assert.ok(!wasm.includes(quote(id)), `www/${build} holds ${id}'s sentence`);
      assert.ok(texts.includes(quote(id)), `extra/zones-words.js lacks ${id}'s sentence`);
    }
    assert.ok(wasm.includes(quote('sz-focus-areas')), `www/${build} lacks the sentence slide 5 draws`);
  }
});
