// Bodies an attacker (or a broken proxy) would POST to the webhook, built from the
// simulator's real signed body of the order. Midtrans signs only order_id + status_code
// + gross_amount, so a relabelled transaction_status keeps a valid signature: the API
// must take the status from Midtrans's status API, never from the body.
import { createHash } from 'node:crypto';
import type { ForgeryKind } from './plans.js';
import type { Random } from './random.js';
import { SERVER_KEY } from './services.js';

type Body = Record<string, unknown>;

export interface Forgery {
  kind: ForgeryKind | 'signed_unknown';
  /** What was changed, for the report. */
  what: string;
  body: string;
  /** The HTTP status a correct webhook answers (503 is always allowed: the API may be recovering). */
  expected: number;
}

/** Same status_code, other meaning: these pass the status_code/transaction_status agreement check. */
const RELABEL: Record<string, string[]> = {
  settlement: ['refund', 'partial_refund', 'capture'],
  capture: ['settlement', 'refund', 'partial_refund'],
  refund: ['settlement', 'partial_refund'],
  partial_refund: ['refund', 'settlement'],
  pending: ['capture'],
  deny: ['expire', 'cancel'],
  expire: ['cancel', 'deny'],
  cancel: ['expire', 'deny'],
};

export function forge(kind: ForgeryKind, signed: Body | null, orderId: string, grossAmount: number, random: Random): Forgery {
  if (!signed) return signedUnknown(orderId, grossAmount);
  const body: Body = { ...signed };
  const status = String(body.transaction_status);
  switch (kind) {
    case 'relabel': {
      const to = random.pick(RELABEL[status] ?? ['settlement']);
      body.transaction_status = to;
      if (to === 'capture') body.fraud_status = 'accept';
      if (to === 'partial_refund') body.refund_amount = '999999999.00';
      const agrees = RELABEL[status] !== undefined;
      // A word whose status_code disagrees with the signed one is refused as malformed (400).
      return { kind, what: `${status} → ${to}`, body: JSON.stringify(body), expected: agrees ? 200 : 400 };
    }
    case 'type_confused': {
      const field = random.pick(['gross_amount', 'expiry_time', 'va_numbers', 'transaction_status', 'order_id', 'status_code', 'currency']);
      const confuse: Record<string, unknown> = {
        gross_amount: Number.parseFloat(String(body.gross_amount)),
        expiry_time: 1_767_225_600,
        va_numbers: [{ bank: { name: 'bca' }, va_number: '12345' }],
        transaction_status: ['settlement'],
        order_id: { $ne: null },
        status_code: Number(body.status_code),
        currency: 'USD',
      };
      body[field] = confuse[field];
      // USD is well-typed and signed-over fields are untouched: the API must confirm and refuse it (200, not applied).
      return {
        kind,
        what: `${field} = ${JSON.stringify(confuse[field])}`,
        body: JSON.stringify(body),
        expected: field === 'currency' ? 200 : 400,
      };
    }
    case 'bad_signature': {
      const signature = String(body.signature_key);
      const flipped = (signature[0] === 'a' ? 'b' : 'a') + signature.slice(1);
      body.signature_key = flipped;
      body.transaction_status = 'settlement';
      body.status_code = '200';
      return { kind, what: 'signature_key altered, relabelled settlement', body: JSON.stringify(body), expected: 401 };
    }
  }
}

/**
 * For an order Midtrans has no transaction for: a settlement signed with the simulator's
 * published server key. It verifies, so only the status API (404) stands in its way.
 */
function signedUnknown(orderId: string, grossAmount: number): Forgery {
  const gross = `${grossAmount}.00`;
  const body = {
    transaction_time: '2026-01-01 10:00:00',
    transaction_status: 'settlement',
    transaction_id: `forged-${orderId}`,
    status_message: 'midtrans payment notification',
    status_code: '200',
    signature_key: createHash('sha512').update(`${orderId}200${gross}${SERVER_KEY}`).digest('hex'),
    payment_type: 'bank_transfer',
    order_id: orderId,
    merchant_id: 'G000000001',
    gross_amount: gross,
    fraud_status: 'accept',
    currency: 'IDR',
  };
  return { kind: 'signed_unknown', what: 'signed settlement, no transaction at Midtrans', body: JSON.stringify(body), expected: 200 };
}

export async function postToWebhook(apiUrl: string, body: string): Promise<number | 'network'> {
  try {
    const res = await fetch(`${apiUrl}/api/payments/notification`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'lunas-chaos' },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 'network';
  }
}
