// Orders in MongoDB, mapped to and from the domain Order.
import type { Order } from '../payments/order.js';
import { withoutAccessToken, type OrderChange, type OrderRepository, type SnapSession, type StoredOrder } from '../payments/ports.js';
import type { PaymentInstructions } from '../payments/payment-event.js';
import { isDuplicateKeyError, type Database } from './database.js';

/** A change whose order was not updated within this long was left by a crashed writer. */
const STUCK_CHANGE_MS = 5_000;

type OrderDoc = Record<string, any>;

export class MongoOrderRepository implements OrderRepository {
  constructor(private readonly db: Database) {}

  async insert(order: StoredOrder): Promise<void> {
    await this.db.models.Order.create({
      order_id: order.orderId,
      payment_status: order.status,
      gross_amount: order.grossAmount,
      items: order.items.map((item) => ({
        product_id: item.productId,
        name: item.name,
        price: item.price,
        quantity: item.quantity,
      })),
      customer: order.customer,
      access_token_hash: order.accessTokenHash,
      refunded_amount: order.refundedAmount,
      version: order.version,
      status_history: order.statusHistory.map(historyToDoc),
      created_at: order.createdAt,
      updated_at: order.updatedAt,
    });
  }

  async findById(orderId: string): Promise<StoredOrder | null> {
    const doc = await this.db.models.Order.findOne({ order_id: orderId }).lean();
    return doc ? toStoredOrder(doc) : null;
  }

  async attachSnapSession(orderId: string, session: SnapSession): Promise<void> {
    await this.db.models.Order.updateOne(
      { order_id: orderId },
      { $set: { snap_token: session.token, snap_redirect_url: session.redirectUrl } },
    );
  }

  async commitChange(orderId: string, change: OrderChange): Promise<Order | null> {
    const version = change.fromVersion + 1;
    const state = changeToDoc(change);
    try {
      // The commit point: the unique (order_id, version) index lets exactly one writer
      // that read the order at fromVersion record version+1.
      await this.db.models.OrderChange.create({ order_id: orderId, version, ...state, history: historyToDoc(change.history), created_at: change.history.at });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.rollForwardIfStuck(orderId, version);
      return null;
    }
    return this.writeOrder(orderId, version, state, historyToDoc(change.history), change.history.at);
  }

  /** Copies a committed change onto the order document. */
  private async writeOrder(orderId: string, version: number, state: OrderDoc, history: OrderDoc, at: Date): Promise<Order | null> {
    const updated = await this.db.models.Order.findOneAndUpdate(
      { order_id: orderId, version: { $lt: version } },
      { $set: { ...state, version, updated_at: at }, $push: { status_history: history } },
      { returnDocument: 'after' },
    ).lean();
    const doc = updated ?? (await this.db.models.Order.findOne({ order_id: orderId }).lean());
    if (!doc) return null;
    return withoutAccessToken(toStoredOrder(doc));
  }

  /**
   * If a writer recorded a change but died before updating the order, the order would
   * stay one version behind and every later change would conflict. Finish its work —
   * only once the change is old enough that its writer is surely not still running.
   */
  private async rollForwardIfStuck(orderId: string, version: number): Promise<void> {
    const [change, order] = await Promise.all([
      this.db.models.OrderChange.findOne({ order_id: orderId, version }).lean(),
      this.db.models.Order.findOne({ order_id: orderId }, { version: 1 }).lean(),
    ]);
    if (!change || !order || (order.version as number) >= version) return;
    if (Date.now() - new Date(change.created_at as Date).getTime() < STUCK_CHANGE_MS) return;
    const { _id, order_id, version: _v, history, created_at, ...state } = change as OrderDoc;
    await this.writeOrder(orderId, version, state, history, created_at);
  }
}

function changeToDoc(change: OrderChange): OrderDoc {
  return {
    payment_status: change.status,
    payment_gateway_transaction_id: change.transactionId,
    payment_type: change.paymentType,
    payment_instructions: change.instructions ? instructionsToDoc(change.instructions) : undefined,
    refunded_amount: change.refundedAmount,
  };
}

function historyToDoc(entry: Order['statusHistory'][number]): OrderDoc {
  return { status: entry.status, at: entry.at, source: entry.source, transaction_id: entry.transactionId };
}

function instructionsToDoc(i: PaymentInstructions): OrderDoc {
  return {
    bank: i.bank,
    va_number: i.vaNumber,
    biller_code: i.billerCode,
    bill_key: i.billKey,
    payment_code: i.paymentCode,
    expires_at: i.expiresAt ? new Date(i.expiresAt) : undefined,
  };
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;

function toStoredOrder(doc: OrderDoc): StoredOrder {
  const i = doc.payment_instructions as OrderDoc | undefined;
  return defined({
    orderId: doc.order_id,
    status: doc.payment_status,
    grossAmount: doc.gross_amount,
    items: (doc.items as OrderDoc[]).map((item) => ({
      productId: item.product_id,
      name: item.name,
      price: item.price,
      quantity: item.quantity,
    })),
    customer: defined({ name: doc.customer?.name, email: doc.customer?.email, phone: doc.customer?.phone }),
    accessTokenHash: doc.access_token_hash,
    transactionId: doc.payment_gateway_transaction_id,
    paymentType: doc.payment_type,
    instructions: i
      ? defined({
          bank: i.bank,
          vaNumber: i.va_number,
          billerCode: i.biller_code,
          billKey: i.bill_key,
          paymentCode: i.payment_code,
          expiresAt: i.expires_at ? new Date(i.expires_at).toISOString() : undefined,
        })
      : undefined,
    snapToken: doc.snap_token,
    redirectUrl: doc.snap_redirect_url,
    refundedAmount: doc.refunded_amount ?? 0,
    version: doc.version,
    statusHistory: ((doc.status_history ?? []) as OrderDoc[]).map((h) =>
      defined({ status: h.status, at: new Date(h.at), source: h.source, transactionId: h.transaction_id }),
    ),
    createdAt: new Date(doc.created_at),
    updatedAt: new Date(doc.updated_at),
  }) as StoredOrder;
}
