// The operator's order list.
//
// Why it reads in time windows: neither database can give "the newest 20 of these orders"
// without sorting every order the filter keeps, unless the read is bounded first. MongoDB
// walks its created_at index; the embedded FerretDB sorts in Go whatever SQLite hands it, so
// an unbounded page read a million orders. Each page is therefore read newest window first
// (an hour back from the cursor, then four times wider each time), slice by slice, until it
// has the page or no older order is left. A slice is a search of the created_at index on
// both databases, and the rows of a slice are the only ones sorted. A busy shop's first page
// is one slice of about an hour's orders; a filter that matches little reads further back.
//
// A search is an index look-up instead: an order id or its prefix (the `_id` index, as a
// range) or a customer's whole email in any case (`email_key`). A part of an email is no
// longer searched: that is a scan of every order on any database.
//
// Filters read the payment_status projection, which may trail the newest change by moments;
// the rows themselves show each order's newest state.
import { LEGACY_GATEWAY } from '../payments/gateway-name.js';
import type { OrderFilter, OrderSearch } from '../payments/ports.js';
import type { Collections } from './database.js';
import { emailKey } from './email-key.js';

/** The first slice reaches this far back from the cursor (or now); each next one is WINDOW_GROWTH times wider. */
export const FIRST_WINDOW_MS = 60 * 60 * 1000;
export const WINDOW_GROWTH = 4;
/** Longer search text is not an order id or an email Lunas accepts. */
const MAX_SEARCH_LENGTH = 254;
// The highest code point sorts after every character an order id can hold: `prefix + MAX` ends the range.
const AFTER_EVERY_SUFFIX = '\u{10FFFF}';

type Cursor = { createdAt: Date; orderId: string };
type Condition = Record<string, unknown>;

export class MongoOrderSearch implements OrderSearch {
  constructor(
    private readonly collections: Collections,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async search(filter: OrderFilter, limit: number, after?: Cursor): Promise<string[]> {
    const conditions = filterConditions(filter);
    if (after) conditions.push(afterCursor(after));
    const search = filter.search?.trim().slice(0, MAX_SEARCH_LENGTH);
    if (search) return this.page([...conditions, searchCondition(search)], limit);

    // Newest first, a slice at a time: [from, upper) with upper the previous slice's from.
    const floor = filter.createdFrom?.getTime();
    let upper = Math.min(after?.createdAt.getTime() ?? Infinity, filter.createdTo?.getTime() ?? Infinity);
    // The first slice keeps its upper end open (`after` and createdTo bound it already), so
    // an order stamped later than this instance's clock is not missed.
    const anchor = Number.isFinite(upper) ? upper : this.now().getTime();
    const ids: string[] = [];
    let first = true;
    for (let span = FIRST_WINDOW_MS; ; span *= WINDOW_GROWTH) {
      const from = floor === undefined ? anchor - span : Math.max(anchor - span, floor);
      const slice: Condition[] = [{ created_at: { $gte: new Date(from) } }];
      if (!first) slice.push({ created_at: { $lt: new Date(upper) } });
      ids.push(...(await this.page([...conditions, ...slice], limit - ids.length)));
      first = false;
      upper = from;
      if (ids.length >= limit || from === floor || !(await this.anyOrderBefore(from))) return ids;
    }
  }

  /** The ids of up to `limit` orders matching every condition, newest first. */
  private async page(conditions: Condition[], limit: number): Promise<string[]> {
    const docs = await this.collections.orders
      .find(conditions.length ? { $and: conditions } : {}, { projection: { _id: 1 } })
      .sort({ created_at: -1, order_id: -1 })
      .limit(limit)
      .toArray();
    return docs.map((doc) => String(doc._id));
  }

  /** Whether any order is older than `time`: one row of an index range (no sort, so FerretDB stops at the first). */
  private async anyOrderBefore(time: number): Promise<boolean> {
    return (await this.collections.orders.findOne({ created_at: { $lt: new Date(time) } }, { projection: { _id: 1 } })) !== null;
  }
}

function filterConditions(filter: OrderFilter): Condition[] {
  const and: Condition[] = [];
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
  return and;
}

function afterCursor(after: Cursor): Condition {
  return { $or: [{ created_at: { $lt: after.createdAt } }, { created_at: after.createdAt, order_id: { $lt: after.orderId } }] };
}

/** An order id or its prefix (typed in any case up to the `LNS-` part), or a whole email. */
function searchCondition(search: string): Condition {
  const id = /^lns-/i.test(search) ? `LNS-${search.slice(4)}` : search;
  return { $or: [{ _id: { $gte: id, $lt: id + AFTER_EVERY_SUFFIX } }, { email_key: emailKey(search) }] };
}
