import type { OrderStatus } from './order-status.js';

/**
 * What a gateway says happened to a payment, in our words. The adapter builds one from
 * the gateway's status answer (the truth) or from a notification body (a claim, only
 * ever used to decide whether to ask for the truth).
 */
export interface PaymentEvent {
  /** The status this event would put the order in. */
  status: OrderStatus;
  /** The gateway's id of the payment attempt (Midtrans transaction_id). */
  transactionId: string | undefined;
  /** Amount the gateway says the transaction is for, integer IDR. */
  grossAmount: number;
  /** ISO 4217, when the gateway says; the shop sells in IDR only. */
  currency?: string;
  /** Cumulative refunded amount, integer IDR (refund events only). */
  refundedAmount?: number;
  paymentType?: string;
  instructions?: PaymentInstructions;
  /**
   * Paid, but not settled yet, so the gateway would still void it (cancel) rather than
   * refund it: a captured card payment.
   */
  voidable?: boolean;
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

/** A gateway status we understood but that carries no order change (chargeback, authorize…). */
export interface IgnoredEvent {
  ignored: true;
  reason: string;
}

export const isIgnored = (event: PaymentEvent | IgnoredEvent): event is IgnoredEvent => 'ignored' in event;
