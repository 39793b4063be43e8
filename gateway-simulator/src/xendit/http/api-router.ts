import { Router, type ErrorRequestHandler, type Request } from 'express';
import { ApiError } from '../../kit/api-error.js';
import type { XenditContext } from '../engine/context.js';
import { account } from '../engine/account.js';
import { createInvoice, expireInvoice } from '../engine/invoices.js';
import { createRefund } from '../engine/refunds.js';
import { requireSecretKey } from './auth.js';
import { xenditJson } from './body.js';
import { faultPoint } from './faults.js';
import { invoiceNotFound, xenditError } from '../rules/errors.js';
import { invoiceWire } from '../rules/invoice-wire.js';
import { refundWire } from '../rules/refund-wire.js';
import type { InvoiceStatus } from '../rules/types.js';

// Xendit's API under /xendit, the `xenditURL` xendit-node takes (docs/xendit.md §2, §5).
// Thin: parse, one engine call, answer. Errors are ApiErrors in Xendit's shape; anything else
// is a simulator bug, answered as Xendit's 500.

const STATUSES: InvoiceStatus[] = ['PENDING', 'PAID', 'SETTLED', 'EXPIRED'];
const MAX_LIST = 100;

/** `statuses` as the SDK sends it (`statuses=A&statuses=B`), or `statuses[]=A` as curl users write it. */
function statusFilter(req: Request): InvoiceStatus[] | undefined {
  const q = req.query as Record<string, unknown>;
  const raw = q.statuses ?? q['statuses[]'];
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => String(s).split(','));
  const bad = list.filter((s) => !(STATUSES as string[]).includes(s));
  if (bad.length) throw xenditError(400, 'API_VALIDATION_ERROR', `"statuses" must be one of [${STATUSES.join(', ')}]`);
  return list as InvoiceStatus[];
}

function limitOf(req: Request): number {
  const raw = (req.query as Record<string, unknown>).limit;
  if (raw === undefined) return 10;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIST)
    throw xenditError(400, 'API_VALIDATION_ERROR', `"limit" must be an integer from 1 to ${MAX_LIST}`);
  return n;
}

export function createXenditApiRouter(ctx: XenditContext): Router {
  const router = Router();
  router.use(requireSecretKey(() => ctx.settings.secretKey));
  router.use(...xenditJson());
  const invoiceOf = (req: Request) => {
    const inv = ctx.store.invoices.get(String(req.params.id));
    if (!inv) throw invoiceNotFound();
    return inv;
  };

  // The SDK posts to /v2/invoices/ (trailing slash); curl users write /v2/invoices.
  router.post(['/v2/invoices', '/v2/invoices/'], faultPoint(ctx.faults, 'xendit.invoice.create'), (req, res) => {
    res.json(invoiceWire(createInvoice(ctx, req.body), account(ctx)));
  });

  router.get('/v2/invoices/:id', faultPoint(ctx.faults, 'xendit.invoice.get'), (req, res) => {
    res.json(invoiceWire(invoiceOf(req), account(ctx)));
  });

  /** A bare array, newest first; external_id is not unique, so it may hold several. */
  router.get(['/v2/invoices', '/v2/invoices/'], faultPoint(ctx.faults, 'xendit.invoice.list'), (req, res) => {
    const externalId = (req.query as Record<string, unknown>).external_id;
    const statuses = statusFilter(req);
    const limit = limitOf(req);
    const list = [...ctx.store.invoices.values()]
      .filter((inv) => externalId === undefined || inv.request.external_id === String(externalId))
      .filter((inv) => !statuses || statuses.includes(inv.status))
      .sort((a, b) => b.created.getTime() - a.created.getTime())
      .slice(0, limit);
    res.json(list.map((inv) => invoiceWire(inv, account(ctx))));
  });

  // `expire!`: the `!` is part of Xendit's path; path-to-regexp reserves it, so a RegExp route.
  router.post(/^\/invoices\/([^/]+)\/expire!$/, faultPoint(ctx.faults, 'xendit.invoice.expire'), async (req, res) => {
    const inv = ctx.store.invoices.get(String((req.params as Record<string, string>)[0]));
    if (!inv) throw invoiceNotFound();
    await expireInvoice(ctx, inv, 'api');
    res.json(invoiceWire(inv, account(ctx)));
  });

  router.post('/refunds', faultPoint(ctx.faults, 'xendit.refund.create'), (req, res) => {
    const key = req.headers['idempotency-key'];
    const { refund } = createRefund(ctx, req.body, typeof key === 'string' && key !== '' ? key : undefined);
    res.json(refundWire(refund, ctx.store.invoices.get(refund.invoiceId)));
  });

  router.get('/refunds/:id', faultPoint(ctx.faults, 'xendit.refund.get'), (req, res) => {
    const refund = ctx.store.refunds.get(String(req.params.id));
    if (!refund) throw xenditError(404, 'DATA_NOT_FOUND', `Refund ${String(req.params.id)} not found`);
    res.json(refundWire(refund, ctx.store.invoices.get(refund.invoiceId)));
  });

  router.use((req, _res, next) => next(xenditError(404, 'NOT_FOUND', `No route for ${req.method} ${req.baseUrl}${req.path}`)));
  router.use(xenditErrors(ctx.log));
  return router;
}

function xenditErrors(log: (line: string) => void): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (err instanceof ApiError) {
      res.status(err.httpStatus).json(err.body);
      return;
    }
    log(`! ${req.method} ${req.originalUrl}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    res.status(500).json({ error_code: 'SERVER_ERROR', message: 'An unexpected error occurred' });
  };
}
