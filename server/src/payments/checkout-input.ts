// Validation of what a shopper sends to createPayment. Collects every problem at
// once so a form can show them all, and never trusts anything but ids and quantities.
import { badInput, type FieldProblem } from './errors.js';
import type { Customer } from './order.js';
import { codePointLabel, firstInvisible, hasMarkPileUp, MAX_MARKS_PER_LETTER } from './visible-text.js';

export interface CartLineInput {
  productId: string;
  quantity: number;
}

export interface CheckoutInput {
  items: CartLineInput[];
  customer: Customer;
}

/** Units of one product per order unless MAX_QUANTITY_PER_ITEM says otherwise. */
export const DEFAULT_MAX_QUANTITY_PER_ITEM = 10;
export const MAX_CART_LINES = 50;

// Pragmatic, not RFC 5322: one @, a dot in the domain, no spaces. Midtrans rejects
// malformed emails with "customer_details.email format is invalid" (docs/midtrans.md §4).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
// Indonesian and international numbers: optional +, digits, spaces or dashes.
const PHONE = /^\+?[0-9][0-9 -]{6,18}[0-9]$/;
// Letters (any script), spaces and the punctuation names really have.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .,'-]*$/u;

function visibleTextProblem(text: string): string | undefined {
  const char = firstInvisible(text);
  return char && `contains an invisible or control character (${codePointLabel(char)}); type it again without it`;
}

/** Returns the cleaned input or throws BAD_USER_INPUT listing every problem. */
export function validateCheckout(input: CheckoutInput, maxQuantityPerItem = DEFAULT_MAX_QUANTITY_PER_ITEM): CheckoutInput {
  const problems: FieldProblem[] = [];

  if (input.items.length === 0) problems.push({ field: 'items', message: 'the cart is empty' });
  if (input.items.length > MAX_CART_LINES) {
    problems.push({ field: 'items', message: `at most ${MAX_CART_LINES} different products per order` });
  }
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    const productId = item.productId.trim();
    if (!productId) problems.push({ field: `items[${i}].productId`, message: 'is required' });
    if (seen.has(productId)) {
      problems.push({ field: `items[${i}].productId`, message: `${productId} appears twice; send one line per product` });
    }
    seen.add(productId);
    // The cap keeps one unpaid checkout from reserving a product's whole stock.
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > maxQuantityPerItem) {
      problems.push({
        field: `items[${i}].quantity`,
        message: `must be a whole number from 1 to ${maxQuantityPerItem} (at most ${maxQuantityPerItem} of one product per order)`,
      });
    }
  });

  // NFC first, so what is checked, stored, shown and sent to Midtrans is one and the
  // same sequence (a decomposed "é" and a composed one are the same name).
  const rawName = input.customer.name.normalize('NFC');
  const rawEmail = input.customer.email.normalize('NFC');
  // Spaces of any width become one ordinary space; other invisibles are refused below.
  const name = rawName.replace(/\p{Zs}+/gu, ' ').trim();
  const email = rawEmail.trim().toLowerCase();
  const phone = input.customer.phone?.trim() || undefined;
  const nameProblem = visibleTextProblem(rawName);
  if (nameProblem) {
    problems.push({ field: 'customer.name', message: nameProblem });
  } else if (hasMarkPileUp(name)) {
    problems.push({ field: 'customer.name', message: `has more than ${MAX_MARKS_PER_LETTER} accents or marks on one letter` });
  } else if (name.length < 2 || name.length > 100 || !NAME.test(name)) {
    problems.push({ field: 'customer.name', message: "must be 2–100 characters of letters, spaces and . , ' -" });
  }
  const emailProblem = visibleTextProblem(rawEmail);
  if (emailProblem) {
    problems.push({ field: 'customer.email', message: emailProblem });
  } else if (email.length > 254 || !EMAIL.test(email) || hasMarkPileUp(email)) {
    problems.push({ field: 'customer.email', message: 'must be a valid email address' });
  }
  if (phone !== undefined && !PHONE.test(phone)) {
    problems.push({ field: 'customer.phone', message: 'must be a phone number such as +628123456789 or 08123456789' });
  }

  if (problems.length > 0) throw badInput(problems);
  return {
    items: input.items.map((item) => ({ productId: item.productId.trim(), quantity: item.quantity })),
    customer: { name, email, ...(phone ? { phone } : {}) },
  };
}
