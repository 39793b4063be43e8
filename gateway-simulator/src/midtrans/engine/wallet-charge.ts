import type { PayAccount } from '../store/recurring-types.js';
import type { SimContext } from './context.js';

// Charging a linked GoPay account by one of its payment-option tokens (docs/midtrans.md §24).

export function accountByToken(ctx: SimContext, token: string): PayAccount | undefined {
  for (const account of ctx.store.payAccounts.values()) {
    if (account.status === 'ENABLED' && (account.walletToken === token || account.payLaterToken === token)) return account;
  }
  return undefined;
}

/** A blocked wallet (driver `PUT /sim/v1/gopay/users/{phone}`) denies; anything else pays. */
export const walletOutcome = (ctx: SimContext, account: PayAccount): 'settle' | 'deny' =>
  ctx.store.gopayUsers.get(account.phone) === 'blocked' ? 'deny' : 'settle';
