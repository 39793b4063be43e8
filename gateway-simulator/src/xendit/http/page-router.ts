import express, { Router, type Request, type Response } from 'express';
import { ApiError } from '../../kit/api-error.js';
import { bodyObject } from '../../kit/http/body.js';
import { pageHtml } from '../../kit/page/page-html.js';
import { noCache, pageRoute, shellAssets, sourceDir } from '../../kit/page/shell.js';
import type { XenditContext } from '../engine/context.js';
import { account } from '../engine/account.js';
import { channelOf, payInvoice } from '../engine/invoices.js';
import { xenditJson } from './body.js';
import { channelByCode, isTestCard } from '../rules/channels.js';
import { pageState } from '../rules/invoice-wire.js';

// The hosted invoice page at `invoice_url` (/xendit/web/{id}) and the same-origin JSON it calls.
// Not Xendit's private API: the page reads the invoice's public view (what the shopper sees
// anyway) and pays it; the invoice id in the URL is the capability, as at Xendit.

const assetsDir = sourceDir(import.meta.url, '../ui/', '../../../src/xendit/ui/');
const PAGE_HTML = pageHtml({
  title: 'Invoice · Xendit test mode (simulator)',
  brand: 'Xendit',
  assets: '../assets/',
  stylesheet: 'page.css',
  script: 'page.js',
  headerExtra: '<p class="description" id="description" hidden></p>',
});

const pageError = (status: number, code: string, message: string) => new ApiError(status, { error_code: code, message });

export function createXenditPageRouter(ctx: XenditContext): Router {
  const router = Router();
  const invoiceOf = (req: Request) => {
    const inv = ctx.store.invoices.get(String(req.params.id));
    if (!inv) throw pageError(404, 'INVOICE_NOT_FOUND_ERROR', 'Invoice not found');
    return inv;
  };

  router.use('/assets/kit', shellAssets());
  router.use('/assets', express.static(assetsDir, { setHeaders: noCache, index: false }));
  // The invoice page is a full page, never framed.
  router.get('/web/:id', pageRoute(PAGE_HTML, "'none'"));

  router.get('/web/:id/state', (req, res) => {
    noCache(res);
    res.json(pageState(invoiceOf(req), account(ctx)));
  });

  /** `{"channel": "BCA"}`, or `{"channel": "CREDIT_CARD", "card_number": "4000…"}`. */
  router.post('/web/:id/pay', ...xenditJson(), async (req, res) => {
    const inv = invoiceOf(req);
    const body = bodyObject(req.body);
    const channel = channelByCode(String(body.channel ?? ''));
    if (!channel) throw pageError(400, 'API_VALIDATION_ERROR', 'Choose a payment channel');
    if (inv.status !== 'PENDING') throw pageError(409, `INVOICE_${inv.status}`, `This invoice is ${inv.status}`);
    const cardNumber = channel.method === 'CREDIT_CARD' ? String(body.card_number ?? '').replace(/\D/g, '') : undefined;
    if (cardNumber !== undefined && !isTestCard(cardNumber)) throw pageError(400, 'CARD_DECLINED', 'Use one of the test cards shown');
    try {
      channelOf(inv, { method: channel.method, channel: channel.code });
    } catch {
      throw pageError(400, 'UNAVAILABLE_PAYMENT_METHOD_ERROR', `${channel.code} is not open on this invoice`);
    }
    // The callback goes out in the background: the shopper is sent on whether or not the
    // merchant answered (docs/xendit.md §3).
    void payInvoice(ctx, inv, { method: channel.method, channel: channel.code, cardNumber });
    res.json(pageState(inv, account(ctx)));
  });

  router.use((err: unknown, _req: Request, res: Response, next: (e: unknown) => void) => {
    if (err instanceof ApiError) return void res.status(err.httpStatus).json(err.body);
    next(err);
  });
  return router;
}
