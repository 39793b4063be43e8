// Gateway-neutral shapes for the port the core will have after the refactor (issue 18,
// item 1). Today's PaymentGateway port speaks Snap (SnapRequest, SnapSession) and keys
// every call by our order id; these say the same in words no gateway owns. They live
// here until payments/ports.ts takes them, so the Xendit adapter can be written now.
import type { Customer, OrderItem } from '../../payments/order.js';
import type { IgnoredEvent, PaymentEvent } from '../../payments/payment-event.js';
import type { RefundRequest } from '../../payments/ports.js';

export interface CheckoutRequest {
  orderId: string;
  /** Integer IDR; the items sum to it exactly. */
  grossAmount: number;
  items: OrderItem[];
  customer: Customer;
  /** The shop's result pages the gateway's page sends the shopper back to. */
  successUrl: string;
  failureUrl: string;
  /** How long the hosted page takes payments. */
  lifetimeSeconds: number;
}

/** A hosted checkout, as the order records it. */
export interface CheckoutSession {
  /** The gateway's own id for this checkout (Xendit: the invoice id); later calls use it. */
  reference: string;
  /** Where the shop sends the browser (Xendit: invoice_url). */
  redirectUrl: string;
  /** When the gateway stops taking payments on it, as the gateway says. */
  expiresAt: Date;
}

/** Which payment a call is about: our order and the gateway's reference for it. */
export interface PaymentReference {
  orderId: string;
  reference: string;
}

/**
 * Where a refund the core asked for stands. A gateway whose refunds are objects of their
 * own (Xendit) answers `pending` first and the outcome later; one that answers at once
 * (Midtrans) can answer `succeeded`. The core settles its refund record with it and adds
 * a succeeded amount to the order's refunded sum.
 */
export type RefundOutcome =
  | { outcome: 'pending'; refundId: string; amount: number; gatewayStatus: string }
  | { outcome: 'succeeded'; refundId: string; amount: number; gatewayStatus: string }
  | { outcome: 'failed'; refundId: string; amount: number; gatewayStatus: string; failureReason: string };

/** The gateway port this adapter is shaped for (today's PaymentGateway, made neutral). */
export interface ProposedPaymentGateway {
  /**
   * Opens a hosted checkout for an order.
   * @throws GatewayError when the gateway refuses, fails or does not answer in time.
   */
  createSession(request: CheckoutRequest): Promise<CheckoutSession>;
  /**
   * The gateway's own, current word on the payment: the only source the core applies.
   * `null` when the gateway has no such payment.
   * @throws GatewayError when it cannot be asked, or answers something inconsistent.
   */
  fetchStatus(payment: PaymentReference): Promise<PaymentEvent | IgnoredEvent | null>;
  /** Stops the checkout taking payments. @throws GatewayError */
  cancel(payment: PaymentReference): Promise<void>;
  /** Once per `request.refundKey`, at the gateway too. @throws GatewayError */
  refund(payment: PaymentReference, request: RefundRequest): Promise<RefundOutcome>;
  /** A refund's state now; `null` when the gateway has no such refund. @throws GatewayError */
  fetchRefund(payment: PaymentReference, refundId: string): Promise<RefundOutcome | null>;
}
