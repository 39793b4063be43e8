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
 * One idempotency key per refund the operator means. The same amount and reason sent
 * again (a retry after a timeout or a gateway error, a double click) reuse the key, so
 * Midtrans (which receives it as refund_key) makes one refund. A changed amount or
 * reason is another refund, with a new key; so is anything after a success.
 */
export function createRefundKeys(newKey: () => string = () => crypto.randomUUID()) {
  let current: { key: string; intent: string } | null = null;
  return {
    keyFor(amount: number, reason: string): string {
      const intent = `${amount}\n${reason.trim()}`;
      if (!current || current.intent !== intent) current = { key: newKey(), intent };
      return current.key;
    },
    /** The refund went through: the next one is a new refund. */
    done(): void {
      current = null;
    },
  };
}
