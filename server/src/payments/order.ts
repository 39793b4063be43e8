import type { PaymentGatewayName } from './gateway-name.js';
import type { OrderStatus } from './order-status.js';
import type { PaymentInstructions } from './payment-event.js';

export interface OrderItem {
  productId: string;
  name: string;
  /** Catalog price when the order was made, integer IDR. */
  price: number;
  quantity: number;
}

export interface Customer {
  name: string;
  email: string;
  phone?: string;
}

export interface StatusHistoryEntry {
  status: OrderStatus;
  at: Date;
  /** What caused it: createPayment, a gateway status word, reconciler, operator… */
  source: string;
  transactionId?: string;
  version: number;
}

/** An order as the domain sees it: what was bought (fixed) and its payment state now. */
export interface Order {
  orderId: string;
  status: OrderStatus;
  grossAmount: number;
  items: OrderItem[];
  customer: Customer;
  paymentType?: string;
  transactionId?: string;
  instructions?: PaymentInstructions;
  /** The gateway that takes this order's payment. */
  gateway: PaymentGatewayName;
  /** The gateway's own id for the order's checkout (an invoice id, or our order id where the gateway keys by it). */
  gatewayReference: string;
  /**
   * The end of the checkout's hold: the hosted checkout starts no payment after it, and an
   * order with no payment begun expires (its stock returns). A begun payment lasts until
   * its own expiry (`instructions.expiresAt`).
   */
  holdEndsAt: Date;
  refundedAmount: number;
  /** Bumped by every applied change; subscribers drop versions they have seen. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Statuses after which nothing happens without news from the gateway. */
export const CLOSED_STATUSES = new Set<Order['status']>(['paid', 'expired', 'cancelled', 'refunded', 'partially_refunded']);

/** Which payment a gateway call is about: the gateway, our order and the gateway's reference for it. */
export interface PaymentReference {
  gateway: PaymentGatewayName;
  orderId: string;
  reference: string;
}

export const paymentOf = (order: Pick<Order, 'gateway' | 'orderId' | 'gatewayReference'>): PaymentReference => ({
  gateway: order.gateway,
  orderId: order.orderId,
  reference: order.gatewayReference,
});
