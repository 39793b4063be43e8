import type { OrderStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/LanguageProvider';

/** The status enum as the API sends it (tests and support read it), with words beside it. */
export function StatusLine({ status }: { status: OrderStatus }) {
  const { t } = useI18n();
  return (
    <p className={`status-line status-line--${status.toLowerCase()}`}>
      <span className="status-line__caption">{t('status.label')}:</span> <span className="status-line__label">{t(`status.${status}`)}</span>{' '}
      <code className="status-line__code" data-testid="order-status">
        {status}
      </code>
    </p>
  );
}
