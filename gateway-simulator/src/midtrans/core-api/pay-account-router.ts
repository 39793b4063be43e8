import { Router, type Request } from 'express';
import { coreError } from '../api-error.js';
import type { SimContext } from '../engine/context.js';
import { enableAccount, linkAccount, unbindAccount } from '../engine/pay-accounts.js';
import { accountWire } from '../rules/pay-account.js';
import type { PayAccount } from '../store/recurring-types.js';
import { escapeHtml } from '../util/html.js';
import { uuid } from '../../kit/util/ids.js';
import { faultPoint } from '../http/faults.js';
import { validationError } from './messages.js';

// GoPay tokenization, /v2/pay/account… (docs/midtrans.md §24). Mounted behind the Core
// router's server-key auth and lenient body parser, except the activation page, which is the
// user's browser / GoPay app (mounted before auth, like the 3DS page).

export function createPayAccountRouter(ctx: SimContext): Router {
  const router = Router();
  router.use('/v2/pay/account', faultPoint(ctx.faults, 'core.pay_account'));
  const account = (req: Request): PayAccount => {
    const found = ctx.store.payAccounts.get(String(req.params.accountId));
    if (!found) throw coreError(200, '404', "Account doesn't exist.", { id: uuid() });
    return found;
  };

  router.post('/v2/pay/account', (req, res) => {
    const result = linkAccount(ctx, req.body);
    if (!result.ok) {
      if (result.kind === 'invalid') throw validationError(result.messages);
      res.json(result.body);
      return;
    }
    res.status(201).json(accountWire(result.account, ctx.publicUrl()));
  });

  router.get('/v2/pay/account/:accountId', (req, res) => {
    res.json(accountWire(account(req), ctx.publicUrl()));
  });

  router.post('/v2/pay/account/:accountId/unbind', (req, res) => {
    const found = account(req);
    if (!unbindAccount(ctx, found)) throw coreError(200, '412', 'Account status cannot be updated.');
    res.json({
      ...accountWire(found, ctx.publicUrl()),
      channel_response_code: '0',
      channel_response_message: 'Process service request successfully.',
    });
  });
  return router;
}

/** The activation link of a PENDING account: the GoPay user approves the link here. */
export function createPayAccountActivationRouter(ctx: SimContext): Router {
  const router = Router();
  const page = (body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>GoPay (simulated)</title></head><body>${body}</body></html>`;
  router.get('/v2/pay/account/:accountId/link', (req, res) => {
    const found = ctx.store.payAccounts.get(String(req.params.accountId));
    if (!found) return void res.status(404).type('html').send(page('<p>Unknown account.</p>'));
    res
      .type('html')
      .send(
        page(
          `<h1>Link GoPay ${escapeHtml(found.countryCode)} ${escapeHtml(found.phone)}</h1><p>Status: <b id="status">${found.status}</b></p>` +
            (found.status === 'PENDING' ? '<form method="post"><button>Link account</button></form>' : ''),
        ),
      );
  });
  router.post('/v2/pay/account/:accountId/link', (req, res) => {
    const found = ctx.store.payAccounts.get(String(req.params.accountId));
    if (!found) return void res.status(404).type('html').send(page('<p>Unknown account.</p>'));
    enableAccount(ctx, found);
    res.type('html').send(page(`<p>Status: <b id="status">${found.status}</b></p>`));
  });
  return router;
}
