import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { ConnectionStatusProvider } from './apollo/ConnectionStatusProvider';
import type { LunasApollo } from './apollo/create-apollo-client';
import { CartProvider } from './cart/CartProvider';
import { LanguageProvider } from './i18n/LanguageProvider';
import { AppRoutes } from './routes/AppRoutes';
import { NavigationFocus } from './routes/NavigationFocus';

export function App({ apollo }: { apollo: LunasApollo }) {
  return (
    <ApolloProvider client={apollo.client}>
      <ConnectionStatusProvider store={apollo.connection}>
        <LanguageProvider>
          <CartProvider>
            <BrowserRouter>
              <NavigationFocus />
              <AppRoutes />
            </BrowserRouter>
          </CartProvider>
        </LanguageProvider>
      </ConnectionStatusProvider>
    </ApolloProvider>
  );
}
