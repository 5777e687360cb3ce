// Events for the host page, for src/web/dom.rs: on the container, bubbling
// and composed (they leave a shadow root), named `zones-infographic:<kind>`.
// A host listener that throws is the browser's to report; it never unwinds
// through the module.

/** For "ready" and "slide" the detail is {slide, slides, lang}, for "figure" {id}. */
export function emit(el, kind, slide, slides, lang, id) {
  const detail = kind === 'figure' ? { id } : { slide, slides, lang };
  try {
    el.dispatchEvent(new CustomEvent(`zones-infographic:${kind}`, { bubbles: true, composed: true, detail }));
  } catch (e) {}
}
