// What a merchant backend sends the simulator (Snap create) and what a bank or e-wallet
// simulator would do to a transaction (the driver API).
import { SERVER_KEY } from './simulator-keys.js';

let sequence = 0;

export interface SnapToken {
  orderId: string;
  token: string;
  redirectUrl: string;
}

/** POST /snap/v1/transactions as a merchant backend would (docs/midtrans.md §3). */
export async function createSnapTransaction(simUrl: string, extra: Record<string, unknown> = {}): Promise<SnapToken> {
  const orderId = `browser-${process.pid}-${Date.now()}-${++sequence}`;
  const res = await fetch(`${simUrl}/snap/v1/transactions`, {
    method: 'POST',
    signal: AbortSignal.timeout(10_000),
    headers: {
      Authorization: `Basic ${Buffer.from(`${SERVER_KEY}:`).toString('base64')}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: JSON.stringify({
      transaction_details: { order_id: orderId, gross_amount: 150000 },
      item_details: [
        { id: 'kopi', name: 'Kopi Gayo 250 g', price: 50000, quantity: 2 },
        { id: 'teh', name: 'Teh Tarik', price: 50000, quantity: 1 },
      ],
      customer_details: { first_name: 'Budi', email: 'budi@example.com' },
      credit_card: { secure: true },
      ...extra,
    }),
  });
  if (res.status !== 201) throw new Error(`Snap create failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { token: string; redirect_url: string };
  return { orderId, token: body.token, redirectUrl: body.redirect_url };
}

/** The driver API: what a bank or e-wallet simulator would do to the transaction. */
export async function drive(simUrl: string, orderId: string, action: 'pay' | 'settle' | 'expire' | 'cancel' | 'deny') {
  const res = await fetch(`${simUrl}/sim/v1/transactions/${encodeURIComponent(orderId)}/${action}`, {
    method: 'POST',
    signal: AbortSignal.timeout(10_000),
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (!res.ok) throw new Error(`driver ${action} failed: ${res.status} ${await res.text()}`);
  return res.json();
}
