// Shortens the names the wasm module and its JS glue share. `wasm-opt
// --minify-imports-and-exports-and-modules` renames every import (module "a",
// names "a", "b", …) and export of the module and prints the mapping; this
// applies the same mapping to the glue, so the two still meet. The long
// generated names (`__wbg_appendChild_7465eba84213c75f`) otherwise cost about
// 4 KB gzip across both files.
//
// node scripts/minify-imports.mjs GLUE.js MAPPING.json   (rewrites GLUE.js)
import { readFileSync, writeFileSync } from 'node:fs';

const [glueFile, mapFile] = process.argv.slice(2);
const text = readFileSync(mapFile, 'utf8');
// wasm-opt prints the mapping as JSON (after any warnings).
const map = JSON.parse(text.slice(text.indexOf('{')));
let glue = readFileSync(glueFile, 'utf8');

function fail(message) {
  console.error(`minify-imports: ${message}`);
  process.exit(1);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const replaceAll = (pattern, to, what) => {
  const before = glue;
  glue = glue.replace(pattern, to);
  if (glue === before) fail(`${what} not found in ${glueFile}`);
};

// Imports: the glue's own functions are keys of one object; a snippet's are
// the exports of its module. All move into the one module "a".
const modules = new Map();
for (const [module, name, short] of map.imports) {
  if (!modules.has(module)) modules.set(module, []);
  modules.get(module).push([name, short]);
}
const parts = [];
for (const [module, names] of modules) {
  const key = new RegExp(`\\n\\s*"${escape(module)}": (import\\d+),`);
  const found = glue.match(key);
  if (!found) fail(`import module ${module} not found`);
  const object = found[1];
  glue = glue.replace(key, '');
  if (module === './zones_infographic_bg.js') {
    for (const [name, short] of names) replaceAll(new RegExp(`(\\n\\s*)${escape(name)}: function`), `$1${short}: function`, `import ${name}`);
    parts.push(object);
  } else {
    parts.push(`{ ${names.map(([name, short]) => `${short}: ${object}.${name}`).join(', ')} }`);
  }
}
replaceAll(/return \{\n(\s*)__proto__: null,\n/, `return {\n$1__proto__: null,\n$1a: Object.assign({}, ${parts.join(', ')}),\n`, 'the imports object');

// Exports: every `wasm.name` of the glue.
for (const [name, short] of map.exports) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${escape(name)}\\b`, 'g'), `wasm.${short}`);
}
const left = glue.match(/\bwasm\.[A-Za-z_][A-Za-z0-9_]{2,}\b/g);
if (left) fail(`exports left unrenamed: ${[...new Set(left)].join(', ')}`);
writeFileSync(glueFile, glue);
