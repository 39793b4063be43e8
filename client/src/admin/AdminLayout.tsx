import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useConnectionStatus } from '../apollo/ConnectionStatusProvider';
import { AppFrame } from '../components/AppFrame';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { graphql } from '../gql';
import { AdminDeskMe } from './operator-session';
import { useAdminI18n } from './useAdminI18n';

export const AdminLayoutSignOut = graphql(`
  mutation AdminLayoutSignOut {
    signOut
  }
`);

/** Every session of this operator, on every device (a lost laptop, a shared password). */
export const AdminLayoutSignOutEverywhere = graphql(`
  mutation AdminLayoutSignOutEverywhere {
    signOutEverywhere
  }
`);

/** The shop's frame (same header, skip link and <main>), with the desk's navigation. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const { at } = useAdminI18n();
  // Only reads what the gate (or sign-in) put in the cache: no request of its own.
  const { data } = useQuery(AdminDeskMe, { fetchPolicy: 'cache-only' });
  const operator = data?.me ?? null;
  const { status, offline } = useConnectionStatus();
  const reconnecting = operator !== null && (status === 'reconnecting' || offline);
  return (
    <AppFrame
      home="/admin"
      tagline={at('desk.name')}
      navLabel={at('desk.nav')}
      footer={<Link to="/">{at('desk.toShop')}</Link>}
      nav={
        <>
          {operator && (
            <>
              <NavLink to="/admin" end>
                {at('desk.orders')}
              </NavLink>
              <NavLink to="/admin/anomalies">{at('desk.anomalies')}</NavLink>
            </>
          )}
          <LanguageSwitch />
          {operator && <SignOutButton email={operator.email} />}
        </>
      }
    >
      {reconnecting && (
        <p className="notice notice--warning" role="status">
          {at('desk.offline')}
        </p>
      )}
      {children}
    </AppFrame>
  );
}

function SignOutButton({ email }: { email: string }) {
  const { at } = useAdminI18n();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(AdminLayoutSignOut);
  const [signOutEverywhere] = useMutation(AdminLayoutSignOutEverywhere);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const handleClick = async (everywhere: boolean) => {
    setBusy(true);
    setFailed(false);
    try {
      await (everywhere ? signOutEverywhere() : signOut());
    } catch {
      // This browser's own session is the server's business: leave the desk anyway. But
      // "everywhere" that did not happen must not look done: stay, and say so.
      if (everywhere) {
        setBusy(false);
        setFailed(true);
        return;
      }
    }
    // Nothing an operator saw may stay in memory for the next person at this browser.
    await client.clearStore();
    client.cache.writeQuery({ query: AdminDeskMe, data: { me: null } });
    void navigate('/admin/sign-in', { replace: true });
  };

  return (
    <span className="operator">
      <span className="operator__email">{at('desk.signedInAs', { email })}</span>
      <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void handleClick(false)}>
        {busy ? at('desk.signingOut') : at('desk.signOut')}
      </button>
      <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void handleClick(true)}>
        {at('desk.signOutEverywhere')}
      </button>
      {failed && (
        <span className="notice notice--error" role="alert">
          {at('desk.signOutEverywhereFailed')}
        </span>
      )}
    </span>
  );
}
