import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ApolloGate } from '../apollo/ApolloGate';
import { Layout } from '../components/Layout';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { LoadingState } from '../components/States';
import { useI18n } from '../i18n/LanguageProvider';
import { CatalogPage } from './CatalogPage';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './NotFoundPage';
import { CartPage, CheckoutPage, PaymentFinishPage, PaymentResultPage } from './shop-pages';

/** The operator desk: its own chunk, never loaded by a shopper's pages. */
export const AdminDesk = lazyPage(() => import('../admin/AdminDesk').then((m) => m.AdminDesk));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="admin/*"
        element={
          <PageErrorBoundary>
            <PageSuspense>
              <ApolloGate>
                <AdminDesk />
              </ApolloGate>
            </PageSuspense>
          </PageErrorBoundary>
        }
      />
      <Route path="*" element={<ShopRoutes />} />
    </Routes>
  );
}

function ShopRoutes() {
  return (
    <Layout>
      <PageErrorBoundary>
        <PageSuspense>
          <Routes>
            {/* The first page needs no Apollo: see CatalogPage. */}
            <Route index element={<CatalogPage />} />
            <Route path="cart" element={<ApolloGate><CartPage /></ApolloGate>} />
            <Route path="checkout" element={<ApolloGate><CheckoutPage /></ApolloGate>} />
            {/* Static segment wins over :kind, so the finish redirect has its own page. */}
            <Route path="payment/finish" element={<ApolloGate><PaymentFinishPage /></ApolloGate>} />
            <Route path="payment/:kind" element={<ApolloGate><PaymentResultPage /></ApolloGate>} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </PageSuspense>
      </PageErrorBoundary>
    </Layout>
  );
}

/** While a page's chunk (or Apollo) downloads: the same loading state the pages use. */
function PageSuspense({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<LoadingState label={t('common.loadingPage')} />}>{children}</Suspense>;
}
