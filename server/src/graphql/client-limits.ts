// The rate limits a resolver applies, bound to one client's IP. Absent from the context
// of in-process calls (tests' executeOperation), which have no client to limit.
import type { RateLimits } from '../http/rate-limit.js';
import { PaymentError } from '../payments/errors.js';
import { refusal } from './errors.js';

export interface ClientLimits {
  /** Spends one createPayment; RATE_LIMITED once the IP's budget is gone. */
  beforeCreatePayment(): Promise<void>;
  /**
   * An access-token check (order, orderStatusChanged). Only failures (ORDER_NOT_FOUND)
   * count: the point is spent first, so concurrent guesses cannot all slip through, and
   * given back when the token was right or the failure was ours.
   */
  lookup<T>(attempt: () => Promise<T>): Promise<T>;
}

const rateLimited = (what: string, retryAfterSeconds: number) =>
  refusal('RATE_LIMITED', `Too many ${what} from this address; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });

export function clientLimits(limits: Pick<RateLimits, 'createPayment' | 'orderLookupFailures'>, ip: string): ClientLimits {
  return {
    async beforeCreatePayment() {
      const spent = await limits.createPayment.spend(ip);
      if (!spent.allowed) throw rateLimited('payments', spent.retryAfterSeconds);
    },
    async lookup(attempt) {
      const spent = await limits.orderLookupFailures.spend(ip);
      if (!spent.allowed) throw rateLimited('failed order lookups', spent.retryAfterSeconds);
      try {
        const result = await attempt();
        await limits.orderLookupFailures.refund(ip);
        return result;
      } catch (error) {
        if (!(error instanceof PaymentError && error.code === 'ORDER_NOT_FOUND')) await limits.orderLookupFailures.refund(ip);
        throw error;
      }
    },
  };
}

/** Runs `attempt` through the client's lookup budget when there is a client. */
export const limitedLookup = <T>(limits: ClientLimits | undefined, attempt: () => Promise<T>) =>
  limits ? limits.lookup(attempt) : attempt();
