// payment_anomalies: one document per anomaly, under an id derived from what happened,
// so the same anomaly seen twice (a retry, a replay) is stored once.
import type { PaymentAnomaly } from '../payments/anomaly.js';
import type { AnomalyLog } from '../payments/ports.js';
import type { Collections } from './database.js';
import { InsertBatcher } from './insert-batcher.js';

export class MongoAnomalyLog implements AnomalyLog {
  private readonly inserts: InsertBatcher;

  constructor(private readonly collections: Collections) {
    this.inserts = new InsertBatcher(collections.anomalies);
  }

  async record(anomaly: PaymentAnomaly): Promise<void> {
    await this.inserts.insert({ _id: anomaly.id, order_id: anomaly.orderId, kind: anomaly.kind, details: anomaly.details, at: anomaly.at });
  }

  async forOrder(orderId: string): Promise<PaymentAnomaly[]> {
    const docs = await this.collections.anomalies.find({ order_id: orderId }).sort({ at: 1 }).toArray();
    return docs.map(toAnomaly);
  }

  /** Newest first; `before` is the `at` of the last one already shown. */
  async list(limit: number, before?: Date): Promise<PaymentAnomaly[]> {
    const docs = await this.collections.anomalies
      .find(before ? { at: { $lt: before } } : {})
      .sort({ at: -1 })
      .limit(limit)
      .toArray();
    return docs.map(toAnomaly);
  }
}

function toAnomaly(doc: Record<string, any>): PaymentAnomaly {
  return { id: String(doc._id), orderId: doc.order_id, kind: doc.kind, details: doc.details ?? {}, at: new Date(doc.at) };
}
