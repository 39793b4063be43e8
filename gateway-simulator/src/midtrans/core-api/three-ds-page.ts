import express, { Router } from 'express';
import type { SimContext } from '../engine/context.js';
import { completeThreeDs } from '../engine/payments.js';
import { escapeHtml } from '../util/html.js';
import { SANDBOX_OTP } from '../rules/test-cards.js';

// The bank's 3DS page a Core API card charge with `authentication: true` redirects to
// (`redirect_url` of the 201 answer). Type the sandbox OTP 112233 to pass (docs/midtrans.md §21).
const page = (title: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

export function createThreeDsPageRouter(ctx: SimContext): Router {
  const router = Router();
  const path = '/v2/token/rba/redirect/:transactionId';

  router.get(path, (req, res) => {
    const tx = ctx.store.transactionsById.get(String(req.params.transactionId));
    if (!tx?.awaitingThreeDs) {
      res.status(404).type('html').send(page('3DS', '<p>Nothing to authenticate.</p>'));
      return;
    }
    res
      .type('html')
      .send(
        page(
          'Simulated 3-D Secure',
          `<p>Order ${escapeHtml(tx.orderId)}, card ${tx.card?.masked}. Sandbox OTP: ${SANDBOX_OTP}.</p>` +
            `<form method="post"><input name="otp" autocomplete="one-time-code" autofocus><button>OK</button></form>`,
        ),
      );
  });

  router.post(path, express.urlencoded({ extended: false }), express.json(), async (req, res) => {
    const tx = ctx.store.transactionsById.get(String(req.params.transactionId));
    if (!tx?.awaitingThreeDs) {
      res.status(404).type('html').send(page('3DS', '<p>Nothing to authenticate.</p>'));
      return;
    }
    const otp = String((req.body as Record<string, unknown> | undefined)?.otp ?? '');
    await completeThreeDs(ctx, tx, otp === SANDBOX_OTP);
    res.type('html').send(page('3DS done', `<p>transaction_status: <b id="status">${tx.status}</b></p>`));
  });
  return router;
}
