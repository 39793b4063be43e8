import { Router, type Request, type Response } from 'express';
import { driverError } from '../api-error.js';
import { parseChaos } from '../chaos.js';
import type { Move } from '../rules/lifecycle.js';
import { methodFromShortName, parseMethodChoice } from '../rules/payment-methods.js';
import { statusResponse } from '../rules/status-response.js';
import { DEFAULT_TEST_CARD, luhnValid, normaliseCardNumber } from '../rules/test-cards.js';
import type { SimContext } from '../engine/context.js';
import { refundTransaction } from '../engine/refunds.js';
import { payFromSession } from '../engine/session-payment.js';
import { liveSession } from '../engine/snap-sessions.js';
import { applyMove } from '../engine/transitions.js';
import { bodyObject } from '../http/body.js';
import { notifyOption, resendEvent } from '../../kit/http/driver-knobs.js';
import type { DeliveryRecord } from '../../kit/delivery/delivery-log.js';
import { notificationPayload } from '../notifications/payload.js';
import type { Transaction } from '../store/types.js';
import { parseAmount } from '../util/money.js';

// Driver API, per order: plays the shopper (pay) and the bank/Midtrans (settle, expire, …),
// like `stripe trigger`. Each call waits for the first delivery attempt of the notification it
// causes, so when it returns the merchant has already been told (or failed to be).

const MOVES: Record<string, Move> = { settle: 'settle', expire: 'expire', cancel: 'cancel', deny: 'bank_deny' };

export function createDriverTransactionsRouter(ctx: SimContext): Router {
  const router = Router();
  const orderId = (req: Request): string => String(req.params.orderId);

  const answer = async (res: Response, tx: Transaction, sent: Promise<DeliveryRecord[]>) => {
    const deliveries = await sent;
    res.setHeader('X-Sim-Deliveries', deliveries.map((d) => d.response_status ?? d.result).join(','));
    res.json(statusResponse(tx, ctx.opts.merchantId, ctx.opts.serverKey));
  };

  router.get('/transactions/:orderId', (req, res) => {
    const order = ctx.store.orders.get(orderId(req));
    if (!order) throw driverError(404, 'not_found', `no order ${orderId(req)}`);
    const status = (tx: Transaction) => statusResponse(tx, ctx.opts.merchantId, ctx.opts.serverKey);
    res.json({
      order_id: order.orderId,
      snap: order.session
        ? { token: order.session.token, expires_at: order.session.pageExpiresAt.toISOString(), revoked: order.session.revoked }
        : null,
      transaction: order.transaction ? status(order.transaction) : null,
      previous: order.previous.map(status),
      last_event_id: order.lastEventId ?? null,
    });
  });

  /**
   * The signed body the simulator would POST for the transaction's current state (no chaos
   * applied), for a tester that delivers notifications itself.
   */
  router.get('/transactions/:orderId/notification-body', (req, res) => {
    const tx = ctx.store.orders.get(orderId(req))?.transaction;
    if (!tx) throw driverError(404, 'not_found', `no transaction for order ${orderId(req)} (choose a method first: pay)`);
    res.json(notificationPayload(tx, ctx.opts.merchantId, ctx.opts.serverKey));
  });

  router.post('/transactions/:orderId/pay', async (req, res) => {
    const body = bodyObject(req.body);
    const notify = notifyOption(body);
    const method = typeof body.method === 'string' ? methodFromShortName(body.method) : parseMethodChoice(body.payment_type, body.bank);
    if (!method) throw driverError(400, 'invalid_method', 'give payment_type (+ bank for bank_transfer) or method');
    const cardNumber = method.paymentType === 'credit_card' ? normaliseCardNumber(body.card_number ?? DEFAULT_TEST_CARD) : undefined;
    if (cardNumber !== undefined && !luhnValid(cardNumber)) throw driverError(400, 'invalid_card', 'card_number fails the Luhn check');

    const order = ctx.store.orders.get(orderId(req));
    const session = order?.session && liveSession(ctx, order.session.token);
    if (!session) throw driverError(404, 'not_found', `no live Snap token for order ${orderId(req)}`);
    // The driver's shopper passes 3DS at once (OTP 112233); the card decides the outcome.
    const result = payFromSession(ctx, session, method, { cardNumber, interactiveThreeDs: false, notify });
    if (!result.ok) {
      if (result.reason === 'session_expired') throw driverError(404, 'not_found', `the Snap token of order ${orderId(req)} has expired`);
      if (result.reason === 'method_not_enabled') {
        throw driverError(422, 'method_not_enabled', `${result.key} is not in this transaction's enabled_payments`);
      }
      throw driverError(409, 'already_processed', `order ${result.tx.orderId} is already ${result.tx.status}`);
    }
    await answer(res, result.tx, result.sent);
  });

  for (const [path, move] of Object.entries(MOVES)) {
    router.post(`/transactions/:orderId/${path}`, async (req, res) => {
      const result = applyMove(ctx, orderId(req), move, notifyOption(bodyObject(req.body)));
      if (!result.ok) {
        throw result.reason === 'not_found'
          ? driverError(404, 'not_found', `no transaction for order ${orderId(req)} (choose a method first: pay)`)
          : driverError(409, 'not_allowed', `cannot ${path} a ${result.tx.status} transaction`);
      }
      await answer(res, result.tx, result.sent);
    });
  }

  router.post('/transactions/:orderId/refund', async (req, res) => {
    const body = bodyObject(req.body);
    const amount = body.amount === undefined ? undefined : parseAmount(body.amount);
    const result = refundTransaction(ctx, orderId(req), {
      amount,
      refundKey: typeof body.refund_key === 'string' ? body.refund_key : undefined,
      reason: typeof body.reason === 'string' ? body.reason : undefined,
      direct: false,
      onlyRefundableMethods: false,
      notify: notifyOption(body),
    });
    if (!result.ok) {
      const status = result.statusCode === '404' ? 404 : result.statusCode === '412' ? 409 : 422;
      throw driverError(status, `midtrans_${result.statusCode}`, result.message);
    }
    const tx = ctx.store.findTransaction(orderId(req)) as Transaction;
    await answer(res, tx, result.sent);
  });

  router.post('/transactions/:orderId/notifications/resend', async (req, res) => {
    const eventId = ctx.store.orders.get(orderId(req))?.lastEventId;
    if (!eventId) throw driverError(404, 'not_found', `no notification was sent for order ${orderId(req)}`);
    res.json(await resend(ctx, eventId, req.body));
  });

  router.put('/transactions/:orderId/chaos', (req, res) => {
    const settings = parseChaos(req.body);
    ctx.chaos.perOrder.set(orderId(req), settings);
    res.json({ order_id: orderId(req), chaos: settings });
  });
  router.delete('/transactions/:orderId/chaos', (req, res) => {
    ctx.chaos.perOrder.delete(orderId(req));
    res.json({ order_id: orderId(req), chaos: {} });
  });
  return router;
}

/** Resend an event `times` times (default 1), all at once when `concurrent`. */
export async function resend(ctx: SimContext, eventId: string, rawBody: unknown) {
  return { event_id: eventId, deliveries: await resendEvent(ctx.notifier, eventId, rawBody) };
}
