// The slide's data table, for src/web/access.rs: built here from the texts
// the story layer made, as text (never parsed as markup). A host that makes
// the DOM throw gets no table, never an exception in the module.

/** Fills `wrap` with a table: its `caption`, a row of column `headers`, and
 *  `cells` row by row (as many a row as there are headers). The first cell
 *  of a row heads it; the others carry their column's name, shown beside the
 *  value when rows are stacked. */
export function fill_table(wrap, caption, headers, cells) {
  try {
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
    for (let i = 0; i < cells.length; i += headers.length) {
      const row = make('tr');
      cells.slice(i, i + headers.length).forEach((cell, k) => {
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
