// Midtrans's transaction_status × fraud_status → our payment events (docs/midtrans.md §12).
// The only place that knows Midtrans's status words.
import type { IgnoredEvent, PaymentEvent, PaymentInstructions } from '../../payments/payment-event.js';
import { rupiah, type MidtransStatus } from './wire.js';

export function toPaymentEvent(n: MidtransStatus): PaymentEvent | IgnoredEvent {
  const fraud = n.fraud_status;
  const base = {
    transactionId: n.transaction_id,
    grossAmount: rupiah(n.gross_amount),
    ...(n.currency ? { currency: n.currency } : {}),
    ...(n.payment_type ? { paymentType: n.payment_type } : {}),
    gatewayStatus: fraud ? `${n.transaction_status}/${fraud}` : n.transaction_status,
  };
  const instructions = paymentInstructions(n);
  const withInstructions = instructions ? { instructions } : {};

  switch (n.transaction_status) {
    case 'capture':
    case 'settlement':
      // Success only with fraud_status accept or absent. A challenged capture awaits
      // the merchant's approve/deny; a fraud deny is a failure.
      if (fraud === undefined || fraud === 'accept') {
        // A capture is not settled yet: Midtrans voids it with cancel, and refunds only
        // a settlement (docs/midtrans.md §5.2, §5.5).
        const voidable = n.transaction_status === 'capture' ? { voidable: true } : {};
        return { status: 'paid', ...base, ...withInstructions, ...voidable };
      }
      if (fraud === 'challenge') return { status: 'pending', ...base, ...withInstructions };
      return { status: 'failed', ...base };
    case 'pending':
      return { status: 'pending', ...base, ...withInstructions };
    case 'deny':
    case 'failure':
      return { status: 'failed', ...base };
    case 'cancel':
      return { status: 'cancelled', ...base };
    case 'expire':
      return { status: 'expired', ...base };
    case 'refund':
      return { status: 'refunded', ...base, refundedAmount: refunded(n) ?? rupiah(n.gross_amount) };
    case 'partial_refund':
      return { status: 'partially_refunded', ...base, refundedAmount: refunded(n) ?? 0 };
    case 'authorize':
      return { ignored: true, reason: 'card pre-authorisation is not used by Lunas' };
    case 'chargeback':
    case 'partial_chargeback':
      return { ignored: true, reason: `${n.transaction_status}: disputes are handled in the Midtrans dashboard` };
    default:
      return { ignored: true, reason: `unknown transaction_status ${n.transaction_status}` };
  }
}

/** The cumulative refund: refund_amount when given, else the sum of refunds[]. */
function refunded(n: MidtransStatus): number | undefined {
  if (n.refund_amount) return rupiah(n.refund_amount);
  const listed = (n.refunds ?? []).flatMap((r) => (r.refund_amount ? [rupiah(r.refund_amount)] : []));
  return listed.length ? listed.reduce((a, b) => a + b, 0) : undefined;
}

function paymentInstructions(n: MidtransStatus): PaymentInstructions | undefined {
  const va = n.va_numbers?.[0];
  const found: PaymentInstructions = {
    ...(va?.bank ? { bank: va.bank } : {}),
    ...(va?.va_number ? { vaNumber: va.va_number } : {}),
    ...(n.permata_va_number ? { bank: 'permata', vaNumber: n.permata_va_number } : {}),
    ...(n.bill_key ? { bank: 'mandiri', billKey: n.bill_key, ...(n.biller_code ? { billerCode: n.biller_code } : {}) } : {}),
    ...(n.payment_code ? { paymentCode: n.payment_code, ...(n.store ? { bank: n.store } : {}) } : {}),
    ...(n.expiry_time ? { expiresAt: jakartaTimeToIso(n.expiry_time) } : {}),
  };
  return Object.keys(found).length > 0 ? found : undefined;
}

/** Midtrans timestamps are "YYYY-MM-DD HH:mm:ss" in Asia/Jakarta (GMT+7), no zone suffix. */
export function jakartaTimeToIso(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(`${match[1]}T${match[2]}+07:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
