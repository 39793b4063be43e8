import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCart } from '../cart/CartProvider';
import { MAX_QUANTITY, type CartLine } from '../cart/cart-storage';
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

export type LineProblem = 'unavailable' | 'out-of-stock' | null;

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

function CartLineRow({ line, problem, onRemoved }: { line: CartLine; problem: LineProblem; onRemoved: () => void }) {
  const { t } = useI18n();
  const { dispatch } = useCart();
  const max = Math.max(1, Math.min(MAX_QUANTITY, line.stock));
  const inputId = `qty-${line.productId}`;
  const setQuantity = (quantity: number) => dispatch({ type: 'setQuantity', productId: line.productId, quantity });

  return (
    <article className="cart-line" data-testid="cart-line">
      <div className="cart-line__info">
        <h2 className="cart-line__name">{line.name}</h2>
        <p className="cart-line__unit">{t('cart.unitPrice', { price: formatRupiah(line.price) })}</p>
        {problem && (
          <p className="notice notice--warning">
            {problem === 'unavailable' ? t('cart.unavailable') : t('cart.outOfStock')}
          </p>
        )}
      </div>
      <div className="cart-line__controls">
        <label className="visually-hidden" htmlFor={inputId}>
          {t('cart.quantityOf', { name: line.name })}
        </label>
        <div className="stepper">
          <button
            type="button"
            className="button button--icon"
            aria-label={t('cart.decrease', { name: line.name })}
            disabled={line.quantity <= 1 || problem !== null}
            onClick={() => setQuantity(line.quantity - 1)}
          >
            −
          </button>
          <QuantityInput
            id={inputId}
            value={line.quantity}
            max={max}
            disabled={problem !== null}
            onCommit={setQuantity}
          />
          <button
            type="button"
            className="button button--icon"
            aria-label={t('cart.increase', { name: line.name })}
            disabled={line.quantity >= max || problem !== null}
            onClick={() => setQuantity(line.quantity + 1)}
          >
            +
          </button>
        </div>
        <p className="cart-line__subtotal">
          <span className="visually-hidden">{t('cart.subtotal')}: </span>
          {formatRupiah(line.price * line.quantity)}
        </p>
        <button
          type="button"
          className="button button--link"
          aria-label={t('cart.removeNamed', { name: line.name })}
          onClick={() => {
            dispatch({ type: 'remove', productId: line.productId });
            onRemoved();
          }}
        >
          {t('cart.remove')}
        </button>
      </div>
    </article>
  );
}

/**
 * A number field that lets the shopper clear it and type a new number: the text
 * is a draft until it parses, and a blank field snaps back to the cart's value.
 */
function QuantityInput(props: {
  id: string;
  value: number;
  max: number;
  disabled: boolean;
  onCommit: (quantity: number) => void;
}) {
  const { id, value, max, disabled, onCommit } = props;
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={1}
      max={max}
      value={draft ?? String(value)}
      disabled={disabled}
      onChange={(event) => {
        const next = event.target.value;
        const parsed = Number.parseInt(next, 10);
        if (Number.isFinite(parsed) && parsed >= 1) {
          onCommit(parsed);
          // Show the clamped value if the shopper typed more than the stock.
          setDraft(parsed > max ? null : next);
        } else {
          setDraft(next);
        }
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
