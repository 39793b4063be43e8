import type { PaymentMethod } from './channels.js';

// What the simulator keeps per invoice and refund. Wire shapes are built from these in
// invoice-wire.ts / refund-wire.ts; nothing here is sent as it is.

export type InvoiceStatus = 'PENDING' | 'PAID' | 'SETTLED' | 'EXPIRED';

/** A validated create request, in the wire's own names (Xendit echoes most of it back). */
export type InvoiceRequest = Record<string, unknown> & {
  external_id: string;
  amount: number;
  currency: string;
  invoice_duration: number;
};

export interface Payment {
  method: PaymentMethod;
  channel: string;
  /** The VA number, payment code, or masked card / wallet reference the shopper paid with. */
  destination: string;
  paymentId: string;
  paidAt: Date;
  paidAmount: number;
}

export interface Invoice {
  id: string;
  request: InvoiceRequest;
  status: InvoiceStatus;
  /** Channel codes open on this invoice (payment_methods, or every channel). */
  channels: string[];
  /** Per bank: the VA number; per outlet: the payment code (fixed at creation, as Xendit does). */
  destinations: Record<string, string>;
  created: Date;
  updated: Date;
  expiryDate: Date;
  payment?: Payment;
  /** Refunds counted against the paid amount (PENDING and SUCCEEDED ones). */
  refundIds: string[];
}

export type RefundStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';

export interface Refund {
  id: string;
  invoiceId: string;
  amount: number;
  reason: string;
  referenceId: string | null;
  metadata: Record<string, unknown> | null;
  status: RefundStatus;
  failureCode: string | null;
  created: Date;
  updated: Date;
}
