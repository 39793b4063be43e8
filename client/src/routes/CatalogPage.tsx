import { useState } from 'react';
import { useErrorMessage } from '../apollo/useErrorMessage';
import { useCart } from '../cart/CartProvider';
import { useCatalogProducts, type CatalogProduct as Product } from '../catalog/useCatalogProducts';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { formatRupiah } from '../format/money';
import { useI18n } from '../i18n/LanguageProvider';
import { usePageTitle } from './usePageTitle';

/** The shop's first page; it loads without Apollo (see useCatalogProducts). */
export function CatalogPage() {
  const { t } = useI18n();
  usePageTitle(t('catalog.title'));
  const errorMessage = useErrorMessage();
  const catalog = useCatalogProducts();
  const [announcement, setAnnouncement] = useState('');

  let body;
  if (catalog.state === 'ready') {
    body =
      catalog.products.length === 0 ? (
        <EmptyState message={t('catalog.empty')} />
      ) : (
        <ul className="product-grid">
          {catalog.products.map((product) => (
            <li key={product.id}>
              <ProductCard product={product} onAdded={setAnnouncement} />
            </li>
          ))}
        </ul>
      );
  } else if (catalog.state === 'error') {
    body = <ErrorState message={errorMessage(catalog.kind)} onRetry={catalog.retry} />;
  } else {
    body = <LoadingState label={t('catalog.loading')} />;
  }

  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title" tabIndex={-1}>
        {t('catalog.title')}
      </h1>
      <p className="lead">{t('catalog.intro')}</p>
      {body}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

function ProductCard({ product, onAdded }: { product: Product; onAdded: (message: string) => void }) {
  const { t } = useI18n();
  const { lines, dispatch } = useCart();
  const inCart = lines.find((line) => line.productId === product.id)?.quantity ?? 0;
  const outOfStock = product.stock <= 0;
  const allInCart = !outOfStock && inCart >= product.stock;

  const add = () => {
    dispatch({
      type: 'add',
      product: {
        productId: product.id,
        name: product.name,
        price: product.price,
        imageUrl: product.imageUrl ?? null,
        stock: product.stock,
      },
    });
    onAdded(t('catalog.added', { name: product.name, count: Math.min(inCart + 1, product.stock) }));
  };

  return (
    <article className={`product-card${outOfStock ? ' product-card--sold-out' : ''}`} data-testid="product-card">
      {product.imageUrl ? (
        <img className="product-card__image" src={product.imageUrl} alt="" loading="lazy" width={400} height={300} />
      ) : (
        <div className="product-card__image product-card__image--empty" aria-hidden="true">
          {product.name.slice(0, 1)}
        </div>
      )}
      <div className="product-card__body">
        <h2 className="product-card__name">{product.name}</h2>
        <p className="product-card__price">{formatRupiah(product.price)}</p>
        <p className={`product-card__stock${outOfStock ? ' is-out' : ''}`}>
          {outOfStock ? t('catalog.outOfStock') : t('catalog.stock', { count: product.stock })}
        </p>
        <button type="button" className="button" disabled={outOfStock || allInCart} onClick={add}>
          {outOfStock ? t('catalog.outOfStock') : allInCart ? t('catalog.maxInCart') : t('catalog.add')}
          {/* The visible text repeats on every card; the name tells them apart when heard. */}
          <span className="visually-hidden">: {product.name}</span>
        </button>
      </div>
    </article>
  );
}
