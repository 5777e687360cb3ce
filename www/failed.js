// A container whose graphic cannot run: the host's static fallback, kept in a
// <noscript> so that it is not fetched while the graphic runs, is shown, with
// one line saying the interactive version could not load. Used when the module
// or the wasm fails to load (main.js) and when the module stops on an error
// (src/web/fault.rs), which takes that graphic's root away first.
export function showFallback(el) {
  try {
    el.querySelector(':scope > .zi')?.remove();
    if (el.querySelector(':scope > .zi-failed')) return;
    const kept = el.querySelector(':scope > noscript');
    if (kept && !el.querySelector(':scope > .zi-fallback')) el.insertAdjacentHTML('beforeend', kept.textContent);
    const line = document.createElement('p');
    line.className = 'zi-failed';
    line.setAttribute('role', 'status');
    line.textContent = '交互版本未能加载，以下为静态图。 The interactive version could not load; this is a still image.';
    el.append(line);
  } catch (e) {}
}
