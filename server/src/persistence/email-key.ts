// How an order's email is kept for look-ups: the desk finds a customer's orders by their whole
// email in any case, through an index on this one top-level field (a nested `customer.email`
// is not indexed on the embedded database, and a case-blind regex is a scan on both).
// Emails are stored in NFC already (payments/visible-text.ts); lower case folds the rest.
export function emailKey(email: string): string {
  return email.normalize('NFC').toLowerCase();
}
