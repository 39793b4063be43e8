import { BackToCatalog } from '../components/States';
import { useI18n } from '../i18n/LanguageProvider';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('common.notFoundTitle'));
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title" tabIndex={-1}>
        {t('common.notFoundTitle')}
      </h1>
      <p>{t('common.notFoundBody')}</p>
      <BackToCatalog />
    </section>
  );
}
