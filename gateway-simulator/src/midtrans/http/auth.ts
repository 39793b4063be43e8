import { basicUsername, matchesSecret, secretDigest } from '../../kit/http/secret.js';
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

export function requireServerKey(serverKey: string, flavor: 'snap' | 'core'): RequestHandler {
  const expected = secretDigest(serverKey);
  return (req, _res, next) => {
    const given = basicUsername(req.headers.authorization);
    if (matchesSecret(given, expected)) return next();
    if (flavor === 'snap') return next(snapError(401, ...SNAP_UNAUTHORIZED));
    next(coreError(401, '401', given ? CORE_UNAUTHORIZED : CORE_NO_KEY));
  };
}
