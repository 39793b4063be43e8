import { beforeEach, describe, expect, it } from 'vitest';
import { cartReducer } from './cart-reducer';
import { CART_STORAGE_KEY, cartTotal, emptyCart, loadCart, saveCart } from './cart-storage';

const kopi = { productId: 'p1', name: 'Kopi Gayo', price: 150000, imageUrl: null, stock: 3 };

describe('cartReducer', () => {
  it('adds, merges and caps at stock', () => {
    let state = cartReducer(emptyCart(), { type: 'add', product: kopi });
    state = cartReducer(state, { type: 'add', product: kopi, quantity: 5 });
    expect(state.lines).toHaveLength(1);
    expect(state.lines[0]?.quantity).toBe(3);
  });

  it('keeps quantities between 1 and the stock', () => {
    let state = cartReducer(emptyCart(), { type: 'add', product: kopi });
    state = cartReducer(state, { type: 'setQuantity', productId: 'p1', quantity: 0 });
    expect(state.lines[0]?.quantity).toBe(1);
    state = cartReducer(state, { type: 'setQuantity', productId: 'p1', quantity: 2 });
    expect(cartTotal(state.lines)).toBe(300000);
  });

  it('empties only the cart that produced the paid order', () => {
    let state = cartReducer(emptyCart(), { type: 'add', product: kopi });
    state = cartReducer(state, { type: 'checkedOut', orderId: 'order-1' });
    expect(cartReducer(state, { type: 'paid', orderId: 'order-2' }).lines).toHaveLength(1);
    expect(cartReducer(state, { type: 'paid', orderId: 'order-1' }).lines).toHaveLength(0);
  });
});

describe('sync with the live catalog', () => {
  it('updates price and stock, caps quantities, and keeps sold-out lines', () => {
    let state = cartReducer(emptyCart(), { type: 'add', product: kopi, quantity: 3 });
    state = cartReducer(state, { type: 'add', product: { ...kopi, productId: 'p2', name: 'Teh' } });
    state = cartReducer(state, {
      type: 'sync',
      products: [
        { id: 'p1', name: 'Kopi Gayo', price: 160000, stock: 2 },
        { id: 'p2', name: 'Teh', price: 150000, stock: 0 },
      ],
    });
    expect(state.lines.map((l) => [l.productId, l.price, l.quantity, l.stock])).toEqual([
      ['p1', 160000, 2, 2],
      ['p2', 150000, 1, 0],
    ]);
  });

  it('returns the same state when nothing changed', () => {
    const state = cartReducer(emptyCart(), { type: 'add', product: kopi });
    const products = [{ id: 'p1', name: 'Kopi Gayo', price: 150000, stock: 3, imageUrl: null }];
    expect(cartReducer(state, { type: 'sync', products })).toBe(state);
  });
});

describe('cart storage', () => {
  beforeEach(() => localStorage.clear());

  it('round-trips through localStorage', () => {
    const state = cartReducer(emptyCart(), { type: 'add', product: kopi, quantity: 2 });
    saveCart(state);
    expect(loadCart()).toEqual(state);
  });

  it('ignores unreadable data', () => {
    localStorage.setItem(CART_STORAGE_KEY, '{not json');
    expect(loadCart()).toEqual(emptyCart());
    localStorage.setItem(CART_STORAGE_KEY, JSON.stringify({ lines: [{ productId: 1 }] }));
    expect(loadCart().lines).toEqual([]);
  });
});
