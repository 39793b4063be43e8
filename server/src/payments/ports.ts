// The narrow ports the payment core needs. Adapters (gateway/, persistence/,
// graphql/) implement them; the core imports none of them.
import type { PaymentAnomaly } from './anomaly.js';
import type { Refund } from './refund.js';
import type { Product } from './catalog.js';
import type { PaymentGatewayName } from './gateway-name.js';
import type { Customer, Order, OrderItem, PaymentReference, StatusHistoryEntry } from './order.js';
import type { OrderStatus } from './order-status.js';
import type { IgnoredEvent, PaymentEvent, PaymentInstructions } from './payment-event.js';

export interface CheckoutRequest {
  gateway: PaymentGatewayName;
  orderId: string;
  /** Integer IDR; the items sum to it exactly. */
  grossAmount: number;
  items: OrderItem[];
  customer: Customer;
  /** The shop's result pages the gateway's page sends the shopper back to (no access token in them). */
  successUrl: string;
  failureUrl: string;
  /** The checkout's hold: the hosted checkout starts no payment after it. */
  lifetimeSeconds: number;
}

/** A hosted checkout, as the gateway opened it. */
export interface CheckoutSession {
  /** The gateway's own id for this checkout; later calls about the payment use it. */
  reference: string;
  /** Where the shop sends the browser. */
  redirectUrl: string;
  /** A token the shop's page opens the gateway's widget with, for a gateway that has one. */
  clientToken?: string;
}

export interface RefundRequest {
  /** Sent as the gateway's idempotency key: the same key refunds once. */
  refundKey: string;
  amount: number;
  reason: string;
}

/**
 * A payment gateway that hosts the payment page and answers for its payments. The core
 * holds one (gateway/registry.ts), which sends each call to the gateway the order names.
 */
export interface PaymentGateway {
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
  /**
   * Asks for a refund. Safe to repeat with the same key: the gateway makes one refund per key.
   * @throws GatewayError: kind 'rejected' (with its `refusal`) when it refuses, and
   * nothing was refunded; any other kind leaves the outcome unknown (see gateway-outcome.ts).
   */
  refund(payment: PaymentReference, request: RefundRequest): Promise<RefundAnswer | void>;
  /**
   * The gateway's own record of the refund with this key (or, where the gateway names its
   * refunds itself, with the id it answered before): its amount and, for a gateway whose
   * refunds end later, whether it is still pending or failed. `null` when the gateway has
   * no such refund (or no such payment). A declined refund reads as amount 0.
   * @throws GatewayError when it cannot be asked.
   */
  findRefund(payment: PaymentReference, refundKey: string, gatewayRefundId?: string): Promise<RecordedRefund | null>;
  /**
   * Cancels a payment that has begun but is not settled: a pending one, or a captured
   * card payment (a void). Cancelling twice is harmless.
   * @throws GatewayError as refund() does (refusal 'not_found' when there is no payment to cancel).
   */
  cancel(payment: PaymentReference): Promise<void>;
}

export interface ProductCatalog {
  /** The whole catalog, in display order, with the stock not yet reserved. */
  list(): Promise<Product[]>;
  /** The products with these ids that exist (unknown ids are simply absent). */
  findByIds(ids: string[]): Promise<Map<string, Product>>;
}

export type StockMoveResult = 'applied' | 'duplicate' | 'insufficient';

export interface StockLedger {
  /**
   * Moves a product's stock by `delta` once per `moveId`, never below zero, exactly
   * under concurrency and across processes. 'duplicate' means the move was made before
   * (or refused before, which `insufficient` reports again).
   * `fresh` promises the id was never used, which lets a refusal skip being recorded.
   */
  move(productId: string, moveId: string, delta: number, options?: { fresh?: boolean }): Promise<StockMoveResult>;
  /**
   * Units available. What the shop shows may be a few seconds behind moves made by
   * other instances; `fresh` asks the database (for a stock import's difference).
   */
  available(productId: string, options?: { fresh?: boolean }): Promise<number>;
}

/** An order as stored: the domain order plus the hash of its access token. */
export interface StoredOrder extends Order {
  accessTokenHash: string;
  /**
   * SHA-256 of the checkout session's client token, when the gateway gave one. The token
   * itself is not kept: it opens the gateway's page for the order and reads its session
   * back, so it stays with the shopper's browser; the hash still ties a token someone
   * shows to an order. Absent on orders stored before it was kept.
   */
  clientTokenHash?: string;
}

/** The order without its hashes: what leaves the core (resolvers, events). */
export function withoutAccessToken({ accessTokenHash: _hidden, clientTokenHash: _client, ...order }: StoredOrder): Order {
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
  at: Date;
  source: string;
}

/** What a change's effects left behind: whether the order holds each product's quantity. */
export interface OrderEffects {
  held: Record<string, boolean>;
}

export interface OrderRepository {
  /** Stores a new order at version 0. */
  insert(order: StoredOrder): Promise<void>;
  /**
   * The order with its newest change known to this process: its own commits, the ones
   * observed from other instances, or, for an order it has not seen, the database's.
   * `fresh` asks the database for changes it may have missed (a look-up that finds
   * nothing, which scans on FerretDB): after a lost commit race, and for operators.
   */
  find(orderId: string, options?: { fresh?: boolean }): Promise<StoredOrder | null>;
  /** A change another process announced: later reads start from it. */
  observe(order: Order): void;
  /** An order another process placed: later reads need not ask the database for it. */
  learn(order: StoredOrder): void;
  /**
   * The order as this process last saw it, without asking the database; null when it
   * has not seen it or has not seen its newest change's effects done. Possibly behind:
   * good only for deciding that a claim changes nothing.
   */
  recall(orderId: string): StoredOrder | null;
  /**
   * Commits a change made from the order as read at `change.fromVersion`: the commit
   * point. Of any number of concurrent commits from the same version, across processes,
   * exactly one returns true; the others false, and they re-read the order.
   */
  commit(orderId: string, change: OrderChange): Promise<boolean>;
  /** Every status the order went through, oldest first. */
  history(orderId: string): Promise<StatusHistoryEntry[]>;
  /** The effects of the change to `version`, once they are all done; null before. */
  effectsOf(orderId: string, version: number): Promise<OrderEffects | null>;
  recordEffects(orderId: string, version: number, effects: OrderEffects): Promise<void>;
}

export interface OpenOrder {
  orderId: string;
  openedAt: Date;
  items: OrderItem[];
}

/**
 * The small working set of orders with work left: unpaid, or with effects not yet
 * done. A checkout enters it before taking stock, so a crash at any point leaves a
 * trace the reconciler finds without scanning every order ever placed.
 */
export interface OpenOrders {
  /** Idempotent. */
  open(order: OpenOrder): Promise<void>;
  /** Removes the order from the set, soon (batched); the reconciler repeats it if lost. */
  close(orderId: string): void;
  /** Up to `limit` entries in id order, after `afterId` (a pass resumes where the last one stopped). */
  list(limit: number, afterId?: string): Promise<OpenOrder[]>;
}

/** The `orders.payment_status` projection the assignment asks for, kept off the hot path. */
export interface OrderProjection {
  /** Queues the order's current state for projection; closes its open entry once done, if final. */
  changed(order: Order): void;
}

export interface AnomalyLog {
  /** Idempotent on the anomaly's id. */
  record(anomaly: PaymentAnomaly): Promise<void>;
  forOrder(orderId: string): Promise<PaymentAnomaly[]>;
  /** Newest first; `before` is the time of the last one already shown. */
  list(limit: number, before?: Date): Promise<PaymentAnomaly[]>;
}

/**
 * A refund the gateway took. Void (Midtrans) is made now. A gateway whose refunds are
 * objects of their own (Xendit) answers its id, and `pending` when the money moves later.
 */
export interface RefundAnswer {
  gatewayRefundId: string;
  state: 'made' | 'pending';
}

/** The gateway's record of one refund. */
export interface RecordedRefund {
  amount: number;
  /** Absent: made. */
  state?: 'pending' | 'failed';
  failureReason?: string;
}

export type RefundOutcome =
  | { status: 'accepted'; gatewayRefundId?: string }
  | { status: 'pending'; gatewayRefundId: string }
  | { status: 'failed' | 'unknown'; failureReason: string };

export interface RefundRepository {
  /**
   * Records a new refund as the order's refund number `sequence` (0 for its first; the
   * number of refunds it has so far). `duplicate`: the order has a refund with this key
   * already. `claimed`: another refund took that number first (a concurrent one, on this
   * instance or another): the order's refunds have changed since they were read.
   */
  insert(refund: Refund, sequence: number): Promise<'inserted' | 'duplicate' | 'claimed'>;
  find(orderId: string, refundKey: string): Promise<Refund | null>;
  /** Marks a refund being sent (again) now. Never moves an accepted refund. */
  reopen(orderId: string, refundKey: string, sentAt: Date): Promise<void>;
  /** Records what the gateway said. An accepted refund stays accepted whatever comes later. */
  settle(orderId: string, refundKey: string, outcome: RefundOutcome): Promise<void>;
  forOrder(orderId: string): Promise<Refund[]>;
  /** Our refund with this gateway refund id (Xendit's `rfd-…`), if any. */
  findByGatewayId(gatewayRefundId: string): Promise<Refund | null>;
  /** Refunds whose outcome is not known yet (requested, pending or unknown), oldest first. */
  unsettled(limit: number): Promise<Refund[]>;
}

export interface OrderFilter {
  statuses?: OrderStatus[];
  createdFrom?: Date;
  createdTo?: Date;
  /** An order id prefix or part of a customer email. */
  search?: string;
  gateway?: PaymentGatewayName;
}

/** The operator's list of orders: newest first, by pages. */
export interface OrderSearch {
  /** Order ids, newest first, after the cursor (created_at and id of the last one shown). */
  search(filter: OrderFilter, limit: number, after?: { createdAt: Date; orderId: string }): Promise<string[]>;
}

/** Where applied order changes are announced (the orderStatusChanged subscription). */
export interface OrderEvents {
  publish(order: Order): Promise<void>;
  /**
   * A new order, for the other API instances to know without reading it (never sent to
   * a client: it carries the token hash). Best effort: one that is lost is read once.
   */
  placed(order: StoredOrder): Promise<void>;
}

/** Where the webhook's time goes, and what the core did: metrics for operators and the bench. */
export type WebhookStage = 'verify' | 'log' | 'confirm' | 'database' | 'publish';

export interface PaymentMetrics {
  webhookStage(stage: WebhookStage, seconds: number): void;
  notification(verdict: string, outcome: string, transactionStatus: string | undefined): void;
  gatewayCall(operation: string, seconds: number, result: 'ok' | 'error'): void;
  reconcilerPass(report: { checked: number; repaired: number; errors: number }): void;
}

/** For tests and tools that do not measure. */
export const NO_METRICS: PaymentMetrics = {
  webhookStage: () => undefined,
  notification: () => undefined,
  gatewayCall: () => undefined,
  reconcilerPass: () => undefined,
};

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}
