import { MapStore } from '../../kit/util/map-store.js';
import type { GopayUserState, PayAccount, SavedCard, Subscription } from './recurring-types.js';
import type { OrderRecord, SnapSession, Transaction } from './types.js';

export interface CardToken {
  tokenId: string;
  cardNumber: string;
  createdAt: Date;
}

export interface IdempotentAnswer {
  httpStatus: number;
  body: unknown;
}

/** All simulator state, in memory; `reset()` is what `POST /sim/v1/reset` does. */
export class Store extends MapStore {
  readonly orders = new Map<string, OrderRecord>();
  readonly sessionsByToken = new Map<string, SnapSession>();
  readonly transactionsById = new Map<string, Transaction>();
  readonly cardTokens = new Map<string, CardToken>();
  /** `Idempotency-Key` → the first answer to /v2/charge with that key. */
  readonly idempotency = new Map<string, IdempotentAnswer>();
  /** saved_token_id → card (card register, or a charge with save_token_id). */
  readonly savedCards = new Map<string, SavedCard>();
  readonly payAccounts = new Map<string, PayAccount>();
  /** GoPay users the driver blocked or unregistered, by phone; everyone else is active. */
  readonly gopayUsers = new Map<string, GopayUserState>();
  readonly subscriptions = new Map<string, Subscription>();

  order(orderId: string): OrderRecord {
    let order = this.orders.get(orderId);
    if (!order) {
      order = { orderId, previous: [] };
      this.orders.set(orderId, order);
    }
    return order;
  }

  /** `{id}` in `/v2/{id}/…` is an order_id or a transaction_id (docs/midtrans.md §13). */
  findTransaction(id: string): Transaction | undefined {
    return this.transactionsById.get(id) ?? this.orders.get(id)?.transaction;
  }
}
