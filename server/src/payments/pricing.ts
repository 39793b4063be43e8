// Prices come from the server's catalog, never from the client. Stock is not checked
// here: it is reserved, exactly, when the order is placed (payment-service.ts).
import type { Product } from './catalog.js';
import type { CartLineInput } from './checkout-input.js';
import { badInput, type FieldProblem } from './errors.js';
import type { OrderItem } from './order.js';

export interface PricedCart {
  items: OrderItem[];
  /** Σ price × quantity, integer IDR: exactly what Midtrans checks against item_details. */
  grossAmount: number;
}

/** Midtrans refuses a transaction at or below zero and caps cards at 999,999,999 (docs/midtrans.md §20). */
export const MAX_GROSS_AMOUNT = 999_999_999;

export function priceCart(lines: CartLineInput[], products: ReadonlyMap<string, Product>): PricedCart {
  const problems: FieldProblem[] = [];
  const items: OrderItem[] = [];
  lines.forEach((line, i) => {
    const product = products.get(line.productId);
    if (!product) {
      problems.push({ field: `items[${i}].productId`, message: `unknown product ${line.productId}` });
      return;
    }
    items.push({ productId: product.id, name: product.name, price: product.price, quantity: line.quantity });
  });
  if (problems.length > 0) throw badInput(problems);

  const grossAmount = items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  if (grossAmount <= 0 || grossAmount > MAX_GROSS_AMOUNT) {
    throw badInput([{ field: 'items', message: `the total must be between Rp 1 and Rp ${MAX_GROSS_AMOUNT}` }]);
  }
  return { items, grossAmount };
}
