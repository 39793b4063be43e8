// Midtrans's notification signature (docs/midtrans.md §10):
//   signature_key = SHA512(order_id + status_code + gross_amount + server_key), lowercase hex,
// over the exact strings received — gross_amount keeps its ".00".
import { createHash, timingSafeEqual } from 'node:crypto';

export function midtransSignature(orderId: string, statusCode: string, grossAmount: string, serverKey: string): string {
  return createHash('sha512')
    .update(orderId + statusCode + grossAmount + serverKey, 'utf8')
    .digest('hex');
}

/** Constant-time, so response timing does not help forge a signature byte by byte. */
export function signatureMatches(
  fields: { order_id: string; status_code: string; gross_amount: string; signature_key: string },
  serverKey: string,
): boolean {
  const expected = Buffer.from(midtransSignature(fields.order_id, fields.status_code, fields.gross_amount, serverKey), 'utf8');
  const given = Buffer.from(fields.signature_key.toLowerCase(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
