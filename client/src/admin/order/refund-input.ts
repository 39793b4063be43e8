/** How much can still be refunded: what was paid and not yet given back. */
export function refundable(order: { grossAmount: number; refundedAmount: number }): number {
  return Math.max(0, order.grossAmount - order.refundedAmount);
}

export interface RefundProblems {
  amount?: true;
  reason?: true;
}

/** The API's rules (schema.graphql RefundPaymentInput), checked before anything is sent. */
export function checkRefund(amountText: string, reason: string, max: number): RefundProblems {
  const problems: RefundProblems = {};
  const amount = Number(amountText.trim());
  if (!/^\d+$/.test(amountText.trim()) || !Number.isSafeInteger(amount) || amount < 1 || amount > max) {
    problems.amount = true;
  }
  const length = reason.trim().length;
  if (length < 3 || length > 200) problems.reason = true;
  return problems;
}

/**
 * The idempotency key of the refund the operator is making. It stays the same, whatever
 * is edited (amount, reason), until the refund is made or the operator starts a new one
 * on purpose: Midtrans receives it as refund_key, so sending again (after a timeout, a
 * gateway error, an edited reason) can refund once at most, never twice.
 */
export function createRefundKeys(newKey: () => string = () => crypto.randomUUID()) {
  let current: string | null = null;
  return {
    current(): string {
      current ??= newKey();
      return current;
    },
    /** The refund was made, or the operator starts another one on purpose. */
    startNew(): void {
      current = null;
    },
  };
}
