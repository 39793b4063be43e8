import type { OrderStatus } from './order-status.js';

/**
 * What a gateway says happened to a payment, in our words. The adapter builds one
 * from each verified notification; the state machine decides what it does to an order.
 */
export interface PaymentEvent {
  /** The status this event would put the order in. */
  status: OrderStatus;
  /** The gateway's id of the payment attempt (Midtrans transaction_id). */
  transactionId: string | undefined;
  /** Amount the gateway says the transaction is for, integer IDR. */
  grossAmount: number;
  /** Cumulative refunded amount, integer IDR (refund events only). */
  refundedAmount?: number;
  paymentType?: string;
  instructions?: PaymentInstructions;
  /** Gateway's own words, kept for the status history ("settlement", "capture/challenge"…). */
  gatewayStatus: string;
}

/** What a shopper needs to finish paying a pending order. */
export interface PaymentInstructions {
  bank?: string;
  vaNumber?: string;
  billerCode?: string;
  billKey?: string;
  paymentCode?: string;
  expiresAt?: string;
}

/** A notification we understood but that carries no order change (chargeback, authorize…). */
export interface IgnoredEvent {
  ignored: true;
  reason: string;
}
