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
  /** What caused it: createPayment, a gateway status word, gateway_error… */
  source: string;
  transactionId?: string;
}

/** An order as the domain sees it; persistence maps its documents to this. */
export interface Order {
  orderId: string;
  status: OrderStatus;
  grossAmount: number;
  items: OrderItem[];
  customer: Customer;
  paymentType?: string;
  transactionId?: string;
  instructions?: PaymentInstructions;
  snapToken?: string;
  redirectUrl?: string;
  refundedAmount: number;
  /** Bumped by every applied change; makes concurrent changes detectable. */
  version: number;
  statusHistory: StatusHistoryEntry[];
  createdAt: Date;
  updatedAt: Date;
}
