// Gateway-neutral shapes for the port the core will have after the refactor (issue 18,
// item 1). Today's PaymentGateway port speaks Snap (SnapRequest, SnapSession) and keys
// every call by our order id; these say the same in words no gateway owns. They live
// here until payments/ports.ts takes them, so the Xendit adapter can be written now.
import type { Customer, OrderItem } from '../../payments/order.js';

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
