// The graphic's downloads, loaded the first time a reader or host asks for one
// (built into pkg/zones-save.js beside the embed's module): the slide as a PNG
// blob from a canvas the graphic drew, the build's SVG and CSV of the slide
// from `fallback/` beside the module's folder, a file saved through a link
// with `download`, and the link to the slide copied. Every failure rejects the
// promise or puts a line in the graphic's live region.

/** A promise of slide `slide`'s (counted from 1) file of `kind`. */
export function blob(kind, slide, lang, canvas) {
  if (kind === 'png') {
    if (!canvas) return Promise.reject(new Error('toBlob: the slide could not be drawn'));
    return new Promise((ok, no) => canvas.toBlob((b) => (b ? ok(b) : no(new Error('toBlob: the canvas gave no image'))), 'image/png'));
  }
  const file = new URL(`../fallback/slide-${slide}-${lang}.${kind}`, import.meta.url);
  return fetch(file).then((r) => (r.ok ? r.blob() : Promise.reject(new Error(`toBlob: ${file} answered ${r.status}`))));
}

const COPIED = { zh: '已复制本页链接。', en: 'Link to this slide copied.' };

/** Saves the file of `kind` as `zones-slide-<n>-<lang>.<kind>`, or for "link"
 * copies the page's address with `hash`; `live` then says `failed` if it failed. */
export async function save(kind, slide, lang, canvas, hash, live, failed) {
  try {
    if (kind === 'link') {
      await navigator.clipboard.writeText(location.href.split('#')[0] + hash);
      live.textContent = COPIED[lang];
      return;
    }
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await blob(kind, slide, lang, canvas));
    a.download = `zones-slide-${slide}-${lang}.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  } catch (e) {
    console.warn('zones-infographic:', e);
    live.textContent = failed;
  }
}
