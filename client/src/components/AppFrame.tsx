import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/LanguageProvider';

interface Props {
  /** Where the brand links to, and the words beside it. */
  home: string;
  tagline: string;
  navLabel: string;
  nav: ReactNode;
  footer: ReactNode;
  children: ReactNode;
}

/** The page frame the shop and the operator desk share: skip link, header, <main>, footer. */
export function AppFrame({ home, tagline, navLabel, nav, footer, children }: Props) {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={home} className="brand">
            <span className="brand__mark" aria-hidden="true">
              ✓
            </span>
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{tagline}</span>
          </Link>
          <nav aria-label={navLabel} className="app-nav">
            {nav}
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <footer className="app-footer">{footer}</footer>
    </div>
  );
}
