import { Router } from 'express';
import type { SimContext } from '../engine/context.js';
import { escapeHtml } from '../util/html.js';
import { qrString } from '../rules/charge-response.js';

// Targets of the e-wallet `actions` URLs in charge answers, so they don't 404. The "QR code" is
// an SVG showing the QRIS string, not a scannable code: in the simulator a wallet payment is
// completed with the driver (`pay`/`settle`), standing in for Midtrans's QRIS simulator (docs/midtrans.md §21).

export function createWalletPagesRouter(ctx: SimContext): Router {
  const router = Router();
  router.get(['/v2/gopay/:id/qr-code', '/v2/qris/:id/qr-code'], (req, res) => {
    const tx = ctx.store.transactionsById.get(String(req.params.id));
    if (!tx) {
      res.status(404).json({ status_code: '404', status_message: "Transaction doesn't exist." });
      return;
    }
    const text = escapeHtml(qrString(tx));
    res
      .type('image/svg+xml')
      .send(
        `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300" viewBox="0 0 300 300">` +
          `<rect width="300" height="300" fill="#fff" stroke="#000" stroke-width="8"/>` +
          `<text x="150" y="130" font-size="18" text-anchor="middle" font-family="sans-serif">SIMULATED QR</text>` +
          `<text x="150" y="160" font-size="12" text-anchor="middle" font-family="monospace">${escapeHtml(tx.orderId)}</text>` +
          `<desc>${text}</desc></svg>`,
      );
  });
  router.get('/v2/shopeepay/:id/deeplink', (req, res) => {
    const tx = ctx.store.transactionsById.get(String(req.params.id));
    res
      .status(tx ? 200 : 404)
      .type('html')
      .send(
        `<!doctype html><title>ShopeePay (simulated)</title><p>Simulated ShopeePay app for order ${escapeHtml(tx?.orderId ?? '?')}.` +
          ` Complete it with <code>lunas-gateway-sim settle ${escapeHtml(tx?.orderId ?? '<order_id>')}</code>.</p>`,
      );
  });
  return router;
}
