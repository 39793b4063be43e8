import type { Snap } from './snap-types';

const SCRIPT_ID = 'midtrans-snap-js';
/** Past this, the shopper is better served by Midtrans's hosted page. */
export const SNAP_LOAD_TIMEOUT_MS = 10_000;

let pending: { url: string; promise: Promise<Snap> } | null = null;

/**
 * Loads snap.js once, as Midtrans documents it (reference §3.1): a script tag with
 * `data-client-key`. The URL comes from `paymentConfig`, so the same build talks to
 * the simulator, the sandbox or production. A failed load is forgotten so that a
 * later attempt retries.
 */
export function loadSnap(url: string, clientKey: string, timeoutMs = SNAP_LOAD_TIMEOUT_MS): Promise<Snap> {
  if (pending && pending.url === url) return pending.promise;
  if (window.snap && document.getElementById(SCRIPT_ID)?.getAttribute('src') === url) {
    return Promise.resolve(window.snap);
  }

  const promise = new Promise<Snap>((resolve, reject) => {
    document.getElementById(SCRIPT_ID)?.remove();
    const script = document.createElement('script');
    script.id = SCRIPT_ID;
    script.src = url;
    script.async = true;
    script.setAttribute('data-client-key', clientKey);

    const fail = (reason: string) => {
      clearTimeout(timer);
      script.remove();
      pending = null;
      reject(new Error(reason));
    };
    const timer = setTimeout(() => fail(`snap.js did not load within ${timeoutMs} ms`), timeoutMs);
    script.addEventListener('load', () => {
      clearTimeout(timer);
      if (window.snap) resolve(window.snap);
      else fail('snap.js loaded but window.snap is missing');
    });
    script.addEventListener('error', () => fail(`snap.js could not be loaded from ${url}`));
    document.head.appendChild(script);
  });
  pending = { url, promise };
  return promise;
}

/** For tests: forget any loaded or loading snap.js. */
export function resetSnapLoader(): void {
  pending = null;
  document.getElementById(SCRIPT_ID)?.remove();
  delete window.snap;
}
