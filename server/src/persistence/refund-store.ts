// refunds: `_id` `<orderId>:<refundKey>`, so a repeated key is a duplicate insert. Few
// documents (operators make them), so the status update after Midtrans answers is cheap.
import type { RefundRepository } from '../payments/ports.js';
import type { Refund } from '../payments/refund.js';
import { isDuplicateKeyError, type Collections } from './database.js';

const id = (orderId: string, key: string) => `${orderId}:${key}`;

export class MongoRefundStore implements RefundRepository {
  constructor(private readonly collections: Collections) {}

  async insert(refund: Refund): Promise<boolean> {
    try {
      await this.collections.refunds.insertOne({
        _id: id(refund.orderId, refund.refundKey) as any,
        order_id: refund.orderId,
        refund_key: refund.refundKey,
        amount: refund.amount,
        reason: refund.reason,
        status: refund.status,
        requested_at: refund.requestedAt,
        requested_by: refund.requestedBy,
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async find(orderId: string, refundKey: string): Promise<Refund | null> {
    const doc = await this.collections.refunds.findOne({ _id: id(orderId, refundKey) as any });
    return doc ? toRefund(doc) : null;
  }

  async settle(orderId: string, refundKey: string, outcome: { status: 'accepted' } | { status: 'failed'; failureReason: string }) {
    await this.collections.refunds.updateOne(
      { _id: id(orderId, refundKey) as any },
      { $set: { status: outcome.status, ...(outcome.status === 'failed' ? { failure_reason: outcome.failureReason } : {}) } },
    );
  }

  async forOrder(orderId: string): Promise<Refund[]> {
    const docs = await this.collections.refunds.find({ order_id: orderId }).sort({ requested_at: 1 }).toArray();
    return docs.map(toRefund);
  }
}

function toRefund(doc: Record<string, any>): Refund {
  return {
    orderId: doc.order_id,
    refundKey: doc.refund_key,
    amount: doc.amount,
    reason: doc.reason,
    status: doc.status,
    ...(doc.failure_reason ? { failureReason: doc.failure_reason } : {}),
    requestedAt: new Date(doc.requested_at),
    requestedBy: doc.requested_by,
  };
}
