// The graphic's own page inside an iframe (embed.html): it tells the host page
// its height whenever that changes (the width, the language, the slide, an open
// table), in the three forms news CMSs read: Pym.js's string message (when the
// host gave a childId), the Datawrapper-style object and AMP's embed-size.
// The height is the whole document's, the margins of its first and last
// blocks included, so the frame never scrolls inside itself. Messages from
// the host are read only from the parent window, and only a Pym width
// message (which embed-loader.js also sends when it starts), which asks for
// the height again.
const params = new URLSearchParams(location.search);
const childId = params.get('childId');
const id = childId || 'zones-infographic';
let posted = 0;

function postHeight(force) {
  if (window.parent === window) return;
  const html = document.documentElement;
  const style = getComputedStyle(html);
  const height = Math.ceil(html.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
  if (height <= 0 || (height === posted && !force)) return;
  posted = height;
  if (childId) window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
  window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

if (window.parent !== window) {
  new ResizeObserver(() => postHeight(false)).observe(document.documentElement);
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const data = event.data;
    if (typeof data === 'string' && data.length < 200 && data.startsWith('pymxPYMx') && data.split('xPYMx')[2] === 'width') {
      postHeight(true);
    }
  });
}

// In an iframe the controls cannot stick (the frame is as tall as its
// content, and nothing in it can stick to the host page's screen), so a
// reader at the foot of a long slide on a phone would scroll back up for
// Next. Back and Next are repeated under the slide: each press is the
// graphic's own button's, and each copy takes its label, name and state
// after every change (slide, language) and the first drawing.
function footControls(container) {
  const nav = document.createElement('div');
  nav.className = 'embed-foot';
  const copies = ['zi-prev', 'zi-next'].map((kind) => {
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = `embed-${kind.slice(3)}`;
    copy.addEventListener('click', () => container.querySelector(`.zi-controls .${kind}`)?.click());
    nav.append(copy);
    return [kind, copy];
  });
  const update = () => {
    const stage = container.querySelector('.zi > .zi-stage');
    if (!stage) return nav.remove();
    if (stage.nextElementSibling !== nav) stage.after(nav);
    for (const [kind, copy] of copies) {
      const own = container.querySelector(`.zi-controls .${kind}`);
      const label = kind === 'zi-next' ? own.querySelector(own.hasAttribute('data-last') ? '.zi-again' : '.zi-go') : own;
      copy.textContent = label.textContent;
      copy.disabled = own.disabled;
      if (own.getAttribute('aria-label')) copy.setAttribute('aria-label', own.getAttribute('aria-label'));
      else copy.removeAttribute('aria-label');
    }
  };
  for (const kind of ['ready', 'slide', 'lang']) container.addEventListener(`zones-infographic:${kind}`, update);
}

if (window.parent !== window) {
  const container = document.querySelector('[data-zones-infographic]');
  if (container) footControls(container);
}
