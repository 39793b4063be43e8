import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../routes/NotFoundPage';
import './admin.css';
import { AdminLayout } from './AdminLayout';
import { AnomaliesPage } from './anomalies/AnomaliesPage';
import { OrderPage } from './order/OrderPage';
import { OrdersPage } from './orders/OrdersPage';
import { RequireOperator } from './RequireOperator';
import { SignInPage } from './SignInPage';

/**
 * /admin: the operator desk, one lazily loaded chunk (routes/AppRoutes.tsx), so a
 * shopper's pages never download it. Every page but sign-in needs an operator session.
 */
export function AdminDesk() {
  return (
    <AdminLayout>
      <Routes>
        <Route path="sign-in" element={<SignInPage />} />
        <Route element={<RequireOperator />}>
          <Route index element={<OrdersPage />} />
          <Route path="orders/:orderId" element={<OrderPage />} />
          <Route path="anomalies" element={<AnomaliesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AdminLayout>
  );
}
