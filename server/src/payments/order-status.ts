// The one vocabulary for an order's payment state. Only the Midtrans adapter knows
// Midtrans's words (settlement, capture, fraud_status…); everything else speaks these.
// The values are the assignment's `payment_status` column values, stored as is.
export const ORDER_STATUSES = ['pending', 'paid', 'failed', 'expired', 'cancelled', 'refunded', 'partially_refunded'] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];
