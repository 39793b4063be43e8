import { Link } from 'react-router';
import type { CartLine } from '../cart/cart-storage';
import { formatRupiah } from '../format/money';
import { useI18n } from '../i18n/LanguageProvider';

/** What is about to be paid for, from the cart (the API reprices it). */
interface Props {
  lines: CartLine[];
  total: number;
  soldOut: boolean;
  /** Lines the API refused to sell in this quantity. */
  shortLines: ReadonlySet<string>;
}

export function CheckoutSummary({ lines, total, soldOut, shortLines }: Props) {
  const { t } = useI18n();
  return (
    <section className="panel checkout__summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('checkout.summary')}</h2>
      <ul className="summary-lines">
        {lines.map((line) => (
          <li key={line.productId}>
            <span>
              {line.name} × {line.quantity}
              {shortLines.has(line.productId) && (
                <span className="summary-lines__problem" data-testid="line-short">
                  {t('checkout.stockProblem', { name: line.name })}
                </span>
              )}
            </span>
            <span>{formatRupiah(line.price * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <p className="summary-total">
        <span>{t('cart.total')}</span>
        <strong data-testid="checkout-total">{formatRupiah(total)}</strong>
      </p>
      {(soldOut || shortLines.size > 0) && (
        <p className="notice notice--warning">
          {t('cart.fixBeforeCheckout')} <Link to="/cart">{t('nav.cart')}</Link>
        </p>
      )}
    </section>
  );
}
