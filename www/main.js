// The embed's module (built, with the wasm-bindgen glue, into
// pkg/zones-infographic.js). It mounts the infographic into every element with a
// data-zones-infographic attribute; the attribute's value is the options JSON,
// e.g. {"lang":"en"}. `ready` resolves once the module is loaded and those are
// mounted, to `{ memory }` (the module's memory, which a page may measure);
// after that, `new Infographic(element, options)` mounts more, with options as
// an object ({lang: 'en', slide: 2}) or its JSON.
// `zones-glue` is the wasm-bindgen glue of the module being built, and
// `zones-words` the lines shown where it cannot load, made by the build from
// data/copy.json (fallback/words.json): names the build gives esbuild
// (scripts/lib.sh, `bundle_loader`).
import init, { Infographic } from 'zones-glue';
import WORDS from 'zones-words';
import { showFallback } from './failed.js';

// `free()` and `using` mean `destroy()`: the graphic leaves the page and its
// state is freed at once. Either after the other does nothing. A graphic freed
// inside one of its own calls (by a host's handler of an event the call
// caused, such as a focusout when a slide change removes the focused figure)
// leaves the page at once and is freed when that call returns: the module
// holds it until then.
const { free, destroy } = Infographic.prototype;
Infographic.prototype.destroy = function () {
  if (this.__wbg_ptr) destroy.call(this);
};
Infographic.prototype.free = function () {
  if (this.__wbg_ptr && !this.freed) {
    destroy.call(this);
    this.freed = 1;
    if (!this.calls) free.call(this);
  }
};
if (Symbol.dispose) Infographic.prototype[Symbol.dispose] = Infographic.prototype.free;
// Any other method of a freed graphic throws an Error saying so (toBlob's
// promise rejects with it), before it reaches the module (the glue's own
// `__destroy_into_raw` is not a host's to call).
for (const name of Object.getOwnPropertyNames(Infographic.prototype)) {
  const method = Infographic.prototype[name];
  if (name[0] === '_' || name === 'constructor' || typeof method !== 'function' || method === Infographic.prototype.free || method === Infographic.prototype.destroy) continue;
  Infographic.prototype[name] = function (...args) {
    if (!this.__wbg_ptr || this.freed) {
      const error = new Error(`zones-infographic: ${name}() on a graphic that was freed (free() or using); mount a new one`);
      if (name === 'toBlob') return Promise.reject(error);
      throw error;
    }
    this.calls = -~this.calls;
    try {
      return method.apply(this, args);
    } finally {
      if (!--this.calls && this.freed) free.call(this);
    }
  };
}

const mounted = [];
let loaded = false;

/** The graphic as hosts construct it: before the module has loaded (before
 *  `ready` resolves) `new` throws an Error saying to await it. */
class Graphic extends Infographic {
  constructor(container, options) {
    if (!loaded) throw new Error('zones-infographic: the module is still loading; await ready before new Infographic(…)');
    super(container, options);
  }
}

async function start() {
  const exports = await init();
  loaded = true;
  // An iframe with the attribute is the iframe embed (sized by embed-loader.js).
  for (const el of document.querySelectorAll('[data-zones-infographic]:not(iframe)')) {
    // The module loaded twice (from two URLs) mounts each element once.
    if (el.querySelector(':scope > .zi')) continue;
    try {
      mounted.push(new Infographic(el, el.dataset.zonesInfographic || ''));
    } catch (error) {
      // The container already shows the message; keep the console informed too.
      console.warn('zones-infographic:', error);
    }
  }
  // The module's exports have short names (see scripts/minify-imports.mjs).
  return { memory: Object.values(exports).find((v) => v instanceof WebAssembly.Memory) };
}

// Without WebAssembly (a failed download, a corrupt module, an old browser, a
// host policy without 'wasm-unsafe-eval') every container shows its static
// fallback and says in one line that the interactive version could not load
// (failed.js).
// The rejection stays for hosts that await `ready`, and is handled here too.
const ready = start().catch((error) => {
  for (const el of document.querySelectorAll('[data-zones-infographic]:not(iframe)')) {
    if (!el.querySelector(':scope > .zi')) showFallback(el, WORDS.notLoaded, WORDS.stillImage);
  }
  console.warn('zones-infographic: the interactive version could not load', error);
  throw error;
});
ready.catch(() => {});
export { mounted, ready, Graphic as Infographic };
