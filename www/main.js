// The embed's module (built, with the wasm-bindgen glue, into
// pkg/zones-infographic.js). It mounts the infographic into every element with a
// data-zones-infographic attribute; the attribute's value is the options JSON,
// e.g. {"lang":"en"}. `ready` resolves once the module is loaded and those are
// mounted (to the wasm module's exports, whose `memory` a page may measure);
// after that, `new Infographic(element, optionsJson)` mounts more.
import init, { Infographic } from './pkg/zones_infographic.js';

const mounted = [];

async function start() {
  const wasm = await init();
  for (const el of document.querySelectorAll('[data-zones-infographic]')) {
    try {
      mounted.push(new Infographic(el, el.dataset.zonesInfographic || ''));
    } catch (error) {
      // The container already shows the message; keep the console informed too.
      console.warn('zones-infographic:', error);
    }
  }
  return wasm;
}

const ready = start();
export { mounted, ready, Infographic };
