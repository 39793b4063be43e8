// MongoDB shapes of orders. Field names follow the assignment: order_id,
// payment_status, payment_gateway_transaction_id.
import { Schema } from 'mongoose';
import { ORDER_STATUSES } from '../payments/order-status.js';

const instructionsSchema = new Schema(
  {
    bank: String,
    va_number: String,
    biller_code: String,
    bill_key: String,
    payment_code: String,
    expires_at: Date,
  },
  { _id: false },
);

const historySchema = new Schema(
  {
    status: { type: String, enum: ORDER_STATUSES, required: true },
    at: { type: Date, required: true },
    source: { type: String, required: true },
    transaction_id: String,
  },
  { _id: false },
);

export const orderSchema = new Schema(
  {
    order_id: { type: String, required: true, unique: true },
    payment_status: { type: String, enum: ORDER_STATUSES, required: true },
    gross_amount: { type: Number, required: true },
    items: [
      new Schema(
        {
          product_id: { type: String, required: true },
          name: { type: String, required: true },
          price: { type: Number, required: true },
          quantity: { type: Number, required: true },
        },
        { _id: false },
      ),
    ],
    customer: new Schema({ name: String, email: String, phone: String }, { _id: false }),
    access_token_hash: { type: String, required: true },
    payment_gateway_transaction_id: String,
    payment_type: String,
    payment_instructions: instructionsSchema,
    snap_token: String,
    snap_redirect_url: String,
    refunded_amount: { type: Number, default: 0 },
    version: { type: Number, required: true, default: 0 },
    status_history: [historySchema],
    created_at: { type: Date, required: true },
    updated_at: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * One document per applied status change. The unique (order_id, version) index is
 * what makes a change exactly-once: of N writers that read the order at version v,
 * only one can insert version v+1 — on MongoDB and on FerretDB alike, which lacks
 * transactions and an atomic conditional findOneAndUpdate under concurrency.
 */
export const orderChangeSchema = new Schema(
  {
    order_id: { type: String, required: true },
    version: { type: Number, required: true },
    payment_status: { type: String, enum: ORDER_STATUSES, required: true },
    payment_gateway_transaction_id: String,
    payment_type: String,
    payment_instructions: instructionsSchema,
    refunded_amount: { type: Number, required: true },
    history: { type: historySchema, required: true },
    created_at: { type: Date, required: true },
  },
  { versionKey: false },
);
orderChangeSchema.index({ order_id: 1, version: 1 }, { unique: true });
