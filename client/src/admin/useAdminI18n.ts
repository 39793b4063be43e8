import { useMemo } from 'react';
import { useI18n } from '../i18n/LanguageProvider';
import { format } from '../i18n/messages';
import { ADMIN_MESSAGES, type AdminMessageKey } from './admin-messages';

export type AdminTranslate = (key: AdminMessageKey, params?: Record<string, string | number>) => string;

/** The desk's words in the language the shop's switch chose (`t` for the shop's own, e.g. statuses). */
export function useAdminI18n() {
  const shop = useI18n();
  const at = useMemo<AdminTranslate>(() => {
    const messages = ADMIN_MESSAGES[shop.language];
    return (key, params) => format(messages[key], params);
  }, [shop.language]);
  return { ...shop, at };
}
