import { randomUUID } from 'node:crypto';
import type { XenditContext } from './context.js';
import { xenditError } from '../rules/errors.js';
import { parseRefundRequest } from '../rules/refund-request.js';
import type { Refund } from '../rules/types.js';
import { sendRefundCallback } from './callbacks.js';

// Refunds of paid invoices (docs/xendit.md §5). A refund is created PENDING and ends SUCCEEDED
// or FAILED after the driver's outcome delay on the clock, with a callback either way.

/** What a refund may still take: the paid amount less the refunds that did not fail. */
export function refundable(ctx: XenditContext, invoiceId: string): number {
  const inv = ctx.store.invoices.get(invoiceId);
  if (!inv?.payment) return 0;
  const taken = inv.refundIds
    .map((id) => ctx.store.refunds.get(id))
    .filter((r): r is Refund => r !== undefined && r.status !== 'FAILED')
    .reduce((sum, r) => sum + r.amount, 0);
  return inv.payment.paidAmount - taken;
}

/**
 * The idempotency key is checked before anything else: the same key with the same body gives
 * back the refund it made (even if a retry of a timed-out call arrives after it finished);
 * the same key with another body is a 409, and creates nothing.
 */
export function createRefund(ctx: XenditContext, body: unknown, idempotencyKey: string | undefined): { refund: Refund; replayed: boolean } {
  const fingerprint = JSON.stringify(body ?? null);
  if (idempotencyKey) {
    const seen = ctx.store.refundKeys.get(idempotencyKey);
    if (seen) {
      if (seen.fingerprint !== fingerprint) {
        throw xenditError(409, 'IDEMPOTENCY_ERROR', 'The idempotency key has been used with a different request body');
      }
      const refund = ctx.store.refunds.get(seen.refundId);
      if (refund) return { refund, replayed: true };
    }
  }
  const req = parseRefundRequest(body);
  if (req.paymentRequestId)
    throw xenditError(404, 'DATA_NOT_FOUND', `Payment request ${req.paymentRequestId} not found (the simulator has invoices only)`);
  const inv = ctx.store.invoices.get(req.invoiceId ?? '');
  if (!inv) throw xenditError(404, 'DATA_NOT_FOUND', `Invoice ${req.invoiceId} not found`);
  if (!inv.payment)
    throw xenditError(400, 'INELIGIBLE_TRANSACTION', `Invoice ${inv.id} is ${inv.status}: only a paid invoice can be refunded`);
  const left = refundable(ctx, inv.id);
  const amount = req.amount ?? left;
  if (left <= 0 || amount > left) {
    throw xenditError(400, 'MAXIMUM_REFUND_AMOUNT_REACHED', `The refund amount exceeds what remains refundable (${left})`);
  }
  const now = ctx.clock.now();
  const refund: Refund = {
    id: `rfd-${randomUUID()}`,
    invoiceId: inv.id,
    amount,
    reason: req.reason,
    referenceId: req.referenceId,
    metadata: req.metadata,
    status: 'PENDING',
    failureCode: null,
    created: now,
    updated: now,
  };
  ctx.store.refunds.set(refund.id, refund);
  inv.refundIds.push(refund.id);
  if (idempotencyKey) ctx.store.refundKeys.set(idempotencyKey, { fingerprint, refundId: refund.id });
  const outcome = { ...ctx.refundOutcome };
  ctx.clock.at(new Date(now.getTime() + outcome.delaySeconds * 1000), async () => {
    await finishRefund(ctx, refund, outcome.status, outcome.failureCode);
  });
  return { refund, replayed: false };
}

export async function finishRefund(ctx: XenditContext, refund: Refund, status: 'SUCCEEDED' | 'FAILED', failureCode: string | null) {
  if (refund.status !== 'PENDING') return [];
  refund.status = status;
  refund.failureCode = status === 'FAILED' ? (failureCode ?? 'REFUND_FAILED') : null;
  refund.updated = ctx.clock.now();
  return sendRefundCallback(ctx, refund);
}
