// The embed's module (built, with the wasm-bindgen glue, into
// pkg/zones-infographic.js). It mounts the infographic into every element with a
// data-zones-infographic attribute, also those added to the page later, and
// those with loading="lazy" only once they near the viewport (nothing of the
// wasm is fetched before); the attribute's value is the options JSON, e.g.
// {"lang":"en"}. `ready` resolves once the module is loaded and those are
// mounted, to `{ memory }` (the module's memory, which a page may measure);
// after that, `new Infographic(element, options)` mounts more, with options as
// an object ({lang: 'en', slide: 2}) or its JSON; each graphic's `ready` is a
// promise of its first drawing. `Infographic.base`, set right after the
// import, is where the package's folders are (pkg/, extra/, fallback/) when a
// bundler has moved the module; `Infographic.version` is the package's version.
// `zones-glue` is the wasm-bindgen glue of the module being built, and
// `zones-words` the lines shown where it cannot load, made by the build from
// data/copy.json (fallback/words.json): names the build gives esbuild
// (scripts/lib.sh, `bundle_loader`), with ZONES_VERSION (www/package.json's)
// and ZONES_FOLDER (the module's folder: pkg or kiosk).
import init, { Infographic } from 'zones-glue';
import WORDS from 'zones-words';
import { mark, showFallback } from './failed.js';

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

// ---- Where the package's files are: `Infographic.base` ----
// The folder holding pkg/ (or kiosk/), extra/ and fallback/: by default the
// folder above the module's own, made with string operations so that no
// bundler takes it for an asset. A host whose bundler moved the module sets
// it right after the import; the module reads it when it loads, and keeps it
// on a global symbol, where the downloads' code (save-loader.js, save.js)
// reads it. The wasm comes from under a base a host set, else from where the
// glue (or the bundler) says.
const BASE = Symbol.for('zones-infographic:base');
const HERE = import.meta.url.replace(/[^/]*\/[^/]*$/, '');

// ---- Each graphic's ready promise ----
// A graphic's `ready` resolves to it at its first drawing (the ready event);
// a handle from `Infographic.get` has its container's.
const readyOf = new WeakMap(); // container -> its graphic's ready

const { get } = Infographic;
Infographic.get = (el) => {
  const graphic = get(el);
  if (graphic) graphic.ready = readyOf.get(el);
  return graphic;
};

/** The graphic as hosts construct it: before the module has loaded (before
 *  `ready` resolves) `new` throws an Error saying to await it. */
class Graphic extends Infographic {
  constructor(container, options) {
    if (!loaded) throw new Error('zones-infographic: the module is still loading; await ready before new Infographic(…)');
    super(container, options);
    // The snippet's fallback stays hidden while a graphic runs here (reserve.css).
    mark(container, true);
    // A page whose addEventListener throws gets a graphic whose ready never comes.
    readyOf.set(container, (this.ready = new Promise((ok) => {
      try {
        container.addEventListener('zones-infographic:ready', () => ok(this), { once: true });
      } catch {}
    })));
  }

  static version = ZONES_VERSION;

  static base = HERE;
}

// ---- Finding the page's containers: at start, when added, lazily ----
// An iframe with the attribute is the iframe embed (sized by embed-loader.js).
const CONTAINERS = '[data-zones-infographic]:not(iframe)';
let failure; // why it could not load, once it could not

/** The module's load, from under the base, once `load()` has begun it. */
let begin;
const loading = new Promise((go) => { begin = go; }).then(() => {
  const base = (globalThis[BASE] = Graphic.base);
  return init(base != HERE ? { module_or_path: `${base}${ZONES_FOLDER}/zones_infographic_bg.wasm` } : {});
}).then((exports) => {
  loaded = true;
  return exports;
});
const load = () => (begin(), loading);

/** Mounts the graphic in `el` unless one is there (the module loaded twice,
 *  from two URLs, mounts each element once), or its fallback if the module
 *  could not load. */
function mountFound(el) {
  if (el.querySelector(':scope > .zi')) return;
  if (failure) return showFallback(el, WORDS.notLoaded, WORDS.stillImage);
  try {
    mounted.push(new Graphic(el, el.dataset.zonesInfographic || ''));
  } catch (error) {
    // The container already shows the message; keep the console informed too.
    console.warn('zones-infographic:', error);
  }
}

/** Mounts a container once the module is loaded; one with loading="lazy"
 *  (and the module's load with it) once it comes within a screen's height of
 *  the viewport. Until then `.zi-on` keeps the snippet's fallback hidden and
 *  its image unfetched: the stylesheet shows it only where no module came. */
const lazy = (el) => el.getAttribute('loading') == 'lazy';
const near = new IntersectionObserver((entries) => {
  try {
    for (const { target, isIntersecting } of entries) {
      if (isIntersecting) {
        near.unobserve(target);
        adopt(target, 1);
      }
    }
  } catch {}
}, { rootMargin: '100% 0px' });
const adopt = (el, now) => (failure ? mountFound(el) : (mark(el, true), lazy(el) && !now ? near.observe(el) : load().then(() => mountFound(el)).catch(() => {})));

async function start() {
  const found = [...document.querySelectorAll(CONTAINERS)];
  // Containers added later (single-page and infinite-scroll sites).
  // A page whose DOM methods throw mounts nothing more, and hears no error.
  new MutationObserver((records) => {
    try {
      for (const { addedNodes } of records) {
        for (const node of addedNodes) {
          if (node.querySelectorAll) [node, ...node.querySelectorAll(CONTAINERS)].forEach((el) => el.matches(CONTAINERS) && adopt(el));
        }
      }
    } catch {}
  }).observe(document, { childList: true, subtree: true });
  // A page with none loads the module at once (for the host's own), one whose
  // containers are all lazy when one nears.
  found.forEach((el) => adopt(el));
  if (!found[0]) load();
  const exports = await loading;
  // The module's exports have short names (see scripts/minify-imports.mjs).
  return { memory: Object.values(exports).find((v) => v instanceof WebAssembly.Memory) };
}

// Without WebAssembly (a failed download, a corrupt module, an old browser, a
// host policy without 'wasm-unsafe-eval') every container shows its static
// fallback and says in one line that the interactive version could not load
// (failed.js).
// The rejection stays for hosts that await `ready`, and is handled here too.
// The start waits a microtask, for a host's `Infographic.base` set right after the import.
const ready = Promise.resolve().then(start).catch((error) => {
  failure = error;
  for (const el of document.querySelectorAll(CONTAINERS)) {
    if (!el.querySelector(':scope > .zi')) showFallback(el, WORDS.notLoaded, WORDS.stillImage);
  }
  console.warn('zones-infographic: the interactive version could not load', error);
  throw error;
});
ready.catch(() => {});
export { mounted, ready, Graphic as Infographic };
