import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { createCache } from '../apollo/cache';
import { ConnectionStatusProvider } from '../apollo/ConnectionStatusProvider';
import { createConnectionStatus, type ConnectionStatusStore } from '../apollo/connection-status';
import { CartProvider } from '../cart/CartProvider';
import { LanguageProvider } from '../i18n/LanguageProvider';
import type { Language } from '../i18n/messages';
import { AdminDesk, AppRoutes } from '../routes/AppRoutes';
import { SHOP_PAGES } from '../routes/shop-pages';

// Pages are lazy chunks in the app; load them all before any test renders, so a test
// sees a page at once, as it did before the split (a browser test covers the fallback).
await Promise.all([...SHOP_PAGES, AdminDesk].map((page) => page.preload()));

/** Shows where the router is, so tests can assert navigation. */
function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

export interface RenderAppOptions {
  route?: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  connection?: ConnectionStatusStore;
  language?: Language;
}

/** The whole route tree on a MockedProvider, as the shopper would reach it at `route`. */
export function renderApp({ route = '/', mocks = [], connection, language = 'id' }: RenderAppOptions = {}) {
  const store = connection ?? createConnectionStatus();
  const ui: ReactElement = (
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ConnectionStatusProvider store={store}>
        <LanguageProvider initial={language}>
          <CartProvider>
            <MemoryRouter initialEntries={[route]}>
              <AppRoutes />
              <LocationProbe />
            </MemoryRouter>
          </CartProvider>
        </LanguageProvider>
      </ConnectionStatusProvider>
    </MockedProvider>
  );
  return { ...render(ui), connection: store };
}

/** Collapses Intl's no-break spaces so "Rp 150.000" can be matched as typed. */
export const text = (value: string | null | undefined) => (value ?? '').replace(/\u00a0/g, ' ');
