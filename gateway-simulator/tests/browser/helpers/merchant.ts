// A stand-in merchant site on its own origin (localhost vs the simulator's 127.0.0.1), so
// snap.js's cross-origin postMessage checks are exercised like on a real shop.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Merchant {
  url: string;
  stop(): Promise<void>;
}

// `?client_key=` lets a test load snap.js with a wrong key. Callback results land in
// window.snapEvents; `callbacks: false` calls snap.pay without any, to get Midtrans's redirects;
// `extra` passes further snap.pay options (selectedPaymentType, autoCloseDelay…).
function checkoutPage(simulatorUrl: string, clientKey: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Merchant checkout</title><link rel="icon" href="data:,">
<script src="${simulatorUrl}/snap/snap.js" data-client-key="${clientKey}"></script>
</head><body>
<h1>Toko Lunas checkout</h1><button id="pay">Bayar</button>
<script>
  window.snapEvents = [];
  const record = (type) => (result) => window.snapEvents.push({ type, result });
  window.openSnap = (token, options = {}) => {
    if (options.callbacks === false) return window.snap.pay(token, { language: options.language });
    window.snap.pay(token, {
      ...options.extra,
      language: options.language,
      onSuccess: record('success'),
      onPending: record('pending'),
      onError: record('error'),
      onClose: (...args) => window.snapEvents.push({ type: 'close', args: args.length }),
    });
  };
</script>
</body></html>`;
}

export async function startMerchant(simulatorUrl: string, defaultClientKey: string): Promise<Merchant> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (url.pathname === '/checkout') {
      res.end(checkoutPage(simulatorUrl, url.searchParams.get('client_key') ?? defaultClientKey));
    } else if (url.pathname === '/finish' || url.pathname === '/error' || url.pathname === '/unfinish') {
      res.end(`<!doctype html><title>${url.pathname}</title><link rel="icon" href="data:,"><h1>${url.pathname.slice(1)}</h1>`);
    } else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
