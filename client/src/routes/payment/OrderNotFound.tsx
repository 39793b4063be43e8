import { BackToCatalog } from '../../components/States';
import { useI18n } from '../../i18n/LanguageProvider';
import { usePageTitle } from '../usePageTitle';

/** No order data at all: a wrong token and an unknown order look the same (by design of the API). */
export function OrderNotFound() {
  const { t } = useI18n();
  usePageTitle(t('result.notFoundTitle'));
  return (
    <section aria-labelledby="order-not-found-title" data-testid="order-not-found">
      <h1 id="order-not-found-title" tabIndex={-1}>
        {t('result.notFoundTitle')}
      </h1>
      <p role="alert">{t('result.notFoundBody')}</p>
      <div className="actions">
        <BackToCatalog />
      </div>
    </section>
  );
}
