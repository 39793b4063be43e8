// Browser side of the simulator: snap.js, the hosted Snap payment page and a demo merchant page.
// Everything here is static and stateless; the page talks to the engine's Snap page endpoints
// (GET /snap/v1/transactions/:token, POST /snap/v2/transactions/:token/charge | /3ds).
import express, { Router } from 'express';
import { pageHtml } from '../../kit/page/page-html.js';
import { noCache, pageRoute, shellAssets, sourceDir } from '../../kit/page/shell.js';
import { renderDemoPage } from './demo-page.js';

export interface SnapUiOptions {
  /** Client key the demo page loads snap.js with; the default local key when absent. */
  clientKey?: string;
}

const DEFAULT_CLIENT_KEY = 'SB-Mid-client-lunas-local-simulator';
// Plain browser files, read from the source tree (also when running from a tsc build).
const assetsDir = sourceDir(import.meta.url, './assets/', '../../../src/midtrans/ui/assets/');

// Relative to /snap/v2/vtweb/{token}; the close button serves snap.js's overlay.
const PAGE_HTML = pageHtml({
  title: 'Pembayaran · Midtrans Sandbox (simulator)',
  brand: 'Midtrans Sandbox',
  assets: '../../assets/',
  stylesheet: 'page.css',
  script: 'page/main.js',
  closeButton: true,
  headerExtra: `
<details class="items" id="items" hidden>
  <summary id="items-label"></summary>
  <ul id="item-list"></ul>
</details>`,
});

export function createSnapUiRouter(opts: SnapUiOptions = {}): Router {
  const router = Router();
  const clientKey = opts.clientKey ?? DEFAULT_CLIENT_KEY;
  router.get('/snap/snap.js', (_req, res) => {
    noCache(res);
    res.sendFile('snap.js', { root: assetsDir });
  });
  router.use('/snap/assets/kit', shellAssets());
  router.use('/snap/assets', express.static(assetsDir, { setHeaders: noCache, index: false }));
  // The same page serves snap.js's overlay / embed and the full-page redirect_url (docs/midtrans.md §7).
  // snap.js frames the page in the merchant's site, so any ancestor may frame it.
  router.get('/snap/v2/vtweb/:token', pageRoute(PAGE_HTML, '*'));
  router.get('/sim/demo', (_req, res) => {
    noCache(res);
    res.type('html').send(renderDemoPage(clientKey));
  });
  return router;
}
