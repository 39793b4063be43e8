// The operator's order list.
//
// Why it reads in time windows: neither database can give "the newest 20 of these orders"
// without sorting every order the filter keeps, unless the read is bounded first. MongoDB
// walks its created_at index; the embedded FerretDB sorts in Go whatever SQLite hands it, so
// an unbounded page read a million orders. Each page is therefore read newest window first
// (a minute back from the cursor, or twice what the last full page spanned, then four times
// wider each time), slice by slice, until it has the page or no older order is left. A slice is a search of the created_at index on
// both databases, and the rows of a slice are the only ones sorted. A busy shop's first page
// is one slice of about two pages' orders; a filter that matches little reads further back.
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

/**
 * The first slice reaches this far back from the cursor (or now) until a full page has shown
 * how dense orders are; each next slice is WINDOW_GROWTH times wider. After a full page the
 * first slice is twice the time that page spanned, within [MIN_WINDOW_MS, MAX_FIRST_WINDOW_MS]:
 * at a flash sale's 50 orders a second, a minute is 3,000 orders to sort, a page's span 50.
 */
export const FIRST_WINDOW_MS = 60 * 1000;
const MIN_WINDOW_MS = 1000;
const MAX_FIRST_WINDOW_MS = 60 * 60 * 1000;
export const WINDOW_GROWTH = 4;
/** Longer search text is not an order id or an email Lunas accepts. */
const MAX_SEARCH_LENGTH = 254;
// The highest code point sorts after every character an order id can hold: `prefix + MAX` ends the range.
const AFTER_EVERY_SUFFIX = '\u{10FFFF}';

type Cursor = { createdAt: Date; orderId: string };
type Row = { id: string; createdAt: number };
type Condition = Record<string, unknown>;

export class MongoOrderSearch implements OrderSearch {
  /** Where the next list starts (a hint only: the slices widen until the page is full). */
  private firstWindowMs = FIRST_WINDOW_MS;

  constructor(
    private readonly collections: Collections,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async search(filter: OrderFilter, limit: number, after?: Cursor): Promise<string[]> {
    const conditions = filterConditions(filter);
    if (after) conditions.push(afterCursor(after));
    const search = filter.search?.trim().slice(0, MAX_SEARCH_LENGTH);
    if (search) return (await this.page([...conditions, searchCondition(search)], limit)).map((row) => row.id);

    // Newest first, a slice at a time: [from, upper) with upper the previous slice's from.
    const floor = filter.createdFrom?.getTime();
    let upper = Math.min(after?.createdAt.getTime() ?? Infinity, filter.createdTo?.getTime() ?? Infinity);
    // The first slice keeps its upper end open (`after` and createdTo bound it already), so
    // an order stamped later than this instance's clock is not missed.
    const anchor = Number.isFinite(upper) ? upper : this.now().getTime();
    const rows: Row[] = [];
    let first = true;
    for (let span = this.firstWindowMs; ; span *= WINDOW_GROWTH) {
      const from = floor === undefined ? anchor - span : Math.max(anchor - span, floor);
      const slice: Condition[] = [{ created_at: { $gte: new Date(from) } }];
      if (!first) slice.push({ created_at: { $lt: new Date(upper) } });
      rows.push(...(await this.page([...conditions, ...slice], limit - rows.length)));
      first = false;
      upper = from;
      if (rows.length >= limit) {
        const spanned = anchor - rows[rows.length - 1]!.createdAt;
        this.firstWindowMs = Math.min(MAX_FIRST_WINDOW_MS, Math.max(MIN_WINDOW_MS, 2 * spanned));
        break;
      }
      if (from === floor || !(await anyOrderBefore(this.collections, from))) break;
    }
    return rows.map((row) => row.id);
  }

  /** Up to `limit` orders matching every condition, newest first. */
  private async page(conditions: Condition[], limit: number): Promise<Row[]> {
    const docs = await this.collections.orders
      .find(conditions.length ? { $and: conditions } : {}, { projection: { _id: 1, created_at: 1 } })
      .sort({ created_at: -1, order_id: -1 })
      .limit(limit)
      .toArray();
    return docs.map((doc) => ({ id: String(doc._id), createdAt: new Date(doc.created_at).getTime() }));
  }
}

/** Whether any order is older than `time`: one row of an index range (no sort, so FerretDB stops at the first). */
export async function anyOrderBefore(collections: Pick<Collections, 'orders'>, time: number): Promise<boolean> {
  return (await collections.orders.findOne({ created_at: { $lt: new Date(time) } }, { projection: { _id: 1 } })) !== null;
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
