import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useCart } from '../cart/CartProvider';
import { useI18n } from '../i18n/LanguageProvider';
import { AppFrame } from './AppFrame';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { count } = useCart();
  return (
    <AppFrame
      home="/"
      tagline={t('app.tagline')}
      navLabel={t('nav.main')}
      footer={t('app.footer')}
      nav={
        <>
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
        </>
      }
    >
      {children}
    </AppFrame>
  );
}
