import { applyPayloadChaos, notificationPayload } from '../notifications/payload.js';
import type { DeliveryRecord } from '../../kit/delivery/delivery-log.js';
import type { Transaction } from '../store/types.js';
import type { SimContext } from './context.js';

/**
 * Snapshots the transaction into a notification and sends it to the transaction's URLs
 * (X-Override / X-Append headers, else the dashboard URL, docs/midtrans.md §3). Resolves after the first
 * attempt of each copy; the driver API awaits it so a test sees the merchant already told.
 */
export function publishNotification(ctx: SimContext, tx: Transaction, notify = true): Promise<DeliveryRecord[]> {
  // notify=false: the driver changed state quietly (`{"notify": false}`), e.g. for a benchmark
  // that POSTs the signed body itself (GET /sim/v1/transactions/{order_id}/notification-body).
  if (!notify) return Promise.resolve([]);
  const chaos = ctx.chaos.for(tx.orderId);
  const payload = applyPayloadChaos(notificationPayload(tx, ctx.opts.merchantId, ctx.opts.serverKey), chaos, ctx.opts.serverKey);
  const { eventId, sent } = ctx.notifier.publish({
    orderId: tx.orderId,
    transactionStatus: tx.status,
    payload,
    urls: tx.notificationUrls,
  });
  ctx.store.order(tx.orderId).lastEventId = eventId;
  return sent;
}
