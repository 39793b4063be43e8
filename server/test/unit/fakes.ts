// Small typed in-memory fakes of the payment core's ports, for service tests of one
// module at a time. The real adapters are tested against the real database elsewhere.
import type { PaymentAnomaly } from '../../src/payments/anomaly.js';
import type { OrderItem, PaymentReference, StatusHistoryEntry } from '../../src/payments/order.js';
import type { IgnoredEvent, PaymentEvent } from '../../src/payments/payment-event.js';
import type {
  AnomalyLog,
  OpenOrder,
  OpenOrders,
  OrderChange,
  OrderEffects,
  OrderEvents,
  OrderProjection,
  OrderRepository,
  PaymentGateway,
  RefundRequest,
  StockLedger,
  StockMoveResult,
  StoredOrder,
} from '../../src/payments/ports.js';
import type { Order } from '../../src/payments/order.js';

export const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
export const clock = { now: () => new Date('2026-11-28T10:00:00.000Z') };

export const items: OrderItem[] = [{ productId: 'kopi', name: 'Kopi', price: 85_000, quantity: 2 }];

export function storedOrder(overrides: Partial<StoredOrder> = {}): StoredOrder {
  return {
    orderId: 'LNS-1',
    status: 'pending',
    grossAmount: 170_000,
    items,
    customer: { name: 'Budi', email: 'budi@example.com' },
    gateway: 'midtrans',
    gatewayReference: 'LNS-1',
    holdEndsAt: new Date('2026-11-29T10:00:00.000Z'),
    refundedAmount: 0,
    version: 0,
    createdAt: new Date('2026-11-28T09:00:00.000Z'),
    updatedAt: new Date('2026-11-28T09:00:00.000Z'),
    accessTokenHash: 'hash',
    ...overrides,
  };
}

export class FakeOrders implements OrderRepository {
  readonly orders = new Map<string, StoredOrder>();
  readonly effects = new Map<string, OrderEffects>();
  /** Commits that lose to another writer, as if it committed the given change first. */
  readonly rivals: OrderChange[] = [];

  async insert(order: StoredOrder) {
    this.orders.set(order.orderId, order);
  }
  /** Every find, and whether it asked for a fresh read. */
  readonly finds: { orderId: string; fresh: boolean }[] = [];
  readonly observed: Order[] = [];

  async find(orderId: string, options: { fresh?: boolean } = {}) {
    this.finds.push({ orderId, fresh: options.fresh === true });
    return this.orders.get(orderId) ?? null;
  }
  observe(order: Order) {
    this.observed.push(order);
  }
  learn(order: StoredOrder) {
    if (!this.orders.has(order.orderId)) this.orders.set(order.orderId, order);
  }
  recall(orderId: string) {
    const order = this.orders.get(orderId);
    if (!order || (order.version > 0 && !this.effects.has(`${orderId}#${order.version}`))) return null;
    return order;
  }
  async commit(orderId: string, change: OrderChange) {
    const rival = this.rivals.shift();
    const current = this.orders.get(orderId)!;
    const applied = rival ?? change;
    if (current.version !== applied.fromVersion) return false;
    const { fromVersion: _f, at, source: _s, ...state } = applied;
    this.orders.set(orderId, { ...current, ...state, version: current.version + 1, updatedAt: at });
    if (rival) this.effects.set(`${orderId}#${current.version + 1}`, { held: {} });
    return !rival;
  }
  async history(): Promise<StatusHistoryEntry[]> {
    return [];
  }
  async effectsOf(orderId: string, version: number) {
    return this.effects.get(`${orderId}#${version}`) ?? null;
  }
  async recordEffects(orderId: string, version: number, effects: OrderEffects) {
    this.effects.set(`${orderId}#${version}`, effects);
  }
}

export class FakeStock implements StockLedger {
  readonly moves = new Map<string, number>();
  constructor(public units: Record<string, number> = { kopi: 10 }) {}
  async move(productId: string, moveId: string, delta: number): Promise<StockMoveResult> {
    if (this.moves.has(moveId)) return 'duplicate';
    if ((this.units[productId] ?? 0) + delta < 0) return 'insufficient';
    this.moves.set(moveId, delta);
    this.units[productId] = (this.units[productId] ?? 0) + delta;
    return 'applied';
  }
  async available(productId: string) {
    return this.units[productId] ?? 0;
  }
}

export class FakeEvents implements OrderEvents {
  readonly published: Order[] = [];
  readonly placedOrders: StoredOrder[] = [];
  async placed(order: StoredOrder) {
    this.placedOrders.push(order);
  }
  failures = 0;
  async publish(order: Order) {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('pubsub down');
    }
    this.published.push(order);
  }
}

export class FakeAnomalies implements AnomalyLog {
  readonly recorded = new Map<string, PaymentAnomaly>();
  async record(anomaly: PaymentAnomaly) {
    this.recorded.set(anomaly.id, anomaly);
  }
  async forOrder(orderId: string) {
    return [...this.recorded.values()].filter((a) => a.orderId === orderId);
  }
  async list() {
    return [...this.recorded.values()];
  }
}

export const openOrders: OpenOrders = { open: async (_order: OpenOrder) => undefined, close: () => undefined, list: async () => [] };
export const projection: OrderProjection = { changed: () => undefined };

/** A gateway whose status answer the test sets; counts the calls. */
export class FakeGateway implements PaymentGateway {
  status: PaymentEvent | IgnoredEvent | null | Error = null;
  statusCalls = 0;
  async createSession() {
    return { reference: 'LNS-1', clientToken: 'token', redirectUrl: 'https://example.test/snap' };
  }
  async fetchStatus() {
    this.statusCalls++;
    if (this.status instanceof Error) throw this.status;
    return this.status;
  }
  async refund(_payment: PaymentReference, _request: RefundRequest): Promise<void> {}
  async findRefund(_payment: PaymentReference, _refundKey: string): Promise<{ amount: number } | null> {
    return null;
  }
  async cancel() {}
}

export const event = (status: PaymentEvent['status'], overrides: Partial<PaymentEvent> = {}): PaymentEvent => ({
  status,
  transactionId: 'tx-1',
  grossAmount: 170_000,
  currency: 'IDR',
  gatewayStatus: status,
  ...overrides,
});
