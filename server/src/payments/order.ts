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
  /**
   * The end of the checkout's hold: the Snap token starts no payment after it, and an order
   * with no payment begun expires (its stock returns). A begun payment lasts until its own
   * expiry (`instructions.expiresAt`).
   */
  snapExpiresAt: Date;
  refundedAmount: number;
  /** Bumped by every applied change; subscribers drop versions they have seen. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Statuses after which nothing happens without news from the gateway. */
export const CLOSED_STATUSES = new Set<Order['status']>(['paid', 'expired', 'cancelled', 'refunded', 'partially_refunded']);
