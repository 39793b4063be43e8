import type { Transaction } from '../store/types.js';

// `status_code` differs between a notification and GET status for the same transaction:
// expire/cancel/deny notifications say "202", GET status says "407" for expire and "200" for
// cancel (docs/midtrans.md §11, §14).

/** `status_code` of a notification (docs/midtrans.md §11). */
export function notificationStatusCode(tx: Transaction): string {
  switch (tx.status) {
    case 'pending':
      return '201';
    case 'capture':
      return tx.fraudStatus === 'challenge' ? '201' : '200';
    case 'deny':
    case 'cancel':
    case 'expire':
      return '202';
    default:
      return '200';
  }
}

/** `status_code` of GET /v2/{id}/status (docs/midtrans.md §14; deny "202" is UNCONFIRMED). */
export function statusApiStatusCode(tx: Transaction): string {
  switch (tx.status) {
    case 'expire':
      return '407';
    case 'cancel':
      return '200';
    default:
      return notificationStatusCode(tx);
  }
}
