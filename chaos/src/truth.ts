// What an order must show, given Midtrans's final word on it (GET /v2/{order_id}/status).
import type { MidtransStatus } from './simulator-client.js';

export interface Expected {
  /** Statuses the API may show (two only where the truth allows both). */
  statuses: string[];
  refundedAmount?: number;
  /** Midtrans's words, for the report. */
  truth: string;
}

const rupiah = (amount: string | undefined) => (amount ? Math.round(Number(amount)) : 0);

/**
 * @param snapLapsed whether the order's Snap token is past its lifetime: with no
 *   transaction at Midtrans, the order then expires (the reconciler sees to it).
 */
export function expectedFrom(status: MidtransStatus, grossAmount: number, snapLapsed: boolean): Expected {
  if (status.status_code === '404') {
    return { statuses: [snapLapsed ? 'EXPIRED' : 'PENDING'], truth: `404${snapLapsed ? ' (Snap token lapsed)' : ''}` };
  }
  const word = status.transaction_status ?? '?';
  const fraud = status.fraud_status;
  const truth = fraud && fraud !== 'accept' ? `${word}/${fraud}` : word;
  switch (word) {
    case 'capture':
    case 'settlement':
      if (fraud === undefined || fraud === 'accept') return { statuses: ['PAID'], truth };
      return fraud === 'challenge' ? { statuses: ['PENDING'], truth } : { statuses: ['FAILED'], truth };
    case 'pending':
      return { statuses: ['PENDING'], truth };
    case 'expire':
      return { statuses: ['EXPIRED'], truth };
    case 'cancel':
      return { statuses: ['CANCELLED'], truth };
    case 'deny':
    case 'failure':
      return { statuses: ['FAILED'], truth };
    case 'refund':
      return { statuses: ['REFUNDED'], refundedAmount: rupiah(status.refund_amount) || grossAmount, truth };
    case 'partial_refund':
      return { statuses: ['PARTIALLY_REFUNDED'], refundedAmount: rupiah(status.refund_amount), truth };
    default:
      return { statuses: [], truth: `unexpected ${word}` };
  }
}
