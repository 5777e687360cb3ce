// Loads the downloads' and the data table's code (www/save.js, built into
// extra/zones-save.js) the first time a reader or host asks for a file or
// opens the data disclosure, and for the table the tables too
// (fallback/tables.js); imported by src/web/save.rs and table.rs. Each is
// found under the package's base address, which the loader (www/main.js)
// keeps on a global symbol (the folder above its own, or `Infographic.base`):
// the address is made at run time, so a bundler neither rewrites nor inlines
// it. A failure to load the code rejects the promise, or is said in the note
// under the download buttons in the graphic's words (`said[3]`). A page that
// makes saying it throw leaves no unhandled rejection.
const at = (file) => import(/* webpackIgnore: true */ /* @vite-ignore */ `${globalThis[Symbol.for('zones-infographic:base')]}${file}`);
const load = () => at('extra/zones-save.js');

/** Fills the disclosure's `wrap` with the table of slide `slide` in language
 *  `lang` once the code and the tables (made at build time, beside the
 *  fallback) are loaded, if the disclosure is still open: the latest call for
 *  a `wrap` wins, and a failure leaves it empty. */
export function fill_table(wrap, slide, lang) {
  const call = (wrap.ziTable = (wrap.ziTable | 0) + 1);
  Promise.all([load(), at('fallback/tables.js')])
    .then(([m, t]) => wrap.ziTable === call && wrap.closest('details')?.open && m.table(wrap, t.default[lang]?.[slide]))
    .catch(() => {});
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
