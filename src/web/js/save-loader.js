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

/** Empties the disclosure's `wrap` and, while the disclosure is open, fills
 *  it with the table of slide `slide` in language `lang` once the code and
 *  the tables (made at build time, beside the fallback) are loaded: the
 *  latest call for a `wrap` wins (a close too), and a failure shows the line
 *  `failed` (the next opening tries again). */
export function fill_table(wrap, slide, lang, failed) {
  const call = (wrap.ziTable = (wrap.ziTable | 0) + 1);
  wrap.textContent = '';
  if (!wrap.closest('details')?.open) return;
  Promise.all([load(), at('fallback/tables.js')])
    .then(([m, t]) => wrap.ziTable === call && m.table(wrap, t.default[lang]?.[slide]))
    .catch((e) => {
      console.warn('zones-infographic: the data table could not load', e);
      if (wrap.ziTable === call) wrap.textContent = failed;
    })
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
