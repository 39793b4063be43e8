import { BrowserRouter } from 'react-router';
import { ApolloLoaderProvider, type ApolloLoader } from './apollo/ApolloGate';
import type { ConnectionStatusStore } from './apollo/connection-status';
import { ConnectionStatusProvider } from './apollo/ConnectionStatusProvider';
import { CartProvider } from './cart/CartProvider';
import { LanguageProvider } from './i18n/LanguageProvider';
import { AppRoutes } from './routes/AppRoutes';
import { NavigationFocus } from './routes/NavigationFocus';
import { usePreloadShop } from './routes/usePreloadShop';

export function App({ loadApollo, connection }: { loadApollo: ApolloLoader; connection: ConnectionStatusStore }) {
  usePreloadShop(loadApollo);
  return (
    <ApolloLoaderProvider load={loadApollo}>
      <ConnectionStatusProvider store={connection}>
        <LanguageProvider>
          <CartProvider>
            <BrowserRouter>
              <NavigationFocus />
              <AppRoutes />
            </BrowserRouter>
          </CartProvider>
        </LanguageProvider>
      </ConnectionStatusProvider>
    </ApolloLoaderProvider>
  );
}
