import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { coreError, snapError } from '../api-error.js';

// Basic auth with the server key as username and an empty password (docs/midtrans.md §1).
export const SNAP_UNAUTHORIZED = [
  'Access denied due to unauthorized transaction, please check client or server key',
  'Visit https://snap-docs.midtrans.com/#request-headers for more details',
];
export const CORE_UNAUTHORIZED = 'Transaction cannot be authorized with the current client/server key.';
/**
 * A Core call with no key at all: the official Python client's sandbox test expects
 * "unauthorized" in this answer, which matches Midtrans's older wording (README, Differences).
 */
export const CORE_NO_KEY = 'Access denied due to unauthorized transaction, please check client or server key';

export function basicUsername(header: string | undefined): string | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? decoded : decoded.slice(0, colon);
}

export const secretDigest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * Compares a presented secret with the digest of the expected one. Equal-length digests in
 * constant time: how long the answer takes says nothing about the secret.
 */
export const matchesSecret = (given: string | undefined, expected: Buffer): boolean =>
  given !== undefined && timingSafeEqual(secretDigest(given), expected);

export function requireServerKey(serverKey: string, flavor: 'snap' | 'core'): RequestHandler {
  const expected = secretDigest(serverKey);
  return (req, _res, next) => {
    const given = basicUsername(req.headers.authorization);
    if (matchesSecret(given, expected)) return next();
    if (flavor === 'snap') return next(snapError(401, ...SNAP_UNAUTHORIZED));
    next(coreError(401, '401', given ? CORE_UNAUTHORIZED : CORE_NO_KEY));
  };
}
