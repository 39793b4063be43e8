// Where a Xendit refund stands. Xendit's refunds are objects of their own: created
// PENDING, their outcome later (callback or GET /refunds/{id}), so the adapter answers
// one of these where the core's port asks only whether a refund was made.
export type RefundOutcome =
  | { outcome: 'pending'; refundId: string; amount: number; gatewayStatus: string }
  | { outcome: 'succeeded'; refundId: string; amount: number; gatewayStatus: string }
  | { outcome: 'failed'; refundId: string; amount: number; gatewayStatus: string; failureReason: string };
