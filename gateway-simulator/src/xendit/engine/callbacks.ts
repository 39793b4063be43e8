import type { DeliveryRecord } from '../../kit/delivery/delivery-log.js';
import type { XenditContext } from './context.js';
import { invoiceCallback } from '../rules/invoice-wire.js';
import { refundCallback } from '../rules/refund-wire.js';
import type { Invoice, Refund } from '../rules/types.js';
import { account } from './account.js';

// Hands callbacks to the notifier: invoice callbacks as the flat invoice, refund callbacks in
// their envelope, both to the account's callback URL(s) (docs/xendit.md §3, §5). Resolves after
// each copy's first attempt, so the driver API answers once the merchant has been told.

export function sendInvoiceCallback(ctx: XenditContext, inv: Invoice): Promise<DeliveryRecord[]> {
  const { eventId, sent } = ctx.notifier.publish({
    orderId: inv.id,
    transactionStatus: inv.status,
    payload: invoiceCallback(inv, account(ctx)),
    urls: ctx.settings.callbackUrls,
  });
  ctx.store.lastEvent.set(inv.id, eventId);
  return sent;
}

export function sendRefundCallback(ctx: XenditContext, refund: Refund): Promise<DeliveryRecord[]> {
  const inv = ctx.store.invoices.get(refund.invoiceId);
  const { sent } = ctx.notifier.publish({
    orderId: refund.invoiceId,
    transactionStatus: `refund.${refund.status.toLowerCase()}`,
    payload: refundCallback(refund, inv, ctx.settings.businessId, ctx.clock.now()),
    urls: ctx.settings.callbackUrls,
  });
  return sent;
}

/** Every callback carries the token; chaos can make it a wrong one. */
export function callbackHeaders(ctx: XenditContext, chaos: { wrongToken?: boolean }): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'x-callback-token': chaos.wrongToken ? `${ctx.settings.callbackToken}-wrong` : ctx.settings.callbackToken,
    'User-Agent': 'Xendit',
  };
}
