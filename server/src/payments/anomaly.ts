// Payments a person must look at. Recorded once each (the id is derived from what
// happened) and logged at error level; the operator desk lists them.
export type AnomalyKind =
  | 'paid_while_closed'
  | 'amount_mismatch'
  | 'oversold'
  | 'refund_exceeds_payment'
  /** A full refund that refunded less than was paid. */
  | 'refund_below_payment'
  /** A partial refund of nothing. */
  | 'empty_refund'
  /** Paid again under another transaction of the gateway: a possible double charge. */
  | 'second_payment';

export interface PaymentAnomaly {
  /** Derived from the order, the attempt and the kind, so a repeat is recorded once. */
  id: string;
  orderId: string;
  kind: AnomalyKind;
  details: Record<string, unknown>;
  at: Date;
}
