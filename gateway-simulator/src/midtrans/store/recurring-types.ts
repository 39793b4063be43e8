// What the simulator remembers for saved cards, GoPay tokenization and subscriptions
// (docs/midtrans.md §23–§25). Field names are ours; rules/ builds the wire shapes.

export interface SavedCard {
  savedTokenId: string;
  cardNumber: string;
  expiresAt: Date;
}

/** A GoPay user as the sandbox's wallet sees them, keyed by phone (country code + number). */
export type GopayUserState = 'active' | 'blocked' | 'unregistered';

export type PayAccountStatus = 'PENDING' | 'ENABLED' | 'DISABLED';

export interface PayAccount {
  accountId: string;
  phone: string;
  countryCode: string;
  status: PayAccountStatus;
  createdAt: Date;
  referenceId: string;
  /** Tokens to charge with, one per payment option, made when the account is enabled. */
  walletToken?: string;
  payLaterToken?: string;
}

export type SubscriptionStatus = 'active' | 'inactive';
export type IntervalUnit = 'day' | 'week' | 'month';

export interface Subscription {
  id: string;
  name: string;
  amount: number;
  currency: string;
  paymentType: 'credit_card' | 'gopay';
  token: string;
  gopayAccountId?: string;
  schedule: {
    interval: number;
    intervalUnit: IntervalUnit;
    maxInterval?: number;
    startTime: Date;
    previousExecutionAt?: Date;
    nextExecutionAt?: Date;
  };
  status: SubscriptionStatus;
  metadata?: Record<string, unknown>;
  customerDetails?: Record<string, unknown>;
  createdAt: Date;
  transactionIds: string[];
  /** Charges made so far (max_interval counts them). */
  charges: number;
  job?: number;
}
