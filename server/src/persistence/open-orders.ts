// `open_orders`: the working set of orders with work left (see payments/ports.ts).
// Entries are inserted on the hot path (cheap everywhere) and deleted in batches off
// it: a delete costs a scan on FerretDB, but of this small collection only.
import type { Logger, OpenOrder, OpenOrders } from '../payments/ports.js';
import type { Collections } from './database.js';
import { InsertBatcher } from './insert-batcher.js';
import { Lru } from './lru.js';

export class MongoOpenOrders implements OpenOrders {
  private readonly inserts: InsertBatcher;
  private readonly closing = new Set<string>();
  /** Entries this process wrote (or found written) and has not closed. */
  private readonly known = new Lru<string, true>(20_000);
  /** The ids being deleted right now, and that delete. */
  private deleting: { ids: Set<string>; done: Promise<void> } | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly collections: Collections,
    private readonly logger: Logger,
    flushEveryMs = 1_000,
  ) {
    this.inserts = new InsertBatcher(collections.openOrders);
    this.timer = setInterval(() => void this.flush(), flushEveryMs);
    this.timer.unref();
  }

  async open(order: OpenOrder): Promise<void> {
    // Opened by this process and not closed since: the entry is there, and the insert (a
    // duplicate, after which FerretDB redoes its whole batch document by document) is
    // spared on every change of an open order. Only this process's closes are known
    // here; another instance closes orders that are done with (final, or paid long ago),
    // which rarely change again, and if one does and this process dies before its
    // effects, Midtrans's retry of the same notification finishes them (load()).
    if (this.known.get(order.orderId)) return;
    this.closing.delete(order.orderId);
    // Reopened while its delete is in flight: let the delete land first.
    if (this.deleting?.ids.has(order.orderId)) await this.deleting.done;
    await this.inserts.insert({
      _id: order.orderId,
      opened_at: order.openedAt,
      items: order.items.map((i) => ({ product_id: i.productId, name: i.name, price: i.price, quantity: i.quantity })),
    });
    this.known.set(order.orderId, true);
  }

  close(orderId: string): void {
    this.known.delete(orderId);
    this.closing.add(orderId);
  }

  async list(limit: number, afterId?: string): Promise<OpenOrder[]> {
    await this.flush();
    const docs = await this.collections.openOrders
      .find(afterId ? { _id: { $gt: afterId as any } } : {})
      .sort({ _id: 1 })
      .limit(limit)
      .toArray();
    return docs.map((doc) => ({
      orderId: String(doc._id),
      openedAt: new Date(doc.opened_at),
      items: (doc.items as any[]).map((i) => ({ productId: i.product_id, name: i.name, price: i.price, quantity: i.quantity })),
    }));
  }

  /** Deletes the closed entries in one statement. */
  async flush(): Promise<void> {
    if (this.deleting) await this.deleting.done;
    if (this.closing.size === 0) return;
    const ids = [...this.closing];
    this.closing.clear();
    const done = this.collections.openOrders.deleteMany({ _id: { $in: ids as any[] } }).then(
      () => undefined,
      (error: unknown) => {
        for (const id of ids) this.closing.add(id);
        this.logger.warn('could not close open orders; will retry', { count: ids.length, error: String(error) });
      },
    );
    this.deleting = { ids: new Set(ids), done };
    await done;
    this.deleting = undefined;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
