import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCart } from '../cart/CartProvider';
import { CartLineRow, type LineProblem } from '../cart/CartLineRow';
import type { CartLine } from '../cart/cart-storage';
import { EmptyState } from '../components/States';
import { formatRupiah } from '../format/money';
import { graphql } from '../gql';
import { useI18n } from '../i18n/LanguageProvider';
import { usePageTitle } from './usePageTitle';

// Its own named operation, next to the page (the catalog's has the same fields, so
// both read and refresh the same cached products).
export const CartPageProducts = graphql(`
  query CartPageProducts {
    products {
      id
      name
      price
      stock
      imageUrl
    }
  }
`);

export function CartPage() {
  const { t } = useI18n();
  usePageTitle(t('cart.title'));
  const { lines, total, dispatch } = useCart();
  const [announcement, setAnnouncement] = useState('');
  // Re-check prices and stock; if the API is down the saved cart still shows.
  const { data } = useQuery(CartPageProducts, { fetchPolicy: 'network-only', skip: lines.length === 0 });

  useEffect(() => {
    if (data?.products) dispatch({ type: 'sync', products: data.products });
  }, [data, dispatch]);

  const problemOf = (line: CartLine): LineProblem => {
    if (data?.products && !data.products.some((p) => p.id === line.productId)) return 'unavailable';
    return line.stock <= 0 ? 'out-of-stock' : null;
  };
  const blocked = lines.some((line) => problemOf(line) !== null);

  return (
    <section aria-labelledby="cart-title">
      <h1 id="cart-title" tabIndex={-1}>
        {t('cart.title')}
      </h1>
      {lines.length === 0 ? (
        <EmptyState message={t('cart.empty')} browseCatalog />
      ) : (
        <>
          <ul className="cart-lines">
            {lines.map((line) => (
              <li key={line.productId}>
                <CartLineRow
                  line={line}
                  problem={problemOf(line)}
                  onRemoved={() => setAnnouncement(t('cart.removed', { name: line.name }))}
                />
              </li>
            ))}
          </ul>
          <div className="cart-total">
            <span>{t('cart.total')}</span>
            <strong data-testid="cart-total">{formatRupiah(total)}</strong>
          </div>
          {blocked && (
            <p className="notice notice--warning" role="alert">
              {t('cart.fixBeforeCheckout')}
            </p>
          )}
          <div className="actions">
            <Link to="/" className="button button--secondary">
              {t('cart.browse')}
            </Link>
            {blocked ? (
              <button type="button" className="button" disabled>
                {t('cart.checkout')}
              </button>
            ) : (
              <Link to="/checkout" className="button">
                {t('cart.checkout')}
              </Link>
            )}
          </div>
        </>
      )}
      {/* Outside both branches, so removing the last line is still announced. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
