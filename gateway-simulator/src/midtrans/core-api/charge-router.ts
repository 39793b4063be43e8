import type { IncomingHttpHeaders } from 'node:http';
import { Router } from 'express';
import { coreError } from '../api-error.js';
import type { SimContext } from '../engine/context.js';
import { startPayment } from '../engine/payments.js';
import { bodyObject } from '../http/body.js';
import { faultPoint } from '../http/faults.js';
import { notificationTargets } from '../http/notification-targets.js';
import { parseSnapCreate } from '../rules/snap-create-request.js';
import { uuid } from '../../kit/util/ids.js';
import { parseAmount } from '../util/money.js';
import { jakartaTime, parseMidtransTime, unitMs } from '../util/time.js';
import { accountByToken, walletOutcome } from '../engine/wallet-charge.js';
import { saveCard } from '../engine/saved-cards.js';
import { validateCard } from '../rules/card-input.js';
import { chargeResponse } from '../rules/charge-response.js';
import { validationError } from './messages.js';
import { parseMethodChoice } from '../rules/payment-methods.js';
import { cardBehaviour } from '../rules/test-cards.js';

// Core API charge (POST /v2/charge) and card tokenization (GET /v2/token). Mounted behind the
// Core router's auth and lenient body parser (core/router.ts).

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => bodyObject(v);

export function createChargeRouter(ctx: SimContext): Router {
  const router = Router();

  router.get('/v2/token', faultPoint(ctx.faults, 'core.token'), (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    if (q.client_key !== ctx.opts.clientKey) {
      throw coreError(401, '401', 'Transaction cannot be authorized with the current client/server key.');
    }
    const checked = validateCard(q, ctx.clock.now());
    if (!checked.ok)
      throw coreError(200, '400', 'One or more parameters in the payload is invalid.', { validation_messages: checked.messages });
    const number = checked.card.number;
    const tokenId = `${number.slice(0, 6)}-${number.slice(-4)}-${uuid()}`;
    ctx.store.cardTokens.set(tokenId, { tokenId, cardNumber: number, createdAt: ctx.clock.now() });
    res.json({
      status_code: '200',
      status_message: 'OK, success request new token',
      validation_messages: ['Success'],
      token_id: tokenId,
      hash: `${number.slice(0, 6)}-${number.slice(-4)}-sim`,
    });
  });

  router.post('/v2/charge', faultPoint(ctx.faults, 'core.charge'), (req, res) => {
    // Idempotency-Key: a retried charge with the same key gets the first answer back and
    // creates nothing (Core API "Idempotency" advanced feature; UNCONFIRMED for Core v2, docs/midtrans.md §19).
    const key = req.header('idempotency-key');
    const replay = key ? ctx.store.idempotency.get(key) : undefined;
    if (replay) {
      res.status(replay.httpStatus).json(replay.body);
      return;
    }
    const body = chargeBody(ctx, req.body, req.headers);
    if (key) ctx.store.idempotency.set(key, { httpStatus: 200, body });
    res.json(body);
  });
  return router;
}

function chargeBody(ctx: SimContext, raw: unknown, headers: IncomingHttpHeaders): Obj {
  const body = obj(raw);
  const method = parseMethodChoice(body.payment_type, obj(body.bank_transfer).bank);
  const base = parseSnapCreate({ ...body, enabled_payments: undefined, expiry: undefined, page_expiry: undefined });
  const messages = base.ok ? [] : base.errors;
  if (!method) messages.push('payment_type is not supported by the simulator');
  if (!base.ok || !method) throw validationError(messages);

  let cardNumber: string | undefined;
  let interactive = false;
  let wallet: 'settle' | 'deny' | undefined;
  const card = obj(body.credit_card);
  if (method.paymentType === 'credit_card') {
    const tokenId = typeof card.token_id === 'string' ? card.token_id : '';
    // A saved_token_id is a one-click charge: no shopper, so no 3DS (docs/midtrans.md §23).
    const saved = ctx.store.savedCards.get(tokenId);
    const token = ctx.store.cardTokens.get(tokenId);
    if (!saved && !token) throw coreError(200, '411', 'Token id is missing, invalid, or timed out');
    cardNumber = (saved ?? token)!.cardNumber;
    interactive = !saved && card.authentication === true && cardBehaviour(cardNumber).threeDs;
  }
  const gopay = obj(body.gopay);
  if (method.paymentType === 'gopay' && typeof gopay.payment_option_token === 'string') {
    // A linked GoPay account's token charges without the shopper (docs/midtrans.md §24).
    const account = accountByToken(ctx, gopay.payment_option_token);
    if (!account) throw coreError(200, '411', 'Token id is missing, invalid, or timed out');
    wallet = walletOutcome(ctx, account);
  }

  const order = ctx.store.order(base.value.orderId);
  const result = startPayment(ctx, order, {
    method,
    grossAmount: base.value.grossAmount,
    cardNumber,
    interactiveThreeDs: interactive,
    notificationUrls: notificationTargets(headers, ctx.opts.notificationUrls),
    customFields: base.value.customFields,
    ...customExpiry(body.custom_expiry, ctx.clock.now()),
    walletOutcome: wallet,
  });
  if (!result.ok) {
    throw coreError(200, '406', 'Duplicate order ID. Order ID has already been utilized previously.', { id: uuid() });
  }
  const answer = chargeResponse(result.tx, ctx.opts.merchantId, ctx.publicUrl());
  if (cardNumber && card.save_token_id === true && result.tx.status === 'capture') {
    const saved = saveCard(ctx, cardNumber);
    return { ...answer, saved_token_id: saved.savedTokenId, saved_token_id_expired_at: jakartaTime(saved.expiresAt) };
  }
  return answer;
}

/** Core's `custom_expiry` {order_time, expiry_duration, unit} (docs/midtrans.md §18). */
function customExpiry(raw: unknown, now: Date): { deadline?: Date } {
  const ce = obj(raw);
  const duration = parseAmount(ce.expiry_duration);
  const perUnit = unitMs(ce.unit ?? 'minute');
  if (duration === undefined || !perUnit) return {};
  const start = (typeof ce.order_time === 'string' && parseMidtransTime(ce.order_time)) || now;
  return { deadline: new Date(start.getTime() + duration * perUnit) };
}
