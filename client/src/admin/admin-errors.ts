import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { errorKind, userInputMessage } from '../apollo/error-kind';
import { useAdminI18n } from './useAdminI18n';
import { AdminDeskMe } from './operator-session';

/**
 * The sentence for an admin error the page does not word itself. Codes come from
 * schema.graphql; the page passes its own words for the codes that mean something
 * particular there (e.g. UNAUTHENTICATED on the sign-in form is a wrong password).
 */
export function useAdminErrorMessage(): (error: unknown) => string {
  const { at, t } = useAdminI18n();
  return (error) => {
    switch (errorKind(error)) {
      case 'RATE_LIMITED':
        return at('error.rateLimited');
      case 'ORDER_NOT_FOUND':
        return at('error.orderNotFound');
      case 'REFUND_NOT_ALLOWED':
        return at('refund.notAllowed');
      case 'REFUND_EXCEEDS_PAYMENT':
        return at('refund.exceeds');
      case 'REFUND_IN_PROGRESS':
        return at('refund.inProgress');
      case 'CANCEL_NOT_ALLOWED':
        return at('cancel.notAllowed');
      case 'OUTCOME_UNKNOWN':
        return at('error.outcomeUnknown');
      case 'BAD_USER_INPUT':
        return at('error.badInput', { detail: userInputMessage(error) ?? '' });
      case 'PAYMENT_GATEWAY_ERROR':
        return at('error.gateway');
      case 'UNAUTHENTICATED':
        return at('signIn.expired');
      case 'NETWORK':
        return t('common.apiDown');
      default:
        return t('common.unexpected');
    }
  };
}

/** Where the sign-in page sends the operator back to; only desk paths, never another site. */
export function safeNext(next: string | null): string {
  return next && /^\/admin(\/|$|\?)/.test(next) && !next.startsWith('/admin/sign-in') ? next : '/admin';
}

export function useSignInPath(): (expired: boolean) => string {
  const { pathname, search } = useLocation();
  return (expired) => `/admin/sign-in?next=${encodeURIComponent(pathname + search)}${expired ? '&expired=1' : ''}`;
}

/**
 * Any admin operation that answers UNAUTHENTICATED (the session expired, or was
 * signed out elsewhere) sends the operator to the sign-in page, and back here after.
 */
export function useSignInOnUnauthenticated(...errors: unknown[]): void {
  const navigate = useNavigate();
  const client = useApolloClient();
  const target = useSignInPath()(true);
  const unauthenticated = errors.some((error) => errorKind(error) === 'UNAUTHENTICATED');
  useEffect(() => {
    if (!unauthenticated) return;
    // The desk's gate must not go on believing the operator is signed in.
    client.cache.writeQuery({ query: AdminDeskMe, data: { me: null } });
    void navigate(target, { replace: true });
  }, [unauthenticated, target, client, navigate]);
}
