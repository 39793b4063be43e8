import { Route, Routes } from 'react-router';
import { Layout } from '../components/Layout';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { CartPage } from './CartPage';
import { CatalogPage } from './CatalogPage';
import { CheckoutPage } from './CheckoutPage';
import { NotFoundPage } from './NotFoundPage';
import { PaymentFinishPage } from './payment/PaymentFinishPage';
import { PaymentResultPage } from './payment/PaymentResultPage';

export function AppRoutes() {
  return (
    <Layout>
      <PageErrorBoundary>
        <Routes>
          <Route index element={<CatalogPage />} />
          <Route path="cart" element={<CartPage />} />
          <Route path="checkout" element={<CheckoutPage />} />
          {/* Static segment wins over :kind, so the finish redirect has its own page. */}
          <Route path="payment/finish" element={<PaymentFinishPage />} />
          <Route path="payment/:kind" element={<PaymentResultPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </PageErrorBoundary>
    </Layout>
  );
}
