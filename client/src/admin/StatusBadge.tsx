import type { OrderStatus } from '../gql/graphql';
import { useI18n } from '../i18n/LanguageProvider';

/** The shop's status words in the shop's status colours; the enum rides along for tests and support. */
export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status-line status-line--${status.toLowerCase()} status-badge`} data-status={status}>
      <span className="status-line__code">{t(`status.${status}`)}</span>
    </span>
  );
}
