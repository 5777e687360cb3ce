// Events for the host page, for src/web/dom.rs: on the container, bubbling
// and composed (they leave a shadow root), named `zones-infographic:<kind>`.
// Each is delivered after the call that caused it returns, in order: `ready`
// reaches a listener added right after `new Infographic(…)`, and a host's
// handler never runs inside the module's call. A host listener that throws is
// the browser's to report; it never unwinds through the module.

/** For "ready", "slide" and "lang" the detail is {slide, slides, lang}, for "figure" {id}. */
export function emit(el, kind, slide, slides, lang, id) {
  const detail = kind === 'figure' ? { id } : { slide, slides, lang };
  queueMicrotask(() => {
    try {
      el.dispatchEvent(new CustomEvent(`zones-infographic:${kind}`, { bubbles: true, composed: true, detail }));
    } catch (e) {}
  });
}
