import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { Router, type Request, type Response } from 'express';
import { ApiError } from '../api-error.js';
import type { XenditContext } from './context.js';
import { account } from './engine/account.js';
import { channelOf, payInvoice } from './engine/invoices.js';
import { xenditJson } from './http/body.js';
import { channelByCode, TEST_CARDS } from './rules/channels.js';
import { pageState } from './rules/invoice-wire.js';

// The hosted invoice page at `invoice_url` (/xendit/web/{id}) and the same-origin JSON it calls.
// Not Xendit's private API: the page reads the invoice's public view (what the shopper sees
// anyway) and pays it; the invoice id in the URL is the capability, as at Xendit.

const dirOf = (rel: string) =>
  [new URL(rel, import.meta.url), new URL(`../../src/xendit/${rel}`, import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((d) => existsSync(d)) as string;
const assetsDir = dirOf('./ui/');
/** The page shell's browser modules (dom, format, qr) that the Snap page uses too. */
const shellDir = [new URL('../ui/assets/page/', import.meta.url), new URL('../../src/ui/assets/page/', import.meta.url)]
  .map((u) => fileURLToPath(u))
  .find((d) => existsSync(d)) as string;

// Only its own origin: nothing is loaded from other hosts.
const PAGE_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const noCache = (res: Response) => {
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
};

const pageError = (status: number, code: string, message: string) => new ApiError(status, { error_code: code, message });

export function createXenditPageRouter(ctx: XenditContext): Router {
  const router = Router();
  const invoiceOf = (req: Request) => {
    const inv = ctx.store.invoices.get(String(req.params.id));
    if (!inv) throw pageError(404, 'INVOICE_NOT_FOUND_ERROR', 'Invoice not found');
    return inv;
  };

  router.use('/assets/kit', express.static(shellDir, { setHeaders: noCache, index: false }));
  router.use('/assets', express.static(assetsDir, { setHeaders: noCache, index: false }));
  // no-referrer: the invoice id in this URL must not reach the redirect URLs' servers.
  router.get('/web/:id', (_req, res) => {
    noCache(res);
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.sendFile('page.html', { root: assetsDir });
  });

  router.get('/web/:id/state', (req, res) => {
    noCache(res);
    res.json(pageState(invoiceOf(req), account(ctx)));
  });

  /** `{"channel": "BCA"}`, or `{"channel": "CREDIT_CARD", "card_number": "4000…"}`. */
  router.post('/web/:id/pay', ...xenditJson(), async (req, res) => {
    const inv = invoiceOf(req);
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    const channel = channelByCode(String(body.channel ?? ''));
    if (!channel) throw pageError(400, 'API_VALIDATION_ERROR', 'Choose a payment channel');
    if (inv.status !== 'PENDING') throw pageError(409, `INVOICE_${inv.status}`, `This invoice is ${inv.status}`);
    if (channel.method === 'CREDIT_CARD') {
      const number = String(body.card_number ?? '').replace(/\D/g, '');
      if (!(TEST_CARDS as readonly string[]).includes(number)) throw pageError(400, 'CARD_DECLINED', 'Use one of the test cards shown');
    }
    try {
      channelOf(inv, { method: channel.method, channel: channel.code });
    } catch {
      throw pageError(400, 'UNAVAILABLE_PAYMENT_METHOD_ERROR', `${channel.code} is not open on this invoice`);
    }
    // The callback goes out in the background: the shopper is sent on whether or not the
    // merchant answered (docs/xendit.md §3).
    void payInvoice(ctx, inv, { method: channel.method, channel: channel.code });
    res.json(pageState(inv, account(ctx)));
  });

  router.use((err: unknown, _req: Request, res: Response, next: (e: unknown) => void) => {
    if (err instanceof ApiError) return void res.status(err.httpStatus).json(err.body);
    next(err);
  });
  return router;
}
