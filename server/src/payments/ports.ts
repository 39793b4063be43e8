// The narrow ports the payment core needs. Adapters (gateway/, persistence/,
// graphql/) implement them; the core imports none of them.
import type { Product } from './catalog.js';
import type { Customer, Order, OrderItem, StatusHistoryEntry } from './order.js';
import type { OrderStatus } from './order-status.js';
import type { PaymentInstructions } from './payment-event.js';

export interface SnapRequest {
  orderId: string;
  grossAmount: number;
  items: OrderItem[];
  customer: Customer;
  /** Where Midtrans sends the shopper after paying; it appends order_id, status_code, transaction_status. */
  finishUrl: string;
}

export interface SnapSession {
  token: string;
  redirectUrl: string;
}

/** A payment gateway that hosts the payment page (Midtrans Snap). */
export interface PaymentGateway {
  /**
   * Opens a hosted payment session for an order.
   * @throws GatewayError when the gateway refuses, fails or does not answer in time.
   */
  createSession(request: SnapRequest): Promise<SnapSession>;
}

export interface ProductRepository {
  /** The whole catalog, in display order. */
  list(): Promise<Product[]>;
  /** The products with these ids that exist (unknown ids are simply absent). */
  findByIds(ids: string[]): Promise<Map<string, Product>>;
  /** Takes paid quantities out of stock. */
  takeStock(items: OrderItem[]): Promise<void>;
}

/** An order as stored: the domain order plus the hash of its access token. */
export interface StoredOrder extends Order {
  accessTokenHash: string;
}

/** The order without its token hash: what leaves the core (resolvers, events). */
export function withoutAccessToken({ accessTokenHash: _hidden, ...order }: StoredOrder): Order {
  return order;
}

/** The state an order moves to, computed from the order at `fromVersion`. */
export interface OrderChange {
  fromVersion: number;
  status: OrderStatus;
  transactionId?: string;
  paymentType?: string;
  instructions?: PaymentInstructions;
  refundedAmount: number;
  history: StatusHistoryEntry;
}

export interface OrderRepository {
  insert(order: StoredOrder): Promise<void>;
  findById(orderId: string): Promise<StoredOrder | null>;
  attachSnapSession(orderId: string, session: SnapSession): Promise<void>;
  /**
   * Commits a change made from the order as read at `change.fromVersion`.
   * Must be atomic: of any number of concurrent commits from the same version,
   * across processes, exactly one returns the updated order; the others get `null`
   * and re-read the order.
   */
  commitChange(orderId: string, change: OrderChange): Promise<Order | null>;
}

/** Where applied order changes are announced (the orderStatusChanged subscription). */
export interface OrderEvents {
  publish(order: Order): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}
