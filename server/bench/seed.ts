// Existing orders, written straight into the database as settled orders through the
// server's own repository (the same documents createPayment and a settlement leave:
// the order, its `#1` paid change and that change's effects). Far faster than a
// checkout each, and the point is only that they exist: the hot paths must not slow
// down as they pile up.
import { randomBytes } from 'node:crypto';
import type { StoredOrder } from '../src/payments/ports.js';
import { hashAccessToken, newAccessToken } from '../src/payments/secrets.js';
import type { Database } from '../src/persistence/database.js';
import { MongoOrderStore } from '../src/persistence/order-store.js';

export async function seedSettledOrders(db: Database, count: number, productId: string, price: number): Promise<void> {
  const store = new MongoOrderStore(db.collections);
  const run = randomBytes(4).toString('hex');
  const at = new Date();
  for (let start = 0; start < count; start += 500) {
    const ids = Array.from({ length: Math.min(500, count - start) }, (_, i) => `seed-${run}-${start + i}`);
    await Promise.all(ids.map((orderId) => store.insert(pendingOrder(orderId, newAccessToken(), productId, price, at))));
    await Promise.all(
      ids.map((orderId) =>
        store.commit(orderId, {
          fromVersion: 0,
          status: 'paid',
          transactionId: `seed-tx-${orderId}`,
          paymentType: 'bank_transfer',
          refundedAmount: 0,
          at,
          source: 'settlement',
        }),
      ),
    );
    await Promise.all(ids.map((orderId) => store.recordEffects(orderId, 1, { held: { [productId]: true } })));
  }
}

/** An order as createPayment stores it, before any payment. */
function pendingOrder(orderId: string, accessToken: string, productId: string, price: number, at: Date): StoredOrder {
  return {
    orderId,
    status: 'pending',
    grossAmount: price,
    items: [{ productId, name: productId, price, quantity: 1 }],
    customer: { name: 'Bench Shopper', email: 'bench@example.com' },
    accessTokenHash: hashAccessToken(accessToken),
    gateway: 'midtrans',
    gatewayReference: orderId,
    holdEndsAt: new Date(at.getTime() + 86_400_000),
    refundedAmount: 0,
    version: 0,
    createdAt: at,
    updatedAt: at,
  };
}
