// How the page talks to whoever opened it: snap.js's overlay / embed (postMessage to the
// merchant window) or, opened as redirect_url, the browser itself (docs/midtrans.md §7).
const params = new URLSearchParams(window.location.search);

export const embedded = params.get('embedded') === '1' && window.parent !== window;
export const mode = embedded ? (params.get('mode') === 'embed' ? 'embed' : 'popup') : 'page';

// The merchant's origin: Chromium tells us who embeds us; snap.js also passes it.
const parentOrigin = embedded ? (window.location.ancestorOrigins?.[0] ?? params.get('origin')) : null;

function post(message) {
  if (!embedded || !parentOrigin) return;
  window.parent.postMessage({ source: 'lunas-snap', ...message }, parentOrigin);
}

export function ready() {
  post({ type: 'ready' });
}

/** snap.js runs onSuccess / onPending / onError at once; redirect pages wait for `leave`. */
export function result(event, snapResult) {
  post({ type: 'result', event, result: snapResult });
}

/** The shopper is done here. Returns false when nothing will take them anywhere. */
export function leave(redirectUrl) {
  if (embedded) {
    post({ type: 'leave', redirect_url: redirectUrl });
    return true;
  }
  if (!redirectUrl) return false;
  window.location.assign(redirectUrl);
  return true;
}

/** Messages from snap.js (Esc pressed on the merchant page). */
export function onParentMessage(handler) {
  window.addEventListener('message', (event) => {
    if (!embedded || event.source !== window.parent || event.origin !== parentOrigin) return;
    if (event.data?.source === 'lunas-snap') handler(event.data);
  });
}
