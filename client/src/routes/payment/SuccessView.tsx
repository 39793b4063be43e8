import { Link } from 'react-router';
import { useI18n } from '../../i18n/LanguageProvider';
import type { OrderView } from '../../payments/useOrderStatus';
import { OrderSummary } from './OrderSummary';

export function SuccessView({ order }: { order: OrderView }) {
  const { t } = useI18n();
  const refunded = order.status === 'REFUNDED' || order.status === 'PARTIALLY_REFUNDED';
  return (
    <>
      <p>{refunded ? t('success.refundedBody') : t('success.body')}</p>
      <OrderSummary order={order} />
      <div className="actions">
        <Link to="/" className="button button--primary">
          {t('result.continueShopping')}
        </Link>
      </div>
    </>
  );
}
