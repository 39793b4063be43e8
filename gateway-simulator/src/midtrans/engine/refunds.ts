import { nextState } from '../rules/lifecycle.js';
import type { DeliveryRecord } from '../../kit/delivery/delivery-log.js';
import type { Refund, Transaction } from '../store/types.js';
import { amountString } from '../util/money.js';
import { uuid } from '../../kit/util/ids.js';
import { jakartaTime } from '../util/time.js';
import type { SimContext } from './context.js';
import { publishNotification } from './notify.js';
import { changeState } from './transitions.js';

// Refunds (docs/midtrans.md §17): only from settlement/partial_refund; `refund_key` makes a
// retry safe (same key → the first answer again, no second refund; §19); two notifications per
// refund, the second with refunds[].bank_confirmed_at (§8).

export interface RefundRequest {
  amount?: number;
  refundKey?: string;
  reason?: string;
  direct: boolean;
  /** Core API only refunds these methods (§17); the driver, acting as Midtrans ops, refunds any. */
  onlyRefundableMethods: boolean;
  /** false: no notifications (driver `{"notify": false}`); the bank confirms at once. */
  notify?: boolean;
}

export type RefundResult =
  | { ok: true; response: Record<string, unknown>; sent: Promise<DeliveryRecord[]> }
  | { ok: false; statusCode: '404' | '406' | '412' | '414'; message: string };

const REFUNDABLE = new Set(['credit_card', 'gopay', 'shopeepay', 'qris']);
const NO_PARTIAL = new Set(['shopeepay']);

export const MESSAGES = {
  notFound: "Transaction doesn't exist.",
  cannotModify: 'Merchant cannot modify the status of the transaction',
  invalidAmount: 'Refund request is rejected due to invalid amount',
  duplicate: 'Duplicate refund ID',
} as const;

export function refundTransaction(ctx: SimContext, id: string, req: RefundRequest): RefundResult {
  const tx = ctx.store.findTransaction(id);
  if (!tx) return { ok: false, statusCode: '404', message: MESSAGES.notFound };

  const earlier = req.refundKey ? tx.refunds.find((r) => r.refundKey === req.refundKey) : undefined;
  if (earlier) {
    if (req.amount === undefined || req.amount === earlier.amount) {
      return { ok: true, response: earlier.response, sent: Promise.resolve([]) };
    }
    return { ok: false, statusCode: '406', message: MESSAGES.duplicate };
  }
  if (!nextState(tx, 'refund') || (req.onlyRefundableMethods && !REFUNDABLE.has(tx.paymentType))) {
    return { ok: false, statusCode: '412', message: MESSAGES.cannotModify };
  }
  const remaining = tx.grossAmount - tx.refunds.reduce((sum, r) => sum + r.amount, 0);
  const amount = req.amount ?? remaining;
  const partial = amount < remaining;
  if (!Number.isInteger(amount) || amount <= 0 || amount > remaining || (partial && NO_PARTIAL.has(tx.paymentType))) {
    return { ok: false, statusCode: '414', message: MESSAGES.invalidAmount };
  }

  const refund: Refund = {
    refundChargebackId: tx.refunds.length + 1,
    amount,
    createdAt: ctx.clock.now(),
    reason: req.reason ?? '',
    refundKey: req.refundKey ?? uuid(),
    method: 'online',
    response: {},
  };
  tx.refunds.push(refund);
  // Refunding whatever is left, in one go or as the last partial, ends in `refund`.
  changeState(ctx, tx, partial ? 'partial_refund' : 'refund', tx.fraudStatus);
  refund.response = refundResponse(tx, refund, req.direct);
  if (req.notify === false) {
    refund.bankConfirmedAt = ctx.clock.now();
    return { ok: true, response: refund.response, sent: Promise.resolve([]) };
  }
  return { ok: true, response: refund.response, sent: notifyRefund(ctx, tx, refund) };
}

async function notifyRefund(ctx: SimContext, tx: Transaction, refund: Refund): Promise<DeliveryRecord[]> {
  const first = await publishNotification(ctx, tx);
  refund.bankConfirmedAt = ctx.clock.now();
  const second = await publishNotification(ctx, tx);
  return [...first, ...second];
}

function refundResponse(tx: Transaction, refund: Refund, direct: boolean): Record<string, unknown> {
  return {
    status_code: '200',
    status_message: direct ? 'Success, refund request is approved by the bank' : 'Success, refund request is approved',
    transaction_id: tx.transactionId,
    order_id: tx.orderId,
    payment_type: tx.paymentType,
    transaction_time: jakartaTime(tx.transactionTime),
    transaction_status: tx.status,
    gross_amount: amountString(tx.grossAmount),
    refund_chargeback_id: refund.refundChargebackId,
    refund_amount: amountString(refund.amount),
    refund_key: refund.refundKey,
  };
}
