import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useCart } from '../cart/CartProvider';
import { useI18n } from '../i18n/LanguageProvider';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { count } = useCart();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              ✓
            </span>
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <nav aria-label={t('nav.main')} className="app-nav">
            <NavLink to="/" end>
              {t('nav.catalog')}
            </NavLink>
            <NavLink to="/cart" aria-label={t('nav.cartCount', { count })} data-testid="nav-cart">
              {t('nav.cart')}
              <span className="badge" aria-hidden="true">
                {count}
              </span>
            </NavLink>
            <LanguageSwitch />
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
