import { useI18n } from '../i18n/LanguageProvider';
import type { ErrorKind } from './error-kind';

/** The generic shopper-facing sentence for an error a page does not handle specially. */
export function useErrorMessage(): (kind: ErrorKind | null) => string {
  const { t } = useI18n();
  return (kind) => (kind === 'NETWORK' ? t('common.apiDown') : t('common.unexpected'));
}
