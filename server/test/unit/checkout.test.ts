import type { Product } from '../../src/payments/catalog.js';
import { validateCheckout } from '../../src/payments/checkout-input.js';
import { PaymentError } from '../../src/payments/errors.js';
import { priceCart } from '../../src/payments/pricing.js';
import { newOrderId } from '../../src/payments/secrets.js';

const customer = { name: 'Budi Santoso', email: 'budi@example.com', phone: '+628123456789' };

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PaymentError);
    expect((error as PaymentError).code).toBe('BAD_USER_INPUT');
    return ((error as PaymentError).details?.fields as { field: string }[]).map((f) => f.field);
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('validateCheckout', () => {
  it('cleans a good cart', () => {
    expect(
      validateCheckout({
        items: [{ productId: ' kopi ', quantity: 2 }],
        customer: { ...customer, name: ' Budi   Santoso ', email: 'BUDI@Example.com' },
      }),
    ).toEqual({
      items: [{ productId: 'kopi', quantity: 2 }],
      customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '+628123456789' },
    });
  });

  it.each`
    items                                                                 | cust                                   | fields
    ${[]}                                                                 | ${customer}                            | ${['items']}
    ${[{ productId: 'a', quantity: 0 }]}                                  | ${customer}                            | ${['items[0].quantity']}
    ${[{ productId: 'a', quantity: 100 }]}                                | ${customer}                            | ${['items[0].quantity']}
    ${[{ productId: 'a', quantity: 1.5 }]}                                | ${customer}                            | ${['items[0].quantity']}
    ${[{ productId: 'a', quantity: 1 }, { productId: 'a', quantity: 1 }]} | ${customer}                            | ${['items[1].productId']}
    ${[{ productId: ' ', quantity: 1 }]}                                  | ${customer}                            | ${['items[0].productId']}
    ${[{ productId: 'a', quantity: 1 }]}                                  | ${{ ...customer, email: 'budi@' }}     | ${['customer.email']}
    ${[{ productId: 'a', quantity: 1 }]}                                  | ${{ ...customer, name: 'B' }}          | ${['customer.name']}
    ${[{ productId: 'a', quantity: 1 }]}                                  | ${{ ...customer, name: '<script>' }}   | ${['customer.name']}
    ${[{ productId: 'a', quantity: 1 }]}                                  | ${{ ...customer, phone: '12ab' }}      | ${['customer.phone']}
    ${[]}                                                                 | ${{ name: '', email: '', phone: 'x' }} | ${['items', 'customer.name', 'customer.email', 'customer.phone']}
  `('rejects $fields', ({ items, cust, fields }) => {
    expect(fieldsOf(() => validateCheckout({ items, customer: cust }))).toEqual(fields);
  });

  it('treats an empty phone as none', () => {
    expect(
      validateCheckout({ items: [{ productId: 'a', quantity: 1 }], customer: { ...customer, phone: '  ' } }).customer,
    ).not.toHaveProperty('phone');
  });
});

describe('priceCart', () => {
  const catalog = new Map<string, Product>([
    ['kopi', { id: 'kopi', name: 'Kopi', price: 85_000, stock: 3 }],
    ['teh', { id: 'teh', name: 'Teh', price: 32_000, stock: 0 }],
  ]);

  it('prices from the catalog and sums exactly', () => {
    expect(priceCart([{ productId: 'kopi', quantity: 3 }], catalog)).toEqual({
      items: [{ productId: 'kopi', name: 'Kopi', price: 85_000, quantity: 3 }],
      grossAmount: 255_000,
    });
  });

  it('refuses every unknown product at once, and leaves stock to the reservation', () => {
    expect(
      fieldsOf(() =>
        priceCart(
          [
            { productId: 'nope', quantity: 1 },
            { productId: 'kopi', quantity: 4 },
            { productId: 'gone', quantity: 1 },
          ],
          catalog,
        ),
      ),
    ).toEqual(['items[0].productId', 'items[2].productId']);
  });
});

describe('newOrderId', () => {
  it('is Midtrans-safe, at most 50 characters and unique', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newOrderId(new Date('2026-11-26T00:00:00Z'))));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^LNS-20261126-[A-Za-z0-9_-]{16}$/);
  });
});
