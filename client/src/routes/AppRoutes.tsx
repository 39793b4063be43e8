import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ApolloGate } from '../apollo/ApolloGate';
import { Layout } from '../components/Layout';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { LoadingState } from '../components/States';
import { useI18n } from '../i18n/LanguageProvider';
import { CatalogPage } from './CatalogPage';
import { lazyPage, type LazyPage } from './lazy-page';
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
              <ApolloPage page={AdminDesk} />
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
            <Route path="cart" element={<ApolloPage page={CartPage} />} />
            <Route path="checkout" element={<ApolloPage page={CheckoutPage} />} />
            {/* Static segment wins over :kind, so the finish redirect has its own page. */}
            <Route path="payment/finish" element={<ApolloPage page={PaymentFinishPage} />} />
            <Route path="payment/:kind" element={<ApolloPage page={PaymentResultPage} />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </PageSuspense>
      </PageErrorBoundary>
    </Layout>
  );
}

/**
 * A lazy page that needs Apollo. Its chunk starts downloading now, alongside Apollo's,
 * not after it: someone landing on /payment/finish from Midtrans waits for one round of
 * downloads, not two. (Idempotent, like React.lazy starting its own load in render.)
 */
function ApolloPage({ page: Page }: { page: LazyPage }) {
  void Page.preload().catch(() => undefined);
  return (
    <ApolloGate>
      <Page />
    </ApolloGate>
  );
}

/** While a page's chunk (or Apollo) downloads: the same loading state the pages use. */
function PageSuspense({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<LoadingState label={t('common.loadingPage')} />}>{children}</Suspense>;
}
