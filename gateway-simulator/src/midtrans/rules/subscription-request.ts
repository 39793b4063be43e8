import type { IntervalUnit, Subscription } from '../store/recurring-types.js';
import { parseAmount } from '../util/money.js';
import { jakartaTime, parseMidtransTime } from '../util/time.js';

// Subscriptions API rules (docs/midtrans.md §25): request validation, the schedule arithmetic
// and the wire shape. Validation answers are HTTP 400 {"status_message":"Bad request",
// "validation_messages":[…]}; the amount message is Midtrans's, the others are our wording in
// the same style (README, Differences).

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const AMOUNT_RANGE_MESSAGE = 'subscription.amount must be between 0.01 - 99999999999.00';
const MAX_AMOUNT = 99_999_999_999;
const UNITS: IntervalUnit[] = ['day', 'week', 'month'];

export interface SubscriptionFields {
  name?: string;
  amount?: number;
  currency?: string;
  paymentType?: 'credit_card' | 'gopay';
  token?: string;
  gopayAccountId?: string;
  interval?: number;
  intervalUnit?: IntervalUnit;
  maxInterval?: number;
  startTime?: Date;
  metadata?: Obj;
  customerDetails?: Obj;
}

/** What a valid create request always has. */
export type NewSubscription = SubscriptionFields &
  Required<Pick<SubscriptionFields, 'name' | 'amount' | 'currency' | 'paymentType' | 'token' | 'interval' | 'intervalUnit'>>;

export type Parsed = { ok: true; value: SubscriptionFields } | { ok: false; errors: string[] };

/** A create request: every required field present, or the validation messages. */
export function parseNewSubscription(body: unknown): { ok: true; value: NewSubscription } | { ok: false; errors: string[] } {
  const parsed = parseSubscription(body, 'create');
  // parseSubscription('create') reports each missing required field, so ok means complete.
  return parsed.ok ? { ok: true, value: parsed.value as NewSubscription } : parsed;
}

/**
 * Reads the fields that are present. `create` also requires name, amount, payment_type, token
 * and the schedule; an update (PATCH) changes only what it sends.
 */
export function parseSubscription(body: unknown, mode: 'create' | 'update'): Parsed {
  const errors: string[] = [];
  const root = isObj(body) ? body : {};
  const schedule = isObj(root.schedule) ? root.schedule : {};
  const gopay = isObj(root.gopay) ? root.gopay : {};
  const required = mode === 'create';
  const value: SubscriptionFields = {};

  if (typeof root.name === 'string' && root.name.trim()) value.name = root.name;
  else if (required || root.name !== undefined) errors.push('subscription.name is required');

  if (root.amount !== undefined && root.amount !== null) {
    const amount = parseAmount(root.amount);
    if (amount === undefined || amount < 0.01 || amount > MAX_AMOUNT) errors.push(AMOUNT_RANGE_MESSAGE);
    else value.amount = amount;
  } else if (required) errors.push('subscription.amount is required');

  if (root.currency !== undefined) {
    if (root.currency === 'IDR') value.currency = 'IDR';
    else errors.push('subscription.currency must be IDR');
  } else if (required) value.currency = 'IDR';

  if (root.payment_type === 'credit_card' || root.payment_type === 'gopay') value.paymentType = root.payment_type;
  else if (required || root.payment_type !== undefined) errors.push('subscription.payment_type must be one of credit_card, gopay');

  if (typeof root.token === 'string' && root.token) value.token = root.token;
  else if (required || root.token !== undefined) errors.push('subscription.token is required');

  if (typeof gopay.account_id === 'string' && gopay.account_id) value.gopayAccountId = gopay.account_id;
  else if (required && value.paymentType === 'gopay') errors.push('subscription.gopay.account_id is required');

  const positiveInt = (raw: unknown): number | undefined => {
    const n = parseAmount(raw);
    return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
  };
  if (schedule.interval !== undefined) {
    value.interval = positiveInt(schedule.interval);
    if (value.interval === undefined) errors.push('subscription.schedule.interval must be a positive integer');
  } else if (required) errors.push('subscription.schedule.interval is required');

  if (UNITS.includes(schedule.interval_unit as IntervalUnit)) value.intervalUnit = schedule.interval_unit as IntervalUnit;
  else if (required || schedule.interval_unit !== undefined)
    errors.push('subscription.schedule.interval_unit must be one of day, week, month');

  if (schedule.max_interval !== undefined && schedule.max_interval !== null) {
    value.maxInterval = positiveInt(schedule.max_interval);
    if (value.maxInterval === undefined) errors.push('subscription.schedule.max_interval must be a positive integer');
  }
  if (schedule.start_time !== undefined && schedule.start_time !== null) {
    value.startTime = typeof schedule.start_time === 'string' ? parseMidtransTime(schedule.start_time) : undefined;
    if (!value.startTime) errors.push('subscription.schedule.start_time format is invalid');
  }
  if (isObj(root.metadata)) value.metadata = root.metadata;
  if (isObj(root.customer_details)) value.customerDetails = root.customer_details;

  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** `from` plus `count` intervals (months by calendar, the rest by fixed lengths). */
export function addIntervals(from: Date, count: number, unit: IntervalUnit): Date {
  const out = new Date(from.getTime());
  if (unit === 'month') out.setUTCMonth(out.getUTCMonth() + count);
  else out.setTime(out.getTime() + count * (unit === 'week' ? 7 : 1) * 86_400_000);
  return out;
}

export function subscriptionWire(s: Subscription): Record<string, unknown> {
  const time = (d: Date | undefined) => (d ? jakartaTime(d) : undefined);
  const schedule = Object.fromEntries(
    Object.entries({
      interval: s.schedule.interval,
      interval_unit: s.schedule.intervalUnit,
      max_interval: s.schedule.maxInterval,
      start_time: time(s.schedule.startTime),
      previous_execution_at: time(s.schedule.previousExecutionAt),
      next_execution_at: s.status === 'active' ? time(s.schedule.nextExecutionAt) : undefined,
    }).filter(([, v]) => v !== undefined),
  );
  return Object.fromEntries(
    Object.entries({
      id: s.id,
      name: s.name,
      amount: String(s.amount),
      currency: s.currency,
      created_at: jakartaTime(s.createdAt),
      schedule,
      status: s.status,
      token: s.token,
      payment_type: s.paymentType,
      gopay: s.gopayAccountId ? { account_id: s.gopayAccountId } : undefined,
      metadata: s.metadata,
      customer_details: s.customerDetails,
      transaction_ids: s.transactionIds,
    }).filter(([, v]) => v !== undefined),
  );
}
