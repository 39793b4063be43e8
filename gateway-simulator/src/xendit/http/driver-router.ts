import { Router, type Request } from 'express';
import { driverError } from '../../kit/api-error.js';
import { parseChaosKnobs } from '../../kit/chaos.js';
import { bodyObject } from '../../kit/http/body.js';
import { chaosRoutes, faultRoutes, notifyOption, resendEvent } from '../../kit/http/driver-knobs.js';
import type { DeliveryRecord } from '../../kit/delivery/delivery-log.js';
import { splitUrls } from '../../kit/util/urls.js';
import { XENDIT_FAULT_ROUTES, type XenditChaos, type XenditContext } from '../engine/context.js';
import { account } from '../engine/account.js';
import { expireInvoice, payInvoice, settleInvoice } from '../engine/invoices.js';
import { finishRefund } from '../engine/refunds.js';
import { invoiceCallback, invoiceWire } from '../rules/invoice-wire.js';
import { refundWire } from '../rules/refund-wire.js';

// Driver API for Xendit, under /sim/v1/xendit (behind the same lock-down as Midtrans's driver:
// token or loopback, no browser origins, applied in app.ts). Plays the shopper (pay) and
// Xendit (expire, settle, refund outcome); each call that causes a callback waits for its
// first attempt, so when it returns the merchant has been told (or failed to be).

const parseXenditChaos = (body: unknown): XenditChaos => parseChaosKnobs<XenditChaos>(body, { booleans: ['wrongToken'] });

/** Delivery records in Xendit's words: the invoice id and the status or refund event sent. */
const callbackRecord = ({ order_id, transaction_status, ...rest }: DeliveryRecord) => ({
  invoice_id: order_id,
  status: transaction_status,
  ...rest,
});

export function createXenditDriverRouter(ctx: XenditContext): Router {
  const router = Router();
  const invoiceOf = (req: Request) => {
    const inv = ctx.store.invoices.get(String(req.params.id));
    if (!inv) throw driverError(404, 'not_found', `no invoice ${String(req.params.id)}`);
    return inv;
  };
  const answer = (req: Request, deliveries: DeliveryRecord[]) => ({
    invoice: invoiceWire(invoiceOf(req), account(ctx)),
    callbacks: deliveries.map(callbackRecord),
  });

  router.get('/invoices/:id', (req, res) => {
    const inv = invoiceOf(req);
    res.json({
      invoice: invoiceWire(inv, account(ctx)),
      callback_body: invoiceCallback(inv, account(ctx)),
      refunds: inv.refundIds.map((id) => ctx.store.refunds.get(id)).map((r) => r && refundWire(r, inv)),
      last_event_id: ctx.store.lastEvent.get(inv.id) ?? null,
    });
  });

  /** `{"payment_method": "BANK_TRANSFER", "payment_channel": "BCA"}` (EWALLET/OVO, QR_CODE/QRIS, CREDIT_CARD + `card_number`?…). */
  router.post('/invoices/:id/pay', async (req, res) => {
    const body = bodyObject(req.body);
    const method = typeof body.payment_method === 'string' ? body.payment_method : 'BANK_TRANSFER';
    const channel = typeof body.payment_channel === 'string' ? body.payment_channel : method === 'BANK_TRANSFER' ? 'BCA' : undefined;
    if (body.card_number !== undefined && typeof body.card_number !== 'string')
      throw driverError(400, 'invalid_card', 'card_number must be a string');
    const cardNumber = body.card_number as string | undefined;
    res.json(answer(req, await payInvoice(ctx, invoiceOf(req), { method, channel, cardNumber }, notifyOption(body))));
  });

  router.post('/invoices/:id/expire', async (req, res) => {
    const inv = invoiceOf(req);
    if (inv.status !== 'PENDING') throw driverError(409, 'not_pending', `invoice ${inv.id} is ${inv.status}, not PENDING`);
    res.json(answer(req, await expireInvoice(ctx, inv, 'driver')));
  });

  router.post('/invoices/:id/settle', (req, res) => {
    settleInvoice(ctx, invoiceOf(req));
    res.json(answer(req, []));
  });

  router.post('/invoices/:id/callbacks/resend', async (req, res) => {
    const eventId = ctx.store.lastEvent.get(invoiceOf(req).id);
    if (!eventId) throw driverError(404, 'no_callback', 'this invoice has not called back yet');
    res.json(await resend(ctx, eventId, req.body));
  });

  router.get('/callbacks', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const after = q.after === undefined ? undefined : Number(q.after);
    res.json({ callbacks: ctx.notifier.deliveries.list({ orderId: q.invoice_id, eventId: q.event_id, after }).map(callbackRecord) });
  });

  router.post('/callbacks/:eventId/resend', async (req, res) => {
    const eventId = String(req.params.eventId);
    if (!ctx.notifier.events.has(eventId)) throw driverError(404, 'not_found', `no event ${eventId}`);
    res.json(await resend(ctx, eventId, req.body));
  });

  /** How the next refunds end: `{"status": "SUCCEEDED"|"FAILED", "failure_code"?, "delay_seconds"?}`. */
  router.get('/refunds/outcome', (_req, res) => {
    res.json(outcomeWire(ctx));
  });
  router.put('/refunds/outcome', (req, res) => {
    const body = bodyObject(req.body);
    const status = body.status ?? 'SUCCEEDED';
    if (status !== 'SUCCEEDED' && status !== 'FAILED') throw driverError(400, 'invalid_outcome', 'status must be SUCCEEDED or FAILED');
    const delay = body.delay_seconds ?? 0;
    if (typeof delay !== 'number' || delay < 0) throw driverError(400, 'invalid_outcome', 'delay_seconds must be a number ≥ 0');
    if (body.failure_code !== undefined && typeof body.failure_code !== 'string')
      throw driverError(400, 'invalid_outcome', 'failure_code must be a string');
    ctx.refundOutcome = { status, failureCode: (body.failure_code as string | undefined) ?? null, delaySeconds: delay };
    res.json(outcomeWire(ctx));
  });
  /** Ends one PENDING refund now: `{"status": "SUCCEEDED"|"FAILED", "failure_code"?}`. */
  router.post('/refunds/:id/complete', async (req, res) => {
    const refund = ctx.store.refunds.get(String(req.params.id));
    if (!refund) throw driverError(404, 'not_found', `no refund ${String(req.params.id)}`);
    if (refund.status !== 'PENDING') throw driverError(409, 'not_pending', `refund ${refund.id} is ${refund.status}`);
    const body = bodyObject(req.body);
    const status = body.status ?? 'SUCCEEDED';
    if (status !== 'SUCCEEDED' && status !== 'FAILED') throw driverError(400, 'invalid_outcome', 'status must be SUCCEEDED or FAILED');
    const deliveries = await finishRefund(ctx, refund, status, typeof body.failure_code === 'string' ? body.failure_code : null);
    res.json({ refund: refundWire(refund, ctx.store.invoices.get(refund.invoiceId)), callbacks: deliveries.map(callbackRecord) });
  });

  router.use(chaosRoutes(ctx.chaos, parseXenditChaos, 'per_invoice'));
  router.put('/invoices/:id/chaos', (req, res) => {
    const settings = parseXenditChaos(req.body);
    ctx.chaos.perOrder.set(String(req.params.id), settings);
    res.json({ invoice_id: String(req.params.id), chaos: settings });
  });

  router.use(faultRoutes(ctx.faults, XENDIT_FAULT_ROUTES));

  /** The dashboard settings: `{"callbackUrl"?, "notifyExpired"?}` (the token and key never show). */
  router.get('/config', (_req, res) => {
    res.json(configWire(ctx));
  });
  router.put('/config', (req, res) => {
    const body = bodyObject(req.body);
    if (body.callbackUrl !== undefined) {
      if (typeof body.callbackUrl !== 'string') throw driverError(400, 'invalid_config', 'callbackUrl must be a string');
      ctx.settings.callbackUrls = splitUrls(body.callbackUrl);
    }
    if (body.notifyExpired !== undefined) {
      if (typeof body.notifyExpired !== 'boolean') throw driverError(400, 'invalid_config', 'notifyExpired must be a boolean');
      ctx.settings.notifyExpired = body.notifyExpired;
    }
    res.json(configWire(ctx));
  });
  return router;
}

const outcomeWire = (ctx: XenditContext) => ({
  status: ctx.refundOutcome.status,
  failure_code: ctx.refundOutcome.failureCode,
  delay_seconds: ctx.refundOutcome.delaySeconds,
});

const configWire = (ctx: XenditContext) => ({
  callback_urls: ctx.settings.callbackUrls,
  notify_expired: ctx.settings.notifyExpired,
  business_id: ctx.settings.businessId,
});

async function resend(ctx: XenditContext, eventId: string, rawBody: unknown) {
  const deliveries = await resendEvent(ctx.notifier, eventId, rawBody);
  return { event_id: eventId, callbacks: deliveries.map(callbackRecord) };
}
