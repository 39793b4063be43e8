import { addIntervals, type NewSubscription, type SubscriptionFields } from '../rules/subscription-request.js';
import type { Subscription } from '../store/recurring-types.js';
import type { Transaction } from '../store/types.js';
import { uuid } from '../../kit/util/ids.js';
import type { SimContext } from './context.js';
import { startPayment } from './payments.js';
import { accountByToken, walletOutcome } from './wallet-charge.js';

// Subscriptions (docs/midtrans.md §25): each active subscription has one clock job at its
// next_execution_at; when it fires, Midtrans charges the saved card / GoPay token like any
// other transaction (with its notifications) and the job moves one interval on, until
// max_interval charges were made.

export function createSubscription(ctx: SimContext, fields: NewSubscription): Subscription {
  const now = ctx.clock.now();
  const sub: Subscription = {
    id: uuid(),
    name: fields.name,
    amount: fields.amount,
    currency: fields.currency,
    paymentType: fields.paymentType,
    token: fields.token,
    gopayAccountId: fields.gopayAccountId,
    schedule: {
      interval: fields.interval,
      intervalUnit: fields.intervalUnit,
      maxInterval: fields.maxInterval,
      startTime: fields.startTime ?? now,
      // Without a start_time the first charge is one interval after creation (README, Differences).
      nextExecutionAt: fields.startTime ?? addIntervals(now, fields.interval, fields.intervalUnit),
    },
    status: 'active',
    metadata: fields.metadata,
    customerDetails: fields.customerDetails,
    createdAt: now,
    transactionIds: [],
    charges: 0,
  };
  ctx.store.subscriptions.set(sub.id, sub);
  schedule(ctx, sub);
  return sub;
}

export function updateSubscription(ctx: SimContext, sub: Subscription, fields: SubscriptionFields): void {
  if (fields.name !== undefined) sub.name = fields.name;
  if (fields.amount !== undefined) sub.amount = fields.amount;
  if (fields.currency !== undefined) sub.currency = fields.currency;
  if (fields.token !== undefined) sub.token = fields.token;
  if (fields.gopayAccountId !== undefined) sub.gopayAccountId = fields.gopayAccountId;
  if (fields.metadata !== undefined) sub.metadata = fields.metadata;
  if (fields.customerDetails !== undefined) sub.customerDetails = fields.customerDetails;
  if (fields.maxInterval !== undefined) sub.schedule.maxInterval = fields.maxInterval;
  if (fields.interval !== undefined || fields.intervalUnit !== undefined) {
    sub.schedule.interval = fields.interval ?? sub.schedule.interval;
    sub.schedule.intervalUnit = fields.intervalUnit ?? sub.schedule.intervalUnit;
    const from = sub.schedule.previousExecutionAt ?? sub.createdAt;
    sub.schedule.nextExecutionAt = addIntervals(from, sub.schedule.interval, sub.schedule.intervalUnit);
    schedule(ctx, sub);
  }
}

export function setSubscriptionActive(ctx: SimContext, sub: Subscription, active: boolean): void {
  if (!active) {
    sub.status = 'inactive';
    ctx.clock.cancel(sub.job);
    sub.job = undefined;
    return;
  }
  if (finished(sub)) return; // nothing left to charge
  sub.status = 'active';
  // A charge missed while disabled is not made up: the next one is due now at the earliest.
  const now = ctx.clock.now();
  if (!sub.schedule.nextExecutionAt || sub.schedule.nextExecutionAt < now) sub.schedule.nextExecutionAt = now;
  schedule(ctx, sub);
}

const finished = (sub: Subscription): boolean => sub.schedule.maxInterval !== undefined && sub.charges >= sub.schedule.maxInterval;

function schedule(ctx: SimContext, sub: Subscription): void {
  ctx.clock.cancel(sub.job);
  sub.job = undefined;
  if (sub.status !== 'active' || !sub.schedule.nextExecutionAt) return;
  sub.job = ctx.clock.at(sub.schedule.nextExecutionAt, async () => {
    sub.job = undefined;
    await chargeSubscription(ctx, sub).sent;
  });
}

/**
 * One charge of the subscription, now: a new transaction with its own order_id, notified like
 * any other; then the schedule moves on (or the subscription ends after max_interval charges).
 */
export function chargeSubscription(ctx: SimContext, sub: Subscription): { tx: Transaction; sent: Promise<unknown> } {
  const now = ctx.clock.now();
  sub.charges++;
  const order = ctx.store.order(`${sub.id}-${sub.charges}`);
  const base = {
    grossAmount: sub.amount,
    interactiveThreeDs: false,
    notificationUrls: ctx.opts.notificationUrls,
    customFields: {},
  };
  let result;
  if (sub.paymentType === 'gopay') {
    const account = accountByToken(ctx, sub.token);
    result = startPayment(ctx, order, {
      ...base,
      method: { paymentType: 'gopay' },
      walletOutcome: account ? walletOutcome(ctx, account) : 'deny',
    });
  } else {
    // An unknown saved token is charged as a card the bank refuses (README, Differences).
    const saved = ctx.store.savedCards.get(sub.token);
    result = startPayment(ctx, order, {
      ...base,
      method: { paymentType: 'credit_card' },
      cardNumber: saved?.cardNumber ?? '4711111111111115',
    });
  }
  if (!result.ok) throw new Error(`subscription order ${order.orderId} already has a transaction`);
  sub.transactionIds.push(result.tx.transactionId);
  sub.schedule.previousExecutionAt = now;
  // A due charge keeps the cadence (scheduled time + interval); an early one (driver "charge
  // now") starts it again from now.
  const due = sub.schedule.nextExecutionAt;
  const from = due && due <= now ? due : now;
  sub.schedule.nextExecutionAt = addIntervals(from, sub.schedule.interval, sub.schedule.intervalUnit);
  if (finished(sub)) {
    sub.status = 'inactive';
    sub.schedule.nextExecutionAt = undefined;
  }
  schedule(ctx, sub);
  return { tx: result.tx, sent: result.sent };
}
