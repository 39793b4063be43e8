import { createContext, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { cartReducer, type CartAction } from './cart-reducer';
import { CART_STORAGE_KEY, cartCount, cartTotal, loadCart, saveCart, type CartLine } from './cart-storage';

interface CartContextValue {
  lines: CartLine[];
  total: number;
  count: number;
  checkoutOrderId: string | null;
  dispatch: (action: CartAction) => void;
}

const CartContext = createContext<CartContextValue | null>(null);

export function CartProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(cartReducer, undefined, () => loadCart());

  useEffect(() => saveCart(state), [state]);

  // Another tab changed the cart: follow it rather than overwrite it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === CART_STORAGE_KEY) dispatch({ type: 'load', state: loadCart() });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const value = useMemo<CartContextValue>(
    () => ({
      lines: state.lines,
      total: cartTotal(state.lines),
      count: cartCount(state.lines),
      checkoutOrderId: state.checkoutOrderId,
      dispatch,
    }),
    [state],
  );
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}

export function useCart(): CartContextValue {
  const value = useContext(CartContext);
  if (!value) throw new Error('useCart must be used inside <CartProvider>');
  return value;
}
