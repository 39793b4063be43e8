// The operator sign-in limiter over two of the per-IP budgets (http/rate-limit.ts): per
// client address and per account. An attempt is spent up front, so parallel guesses
// cannot all slip through, and given back when the password was right, so only failures
// use the budget up.
import type { Budget } from './http/rate-limit.js';
import type { SignInLimiter } from './operators/ports.js';

export function signInLimiter(perIp: Budget, perAccount: Budget): SignInLimiter {
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
  };
}
