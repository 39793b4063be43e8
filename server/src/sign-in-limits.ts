// Budgets for operator sign-in (rate-limiter-flexible, like every other limit): per client
// address and per account, in memory or shared through Redis. An attempt is spent up front
// and given back when the password was right, so only failures use the budget up.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { Config } from './config.js';
import { Budget } from './http/rate-limit.js';
import type { SignInLimiter } from './operators/ports.js';

export function createSignInLimiter(rules: Config['signInLimits'], redisUrl?: string): SignInLimiter & { close(): Promise<void> } {
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
  redis?.on('error', () => undefined);
  const budget = (name: string, rule: Config['signInLimits']['perIp']) => {
    const options = { keyPrefix: `lunas:rl:${name}`, points: rule.points, duration: rule.durationSeconds };
    const memory = new RateLimiterMemory(options);
    return new Budget(redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory);
  };
  const perIp = budget('sign-in-ip', rules.perIp);
  const perAccount = budget('sign-in-account', rules.perAccount);
  return {
    async attempt(ip, email) {
      const byIp = await perIp.spend(ip);
      if (!byIp.allowed) return byIp;
      const byAccount = await perAccount.spend(email);
      if (!byAccount.allowed) {
        await perIp.refund(ip);
        return byAccount;
      }
      return { allowed: true };
    },
    async succeeded(ip, email) {
      await Promise.all([perIp.refund(ip), perAccount.refund(email)]);
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
