// payment_notifications: every delivery, stored before anything acts on it, then its
// outcome in payment_notification_outcomes under the same `_id`. Both are inserts (group
// committed), so logging stays cheap however long the log grows.
import { randomUUID } from 'node:crypto';
import type { NotificationLog, NotificationOutcome, ReceivedNotification, StoredNotification } from '../payments/notification-service.js';
import type { Logger } from '../payments/ports.js';
import type { Collections } from './database.js';
import { InsertBatcher } from './insert-batcher.js';

export class MongoNotificationLog implements NotificationLog {
  private readonly deliveries: InsertBatcher;
  private readonly outcomes: InsertBatcher;

  constructor(
    private readonly collections: Collections,
    private readonly logger: Logger,
  ) {
    this.deliveries = new InsertBatcher(collections.notifications);
    this.outcomes = new InsertBatcher(collections.notificationOutcomes);
  }

  async received(entry: ReceivedNotification): Promise<string> {
    const id = randomUUID();
    await this.deliveries.insert({
      _id: id,
      received_at: entry.receivedAt,
      request_id: entry.requestId,
      verdict: entry.verdict,
      order_id: entry.orderId,
      transaction_status: entry.transactionStatus,
      raw_body: entry.body,
      body_truncated: entry.truncated,
      body_sha256: entry.bodySha256,
      body_bytes: entry.bodyBytes,
    });
    return id;
  }

  outcome(id: string, outcome: NotificationOutcome): void {
    this.outcomes
      .insert({ _id: id, outcome: outcome.outcome, reason: outcome.reason, http_status: outcome.httpStatus, at: new Date() })
      .catch((error: unknown) => this.logger.warn('could not store a notification outcome', { id, error: String(error) }));
  }

  /** One order's deliveries, oldest first (operator desk; a scan on FerretDB, indexed on MongoDB). */
  async forOrder(orderId: string): Promise<StoredNotification[]> {
    const docs = await this.collections.notifications.find({ order_id: orderId }).sort({ received_at: 1 }).limit(500).toArray();
    const outcomes = await Promise.all(docs.map((doc) => this.collections.notificationOutcomes.findOne({ _id: doc._id })));
    return docs.map((doc, i) => {
      const o = outcomes[i];
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
