// Loads the words a module keeps out of itself (its English, and the
// articles' sentences only a tooltip quotes, built into extra/zones-words.js)
// once for every graphic on the page, the first time a graphic needs them;
// imported by src/web/words.rs. It is found under the package's base
// address, as the downloads' code is (save-loader.js): the address is made at
// run time, so a bundler neither rewrites nor inlines it.
// `done` gets the list of texts, or null where they could not load (a later
// call tries again).
let words;

export function load_words(done) {
  (words ??= import(/* webpackIgnore: true */ /* @vite-ignore */ `${globalThis[Symbol.for('zones-infographic:base')]}extra/zones-words.js`).then((m) => m.default))
    .then(done, (e) => {
      words = undefined;
      console.warn('zones-infographic: the words loaded later (English, tooltip sentences) could not load', e);
      done(null);
    })
    .catch(() => {});
}
