import { clampQuantity, emptyCart, type CartLine, type CartState } from './cart-storage';

export type CartAction =
  | { type: 'add'; product: Omit<CartLine, 'quantity'>; quantity?: number }
  | { type: 'setQuantity'; productId: string; quantity: number }
  | { type: 'remove'; productId: string }
  | { type: 'replace'; lines: CartLine[] }
  | { type: 'checkedOut'; orderId: string }
  | { type: 'paid'; orderId: string }
  | { type: 'load'; state: CartState }
  | { type: 'sync'; products: readonly LiveProduct[] };

/** What the catalog says now about a product in the cart. */
export interface LiveProduct {
  id: string;
  name: string;
  price: number;
  stock: number;
  imageUrl?: string | null;
}

export function cartReducer(state: CartState, action: CartAction): CartState {
  switch (action.type) {
    case 'add': {
      const existing = state.lines.find((line) => line.productId === action.product.productId);
      const wanted = (existing?.quantity ?? 0) + (action.quantity ?? 1);
      const line: CartLine = {
        ...action.product,
        quantity: clampQuantity(wanted, action.product.stock),
      };
      const lines = existing ? state.lines.map((l) => (l.productId === line.productId ? line : l)) : [...state.lines, line];
      return { ...state, lines };
    }
    case 'setQuantity':
      return {
        ...state,
        lines: state.lines.map((line) =>
          line.productId === action.productId ? { ...line, quantity: clampQuantity(action.quantity, line.stock) } : line,
        ),
      };
    case 'remove':
      return { ...state, lines: state.lines.filter((line) => line.productId !== action.productId) };
    case 'replace':
      return { lines: action.lines, checkoutOrderId: null };
    case 'checkedOut':
      return { ...state, checkoutOrderId: action.orderId };
    case 'paid':
      // Only the cart that produced this order is emptied; a shopper who started a
      // new cart meanwhile keeps it.
      return state.checkoutOrderId === action.orderId ? emptyCart() : state;
    case 'load':
      return action.state;
    case 'sync': {
      let changed = false;
      const lines = state.lines.map((line) => {
        const live = action.products.find((product) => product.id === line.productId);
        if (!live) return line;
        const next: CartLine = {
          ...line,
          name: live.name,
          price: live.price,
          stock: live.stock,
          imageUrl: live.imageUrl ?? null,
          // A sold-out line keeps its quantity so the shopper sees what they lost.
          quantity: live.stock > 0 ? clampQuantity(line.quantity, live.stock) : line.quantity,
        };
        const same = (Object.keys(next) as (keyof CartLine)[]).every((key) => next[key] === line[key]);
        if (same) return line;
        changed = true;
        return next;
      });
      return changed ? { ...state, lines } : state;
    }
  }
}
