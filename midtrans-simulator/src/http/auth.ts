import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { coreError, snapError } from '../api-error.js';

// Basic auth with the server key as username and an empty password (docs/midtrans.md §1).
export const SNAP_UNAUTHORIZED = [
  'Access denied due to unauthorized transaction, please check client or server key',
  'Visit https://snap-docs.midtrans.com/#request-headers for more details',
];
export const CORE_UNAUTHORIZED = 'Transaction cannot be authorized with the current client/server key.';

export function basicUsername(header: string | undefined): string | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? decoded : decoded.slice(0, colon);
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

export function requireServerKey(serverKey: string, flavor: 'snap' | 'core'): RequestHandler {
  const expected = digest(serverKey);
  return (req, _res, next) => {
    // Compared as equal-length digests in constant time: answer times say nothing about the key.
    const given = basicUsername(req.headers.authorization);
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next();
    next(flavor === 'snap' ? snapError(401, ...SNAP_UNAUTHORIZED) : coreError(401, '401', CORE_UNAUTHORIZED));
  };
}
