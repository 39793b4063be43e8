// Per-IP budgets (rate-limiter-flexible). In memory by default: each API instance counts
// alone. With REDIS_URL the counts live in Redis and every instance shares them; if Redis
// stops answering, each instance falls back to its own memory count rather than failing
// requests or letting everything through.
import type { RequestHandler, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config, RateLimit } from '../config.js';
import { sendError } from './http-errors.js';

export type Spent = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** One budget, e.g. "60 createPayment per 10 minutes", counted per key (the client IP). */
export class Budget {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    /** Told of every refusal (metrics). */
    private readonly onRefused: () => void = () => undefined,
  ) {}

  async spend(key: string): Promise<Spent> {
    try {
      await this.limiter.consume(key);
      return { allowed: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      this.onRefused();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  }

  /** Gives a point back: a budget that counts only failures can spend first, then refund a success. */
  async refund(key: string): Promise<void> {
    await this.limiter.reward(key, 1).catch(() => undefined);
  }
}

export interface RateLimits {
  createPayment: Budget;
  orderLookupFailures: Budget;
  webhook: Budget;
  webhookFailures: Budget;
  /** Wrong operator passwords, per address and per account. */
  signInPerIp: Budget;
  signInPerAccount: Budget;
  close(): Promise<void>;
}

export function createRateLimits(
  rules: Config['rateLimits'] & { signIn: Config['signInLimits'] },
  redisUrl?: string,
  onRefused: (limit: string) => void = () => undefined,
): RateLimits {
  // No offline queue: while Redis is unreachable a count fails fast to the memory fallback.
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
  redis?.on('error', () => undefined); // reconnects on its own; the fallback covers the gap
  const budget = (name: string, rule: RateLimit) => {
    const options = { keyPrefix: `lunas:rl:${name}`, points: rule.points, duration: rule.durationSeconds };
    const memory = new RateLimiterMemory(options);
    return new Budget(redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory, () =>
      onRefused(name),
    );
  };
  return {
    createPayment: budget('create-payment', rules.createPayment),
    orderLookupFailures: budget('order-lookup-failures', rules.orderLookupFailures),
    webhook: budget('webhook', rules.webhook),
    webhookFailures: budget('webhook-failures', rules.webhookFailures),
    signInPerIp: budget('sign-in-ip', rules.signIn.perIp),
    signInPerAccount: budget('sign-in-account', rules.signIn.perAccount),
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export const rateLimitedMessage = (retryAfterSeconds: number) => `too many requests; retry in ${retryAfterSeconds} s`;

export function sendRateLimited(res: Response, retryAfterSeconds: number): void {
  res.setHeader('Retry-After', String(retryAfterSeconds));
  sendError(res, 429, 'RATE_LIMITED', rateLimitedMessage(retryAfterSeconds));
}

/**
 * For POST /api/payments/notification, before its body is read: refuses an IP over
 * budget before the body is read, verified or stored. Two budgets: every request (Midtrans
 * sends all of a shop's notifications from a few addresses, so this one is generous), and
 * requests answered 4xx, which Midtrans never earns and junk always does. The second is
 * spent up front and given back after a good answer, so a burst of junk sent all at once
 * cannot slip through before its failures are counted; a burst of good notifications only
 * holds points while in flight. `answered(status)` settles the second budget.
 */
export async function spendWebhookBudgets(
  limits: Pick<RateLimits, 'webhook' | 'webhookFailures'>,
  ip: string,
): Promise<{ allowed: true; answered(status: number): void } | { allowed: false; retryAfterSeconds: number }> {
  for (const budget of [limits.webhook, limits.webhookFailures]) {
    const spent = await budget.spend(ip);
    if (!spent.allowed) return spent;
  }
  return {
    allowed: true,
    answered: (status) => {
      // Only the client's failures count; a 5xx is ours.
      if (status < 400 || status >= 500) void limits.webhookFailures.refund(ip);
    },
  };
}

/** spendWebhookBudgets as Express middleware, mounted before the webhook's router (webhook-lane.ts takes most deliveries first). */
export function webhookRateLimit(limits: Pick<RateLimits, 'webhook' | 'webhookFailures'>): RequestHandler {
  return async (req, res, next) => {
    const spent = await spendWebhookBudgets(limits, req.ip ?? 'unknown');
    if (!spent.allowed) {
      // Nothing of the body was read; don't keep the connection to drain it.
      res.setHeader('Connection', 'close');
      return sendRateLimited(res, spent.retryAfterSeconds);
    }
    res.once('finish', () => spent.answered(res.statusCode));
    next();
  };
}
