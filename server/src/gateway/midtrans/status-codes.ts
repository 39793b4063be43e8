// Which status_code goes with which transaction_status (docs/midtrans.md §11 and §14).
// A notification's status_code is signed but its transaction_status is not, so a body
// relabelled from "deny" (202) to "expire" or "settlement" shows here as a mismatch.
// GET status uses a few other codes than notifications (expire is 407 there).

const NOTIFICATION: Record<string, readonly string[]> = {
  pending: ['201'],
  capture: ['200', '201'],
  settlement: ['200'],
  deny: ['202'],
  cancel: ['202'],
  expire: ['202'],
  failure: ['202'],
  refund: ['200'],
  partial_refund: ['200'],
  authorize: ['200'],
  chargeback: ['200'],
  partial_chargeback: ['200'],
};

const STATUS_API: Record<string, readonly string[]> = {
  ...NOTIFICATION,
  // GET status of a cancelled transaction answers 200; of an expired one 407.
  cancel: ['200', '202'],
  expire: ['407', '202'],
  // Not confirmed by Midtrans's docs; both seen in the wild.
  deny: ['202', '200'],
  failure: ['202', '200'],
};

/** Unknown status words are let through: they map to "ignored" and change nothing. */
export function statusCodeAgrees(source: 'notification' | 'status', transactionStatus: string, statusCode: string): boolean {
  const allowed = (source === 'notification' ? NOTIFICATION : STATUS_API)[transactionStatus];
  return allowed === undefined || allowed.includes(statusCode);
}
