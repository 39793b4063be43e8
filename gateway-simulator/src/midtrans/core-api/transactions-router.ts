import { Router, type NextFunction, type Request, type Response } from 'express';
import { coreError } from '../api-error.js';
import type { SimContext } from '../engine/context.js';
import { refundTransaction } from '../engine/refunds.js';
import { applyMove } from '../engine/transitions.js';
import { requireServerKey } from '../http/auth.js';
import { bodyObject, lenientJson } from '../http/body.js';
import { faultPoint } from '../http/faults.js';
import { parseAmount } from '../util/money.js';
import type { Move } from '../rules/lifecycle.js';
import { cannotModifyError, notFoundError } from './messages.js';
import { statusResponse } from '../rules/status-response.js';
import { compact, transactionFields } from '../rules/wire.js';
import type { FaultRoute } from '../faults.js';

// Core API transaction endpoints as midtrans-client calls them (docs/midtrans.md §14–§17).
// `{id}` is an order_id or a transaction_id.

interface ActionSpec {
  path: string;
  move: Move;
  fault: FaultRoute;
  statusCode: string;
  message: string;
}

const ACTIONS: ActionSpec[] = [
  { path: 'cancel', move: 'cancel', fault: 'core.cancel', statusCode: '200', message: 'Success, transaction is canceled' },
  // "407" is the success code of /expire (§15); midtrans-client special-cases it.
  { path: 'expire', move: 'expire', fault: 'core.expire', statusCode: '407', message: 'Success, transaction has expired' },
  { path: 'approve', move: 'approve', fault: 'core.approve', statusCode: '200', message: 'Success, transaction is approved' },
  { path: 'deny', move: 'challenge_deny', fault: 'core.deny', statusCode: '200', message: 'Success, transaction is denied' },
];

export function createCoreApiRouter(ctx: SimContext): Router {
  const router = Router();
  router.use('/v2', requireServerKeyExceptTokenization(ctx), ...lenientJson('core'));

  router.get('/v2/:id/status', faultPoint(ctx.faults, 'core.status'), (req, res) => {
    const tx = ctx.store.findTransaction(idParam(req));
    if (!tx) throw notFoundError();
    res.json(statusResponse(tx, ctx.opts.merchantId, ctx.opts.serverKey));
  });

  for (const action of ACTIONS) {
    router.post(`/v2/:id/${action.path}`, faultPoint(ctx.faults, action.fault), (req, res) => {
      const result = applyMove(ctx, idParam(req), action.move);
      if (!result.ok) throw result.reason === 'not_found' ? notFoundError() : cannotModifyError();
      const { refunds: _r, refund_amount: _a, ...fields } = transactionFields(result.tx, ctx.opts.merchantId);
      res.json(compact({ status_code: action.statusCode, status_message: action.message, ...fields }));
    });
  }

  const refund = (direct: boolean) => (req: Request, res: Response) => {
    const body = bodyObject(req.body);
    const amount = body.amount === undefined ? undefined : parseAmount(body.amount);
    if (body.amount !== undefined && amount === undefined) throw coreError(200, '414', 'Refund request is rejected due to invalid amount');
    const result = refundTransaction(ctx, idParam(req), {
      amount,
      refundKey: typeof body.refund_key === 'string' ? body.refund_key : undefined,
      reason: typeof body.reason === 'string' ? body.reason : undefined,
      direct,
      onlyRefundableMethods: true,
    });
    if (!result.ok) throw result.statusCode === '404' ? notFoundError() : coreError(200, result.statusCode, result.message);
    res.json(result.response);
  };
  router.post('/v2/:id/refund', faultPoint(ctx.faults, 'core.refund'), refund(false));
  router.post('/v2/:id/refund/online/direct', faultPoint(ctx.faults, 'core.refund_direct'), refund(true));
  return router;
}

const idParam = (req: Request): string => String(req.params.id);

/** Browser-side calls that carry `client_key` instead of the server key (paths under /v2). */
const CLIENT_KEY_PATHS = new Set(['/token', '/card/register']);

/**
 * Card tokenization authenticates with the client key instead (§1); everything else with the
 * server key. (The browser-facing 3DS and wallet pages are mounted before this router.)
 */
function requireServerKeyExceptTokenization(ctx: SimContext) {
  const check = requireServerKey(ctx.opts.serverKey, 'core');
  return (req: Request, res: Response, next: NextFunction) => (CLIENT_KEY_PATHS.has(req.path) ? next() : check(req, res, next));
}
