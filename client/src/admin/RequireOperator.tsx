import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet } from 'react-router';
import { errorKind } from '../apollo/error-kind';
import { ErrorState, LoadingState } from '../components/States';
import { useAdminErrorMessage, useSignInPath } from './admin-errors';
import { AdminDeskMe } from './operator-session';
import { useAdminI18n } from './useAdminI18n';

/** The desk's pages, once the API says an operator is signed in; else the sign-in page. */
export function RequireOperator() {
  const { at } = useAdminI18n();
  const message = useAdminErrorMessage();
  const signInPath = useSignInPath();
  const { data, error, refetch } = useQuery(AdminDeskMe);

  if (data?.me) return <Outlet />;
  if (data && !data.me) return <Navigate to={signInPath(false)} replace />;
  if (error) {
    if (errorKind(error) === 'UNAUTHENTICATED') return <Navigate to={signInPath(true)} replace />;
    return <ErrorState message={message(error)} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  return <LoadingState label={at('desk.checking')} />;
}
