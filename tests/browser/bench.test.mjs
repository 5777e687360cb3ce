// The benchmark's peers (bench/chartjs, bench/echarts) draw the slides from a
// model of data/zones.json made by bench/shared/model.js: every slide of the
// dataset as it is today must make a model, or `scripts/bench` stops on the
// first slide it cannot draw. Runs in Node, with no browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from './harness.mjs';
import { buildSlide, indexDataset, slideCount } from '../../bench/shared/model.js';

test("the benchmark's peers model every slide of the dataset, with every placeholder filled", () => {
  const ix = indexDataset(JSON.parse(readFileSync(new URL('../../data/zones.json', import.meta.url), 'utf8')));
  assert.equal(slideCount(ix), 5);
  for (let i = 0; i < slideCount(ix); i++) {
    const slide = buildSlide(ix, i);
    assert.doesNotMatch(slide.title, /[{}]|undefined/, `slide ${i + 1}: ${slide.title}`);
    assert.ok(slide.blocks.length > 0, `slide ${i + 1} has blocks`);
    for (const block of slide.blocks) {
      for (const item of block.items ?? []) assert.doesNotMatch(JSON.stringify(item), /undefined/, `slide ${i + 1}: ${JSON.stringify(item)}`);
    }
  }
});
