import { createHash, timingSafeEqual } from 'node:crypto';

// Secrets a gateway checks (an API key in Basic auth, the driver token): compared by digest,
// in constant time, never logged.

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
