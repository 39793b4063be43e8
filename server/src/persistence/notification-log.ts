// payment_notifications: every delivery, stored before anything acts on it, then its
// outcome in payment_notification_outcomes under the same `_id`. Both are inserts (group
// committed), so logging stays cheap however long the log grows.
//
// A delivery that fails the signature check can name any order, so anyone can send
// them by the hundred. At most REJECTED_KEPT_PER_ORDER of them are kept with the order
// they name, each in a slot `<orderId>#rejected-<n>` (`#` is in no order id). `_id` is
// unique, so however many arrive at once, on however many instances, no more slots
// fill (inserts only; no counter to update, which FerretDB cannot do atomically). The
// rest are stored under `claimed_order_id` instead of `order_id`: logged and counted,
// never on the order's page. The page reads passed deliveries by themselves, so
// rejected ones never push a valid one out.
import { randomUUID } from 'node:crypto';
import type { mongo } from 'mongoose';
import {
  PASSED_VERDICTS,
  type NotificationCursor,
  type NotificationLog,
  type NotificationOutcome,
  type ReceivedNotification,
  type StoredNotification,
} from '../payments/notification-service.js';
import type { Logger } from '../payments/ports.js';
import type { Collections } from './database.js';
import { InsertBatcher } from './insert-batcher.js';
import { Lru } from './lru.js';

/** Rejected deliveries kept with one order; later ones are only counted. */
export const REJECTED_KEPT_PER_ORDER = 20;

const PASSED = [...PASSED_VERDICTS];

export class MongoNotificationLog implements NotificationLog {
  private readonly deliveries: InsertBatcher;
  private readonly outcomes: InsertBatcher;
  /** The next rejected slot worth trying per order (the ones before it are taken). */
  private readonly nextSlot = new Lru<string, number>(10_000);

  constructor(
    private readonly collections: Collections,
    private readonly logger: Logger,
  ) {
    this.deliveries = new InsertBatcher(collections.notifications);
    this.outcomes = new InsertBatcher(collections.notificationOutcomes);
  }

  async received(entry: ReceivedNotification): Promise<string> {
    const doc = {
      received_at: entry.receivedAt,
      request_id: entry.requestId,
      verdict: entry.verdict,
      order_id: entry.orderId,
      transaction_status: entry.transactionStatus,
      raw_body: entry.body,
      body_truncated: entry.truncated,
      body_sha256: entry.bodySha256,
      body_bytes: entry.bodyBytes,
    };
    if (entry.orderId && !PASSED_VERDICTS.has(entry.verdict)) return this.receivedRejected(entry.orderId, doc);
    const id = randomUUID();
    await this.deliveries.insert({ _id: id, ...doc });
    return id;
  }

  private async receivedRejected(orderId: string, doc: Record<string, unknown>): Promise<string> {
    for (let slot = this.nextSlot.get(orderId) ?? 0; slot < REJECTED_KEPT_PER_ORDER; slot++) {
      const id = `${orderId}#rejected-${slot}`;
      if ((await this.deliveries.insert({ _id: id, ...doc })) === 'inserted') {
        this.nextSlot.set(orderId, slot + 1);
        return id;
      }
    }
    this.nextSlot.set(orderId, REJECTED_KEPT_PER_ORDER);
    const { order_id: _named, ...apart } = doc;
    const id = randomUUID();
    await this.deliveries.insert({ _id: id, ...apart, claimed_order_id: orderId });
    return id;
  }

  outcome(id: string, outcome: NotificationOutcome): void {
    this.outcomes
      .insert({ _id: id, outcome: outcome.outcome, reason: outcome.reason, http_status: outcome.httpStatus, at: new Date() })
      .catch((error: unknown) => this.logger.warn('could not store a notification outcome', { id, error: String(error) }));
  }

  /** One page of an order's passed deliveries, newest first (operator desk; a scan on FerretDB, an index search on MongoDB). */
  async forOrder(orderId: string, page: { first: number; after?: NotificationCursor }): Promise<StoredNotification[]> {
    const after = page.after;
    const docs = await this.collections.notifications
      .find({
        order_id: orderId,
        verdict: { $in: PASSED },
        ...(after
          ? {
              $or: [
                { received_at: { $lt: after.receivedAt } },
                { received_at: after.receivedAt, _id: { $lt: after.id as unknown as mongo.ObjectId } },
              ],
            }
          : {}),
      })
      .sort({ received_at: -1, _id: -1 })
      .limit(page.first)
      .toArray();
    return this.withOutcomes(docs);
  }

  /** Counted, not taken from the kept ones: a log written before the cap may keep more. */
  rejectedCount(orderId: string): Promise<number> {
    return this.collections.notifications.countDocuments({
      $or: [{ order_id: orderId, verdict: { $nin: PASSED } }, { claimed_order_id: orderId }],
    });
  }

  async rejectedKept(orderId: string): Promise<StoredNotification[]> {
    const docs = await this.collections.notifications
      .find({ order_id: orderId, verdict: { $nin: PASSED } })
      .sort({ received_at: -1, _id: -1 })
      .limit(REJECTED_KEPT_PER_ORDER)
      .toArray();
    return this.withOutcomes(docs);
  }

  private async withOutcomes(docs: mongo.Document[]): Promise<StoredNotification[]> {
    if (docs.length === 0) return [];
    const found = await this.collections.notificationOutcomes.find({ _id: { $in: docs.map((doc) => doc._id) } }).toArray();
    const outcomes = new Map(found.map((o) => [String(o._id), o]));
    return docs.map((doc) => {
      const o = outcomes.get(String(doc._id));
      return {
        id: String(doc._id),
        receivedAt: new Date(doc.received_at),
        ...(doc.request_id ? { requestId: doc.request_id } : {}),
        verdict: doc.verdict,
        ...(doc.order_id ? { orderId: doc.order_id } : {}),
        ...(doc.transaction_status ? { transactionStatus: doc.transaction_status } : {}),
        body: doc.raw_body ?? '',
        truncated: !!doc.body_truncated,
        bodySha256: doc.body_sha256 ?? '',
        bodyBytes: doc.body_bytes ?? 0,
        ...(o ? { outcome: { outcome: o.outcome, ...(o.reason ? { reason: o.reason } : {}), httpStatus: o.http_status } } : {}),
      };
    });
  }
}
