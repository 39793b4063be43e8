/**
 * A refund an operator asked for. Its key is the gateway's refund key: the same key
 * refunds once, so a refund whose outcome is not known can always be sent again.
 *
 * - requested: being sent now (or the process sending it died: then it counts as unknown);
 * - accepted:  the gateway made it (its answer, or its own record of the key);
 * - pending:   the gateway took it and pays it out later (Xendit: PENDING, then
 *              SUCCEEDED or FAILED); made, not final: Lunas asks until it ends;
 * - failed:    the gateway refused it; nothing was refunded;
 * - unknown:   the gateway did not answer (timeout, 5xx, unreachable, unreadable answer),
 *              so the money may have moved. Lunas asks the gateway's record until it knows.
 */
export type RefundStatus = 'requested' | 'accepted' | 'pending' | 'failed' | 'unknown';

export interface Refund {
  orderId: string;
  refundKey: string;
  /** Integer IDR. */
  amount: number;
  reason: string;
  status: RefundStatus;
  /** Why it failed, or what the gateway's silence was (unknown). */
  failureReason?: string;
  requestedAt: Date;
  requestedBy: string;
  /** The gateway's own id of the refund, where it names refunds itself (Xendit's `rfd-…`). */
  gatewayRefundId?: string;
  /** When it was last sent to the gateway (a same-key retry sends it again). */
  sentAt?: Date;
}

/** What an operator may type: Midtrans's refund_key charset. */
export const REFUND_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/** A refund that blocks a new one of the same order until its outcome is known. */
export const isUnsettled = (refund: Refund) => refund.status === 'requested' || refund.status === 'pending' || refund.status === 'unknown';
