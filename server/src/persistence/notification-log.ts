import type { Database } from './database.js';

export interface NotificationLogEntry {
  receivedAt: Date;
  rawBody: string;
  orderId?: string;
  transactionStatus?: string;
  signatureValid?: boolean;
  outcome: string;
  reason?: string;
  httpStatus: number;
}

/** The payment_notifications collection: every webhook call, valid or not. */
export class MongoNotificationLog {
  constructor(private readonly db: Database) {}

  async record(entry: NotificationLogEntry): Promise<void> {
    await this.db.models.PaymentNotification.create({
      received_at: entry.receivedAt,
      raw_body: entry.rawBody,
      order_id: entry.orderId,
      transaction_status: entry.transactionStatus,
      signature_valid: entry.signatureValid,
      outcome: entry.outcome,
      reason: entry.reason,
      http_status: entry.httpStatus,
    });
  }
}
