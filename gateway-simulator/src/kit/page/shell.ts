import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler, type Response } from 'express';

// The page shell every gateway's hosted page shares: the browser modules in kit/ui/ (element
// builder, formatting, QR placeholder, translator), served under the gateway's own assets path
// as `…/assets/kit/`, and the headers a page that handles payments gets.

/**
 * A folder of plain browser files next to `from` (under tsx), or back in src/ when running from a
 * tsc build (tsc does not copy them to dist/).
 */
export function sourceDir(from: string, rel: string, srcRel: string): string {
  return [new URL(rel, from), new URL(srcRel, from)].map((u) => fileURLToPath(u)).find((d) => existsSync(d)) as string;
}

const kitUiDir = sourceDir(import.meta.url, '../ui/', '../../../src/kit/ui/');

export function noCache(res: Response): void {
  // Assets change with the checkout; a stale script in a dev browser is a confusing bug.
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/** The shell's modules; mount at `<gateway assets>/kit`. */
export const shellAssets = (): RequestHandler => express.static(kitUiDir, { setHeaders: noCache, index: false });

/** A page only ever talks to its own origin; that also proves "nothing from other hosts". */
function pageCsp(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Serves a hosted page: never cached, only its own origin (`frameAncestors` may frame it), and
 * no Referer, since the page's URL holds the capability (a token, an invoice id) that must not
 * reach the servers it redirects to.
 */
export function pageRoute(html: string, frameAncestors: string): RequestHandler {
  const csp = pageCsp(frameAncestors);
  return (_req, res) => {
    noCache(res);
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.type('html').send(html);
  };
}
