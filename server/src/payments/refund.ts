/** A refund an operator asked for. Its key is Midtrans's refund_key: the same key refunds once. */
export interface Refund {
  orderId: string;
  refundKey: string;
  /** Integer IDR. */
  amount: number;
  reason: string;
  status: 'requested' | 'accepted' | 'failed';
  failureReason?: string;
  requestedAt: Date;
  requestedBy: string;
}

/** What an operator may type: Midtrans's refund_key charset. */
export const REFUND_KEY = /^[A-Za-z0-9_-]{8,64}$/;
