// Orders, laid out so that reading or changing one costs the same with a hundred orders
// or fifty thousand (see database.ts):
//   orders         `_id: orderId`, what was bought, written once at checkout (plus the
//                  payment_status projection, updated off the hot path by the projector);
//   order_changes  `_id: <orderId>#<version>`, one per status change, each holding the
//                  whole payment state; the newest is the order's state;
//   order_effects  `_id: <orderId>#<version>`, written when that change's effects are done.
//
// A look-up by `_id` is an index search on MongoDB and, since the wrapper indexes the
// expression FerretDB queries (tools/ferretdb/id_index.go), on the embedded FerretDB too:
// about a millisecond, hit or miss, at 200,000 documents (it used to be a scan, 0.6 s
// there). Still, the newest change of an order is not looked for on the hot path: this
// process remembers each order's newest change (its own commits, and other instances'
// through observe()), and a commit from a state that is behind fails on the unique `_id`
// of the next version, which is when the order is read again. What it remembers is a
// hint, bounded (ORDERS_KEPT orders, least recently used out): an order it has forgotten
// is read again, correctly and cheaply: one read of `orders`, one of the change at the
// projected version, then one per newer change and a last one that finds nothing (the
// projection is at most a few changes behind).
import { LEGACY_GATEWAY } from '../payments/gateway-name.js';
import type { Order, StatusHistoryEntry } from '../payments/order.js';
import type { OrderChange, OrderEffects, OrderRepository, StoredOrder } from '../payments/ports.js';
import type { PaymentInstructions } from '../payments/payment-event.js';
import type { Collections } from './database.js';
import { emailKey } from './email-key.js';
import { InsertBatcher } from './insert-batcher.js';
import { Lru } from './lru.js';

type Doc = Record<string, any>;

const changeId = (orderId: string, version: number) => `${orderId}#${version}`;

/**
 * Orders remembered per process, in each of its three caches (what was bought, the newest
 * change, whose effects are done): about 3 KB an order, so about 60 MB at most.
 */
export const ORDERS_KEPT = 20_000;

export class MongoOrderStore implements OrderRepository {
  private readonly orderInserts: InsertBatcher;
  private readonly changeInserts: InsertBatcher;
  private readonly effectInserts: InsertBatcher;
  /** Orders never change after checkout (but for the projection, never read back here). */
  private readonly bases: Lru<string, Doc>;
  /** The newest change doc known per order; null: known to be at version 0. */
  private readonly heads: Lru<string, Doc | null>;
  private readonly effectsDone: Lru<string, OrderEffects>;

  constructor(
    private readonly collections: Collections,
    options: { ordersKept?: number } = {},
  ) {
    const kept = options.ordersKept ?? ORDERS_KEPT;
    this.bases = new Lru(kept);
    this.heads = new Lru(kept);
    this.effectsDone = new Lru(kept);
    this.orderInserts = new InsertBatcher(collections.orders);
    this.changeInserts = new InsertBatcher(collections.orderChanges);
    this.effectInserts = new InsertBatcher(collections.effects);
  }

  async insert(order: StoredOrder): Promise<void> {
    const doc = baseDoc(order);
    if ((await this.orderInserts.insert(doc)) === 'duplicate') throw new Error(`order ${order.orderId} exists already`);
    this.bases.set(order.orderId, doc);
    this.heads.set(order.orderId, null);
  }

  learn(order: StoredOrder): void {
    if (order.version !== 0 || this.bases.get(order.orderId)) return;
    this.bases.set(order.orderId, baseDoc(order));
    // A change may have been heard of first (another instance's webhook): keep it.
    if (this.heads.get(order.orderId) === undefined) this.heads.set(order.orderId, null);
  }

  async find(orderId: string, options: { fresh?: boolean } = {}): Promise<StoredOrder | null> {
    const base = this.bases.get(orderId) ?? (await this.collections.orders.findOne({ _id: orderId as any }));
    if (!base) return null;
    this.bases.set(orderId, base);
    let head = this.heads.get(orderId);
    if (head === undefined) {
      // Not seen by this process: start from the projected version (possibly behind).
      head = await this.walkFrom(orderId, base.version > 0 ? await this.changeAt(orderId, base.version) : null);
    } else if (options.fresh) {
      head = await this.walkFrom(orderId, head);
    }
    return toStoredOrder(base, head);
  }

  recall(orderId: string): StoredOrder | null {
    const base = this.bases.get(orderId);
    const head = this.heads.get(orderId);
    if (!base || head === undefined) return null;
    if (head && !this.effectsDone.get(changeId(orderId, head.version))) return null;
    return toStoredOrder(base, head);
  }

  observe(order: Order): void {
    const known = this.heads.get(order.orderId);
    if (known !== undefined && (known?.version ?? 0) >= order.version) return;
    this.heads.set(order.orderId, changeDoc(order.orderId, order.version, { ...order, at: order.updatedAt, source: 'observed' }));
  }

  async commit(orderId: string, change: OrderChange): Promise<boolean> {
    const doc = changeDoc(orderId, change.fromVersion + 1, change);
    // The commit point: `_id` is unique, so of all writers that read the order at
    // fromVersion, exactly one can record fromVersion + 1 — on MongoDB and on FerretDB
    // alike, which has neither transactions nor an atomic conditional update.
    const result = await this.changeInserts.insert(doc);
    if (result === 'inserted') this.heads.set(orderId, doc);
    return result === 'inserted';
  }

  async history(orderId: string): Promise<StatusHistoryEntry[]> {
    const base = this.bases.get(orderId) ?? (await this.collections.orders.findOne({ _id: orderId as any }));
    if (!base) return [];
    const entries: StatusHistoryEntry[] = [{ status: 'pending', at: new Date(base.created_at), source: 'createPayment', version: 0 }];
    for (let version = 1; ; version++) {
      const doc = await this.changeAt(orderId, version);
      if (!doc) break;
      entries.push({
        status: doc.payment_status,
        at: new Date(doc.at),
        source: doc.source,
        version,
        ...(doc.payment_gateway_transaction_id ? { transactionId: doc.payment_gateway_transaction_id } : {}),
      });
    }
    return entries;
  }

  async effectsOf(orderId: string, version: number): Promise<OrderEffects | null> {
    const key = changeId(orderId, version);
    const known = this.effectsDone.get(key);
    if (known) return known;
    const doc = await this.collections.effects.findOne({ _id: key as any });
    if (!doc) return null;
    const effects = { held: doc.held as Record<string, boolean> };
    this.effectsDone.set(key, effects);
    return effects;
  }

  async recordEffects(orderId: string, version: number, effects: OrderEffects): Promise<void> {
    const key = changeId(orderId, version);
    // A duplicate means another writer finished the same effects first: the same moves,
    // made once thanks to their ids.
    await this.effectInserts.insert({ _id: key, order_id: orderId, version, held: effects.held, at: new Date() });
    this.effectsDone.set(key, effects);
  }

  /** The change that made `version`, or null (version 0, or not found). */
  private async changeAt(orderId: string, version: number): Promise<Doc | null> {
    return this.collections.orderChanges.findOne({ _id: changeId(orderId, version) as any });
  }

  /** Walks forward from `head` to the newest change; its last look-up finds nothing. */
  private async walkFrom(orderId: string, start: Doc | null): Promise<Doc | null> {
    let head = start;
    for (;;) {
      const next = await this.changeAt(orderId, (head?.version ?? 0) + 1);
      if (!next) break;
      head = next;
    }
    this.heads.set(orderId, head);
    return head;
  }
}

/** An order as checkout stores it: what was bought, at version 0. */
function baseDoc(order: StoredOrder): Doc {
  return {
    _id: order.orderId,
    // The assignment's columns: order_id, payment_status, payment_gateway_transaction_id.
    order_id: order.orderId,
    payment_status: order.status,
    payment_gateway_transaction_id: null,
    gross_amount: order.grossAmount,
    items: order.items.map((item) => ({ product_id: item.productId, name: item.name, price: item.price, quantity: item.quantity })),
    customer: order.customer,
    email_key: emailKey(order.customer.email),
    access_token_hash: order.accessTokenHash,
    gateway: order.gateway,
    gateway_reference: order.gatewayReference,
    // The session's client token only as a hash (ports.ts StoredOrder.clientTokenHash);
    // its redirect URL may hold the token, so it is not kept either. The field names are
    // the ones orders had when Snap was the only checkout, so older orders read the same.
    snap_token_hash: order.clientTokenHash,
    snap_expires_at: order.holdEndsAt,
    created_at: order.createdAt,
    version: 0,
  };
}

type ChangeState = Pick<OrderChange, 'status' | 'transactionId' | 'paymentType' | 'instructions' | 'refundedAmount' | 'at' | 'source'>;

function changeDoc(orderId: string, version: number, state: ChangeState): Doc {
  return {
    _id: changeId(orderId, version),
    order_id: orderId,
    version,
    payment_status: state.status,
    payment_gateway_transaction_id: state.transactionId,
    payment_type: state.paymentType,
    payment_instructions: state.instructions ? instructionsToDoc(state.instructions) : undefined,
    refunded_amount: state.refundedAmount,
    source: state.source,
    at: state.at,
  };
}

function toStoredOrder(base: Doc, head: Doc | null): StoredOrder {
  const state = head ?? base;
  const i = state.payment_instructions as Doc | undefined;
  const order: StoredOrder = {
    orderId: base._id,
    status: state.payment_status,
    grossAmount: base.gross_amount,
    items: (base.items as Doc[]).map((item) => ({
      productId: item.product_id,
      name: item.name,
      price: item.price,
      quantity: item.quantity,
    })),
    customer: { name: base.customer.name, email: base.customer.email, ...(base.customer.phone ? { phone: base.customer.phone } : {}) },
    accessTokenHash: base.access_token_hash,
    // Orders stored before orders named their gateway were Midtrans's, keyed by our id.
    gateway: base.gateway ?? LEGACY_GATEWAY,
    gatewayReference: base.gateway_reference ?? base._id,
    holdEndsAt: new Date(base.snap_expires_at),
    refundedAmount: head?.refunded_amount ?? 0,
    version: head?.version ?? 0,
    createdAt: new Date(base.created_at),
    updatedAt: new Date(head?.at ?? base.created_at),
  };
  if (base.snap_token_hash) order.clientTokenHash = base.snap_token_hash;
  if (head?.payment_gateway_transaction_id) order.transactionId = head.payment_gateway_transaction_id;
  if (head?.payment_type) order.paymentType = head.payment_type;
  if (i) order.instructions = instructionsFromDoc(i);
  return order;
}

function instructionsToDoc(i: PaymentInstructions): Doc {
  return defined({
    bank: i.bank,
    va_number: i.vaNumber,
    biller_code: i.billerCode,
    bill_key: i.billKey,
    payment_code: i.paymentCode,
    // Kept as the ISO string it arrived as: a Date would come back from other stores
    // (and pubsub) as something else.
    expires_at: i.expiresAt,
  });
}

function instructionsFromDoc(i: Doc): PaymentInstructions {
  return defined({
    bank: i.bank,
    vaNumber: i.va_number,
    billerCode: i.biller_code,
    billKey: i.bill_key,
    paymentCode: i.payment_code,
    expiresAt: typeof i.expires_at === 'string' ? i.expires_at : i.expires_at ? new Date(i.expires_at).toISOString() : undefined,
  });
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
