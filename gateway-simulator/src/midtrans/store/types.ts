// What the simulator remembers. Field names are ours (camelCase); the Midtrans wire shapes are
// built from these in rules/wire.ts.

/** Every `transaction_status` the simulator produces (docs/midtrans.md §12). */
export type TransactionStatus =
  'pending' | 'authorize' | 'capture' | 'settlement' | 'deny' | 'cancel' | 'expire' | 'refund' | 'partial_refund';

export type FraudStatus = 'accept' | 'challenge' | 'deny';

export type PaymentType = 'bank_transfer' | 'echannel' | 'gopay' | 'qris' | 'shopeepay' | 'credit_card';

export type VaBank = 'bca' | 'bni' | 'bri' | 'permata';

/** What a sandbox test card does (docs/midtrans.md §21). */
export interface CardBehaviour {
  /** Snap / `authentication: true` asks for the OTP first. */
  threeDs: boolean;
  outcome: 'accept' | 'bank_deny' | 'fds_deny' | 'challenge' | 'rc51' | 'rc51_over_30000' | 'offline';
}

export interface CardDetails {
  number: string;
  /** first 8 + last 4 digits (docs/midtrans.md §9). */
  masked: string;
  bank: string;
  cardType: 'credit' | 'debit';
  behaviour: CardBehaviour;
}

export interface Refund {
  refundChargebackId: number;
  amount: number;
  createdAt: Date;
  reason: string;
  refundKey: string;
  method: 'online' | 'offline';
  bankConfirmedAt?: Date;
  /** The response body first returned, replayed for a retry with the same refund_key (§19). */
  response: Record<string, unknown>;
}

export interface Transaction {
  transactionId: string;
  orderId: string;
  grossAmount: number;
  paymentType: PaymentType;
  /** VA bank for bank_transfer; acquiring bank for cards. */
  bank?: string;
  vaNumber?: string;
  billKey?: string;
  card?: CardDetails;
  approvalCode?: string;
  eci?: string;
  channelResponse?: { code: string; message: string };
  status: TransactionStatus;
  fraudStatus: FraudStatus;
  /** Set for the card-in-3DS `pending` (docs/midtrans.md §21). */
  awaitingThreeDs?: boolean;
  transactionTime: Date;
  expiryTime?: Date;
  settlementTime?: Date;
  refunds: Refund[];
  customFields: Record<string, string>;
  notificationUrls: string[];
  snapToken?: string;
  /** Clock job that expires it, cancelled when it leaves `pending`. */
  expiryJob?: number;
}

export interface SnapItem {
  id?: string;
  price: number;
  quantity: number;
  name: string;
  [extra: string]: unknown;
}

export interface SnapSession {
  token: string;
  orderId: string;
  grossAmount: number;
  itemDetails: SnapItem[];
  customerDetails: Record<string, unknown> | null;
  /** Resolved Snap `enabled_payments` keys (bca_va, gopay, …). */
  enabledPayments: string[];
  callbacks: { finish?: string; error?: string; unfinish?: string };
  customFields: Record<string, string>;
  createdAt: Date;
  pageExpiresAt: Date;
  /** `expiry` with `start_time`: payment deadline fixed at creation (§5). */
  paymentDeadline?: Date;
  /** `expiry` without `start_time`: the payment clock starts when a method is chosen (§5). */
  paymentDurationMs?: number;
  revoked: boolean;
  notificationUrls: string[];
  pageExpiryJob?: number;
}

/** One merchant order_id as Midtrans sees it: its live Snap session and its transaction(s). */
export interface OrderRecord {
  orderId: string;
  session?: SnapSession;
  transaction?: Transaction;
  /** Earlier transactions of the same order_id (denied card attempts, expired ones before a reuse). */
  previous: Transaction[];
  lastEventId?: string;
}
