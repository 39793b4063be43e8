import { useI18n } from '../i18n/LanguageProvider';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other = language === 'id' ? 'en' : 'id';
  return (
    <button
      type="button"
      className="button button--ghost language-switch"
      lang={other}
      aria-label={t('language.switchLabel')}
      onClick={() => setLanguage(other)}
    >
      {t('language.switch')}
    </button>
  );
}
