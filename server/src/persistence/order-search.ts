// The operator's order list. A query by anything but `_id` scans on FerretDB v1 (indexed
// on MongoDB): fine for a desk that pages through orders, and never on a shopper's path.
// Filters read the payment_status projection, which may trail the newest change by
// moments; the rows themselves show each order's newest state.
import { LEGACY_GATEWAY } from '../payments/gateway-name.js';
import type { OrderFilter, OrderSearch } from '../payments/ports.js';
import type { Collections } from './database.js';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class MongoOrderSearch implements OrderSearch {
  constructor(private readonly collections: Collections) {}

  async search(filter: OrderFilter, limit: number, after?: { createdAt: Date; orderId: string }): Promise<string[]> {
    const and: Record<string, unknown>[] = [];
    if (filter.statuses?.length) and.push({ payment_status: { $in: filter.statuses } });
    if (filter.createdFrom) and.push({ created_at: { $gte: filter.createdFrom } });
    if (filter.createdTo) and.push({ created_at: { $lt: filter.createdTo } });
    if (filter.gateway) {
      // Orders stored before orders named their gateway have no field: they are the legacy gateway's.
      and.push(
        filter.gateway === LEGACY_GATEWAY
          ? { $or: [{ gateway: filter.gateway }, { gateway: { $exists: false } }] }
          : { gateway: filter.gateway },
      );
    }
    const search = filter.search?.trim();
    if (search) {
      const text = escapeRegex(search.slice(0, 100));
      and.push({ $or: [{ order_id: { $regex: `^${text}` } }, { 'customer.email': { $regex: text, $options: 'i' } }] });
    }
    if (after) {
      and.push({ $or: [{ created_at: { $lt: after.createdAt } }, { created_at: after.createdAt, order_id: { $lt: after.orderId } }] });
    }
    const docs = await this.collections.orders
      .find(and.length ? { $and: and } : {}, { projection: { _id: 1 } })
      .sort({ created_at: -1, order_id: -1 })
      .limit(limit)
      .toArray();
    return docs.map((doc) => String(doc._id));
  }
}
