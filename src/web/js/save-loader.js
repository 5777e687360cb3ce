// Loads the downloads' and the data table's code (www/save.js, built into
// extra/zones-save.js) the first time a reader or host asks for a file or
// opens the data disclosure; imported by src/web/save.rs and table.rs. It
// is found under the package's base address, which the loader (www/main.js)
// keeps on a global symbol (the folder above its own, or `Infographic.base`):
// the address is made at run time, so a bundler neither rewrites nor inlines it.
// A failure to load it rejects the promise, or is said in the note under the
// download buttons in the graphic's words (`said[3]`). A page that makes
// saying it throw leaves no unhandled rejection.
const load = () => import(/* webpackIgnore: true */ /* @vite-ignore */ `${globalThis[Symbol.for('zones-infographic:base')]}extra/zones-save.js`);

/** Fills the disclosure's `wrap` with the slide's table once the code is
 *  loaded: the latest call for a `wrap` wins, and a failure leaves it empty. */
export function fill_table(wrap, ...a) {
  const call = (wrap.ziTable = (wrap.ziTable | 0) + 1);
  load().then((m) => wrap.ziTable === call && m.table(wrap, ...a)).catch(() => {});
}

export function blob(...a) {
  return load().then((m) => m.blob(...a));
}

export function save(...a) {
  load().then((m) => m.save(...a), (e) => {
    console.warn('zones-infographic:', e);
    a[5].textContent = a[6][3];
  }).catch(() => {});
}
