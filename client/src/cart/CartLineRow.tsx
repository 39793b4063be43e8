import { useState } from 'react';
import { useCart } from './CartProvider';
import { MAX_QUANTITY, type CartLine } from './cart-storage';
import { formatRupiah } from '../format/money';
import { useI18n } from '../i18n/LanguageProvider';

/** Why a line cannot be bought as it is; the cart page blocks checkout then. */
export type LineProblem = 'unavailable' | 'out-of-stock' | null;

export function CartLineRow({ line, problem, onRemoved }: { line: CartLine; problem: LineProblem; onRemoved: () => void }) {
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
        {problem && <p className="notice notice--warning">{problem === 'unavailable' ? t('cart.unavailable') : t('cart.outOfStock')}</p>}
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
          <QuantityInput id={inputId} value={line.quantity} max={max} disabled={problem !== null} onCommit={setQuantity} />
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
function QuantityInput(props: { id: string; value: number; max: number; disabled: boolean; onCommit: (quantity: number) => void }) {
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
