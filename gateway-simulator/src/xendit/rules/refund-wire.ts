import type { Invoice, Refund } from './types.js';

// A refund as `POST /refunds` and `GET /refunds/{id}` answer it, and the refund callback's
// envelope `{ event, business_id, created, data }` (docs/xendit.md §5).
export function refundWire(refund: Refund, invoice: Invoice | undefined): Record<string, unknown> {
  return {
    id: refund.id,
    payment_request_id: null,
    invoice_id: refund.invoiceId,
    payment_id: invoice?.payment?.paymentId ?? null,
    payment_method_type: invoice?.payment?.method ?? null,
    amount: refund.amount,
    channel_code: invoice?.payment?.channel ?? null,
    country: 'ID',
    currency: 'IDR',
    reference_id: refund.referenceId,
    reason: refund.reason,
    status: refund.status,
    failure_code: refund.failureCode,
    refund_fee_amount: 0,
    created: refund.created.toISOString(),
    updated: refund.updated.toISOString(),
    metadata: refund.metadata,
  };
}

export function refundCallback(refund: Refund, invoice: Invoice | undefined, businessId: string, now: Date): Record<string, unknown> {
  return {
    event: refund.status === 'SUCCEEDED' ? 'refund.succeeded' : 'refund.failed',
    business_id: businessId,
    created: now.toISOString(),
    data: refundWire(refund, invoice),
  };
}
