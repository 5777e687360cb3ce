// Makes every call the wasm module makes into JavaScript answer rather than
// throw. A JS exception that leaves through a wasm frame skips the frame's
// epilogue: the module's shadow stack pointer is never restored (wasm-bindgen
// issues #1959, #1963), RefCells stay borrowed, and after enough of them the
// module fails for every graphic on the page. A host page may have patched any
// DOM method, getter or global the module calls to throw.
//
// So each import of the glue that can throw is wrapped: an exception is
// dropped and the module gets an empty answer (0, false, NaN, undefined, None,
// or an empty string or list where it expects one), which the web layer reads
// as "the page could not tell". Left as they are: the imports wasm-bindgen
// already catches (`handleError`, turned into a Rust `Err`) and its throw
// intrinsic (a Rust error that must not return). A closure the page calls after
// it was dropped (a listener a faulty removeEventListener left) does nothing,
// rather than throw through the module.
//
// node scripts/guard-imports.mjs GLUE.js   (rewrites GLUE.js, the wasm-bindgen
// glue, before it is bundled)
import { readFileSync, writeFileSync } from 'node:fs';

const [glueFile] = process.argv.slice(2);
let glue = readFileSync(glueFile, 'utf8');

function fail(message) {
  console.error(`guard-imports: ${message}`);
  process.exit(1);
}

const start = glue.indexOf('    const import0 = {\n');
const end = glue.indexOf('\n    };\n', start);
if (start < 0 || end < 0) fail(`no imports object in ${glueFile}`);

// The entries of the imports object: `name: function(…) {…},` each, the name
// indented by eight spaces.
const body = glue.slice(start, end);
const entry = /\n {8}([A-Za-z_$][\w$]*): (function[\s\S]*?)(?=,\n {8}[A-Za-z_$][\w$]*: |,?$)/g;
let guarded = 0;
const out = body.replace(entry, (whole, name, fn) => {
  if (/^function\(\) \{ return handleError\(/.test(fn) || /\bthrow\b/.test(fn)) return whole;
  guarded++;
  // An import that writes its answer at a pointer (a string or a list) writes an
  // empty one when it throws: pointer `align` (dangling, for no bytes), length 0.
  const slot = /setInt32\(\(arg0 >>> 0\) \+ 4 \* 1/.test(fn) ? (/passArrayF64ToWasm0/.test(fn) ? 8 : 1) : 0;
  return `\n        ${name}: guard(${fn}${slot ? `, ${slot}` : ''})`;
});
if (guarded < 10) fail(`only ${guarded} imports found to guard in ${glueFile}`);
glue = glue.slice(0, start) + out + glue.slice(end);

// The guard, and closures that do nothing once dropped.
const closure = '    const real = (...args) => {\n';
if (!glue.includes(closure)) fail(`no makeClosure in ${glueFile}`);
glue = glue.replace(closure, `${closure}        if (!state.a) return;\n`);
glue += `
/** An import that answers empty rather than throw (scripts/guard-imports.mjs);
 *  \`slot\`: the answer goes at a pointer, empty with that alignment. */
function guard(f, slot) {
    return function () {
        try {
            return f.apply(this, arguments);
        } catch (e) {
            if (slot) {
                getDataViewMemory0().setInt32(arguments[0], slot, true);
                getDataViewMemory0().setInt32(arguments[0] + 4, 0, true);
            }
        }
    };
}
`;
writeFileSync(glueFile, glue);
console.log(`guard-imports: ${guarded} imports guarded`);
