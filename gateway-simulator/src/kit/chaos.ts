import { driverError } from './api-error.js';

// Test knobs that make a gateway's callbacks misbehave the ways real gateways are documented
// to (duplicates, out-of-order delivery, delays, lost attempts). Each gateway adds its own
// knobs for what it does to the body or its authentication (midtrans/chaos.ts, xendit/context.ts).

/** The knobs every gateway's delivery obeys (the notifier reads only these). */
export interface DeliveryChaos {
  /** Extra copies of every notification, sent at once with the original. */
  duplicate?: number;
  /** Hold each notification until the next one of the same order went out (or holdMs passed). */
  outOfOrder?: boolean;
  holdMs?: number;
  /** Wait this long (real ms) before the first attempt. */
  delayMs?: number;
  /** Don't send the first N attempts of each notification; they fail and get retried by the gateway's rules. */
  dropFirst?: number;
}

const NUMBER_KEYS = ['duplicate', 'holdMs', 'delayMs', 'dropFirst'];
const BOOLEAN_KEYS = ['outOfOrder'];

/**
 * Parses a chaos body: the delivery knobs every gateway has, plus the gateway's own boolean and
 * string knobs. Unknown knobs and wrong types are refused (400), so a typo never passes silently.
 */
export function parseChaosKnobs<T extends DeliveryChaos>(body: unknown, own: { booleans?: string[]; strings?: string[] } = {}): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw driverError(400, 'invalid_chaos', 'chaos settings must be a JSON object');
  }
  const src = body as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(src)) {
    const value = src[key];
    if (NUMBER_KEYS.includes(key)) {
      if (typeof value !== 'number' || value < 0) throw driverError(400, 'invalid_chaos', `${key} must be a number ≥ 0`);
    } else if (BOOLEAN_KEYS.includes(key) || own.booleans?.includes(key)) {
      if (typeof value !== 'boolean') throw driverError(400, 'invalid_chaos', `${key} must be a boolean`);
    } else if (own.strings?.includes(key)) {
      if (typeof value !== 'string') throw driverError(400, 'invalid_chaos', `${key} must be a string`);
    } else {
      throw driverError(400, 'invalid_chaos', `unknown chaos knob ${key}`);
    }
    out[key] = value;
  }
  return out as T;
}

/** Global chaos plus per-order overrides (an order's own settings win, knob by knob). */
export class ChaosStore<T extends DeliveryChaos = DeliveryChaos> {
  global: T = {} as T;
  readonly perOrder = new Map<string, T>();

  for(orderId: string): T {
    return { ...this.global, ...this.perOrder.get(orderId) };
  }

  reset(): void {
    this.global = {} as T;
    this.perOrder.clear();
  }
}
