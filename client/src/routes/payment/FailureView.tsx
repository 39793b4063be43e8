import { useNavigate } from 'react-router';
import { useCart } from '../../cart/CartProvider';
import { MAX_QUANTITY } from '../../cart/cart-storage';
import { useI18n } from '../../i18n/LanguageProvider';
import type { OrderView } from '../../payments/useOrderStatus';
import { BackToCatalog } from '../../components/States';
import { OrderSummary } from './OrderSummary';
import { failureKey } from './result-titles';

export function FailureView({ order }: { order: OrderView }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { lines, checkoutOrderId, dispatch } = useCart();

  const retry = () => {
    // Still holding the cart this order came from? Keep it (it has live stock).
    // Otherwise (another device, a cleared cart) rebuild it from the order.
    if (!(checkoutOrderId === order.orderId && lines.length > 0)) {
      dispatch({
        type: 'replace',
        lines: order.items.map((item) => ({
          productId: item.productId,
          name: item.name,
          price: item.price,
          imageUrl: null,
          quantity: item.quantity,
          // Unknown here; the cart page and createPayment re-check real stock.
          stock: MAX_QUANTITY,
        })),
      });
    }
    void navigate('/checkout');
  };

  return (
    <>
      <p>{t(failureKey(order.status, 'body'))}</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={retry} data-testid="retry-payment">
          {t('failure.retry')}
        </button>
        <BackToCatalog />
      </div>
      <p className="field__hint">{t('failure.retryHint')}</p>
      <OrderSummary order={order} />
    </>
  );
}
