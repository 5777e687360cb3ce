// The page's side of src/interact/view: applies a patch, the edits an answer
// makes to the graphic's elements. A host that makes the DOM throw loses
// that edit, never the rest, and no exception reaches the module.

/** Applies `edits` (encoded by `view::encode`) to `els`, the graphic's
 *  elements in the template's order. Each edit: the element (`at`, or
 *  `at.child`), a kind, a name and a value. Unchanged texts and attributes
 *  are not written again (a write restyles the graphic). */
export function patch(els, edits) {
  for (const edit of edits.split('\x1e')) {
    const [at, kind, name, value] = edit.split('\x1f');
    const [i, k] = at.split('.');
    try {
      let el = els[i];
      if (kind === 'n') {
        if (!el.children[k]) {
          const child = document.createElement(name);
          child.className = value;
          el.append(child);
        }
        continue;
      }
      if (k !== undefined) el = el.children[k];
      if (kind === 't') {
        // Named "k": the ranges between \x02 and \x03 stay on one line.
        const parts = value.split(/\x02|\x03/);
        if (el.textContent !== parts.join('')) {
          if (name) el.replaceChildren(...parts.map((t, j) => j % 2 ? Object.assign(document.createElement('span'), { className: 'zi-keep', textContent: t }) : t));
          else el.textContent = value;
        }
      } else if (kind === 'a') {
        if (el.getAttribute(name) !== value) el.setAttribute(name, value);
      } else if (kind === 'u') {
        el.removeAttribute(name);
      } else if (kind === 'p') {
        el[name] = value;
      } else if (kind === 'c') {
        el.classList.toggle(name, !!value);
      } else if (kind === 's') {
        el.style.setProperty(name, value);
      } else if (kind === 'x') {
        while (el.children.length > +value) el.lastElementChild.remove();
      }
    } catch (e) {}
  }
}
