// Loads the words the news module keeps out of itself (its English, built into
// extra/zones-en.js beside the embed's folder) once for every graphic on the
// page, the first time a graphic needs them; imported by src/web/words.rs.
// `done` gets the list of texts, or null where they could not load (a later
// call tries again).
let words;

export function load_words(done) {
  (words ??= import(new URL('../extra/zones-en.js', import.meta.url)).then((m) => m.default))
    .then(done, (e) => {
      words = undefined;
      console.warn('zones-infographic: the English words could not load', e);
      done(null);
    })
    .catch(() => {});
}
