// The refunded amount of a gateway whose status omits refunds: the sum of the refunds made.
import type { PaymentEvent } from '../../src/payments/payment-event.js';
import type { Refund } from '../../src/payments/refund.js';
import { withRefundsMade } from '../../src/payments/refunds-made.js';

const paid: PaymentEvent = { status: 'paid', transactionId: 'tx', grossAmount: 10_000, gatewayStatus: 'PAID' };
const refund = (amount: number, status: Refund['status']): Refund => ({
  orderId: 'o',
  refundKey: `k-${amount}-${status}`,
  amount,
  reason: 'r',
  status,
  requestedAt: new Date(0),
  requestedBy: 'op@example.com',
});

describe('withRefundsMade', () => {
  it.each([
    ['no refunds: paid', [], 'paid', undefined],
    [
      'only pending, failed, unknown, requested: still paid',
      [refund(1_000, 'pending'), refund(2_000, 'failed'), refund(3_000, 'unknown'), refund(4_000, 'requested')],
      'paid',
      undefined,
    ],
    ['one made, part: partially refunded', [refund(4_000, 'accepted')], 'partially_refunded', 4_000],
    [
      'made ones summed; the rest not counted',
      [refund(4_000, 'accepted'), refund(3_000, 'accepted'), refund(3_000, 'pending')],
      'partially_refunded',
      7_000,
    ],
    ['the whole amount made: refunded', [refund(4_000, 'accepted'), refund(6_000, 'accepted')], 'refunded', 10_000],
  ] as const)('%s', (_why, refunds, status, refundedAmount) => {
    const event = withRefundsMade(paid, 10_000, refunds);
    expect(event.status).toBe(status);
    expect(event.refundedAmount).toBe(refundedAmount);
  });

  it("takes a gateway's own refund status at its word", () => {
    const midtrans: PaymentEvent = { ...paid, status: 'partially_refunded', refundedAmount: 1_000, gatewayStatus: 'partial_refund' };
    expect(withRefundsMade(midtrans, 10_000, [refund(4_000, 'accepted')])).toBe(midtrans);
  });
});
