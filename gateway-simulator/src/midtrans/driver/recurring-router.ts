import { Router } from 'express';
import { driverError } from '../api-error.js';
import type { SimContext } from '../engine/context.js';
import { enableAccount } from '../engine/pay-accounts.js';
import { chargeSubscription } from '../engine/subscriptions.js';
import { bodyObject } from '../http/body.js';
import { subscriptionWire } from '../rules/subscription-request.js';
import { statusResponse } from '../rules/status-response.js';
import type { GopayUserState } from '../store/recurring-types.js';

// Driver hooks for what a tester cannot do through Midtrans's API: charge a subscription now,
// approve a GoPay link as the user would in the app, block or unregister a GoPay user.

const USER_STATES: GopayUserState[] = ['active', 'blocked', 'unregistered'];

export function createDriverRecurringRouter(ctx: SimContext): Router {
  const router = Router();

  router.post('/subscriptions/:id/charge', async (req, res) => {
    const sub = ctx.store.subscriptions.get(String(req.params.id));
    if (!sub) throw driverError(404, 'not_found', `no subscription ${req.params.id}`);
    if (sub.status !== 'active') throw driverError(409, 'not_allowed', 'the subscription is inactive; enable it first');
    const { tx, sent } = chargeSubscription(ctx, sub);
    await sent;
    res.json({ transaction: statusResponse(tx, ctx.opts.merchantId, ctx.opts.serverKey), subscription: subscriptionWire(sub) });
  });

  router.post('/pay-accounts/:accountId/activate', (req, res) => {
    const account = ctx.store.payAccounts.get(String(req.params.accountId));
    if (!account) throw driverError(404, 'not_found', `no pay account ${req.params.accountId}`);
    if (!enableAccount(ctx, account)) throw driverError(409, 'not_allowed', `the account is ${account.status}, not PENDING`);
    res.json({ account_id: account.accountId, account_status: account.status });
  });

  router.put('/gopay/users/:phone', (req, res) => {
    const state = bodyObject(req.body).state as GopayUserState;
    if (!USER_STATES.includes(state)) throw driverError(400, 'invalid_state', `state must be one of ${USER_STATES.join(', ')}`);
    const phone = String(req.params.phone);
    ctx.store.gopayUsers.set(phone, state);
    res.json({ phone, state });
  });
  return router;
}
