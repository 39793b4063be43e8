import { Schema } from 'mongoose';

/** Every notification received, valid or not, for debugging and audits. */
export const paymentNotificationSchema = new Schema(
  {
    received_at: { type: Date, required: true },
    /** The body exactly as received (a string: it may not even be JSON). */
    raw_body: { type: String, default: '' },
    order_id: String,
    transaction_status: String,
    signature_valid: Boolean,
    /** applied, unchanged, rejected, ignored, unknown_order, invalid_signature, malformed, error */
    outcome: { type: String, required: true },
    reason: String,
    http_status: { type: Number, required: true },
  },
  { versionKey: false },
);
paymentNotificationSchema.index({ order_id: 1, received_at: -1 });
