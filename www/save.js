// The graphic's downloads and its data table, loaded the first time a reader
// or host asks for a file or opens the data disclosure (built into
// extra/zones-save.js, beside the folder of the embed's module): the slide as a PNG
// blob from a canvas the graphic drew, the build's SVG and CSV of the slide
// from `fallback/` under the package's base address (the loader's, main.js), a file saved through a link
// with `download`, and the link to the slide copied. Every failure rejects the
// promise or is said in the graphic's note under its download buttons.

const TYPES = { svg: 'image/svg+xml', csv: 'text/csv;charset=utf-8' };

/** A promise of slide `slide`'s (counted from 1) file of `kind`. */
export async function blob(kind, slide, lang, canvas) {
  if (kind === 'png') {
    if (!canvas) throw new Error('toBlob: the slide could not be drawn');
    return new Promise((ok, no) => canvas.toBlob((b) => (b ? ok(b) : no(new Error('toBlob: the canvas gave no image'))), 'image/png'));
  }
  const file = new URL(`fallback/slide-${slide}-${lang}.${kind}`, new URL(globalThis[Symbol.for('zones-infographic:base')] ?? new URL('..', import.meta.url), document.baseURI));
  const response = await fetch(file);
  if (!response.ok) throw new Error(`toBlob: ${file} answered ${response.status}`);
  // Typed whatever the server says, so a spreadsheet or browser opens it as what it is.
  return new Blob([await response.arrayBuffer()], { type: TYPES[kind] });
}

/** The timer that empties each graphic's note. */
const clearing = new WeakMap();

/** Saves the file of `kind` as `zones-slide-<n>-<lang>.<kind>`, or for "link"
 * copies the page's address with `hash`; `note` says how it went when there is
 * nothing else to see, for five seconds, in the graphic's words: `said` is
 * [link copied, copy refused, download failed]. */
export async function save(kind, slide, lang, canvas, hash, note, said) {
  const say = (key) => {
    note.textContent = said[{ link: 0, refused: 1, failed: 2 }[key]];
    // Five seconds from the latest: an earlier note's timer would end it early.
    clearTimeout(clearing.get(note));
    clearing.set(note, setTimeout(() => { note.textContent = ''; }, 5000));
  };
  if (kind === 'link') {
    try {
      await navigator.clipboard.writeText(location.href.split('#')[0] + hash);
      say('link');
    } catch (e) {
      console.warn('zones-infographic:', e);
      say('refused');
    }
    return;
  }
  try {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await blob(kind, slide, lang, canvas));
    a.download = `zones-slide-${slide}-${lang}.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  } catch (e) {
    console.warn('zones-infographic:', e);
    say('failed');
  }
}

// The slide's data table: the texts the story layer made at build time
// (fallback/tables.js), set as text (never parsed as markup). A host that
// makes the DOM throw, or a table that is missing, gets no table, never an
// exception in the module.
/** Fills `wrap` with a slide's table: its `caption`, a row of column
 *  `headers`, and its `rows`. The first cell of a row heads it; the others
 *  carry their column's name, shown beside the value when rows are stacked. */
export function table(wrap, slide) {
  try {
    const { caption, headers, rows } = slide;
    const make = (tag, text) => {
      const el = document.createElement(tag);
      if (text !== undefined) el.textContent = text;
      return el;
    };
    const table = make('table');
    table.className = 'zi-table';
    table.append(make('caption', caption));
    const head = make('tr');
    for (const h of headers) {
      const th = make('th', h);
      th.setAttribute('scope', 'col');
      head.append(th);
    }
    table.append(make('thead'));
    table.lastChild.append(head);
    const body = make('tbody');
    for (const cells of rows) {
      const row = make('tr');
      cells.forEach((cell, k) => {
        const td = make(k ? 'td' : 'th', cell);
        if (k) td.setAttribute('data-label', headers[k]);
        else td.setAttribute('scope', 'row');
        row.append(td);
      });
      body.append(row);
    }
    table.append(body);
    wrap.replaceChildren(table);
  } catch (e) {}
}
