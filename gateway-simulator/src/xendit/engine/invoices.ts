import { randomBytes } from 'node:crypto';
import { driverError } from '../../kit/api-error.js';
import { digits } from '../../kit/util/ids.js';
import type { DeliveryRecord } from '../../kit/delivery/delivery-log.js';
import type { XenditContext } from './context.js';
import { CHANNELS, TEST_CARDS, channelByCode, channelFor, isTestCard, maskedCard, type PaymentMethod } from '../rules/channels.js';
import { xenditError } from '../rules/errors.js';
import { parseInvoiceRequest } from '../rules/invoice-request.js';
import type { Invoice } from '../rules/types.js';
import { sendInvoiceCallback } from './callbacks.js';

// The invoice lifecycle (docs/xendit.md §2): PENDING → PAID → SETTLED on the clock, or
// PENDING → EXPIRED at expiry_date or by expire. Every move happens here; routers only call in.

/**
 * Simulated time from PAID to SETTLED, per method. Xendit settles on the channel's own
 * schedule (cards and e-wallets later than VAs); these are round stand-ins, not quotes.
 */
const SETTLEMENT_DELAY_S: Record<PaymentMethod, number> = {
  BANK_TRANSFER: 86_400,
  RETAIL_OUTLET: 2 * 86_400,
  EWALLET: 2 * 86_400,
  QR_CODE: 86_400,
  CREDIT_CARD: 3 * 86_400,
};

/** Ids are 24 hex characters, like Xendit's. */
export const newInvoiceId = (): string => randomBytes(12).toString('hex');

function destinationsFor(channels: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code of channels) {
    const method = channelByCode(code)?.method;
    // A VA number: a bank prefix then digits; a retail payment code: letters then digits.
    if (method === 'BANK_TRANSFER') out[code] = `8808${digits(9)}`;
    if (method === 'RETAIL_OUTLET') out[code] = `TEST${digits(8)}`;
  }
  return out;
}

function schedule(ctx: XenditContext, inv: Invoice, at: Date, run: () => Promise<unknown>): void {
  const id = ctx.clock.at(at, async () => {
    await run();
  });
  ctx.store.jobs.set(inv.id, [...(ctx.store.jobs.get(inv.id) ?? []), id]);
}

function cancelJobs(ctx: XenditContext, inv: Invoice): void {
  for (const id of ctx.store.jobs.get(inv.id) ?? []) ctx.clock.cancel(id);
  ctx.store.jobs.delete(inv.id);
}

export function createInvoice(ctx: XenditContext, body: unknown): Invoice {
  const { request, channels } = parseInvoiceRequest(body);
  const now = ctx.clock.now();
  const inv: Invoice = {
    id: newInvoiceId(),
    request,
    status: 'PENDING',
    channels,
    destinations: destinationsFor(channels),
    created: now,
    updated: now,
    expiryDate: new Date(now.getTime() + request.invoice_duration * 1000),
    refundIds: [],
  };
  ctx.store.invoices.set(inv.id, inv);
  schedule(ctx, inv, inv.expiryDate, () => expireInvoice(ctx, inv, 'clock'));
  return inv;
}

export interface PayChoice {
  method: string;
  channel?: string;
  /** The card paid with (CREDIT_CARD only; a test card); the page's default card when absent. */
  cardNumber?: string;
}

/** Checks a payment choice against the invoice's open channels; the page and driver both use it. */
export function channelOf(inv: Invoice, choice: PayChoice): { method: PaymentMethod; channel: string } {
  const found = channelFor(choice.method, choice.channel);
  if (!found) {
    const known = CHANNELS.map((c) => `${c.method}/${c.code}`).join(', ');
    throw driverError(400, 'invalid_channel', `payment_method/payment_channel must be one of ${known}`);
  }
  if (!inv.channels.includes(found.code)) throw driverError(400, 'channel_not_open', `${found.code} is not open on this invoice`);
  return { method: found.method, channel: found.code };
}

export async function payInvoice(ctx: XenditContext, inv: Invoice, choice: PayChoice, notify = true): Promise<DeliveryRecord[]> {
  if (inv.status !== 'PENDING') throw driverError(409, 'not_pending', `invoice ${inv.id} is ${inv.status}, not PENDING`);
  const { method, channel } = channelOf(inv, choice);
  const card = choice.cardNumber ?? TEST_CARDS[0];
  if (method === 'CREDIT_CARD' && !isTestCard(card)) {
    throw driverError(400, 'invalid_card', `card_number must be one of the test cards ${TEST_CARDS.join(', ')}`);
  }
  cancelJobs(ctx, inv);
  const now = ctx.clock.now();
  const destination =
    inv.destinations[channel] ??
    (method === 'CREDIT_CARD' ? maskedCard(card) : method === 'EWALLET' ? `+62812${digits(7)}` : `QR-${inv.id}`);
  inv.payment = {
    method,
    channel,
    destination,
    paymentId: randomBytes(12).toString('hex'),
    paidAt: now,
    paidAmount: inv.request.amount,
  };
  inv.status = 'PAID';
  inv.updated = now;
  schedule(ctx, inv, new Date(now.getTime() + SETTLEMENT_DELAY_S[method] * 1000), async () => settleInvoice(ctx, inv));
  return notify ? sendInvoiceCallback(ctx, inv) : [];
}

/** PAID → SETTLED. Xendit sends no callback for settlement; GET shows it. */
export function settleInvoice(ctx: XenditContext, inv: Invoice): void {
  if (inv.status !== 'PAID') throw driverError(409, 'not_paid', `invoice ${inv.id} is ${inv.status}, not PAID`);
  cancelJobs(ctx, inv);
  inv.status = 'SETTLED';
  inv.updated = ctx.clock.now();
}

/**
 * PENDING → EXPIRED, by the clock, the API's expire! or the driver. Anything but PENDING is
 * refused the way Xendit refuses it: it looks for a pending invoice and finds none.
 */
export async function expireInvoice(ctx: XenditContext, inv: Invoice, by: 'clock' | 'api' | 'driver'): Promise<DeliveryRecord[]> {
  if (inv.status !== 'PENDING') {
    if (by === 'clock') return [];
    throw xenditError(404, 'INVOICE_NOT_FOUND_ERROR', `Could not find and update PENDING invoice (invoice ${inv.id} is ${inv.status})`);
  }
  cancelJobs(ctx, inv);
  const now = ctx.clock.now();
  inv.status = 'EXPIRED';
  inv.updated = now;
  // Expiring early moves expiry_date to now, as Xendit's answer shows.
  if (inv.expiryDate > now) inv.expiryDate = now;
  return ctx.settings.notifyExpired ? sendInvoiceCallback(ctx, inv) : [];
}
