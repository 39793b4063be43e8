import { useEffect } from 'react';
import type { ApolloLoader } from '../apollo/ApolloGate';
import { SHOP_PAGES } from './shop-pages';

/**
 * Once the first page is up and the browser is idle, fetch the rest of the shop
 * (Apollo and the cart, checkout and payment pages), so the next click does not wait
 * for a download. The operator desk is not among them: shoppers never need it.
 */
export function usePreloadShop(loadApollo: ApolloLoader): void {
  useEffect(() => {
    const preload = () => {
      void loadApollo().catch(() => undefined);
      for (const page of SHOP_PAGES) void page.preload().catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(preload, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 1500);
    return () => clearTimeout(timer);
  }, [loadApollo]);
}
