// Xendit signs nothing: a callback carries the account's verification token in the
// `x-callback-token` header, compared as a plain string (xendit-reference.md §3). It
// proves only that the sender knows the token, so a valid one makes the body a claim
// that Xendit's API must confirm before anything changes.
import { createHash, timingSafeEqual } from 'node:crypto';

export const CALLBACK_TOKEN_HEADER = 'x-callback-token';

export type CallbackTokenVerdict = 'valid' | 'missing' | 'invalid';

/** Header values as Node gives them: lower-case names, repeated headers as arrays. */
export type Headers = Record<string, string | string[] | undefined>;

/**
 * Constant-time in the token's content and length: both sides are hashed to 32 bytes
 * first, so neither a byte-by-byte guess nor a guess of the length shows in the timing.
 * The token itself is never returned, thrown or logged.
 */
export function checkCallbackToken(headers: Headers, expected: string): CallbackTokenVerdict {
  const given = headers[CALLBACK_TOKEN_HEADER];
  if (given === undefined || given === '') return 'missing';
  // Two tokens in one request: a proxy or a forger; Xendit sends one.
  if (Array.isArray(given)) return 'invalid';
  return timingSafeEqual(digest(given), digest(expected)) ? 'valid' : 'invalid';
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
