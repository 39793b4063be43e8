import { driverError } from './api-error.js';

// Test knobs that make the simulator misbehave the ways Midtrans is documented to (duplicates,
// out-of-order delivery, docs/midtrans.md §8) and the ways an attacker or a broken proxy would.

export interface ChaosSettings {
  /** Extra copies of every notification, sent at once with the original. */
  duplicate?: number;
  /** Hold each notification until the next one of the same order went out (or holdMs passed). */
  outOfOrder?: boolean;
  holdMs?: number;
  /** Wait this long (real ms) before the first attempt. */
  delayMs?: number;
  /** Don't send the first N attempts of each notification; they count as timeouts and get retried. */
  dropFirst?: number;
  /** Send a wrong signature_key. */
  tamperSignature?: boolean;
  /** Replace transaction_status (and status_code with it), keeping the original signature. */
  forgeStatus?: string;
  /** `gross_amount` as "10000" instead of "10000.00", signed over what is sent. */
  amountWithoutDecimals?: boolean;
}

const NUMBER_KEYS = ['duplicate', 'holdMs', 'delayMs', 'dropFirst'] as const;
const BOOLEAN_KEYS = ['outOfOrder', 'tamperSignature', 'amountWithoutDecimals'] as const;

export function parseChaos(body: unknown): ChaosSettings {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw driverError(400, 'invalid_chaos', 'chaos settings must be a JSON object');
  }
  const src = body as Record<string, unknown>;
  const out: ChaosSettings = {};
  for (const key of Object.keys(src)) {
    const value = src[key];
    if ((NUMBER_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || value < 0) throw driverError(400, 'invalid_chaos', `${key} must be a number ≥ 0`);
      out[key as (typeof NUMBER_KEYS)[number]] = value;
    } else if ((BOOLEAN_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'boolean') throw driverError(400, 'invalid_chaos', `${key} must be a boolean`);
      out[key as (typeof BOOLEAN_KEYS)[number]] = value;
    } else if (key === 'forgeStatus') {
      if (typeof value !== 'string') throw driverError(400, 'invalid_chaos', 'forgeStatus must be a transaction_status');
      out.forgeStatus = value;
    } else {
      throw driverError(400, 'invalid_chaos', `unknown chaos knob ${key}`);
    }
  }
  return out;
}

/** Global chaos plus per-order overrides (an order's own settings win, knob by knob). */
export class ChaosStore {
  global: ChaosSettings = {};
  readonly perOrder = new Map<string, ChaosSettings>();

  for(orderId: string): ChaosSettings {
    return { ...this.global, ...this.perOrder.get(orderId) };
  }

  reset(): void {
    this.global = {};
    this.perOrder.clear();
  }
}
