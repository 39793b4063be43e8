import { Router } from 'express';
import { snapError } from '../api-error.js';
import type { SimContext } from '../engine/context.js';
import { createSession } from '../engine/snap-sessions.js';
import { requireServerKey } from '../http/auth.js';
import { lenientJson } from '../http/body.js';
import { faultPoint } from '../http/faults.js';
import { notificationTargets } from '../http/notification-targets.js';
import { parseSnapCreate } from '../rules/snap-create-request.js';

// POST /snap/v1/transactions — the Snap API (docs/midtrans.md §3).
export function createSnapApiRouter(ctx: SimContext): Router {
  const router = Router();
  router.post(
    '/snap/v1/transactions',
    requireServerKey(ctx.opts.serverKey, 'snap'),
    ...lenientJson('snap'),
    faultPoint(ctx.faults, 'snap.create'),
    (req, res) => {
      const parsed = parseSnapCreate(req.body);
      if (!parsed.ok) throw snapError(400, ...parsed.errors);
      const result = createSession(ctx, parsed.value, notificationTargets(req.headers, ctx.opts.notificationUrls));
      if (!result.ok) {
        throw result.verdict === 'paid'
          ? snapError(400, 'transaction_details.order_id has been paid and utilized, please use another order ID')
          : snapError(400, 'transaction_details.order_id has already been taken');
      }
      const { token } = result.session;
      res.status(201).json({ token, redirect_url: `${ctx.publicUrl()}/snap/v2/vtweb/${token}` });
    },
  );
  return router;
}
