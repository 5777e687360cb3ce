// A container whose graphic cannot run: the host's static fallback (the
// snippet's figure, which `.zi-off` shows at once, see reserve.css; or one kept
// in a <noscript>, so that it is not fetched while the graphic runs) is shown, with
// one line saying what happened (`failure`, and `still` where the still image
// stands in; both in the graphic's words). Used when the module or the wasm
// fails to load (main.js), and when a graphic stops on an error of the
// module's (src/web/fault.rs): then its root goes first, and a page the core
// says must reload (a kiosk's, which nobody attends) reloads after the delay
// its root carries, in ms (`data-zi-reload`). The line takes whatever height
// the fallback leaves of what the container held (the space reserved for the
// graphic, or the stopped graphic's), so that nothing below it moves; a graphic
// mounted there later removes the line and its height with it.
// `zones-words` holds the lines in every language (fallback/words.json, made
// by the build): a stopped graphic's come from there, since the module may
// not hold its English (loaded on demand).
import WORDS from 'zones-words';

/** Marks a container the module runs in (`on`) or gave up on: reserve.css
 *  keeps the snippet's fallback hidden for the first, shows it for the other.
 *  A page whose DOM throws here only shows the fallback too. */
export function mark(el, on) {
  try {
    el.classList.toggle('zi-on', on);
    el.classList.toggle('zi-off', !on);
  } catch {}
}

export function showFallback(el, failure, still) {
  try {
    const held = el.offsetHeight;
    const stopped = el.querySelector(':scope > .zi');
    stopped?.remove();
    const reload = Number(stopped?.dataset.ziReload);
    if (reload > 0) setTimeout(() => location.reload(), reload);
    if (el.querySelector(':scope > .zi-failed')) return;
    mark(el, false);
    const kept = el.querySelector(':scope > noscript');
    if (kept && !el.querySelector(':scope > .zi-fallback')) el.insertAdjacentHTML('beforeend', kept.textContent);
    const image = kept || el.querySelector(':scope > .zi-fallback');
    const line = document.createElement('p');
    line.className = 'zi-failed';
    line.setAttribute('role', 'status');
    line.textContent = image ? `${failure} ${still}` : failure;
    el.append(line);
    line.style.minHeight = held - el.offsetHeight + line.offsetHeight + 'px';
  } catch (e) {}
}

/** A graphic that stopped on an error of the module's (src/web/fault.rs). */
export function showStopped(el) {
  showFallback(el, WORDS.stopped, WORDS.stillImage);
}
