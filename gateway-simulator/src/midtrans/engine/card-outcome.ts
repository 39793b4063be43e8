import { digits } from '../../kit/util/ids.js';
import type { Transaction } from '../store/types.js';
import type { SimContext } from './context.js';
import { changeState } from './transitions.js';

// What a test card does once authenticated (or not): docs/midtrans.md §21 and the card samples of §9.
export function decideCardOutcome(ctx: SimContext, tx: Transaction, authenticated: boolean): void {
  const behaviour = tx.card?.behaviour;
  if (!behaviour) return;
  if (!authenticated) {
    // "Card is not authenticated.", eci 07 (§9, card denied during 3DS).
    tx.eci = '07';
    tx.channelResponse = undefined;
    changeState(ctx, tx, 'deny', 'accept');
    return;
  }
  tx.eci = behaviour.threeDs ? '05' : '06';
  let outcome = behaviour.outcome;
  if (outcome === 'rc51_over_30000') outcome = tx.grossAmount > 30_000 ? 'rc51' : 'accept';
  switch (outcome) {
    case 'accept':
    case 'challenge':
      tx.approvalCode = digits(13);
      tx.channelResponse = { code: '00', message: 'Approved' };
      changeState(ctx, tx, 'capture', outcome === 'challenge' ? 'challenge' : 'accept');
      return;
    case 'fds_deny':
      changeState(ctx, tx, 'deny', 'deny');
      return;
    case 'rc51':
      tx.channelResponse = { code: '51', message: 'Insufficient funds' };
      changeState(ctx, tx, 'deny', 'accept');
      return;
    case 'offline':
      tx.channelResponse = { code: '05', message: 'Card is not eligible for online transaction' };
      changeState(ctx, tx, 'deny', 'accept');
      return;
    default:
      tx.channelResponse = { code: '05', message: 'Do not honour' };
      changeState(ctx, tx, 'deny', 'accept');
  }
}
