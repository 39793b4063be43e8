import { formatRupiah } from '../../format/money';
import { useI18n } from '../../i18n/LanguageProvider';
import { paymentTypeLabel } from '../../payments/payment-type-label';
import type { OrderView } from '../../payments/useOrderStatus';

export function OrderSummary({ order }: { order: OrderView }) {
  const { t } = useI18n();
  return (
    <section className="panel order-summary" aria-labelledby="order-summary-title" data-testid="order-summary">
      <h2 id="order-summary-title">{t('checkout.summary')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('result.orderId')}</dt>
          <dd data-testid="order-id">{order.orderId}</dd>
        </div>
        <div>
          <dt>{t('result.paymentMethod')}</dt>
          <dd>{paymentTypeLabel(t, order.paymentType)}</dd>
        </div>
      </dl>
      <table className="items">
        <caption className="visually-hidden">{t('result.items')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('result.items')}</th>
            <th scope="col" className="num">
              {t('result.quantity')}
            </th>
            <th scope="col" className="num">
              {t('cart.subtotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item) => (
            <tr key={item.productId}>
              <td>
                {item.name}
                <span className="items__unit">{formatRupiah(item.price)}</span>
              </td>
              <td className="num">{item.quantity}</td>
              <td className="num">{formatRupiah(item.price * item.quantity)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('result.amount')}
            </th>
            <td className="num" data-testid="order-total">
              <strong>{formatRupiah(order.grossAmount)}</strong>
            </td>
          </tr>
          {order.refundedAmount > 0 && (
            <tr>
              <th scope="row" colSpan={2}>
                {t('result.refunded')}
              </th>
              <td className="num">{formatRupiah(order.refundedAmount)}</td>
            </tr>
          )}
        </tfoot>
      </table>
    </section>
  );
}
