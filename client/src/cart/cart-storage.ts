// The cart lives in localStorage so it survives reloads, the Snap redirect and a
// failed payment ("try again with the same cart").
export interface CartLine {
  productId: string;
  name: string;
  /** Integer IDR as the catalog showed it; the server reprices at checkout anyway. */
  price: number;
  imageUrl: string | null;
  quantity: number;
  /** Stock when last seen, to cap the quantity picker. */
  stock: number;
}

export interface CartState {
  lines: CartLine[];
  /** The order created from this cart, so the cart is emptied once that order is paid. */
  checkoutOrderId: string | null;
}

export const CART_STORAGE_KEY = 'lunas.cart.v1';
/**
 * The API's default MAX_QUANTITY_PER_ITEM (units of one product per order). The API is
 * the judge: a shop that changes it gets its BAD_USER_INPUT message at checkout.
 */
export const MAX_QUANTITY = 10;

export const emptyCart = (): CartState => ({ lines: [], checkoutOrderId: null });

function isLine(value: unknown): value is CartLine {
  if (typeof value !== 'object' || value === null) return false;
  const line = value as Record<string, unknown>;
  return (
    typeof line.productId === 'string' &&
    typeof line.name === 'string' &&
    typeof line.price === 'number' &&
    typeof line.quantity === 'number' &&
    typeof line.stock === 'number' &&
    (line.imageUrl === null || typeof line.imageUrl === 'string')
  );
}

/** Reads the saved cart; anything unreadable (old format, hand edits) gives an empty cart. */
export function loadCart(storage: Storage = window.localStorage): CartState {
  try {
    const raw = storage.getItem(CART_STORAGE_KEY);
    if (!raw) return emptyCart();
    const parsed = JSON.parse(raw) as Partial<CartState>;
    const lines = Array.isArray(parsed.lines) ? parsed.lines.filter(isLine) : [];
    return {
      lines: lines.map((line) => ({ ...line, quantity: clampQuantity(line.quantity, line.stock) })),
      checkoutOrderId: typeof parsed.checkoutOrderId === 'string' ? parsed.checkoutOrderId : null,
    };
  } catch {
    return emptyCart();
  }
}

export function saveCart(state: CartState, storage: Storage = window.localStorage): void {
  try {
    storage.setItem(CART_STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Private mode or a full quota: the cart still works for this page view.
  }
}

export function clampQuantity(quantity: number, stock: number): number {
  const max = Math.min(MAX_QUANTITY, Math.max(0, stock));
  if (!Number.isFinite(quantity)) return 1;
  return Math.max(1, Math.min(max || 1, Math.round(quantity)));
}

export function cartTotal(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
}

export function cartCount(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}
