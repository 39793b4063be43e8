import { nextState, type Move } from '../rules/lifecycle.js';
import type { DeliveryRecord } from '../../kit/delivery/delivery-log.js';
import type { Transaction } from '../store/types.js';
import type { SimContext } from './context.js';
import { publishNotification } from './notify.js';

export type MoveResult =
  | { ok: true; tx: Transaction; sent: Promise<DeliveryRecord[]> }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'not_allowed'; tx: Transaction };

/** Applies one lifecycle move (rules/lifecycle.ts) and sends its notification. */
export function applyMove(ctx: SimContext, id: string, move: Move, notify = true): MoveResult {
  const tx = ctx.store.findTransaction(id);
  if (!tx) return { ok: false, reason: 'not_found' };
  const next = nextState(tx, move);
  if (!next) return { ok: false, reason: 'not_allowed', tx };
  changeState(ctx, tx, next.status, next.fraudStatus);
  if (move === 'settle') tx.settlementTime = ctx.clock.now();
  return { ok: true, tx, sent: publishNotification(ctx, tx, notify) };
}

/** Sets the new state; once out of `pending` the payment deadline no longer applies. */
export function changeState(ctx: SimContext, tx: Transaction, status: Transaction['status'], fraud: Transaction['fraudStatus']): void {
  tx.status = status;
  tx.fraudStatus = fraud;
  if (status !== 'pending') {
    tx.awaitingThreeDs = undefined;
    ctx.clock.cancel(tx.expiryJob);
    tx.expiryJob = undefined;
  }
}

/** Expires the transaction when simulated time reaches its expiry_time (docs/midtrans.md §20 defaults). */
export function scheduleExpiry(ctx: SimContext, tx: Transaction): void {
  if (tx.status !== 'pending' || !tx.expiryTime) return;
  ctx.clock.cancel(tx.expiryJob);
  tx.expiryJob = ctx.clock.at(tx.expiryTime, async () => {
    tx.expiryJob = undefined;
    const result = applyMove(ctx, tx.transactionId, 'expire');
    if (result.ok) await result.sent;
  });
}
