// Webhook helpers: signed Midtrans-shaped bodies, real ones from the simulator, and
// reading what the API made of them.
import { midtransSignature } from '../../src/gateway/midtrans/signature.js';
import { SERVER_KEY, type TestStack } from './test-stack.js';

export const STATUS_CODES: Record<string, string> = {
  pending: '201',
  settlement: '200',
  capture: '200',
  deny: '202',
  cancel: '202',
  expire: '202',
  refund: '200',
  partial_refund: '200',
};

/** A Midtrans-shaped notification (docs/midtrans.md §9), signed unless told otherwise. */
export function signedNotification(
  orderId: string,
  grossAmount: number | string,
  transactionStatus: string,
  extra: Record<string, unknown> = {},
) {
  const body: Record<string, unknown> = {
    transaction_time: '2026-11-26 10:00:00',
    transaction_status: transactionStatus,
    transaction_id: 'a1b2c3d4-0000-4000-8000-000000000001',
    status_message: 'midtrans payment notification',
    status_code: STATUS_CODES[transactionStatus] ?? '200',
    payment_type: 'bank_transfer',
    va_numbers: [{ va_number: '12345678901', bank: 'bca' }],
    order_id: orderId,
    merchant_id: 'G000000001',
    gross_amount: typeof grossAmount === 'number' ? `${grossAmount}.00` : grossAmount,
    fraud_status: 'accept',
    expiry_time: '2026-11-27 10:00:00',
    currency: 'IDR',
    ...extra,
  };
  body.signature_key ??= midtransSignature(String(body.order_id), String(body.status_code), String(body.gross_amount), SERVER_KEY);
  return body;
}

export async function postNotification(stack: TestStack, body: unknown, raw?: string, url = stack.url) {
  const res = await fetch(`${url}/api/payments/notification`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Veritrans' },
    body: raw ?? JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** The signed body the simulator would send now for the order's transaction. */
export async function realBody(stack: TestStack, orderId: string): Promise<Record<string, unknown>> {
  const res = await stack.driver(`/sim/v1/transactions/${orderId}/notification-body`, undefined, 'GET');
  if (res.status !== 200) throw new Error(`no notification body: ${JSON.stringify(res.body)}`);
  return res.body;
}

export const statusOf = async (stack: TestStack, orderId: string) => (await stack.orderOf(orderId)).status;
/** An order's log as one list: the rejected deliveries kept with it, then the passed ones (newest first). */
export const logOf = async (stack: TestStack, orderId: string) => {
  const log = stack.app.stack.notificationLog;
  return [...(await log.rejectedKept(orderId)), ...(await log.forOrder(orderId, { first: 100 }))];
};
export const publishedFor = (stack: TestStack, orderId: string) => stack.published.filter((o) => o.orderId === orderId);
