// Order ids and access tokens. node:crypto only: this stays framework-free.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * `LNS-20261126-<16 chars>`: 96 random bits, so ids can't be guessed or enumerated,
 * and only [A-Za-z0-9-_] so it stays within Midtrans's 50-char order_id charset and
 * is safe in /v2/{order_id}/status URLs (docs/midtrans.md §3, §2).
 */
export function newOrderId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `LNS-${day}-${randomBytes(12).toString('base64url')}`;
}

/** A bearer secret for one order, shown to the shopper once. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Stored instead of the token: a leaked database does not unlock orders. */
export function hashAccessToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A checkout session's client token as stored: its hash (ports.ts `StoredOrder.clientTokenHash`). */
export function hashClientToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function accessTokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashAccessToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
