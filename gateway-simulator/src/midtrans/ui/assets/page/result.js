// Turning charge results and status objects into what the page shows and what snap.js hands
// to the merchant's callbacks (docs/midtrans.md §7).
import { withQuery } from './format.js';

// The documented Transaction Result fields; anything else the backend sends (qr_string,
// actions, three_ds_required…) is page-internal and stays out of merchant callbacks.
const RESULT_FIELDS = [
  'status_code',
  'status_message',
  'transaction_id',
  'order_id',
  'gross_amount',
  'payment_type',
  'transaction_time',
  'transaction_status',
  'fraud_status',
  'approval_code',
  'masked_card',
  'bank',
  'card_type',
  'permata_va_number',
  'bca_va_number',
  'va_numbers',
  'bill_key',
  'biller_code',
  'payment_code',
  'pdf_url',
  'finish_redirect_url',
  'saved_token_id',
  'saved_token_id_expired_at',
];

/** What the shopper sees: success | pending | denied | expired | cancelled | failed. */
export function outcome(tx) {
  switch (tx.transaction_status) {
    case 'settlement':
    case 'authorize':
    case 'refund':
    case 'partial_refund':
      return 'success';
    case 'capture':
      return tx.fraud_status === 'challenge' ? 'pending' : 'success';
    case 'pending':
      return 'pending';
    case 'deny':
      return 'denied';
    case 'expire':
      return 'expired';
    case 'cancel':
      return 'cancelled';
    default:
      return 'failed';
  }
}

/** Which callback: onSuccess for "200", onPending for "201", onError otherwise (§6). */
export function callbackEvent(tx) {
  const code = String(tx.status_code ?? '');
  if (code === '200') return 'success';
  if (code === '201') return 'pending';
  if (code) return 'error';
  const o = outcome(tx);
  return o === 'success' || o === 'pending' ? o : 'error';
}

function finishParams(tx) {
  return { order_id: tx.order_id, status_code: tx.status_code, transaction_status: tx.transaction_status };
}

/** The Transaction Result for the merchant, with `finish_redirect_url` when the backend left it out. */
export function snapResult(tx, callbacks) {
  const result = {};
  for (const field of RESULT_FIELDS) {
    if (tx[field] !== undefined && tx[field] !== null) result[field] = tx[field];
  }
  if (!result.finish_redirect_url) {
    const url = withQuery(callbacks?.finish, finishParams(tx));
    if (url) result.finish_redirect_url = url;
  }
  return result;
}

/**
 * Where a shopper who leaves goes (§7): the finish URL after a success or pending payment,
 * the error URL (else the finish URL) after a failure, the unfinish URL when nothing happened.
 */
export function leaveUrl(last, callbacks, orderId) {
  if (!last) return withQuery(callbacks?.unfinish, { order_id: orderId });
  const { event, result } = last;
  if (event === 'error' && callbacks?.error) return withQuery(callbacks.error, finishParams(result));
  if (!result.order_id) return null;
  return result.finish_redirect_url ?? withQuery(callbacks?.finish, finishParams(result));
}
