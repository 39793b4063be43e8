import { Router, type Request } from 'express';
import { ApiError } from '../api-error.js';
import type { SimContext } from '../engine/context.js';
import { createSubscription, setSubscriptionActive, updateSubscription } from '../engine/subscriptions.js';
import { requireServerKey } from '../http/auth.js';
import { lenientJson } from '../http/body.js';
import { faultPoint } from '../http/faults.js';
import { parseNewSubscription, parseSubscription, subscriptionWire } from '../rules/subscription-request.js';
import type { Subscription } from '../store/recurring-types.js';

// Subscriptions, /v1/subscriptions… (docs/midtrans.md §25). Unlike /v2, errors here are real
// HTTP statuses with a bare status_message (no status_code), as the official clients' tests see.

const badRequest = (messages: string[]) => new ApiError(400, { status_message: 'Bad request', validation_messages: messages });
const UPDATED = { status_message: 'Subscription is updated.' };

export function createSubscriptionsRouter(ctx: SimContext): Router {
  const router = Router();
  router.use(
    '/v1/subscriptions',
    requireServerKey(ctx.opts.serverKey, 'core'),
    ...lenientJson('core'),
    faultPoint(ctx.faults, 'core.subscriptions'),
  );
  const subscription = (req: Request): Subscription => {
    const found = ctx.store.subscriptions.get(String(req.params.id));
    if (!found) throw new ApiError(404, { status_message: "Subscription doesn't exist." });
    return found;
  };

  router.post('/v1/subscriptions', (req, res) => {
    const parsed = parseNewSubscription(req.body);
    if (!parsed.ok) throw badRequest(parsed.errors);
    res.json(subscriptionWire(createSubscription(ctx, parsed.value)));
  });

  router.get('/v1/subscriptions/:id', (req, res) => {
    res.json(subscriptionWire(subscription(req)));
  });

  router.patch('/v1/subscriptions/:id', (req, res) => {
    const sub = subscription(req);
    const parsed = parseSubscription(req.body, 'update');
    if (!parsed.ok) throw badRequest(parsed.errors);
    updateSubscription(ctx, sub, parsed.value);
    res.json(UPDATED);
  });

  for (const [path, active] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    router.post(`/v1/subscriptions/:id/${path}`, (req, res) => {
      setSubscriptionActive(ctx, subscription(req), active);
      res.json(UPDATED);
    });
  }
  return router;
}
