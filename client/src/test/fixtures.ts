import type { OrderStatus } from '../gql/graphql';
import { CART_STORAGE_KEY, type CartLine } from '../cart/cart-storage';

export const products = [
  { __typename: 'Product', id: 'kopi', name: 'Kopi Gayo 250 g', price: 150000, stock: 12, imageUrl: null },
  { __typename: 'Product', id: 'batik', name: 'Batik Tulis', price: 450000, stock: 2, imageUrl: null },
  { __typename: 'Product', id: 'teh', name: 'Teh Tambi', price: 35000, stock: 0, imageUrl: null },
] as const;

export function cartLine(productId: 'kopi' | 'batik' | 'teh', quantity: number): CartLine {
  const product = products.find((p) => p.id === productId)!;
  return { productId, name: product.name, price: product.price, imageUrl: null, stock: product.stock, quantity };
}

export function seedCart(lines: CartLine[], checkoutOrderId: string | null = null): void {
  localStorage.setItem(CART_STORAGE_KEY, JSON.stringify({ lines, checkoutOrderId }));
}

export const ORDER_ID = 'LUNAS-20261126-0001';
export const ACCESS_TOKEN = 'tok_secret_123';

/** Later states have higher versions, as on the server (the cache keeps the higher). */
export function versionOf(status: OrderStatus): number {
  return { PENDING: 0, PAID: 1, FAILED: 1, EXPIRED: 1, CANCELLED: 1, PARTIALLY_REFUNDED: 2, REFUNDED: 3 }[status];
}

export function order(status: OrderStatus, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Order' as const,
    orderId: ORDER_ID,
    status,
    grossAmount: 750000,
    items: [
      { __typename: 'OrderItem' as const, productId: 'kopi', name: 'Kopi Gayo 250 g', price: 150000, quantity: 2 },
      { __typename: 'OrderItem' as const, productId: 'batik', name: 'Batik Tulis', price: 450000, quantity: 1 },
    ],
    paymentType: 'bank_transfer',
    transactionId: 'trx-1',
    paymentInstructions:
      status === 'PENDING'
        ? {
            __typename: 'PaymentInstructions' as const,
            bank: 'bca',
            vaNumber: '12345678901',
            billerCode: null,
            billKey: null,
            paymentCode: null,
            expiresAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
          }
        : null,
    refundedAmount: 0,
    createdAt: '2026-11-26T08:00:00.000Z',
    // Later states are newer, as on the server (the cache keeps the newest answer).
    updatedAt: status === 'PENDING' ? '2026-11-26T08:00:00.000Z' : '2026-11-26T08:05:00.000Z',
    version: versionOf(status),
    ...overrides,
  };
}

export function orderNotFoundError() {
  return { errors: [{ message: 'Order not found', extensions: { code: 'ORDER_NOT_FOUND' } }] };
}
