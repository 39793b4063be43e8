// refunds: `_id` `<orderId>:<refundKey>`, so a repeated key is a duplicate insert, and
// `claim` `<orderId>#<n>` (unique), so two new refunds made from the same reading of an
// order's refunds cannot both be recorded: the second is told its number was taken. That
// is what keeps "one open refund per order" true across instances; a check before the
// insert alone would let two requests that read at the same moment both pass. Refunds
// stored before claims existed have none (a missing value is not unique-checked). Few
// documents (operators make them), so the status updates after the gateway answers are
// cheap. Updates are conditional: once accepted, a refund stays accepted, whichever
// answer (a late timeout of a retry, a follow-up) is recorded after.
import type { RefundOutcome, RefundRepository } from '../payments/ports.js';
import type { Refund } from '../payments/refund.js';
import type { mongo } from 'mongoose';
import { isDuplicateKeyError, type Collections } from './database.js';

const id = (orderId: string, key: string) => `${orderId}:${key}`;
/** The refund's document; never moves an accepted one. String ids, which the driver's ObjectId typing does not expect. */
const open = (orderId: string, key: string) =>
  ({ _id: id(orderId, key), status: { $ne: 'accepted' } }) as unknown as mongo.Filter<mongo.Document>;

export class MongoRefundStore implements RefundRepository {
  constructor(private readonly collections: Collections) {}

  async insert(refund: Refund, sequence: number): Promise<'inserted' | 'duplicate' | 'claimed'> {
    try {
      await this.collections.refunds.insertOne({
        _id: id(refund.orderId, refund.refundKey) as any,
        claim: `${refund.orderId}#${sequence}`,
        order_id: refund.orderId,
        refund_key: refund.refundKey,
        amount: refund.amount,
        reason: refund.reason,
        status: refund.status,
        requested_at: refund.requestedAt,
        requested_by: refund.requestedBy,
        sent_at: refund.sentAt ?? refund.requestedAt,
      });
      return 'inserted';
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Which key: a refund under this id means the same key; otherwise the claim was taken.
      return (await this.find(refund.orderId, refund.refundKey)) ? 'duplicate' : 'claimed';
    }
  }

  async find(orderId: string, refundKey: string): Promise<Refund | null> {
    const doc = await this.collections.refunds.findOne({ _id: id(orderId, refundKey) as any });
    return doc ? toRefund(doc) : null;
  }

  async reopen(orderId: string, refundKey: string, sentAt: Date): Promise<void> {
    await this.collections.refunds.updateOne(open(orderId, refundKey), { $set: { status: 'requested', sent_at: sentAt } });
  }

  async settle(orderId: string, refundKey: string, outcome: RefundOutcome): Promise<void> {
    await this.collections.refunds.updateOne(
      open(orderId, refundKey),
      outcome.status === 'accepted' || outcome.status === 'pending'
        ? {
            $set: { status: outcome.status, ...(outcome.gatewayRefundId ? { gateway_refund_id: outcome.gatewayRefundId } : {}) },
            $unset: { failure_reason: '' },
          }
        : { $set: { status: outcome.status, failure_reason: outcome.failureReason } },
    );
  }

  async forOrder(orderId: string): Promise<Refund[]> {
    const docs = await this.collections.refunds.find({ order_id: orderId }).sort({ requested_at: 1 }).toArray();
    return docs.map(toRefund);
  }

  /** A filter on a field of a small collection: a short scan on FerretDB, an index-free read. */
  async findByGatewayId(gatewayRefundId: string): Promise<Refund | null> {
    const doc = await this.collections.refunds.findOne({ gateway_refund_id: gatewayRefundId });
    return doc ? toRefund(doc) : null;
  }

  async unsettled(limit: number): Promise<Refund[]> {
    const docs = await this.collections.refunds
      .find({ status: { $in: ['requested', 'pending', 'unknown'] } })
      .sort({ requested_at: 1 })
      .limit(limit)
      .toArray();
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
    ...(doc.gateway_refund_id ? { gatewayRefundId: doc.gateway_refund_id } : {}),
    ...(doc.sent_at ? { sentAt: new Date(doc.sent_at) } : {}),
  };
}
