import { Link } from 'react-router';
import { useI18n } from '../i18n/LanguageProvider';

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state--error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ message, browseCatalog }: { message: string; browseCatalog?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="state state--empty">
      <p>{message}</p>
      {browseCatalog && (
        <Link to="/" className="button">
          {t('cart.browse')}
        </Link>
      )}
    </div>
  );
}

export function BackToCatalog() {
  const { t } = useI18n();
  return (
    <Link to="/" className="button button--secondary">
      {t('common.backToCatalog')}
    </Link>
  );
}
