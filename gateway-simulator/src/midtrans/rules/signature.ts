import { createHash, timingSafeEqual } from 'node:crypto';

// signature_key = SHA512(order_id + status_code + gross_amount + server_key), lowercase hex,
// using the exact strings of the same payload (docs/midtrans.md §10).
export function signatureKey(orderId: string, statusCode: string, grossAmount: string, serverKey: string): string {
  return createHash('sha512')
    .update(orderId + statusCode + grossAmount + serverKey, 'utf8')
    .digest('hex');
}

export function verifySignature(payload: Record<string, unknown>, serverKey: string): boolean {
  const expected = signatureKey(String(payload.order_id), String(payload.status_code), String(payload.gross_amount), serverKey);
  const got = String(payload.signature_key ?? '');
  return got.length === expected.length && timingSafeEqual(Buffer.from(got), Buffer.from(expected));
}
