import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
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
  // Signed in a moment ago, signed out now: the session ended (a page's query answered
  // UNAUTHENTICATED and cleared `me`), and the sign-in page should say so.
  const [hadOperator, setHadOperator] = useState(false);
  if (data?.me && !hadOperator) setHadOperator(true);

  if (data?.me) return <Outlet />;
  if (data && !data.me) return <Navigate to={signInPath(hadOperator)} replace />;
  if (error) {
    if (errorKind(error) === 'UNAUTHENTICATED') return <Navigate to={signInPath(true)} replace />;
    return <ErrorState message={message(error)} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  return <LoadingState label={at('desk.checking')} />;
}
