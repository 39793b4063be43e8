import { Router, type Request } from 'express';
import { ApiError, snapError } from '../api-error.js';
import { validateCard } from '../rules/card-input.js';
import { parseMethodChoice } from '../rules/payment-methods.js';
import { SANDBOX_OTP } from '../rules/test-cards.js';
import type { SimContext } from '../engine/context.js';
import { completeThreeDs } from '../engine/payments.js';
import { payFromSession } from '../engine/session-payment.js';
import { liveSession } from '../engine/snap-sessions.js';
import { applyMove } from '../engine/transitions.js';
import { SNAP_UNAUTHORIZED } from '../http/auth.js';
import { bodyObject, lenientJson } from '../http/body.js';
import { faultPoint } from '../http/faults.js';
import type { SnapSession } from '../store/types.js';
import { transactionResult } from './transaction-result.js';

// Backend of the hosted payment page / snap.js (src/ui): same-origin JSON endpoints the page
// calls. Not Midtrans's private API; shapes are documented in README.md.
//
// Everything here reaches a browser, so it only ever sends the Transaction Result shape
// (docs/midtrans.md §7): never a signature_key or a signed notification-like body. A signed body
// in a shopper's hands can be relabelled and replayed to the merchant, since the signature covers
// only order_id + status_code + gross_amount (docs/midtrans.md §10).

const NOT_AVAILABLE = 'Whether the transaction is not available, or you typed in the wrong URL.';

/** Page error results carry status_message as an array, like Snap's error result (docs/midtrans.md §7). */
const pageError = (httpStatus: number, ...messages: string[]): ApiError =>
  new ApiError(httpStatus, { status_code: String(httpStatus), status_message: messages });

export function createSnapPageRouter(ctx: SimContext): Router {
  const router = Router();
  const session = (req: Request): SnapSession => {
    const found = liveSession(ctx, String(req.params.token));
    if (!found) throw snapError(404, NOT_AVAILABLE);
    return found;
  };
  const currentTx = (s: SnapSession) => {
    const tx = ctx.store.orders.get(s.orderId)?.transaction;
    return tx?.snapToken === s.token ? tx : undefined;
  };

  router.get('/snap/v1/transactions/:token', faultPoint(ctx.faults, 'snap.page'), (req, res) => {
    const clientKey = req.query.client_key;
    if (clientKey !== undefined && clientKey !== ctx.opts.clientKey) throw snapError(401, ...SNAP_UNAUTHORIZED);
    const s = session(req);
    const tx = currentTx(s);
    res.json({
      token: s.token,
      order_id: s.orderId,
      gross_amount: s.grossAmount,
      currency: 'IDR',
      item_details: s.itemDetails,
      customer_details: s.customerDetails,
      enabled_payments: s.enabledPayments,
      callbacks: s.callbacks,
      expires_at: s.pageExpiresAt.toISOString(),
      merchant_name: ctx.opts.merchantName,
      transaction: tx ? transactionResult(tx, s, ctx.opts.merchantId, ctx.publicUrl()) : null,
    });
  });

  router.get('/snap/v1/transactions/:token/pdf', (req, res) => {
    const s = session(req);
    const tx = currentTx(s);
    res
      .type('text/plain')
      .send(
        `Payment instructions (simulated)\norder_id: ${s.orderId}\namount: IDR ${s.grossAmount}\n` +
          (tx?.vaNumber ? `VA (${tx.bank}): ${tx.vaNumber}\n` : '') +
          (tx?.billKey ? `Mandiri biller code 70012, bill key ${tx.billKey}\n` : ''),
      );
  });

  router.post('/snap/v2/transactions/:token/charge', ...lenientJson('snap'), faultPoint(ctx.faults, 'snap.charge'), (req, res) => {
    const s = session(req);
    const body = bodyObject(req.body);
    const method = parseMethodChoice(body.payment_type, body.bank);
    if (!method) throw pageError(400, 'payment_type is not supported');
    let cardNumber: string | undefined;
    if (method.paymentType === 'credit_card') {
      const checked = validateCard(body, ctx.clock.now());
      if (!checked.ok) throw pageError(400, ...checked.messages);
      cardNumber = checked.card.number;
    }
    const result = payFromSession(ctx, s, method, { cardNumber, interactiveThreeDs: true });
    if (!result.ok) {
      if (result.reason === 'session_expired') throw snapError(404, NOT_AVAILABLE);
      if (result.reason === 'method_not_enabled') throw pageError(402, `${result.key} is not enabled for this transaction`);
      throw pageError(406, 'transaction has been processed');
    }
    res.json(transactionResult(result.tx, s, ctx.opts.merchantId, ctx.publicUrl()));
  });

  // Stands in for Midtrans's public sandbox payment simulators (VA, QRIS, e-wallet pages,
  // docs/midtrans.md §21): anyone holding the token may complete its pending non-card payment.
  router.post('/snap/v2/transactions/:token/simulate-payment', ...lenientJson('snap'), async (req, res) => {
    const s = session(req);
    const tx = currentTx(s);
    if (!tx || tx.status !== 'pending' || tx.paymentType === 'credit_card') throw pageError(406, 'transaction has been processed');
    const result = applyMove(ctx, tx.transactionId, 'settle');
    if (!result.ok) throw pageError(406, 'transaction has been processed');
    res.json(transactionResult(result.tx, s, ctx.opts.merchantId, ctx.publicUrl()));
  });

  router.post('/snap/v2/transactions/:token/3ds', ...lenientJson('snap'), (req, res) => {
    const s = session(req);
    const tx = currentTx(s);
    if (!tx?.awaitingThreeDs) throw pageError(406, 'transaction has been processed');
    void completeThreeDs(ctx, tx, String(bodyObject(req.body).otp ?? '') === SANDBOX_OTP);
    res.json(transactionResult(tx, s, ctx.opts.merchantId, ctx.publicUrl()));
  });
  return router;
}
