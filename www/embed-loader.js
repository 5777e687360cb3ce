// For host pages with no Pym.js, Datawrapper or AMP of their own: sizes every
// <iframe data-zones-infographic> to the height its page reports (AMP's
// embed-size message, which the graphic's page always sends). Only a message
// from one of those iframes, with a sane height, is taken. A loader that
// starts after the frames did asks each for its height (Pym's width message,
// which the graphic's page answers), so a late loader sizes them at once.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
  const height = Number(data.height);
  if (!(height > 0 && height < 100000)) return;
  for (const frame of document.querySelectorAll('iframe[data-zones-infographic]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
  }
});

for (const frame of document.querySelectorAll('iframe[data-zones-infographic]')) {
  try {
    frame.contentWindow?.postMessage(`pymxPYMxzones-infographicxPYMxwidthxPYMx${frame.clientWidth}`, '*');
  } catch (e) {}
}
