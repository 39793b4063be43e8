import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { moveFocus } from './move-focus';

/**
 * What a full page load would do, for client-side navigation: start at the top, and
 * move keyboard and screen-reader focus to the new page (its heading when it can
 * take focus, else <main>) so the change is noticed.
 */
export function NavigationFocus() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo?.(0, 0);
    moveFocus(document.querySelector<HTMLElement>('main h1[tabindex]') ?? document.getElementById('main'));
  }, [pathname]);
  return null;
}
