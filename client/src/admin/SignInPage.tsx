import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorKind } from '../apollo/error-kind';
import { graphqlHttpUrl } from '../apollo/graphql-url';
import { graphql } from '../gql';
import { usePageTitle } from '../routes/usePageTitle';
import { safeNext, useAdminErrorMessage } from './admin-errors';
import { AdminDeskMe } from './operator-session';
import { useAdminI18n } from './useAdminI18n';

export const SignInPageSignIn = graphql(`
  mutation SignInPageSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      email
    }
  }
`);

/** /admin/sign-in. The API answers with an httpOnly session cookie; this page never sees it. */
export function SignInPage() {
  const { at } = useAdminI18n();
  usePageTitle(at('signIn.title'));
  const message = useAdminErrorMessage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { data: session } = useQuery(AdminDeskMe, { fetchPolicy: 'cache-only' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(params.get('expired') ? at('signIn.expired') : null);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const client = useApolloClient();
  const [signIn, { loading: signingIn }] = useMutation(SignInPageSignIn);
  const [checking, setChecking] = useState(false);
  const loading = signingIn || checking;

  if (session?.me) return <Navigate to={next} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!email.trim() || !password) {
      setProblem(at('signIn.required'));
      (email.trim() ? passwordInput : emailInput).current?.focus();
      return;
    }
    setProblem(null);
    try {
      await signIn({ variables: { email: email.trim(), password } });
      // The answer set the session cookie, but only the next request shows whether the
      // browser kept it: a desk served from another site than the API (localhost beside
      // 127.0.0.1) has it dropped under SameSite=Strict. Ask, and say so plainly rather
      // than "session ended" on the first page. The answer fills the gate's `me`.
      setChecking(true);
      const { data } = await client.query({ query: AdminDeskMe, fetchPolicy: 'network-only' }).finally(() => setChecking(false));
      if (!data?.me) {
        setProblem(at('signIn.cookieRefused', { shop: window.location.host, api: new URL(graphqlHttpUrl(), window.location.href).host }));
        setPassword('');
        return;
      }
      void navigate(next, { replace: true });
    } catch (error) {
      // Here UNAUTHENTICATED means a wrong email or password (the API says which in one message).
      setProblem(errorKind(error) === 'UNAUTHENTICATED' ? at('signIn.wrong') : message(error));
      setPassword('');
      passwordInput.current?.focus();
    }
  }

  return (
    <section aria-labelledby="sign-in-title" className="sign-in">
      <h1 id="sign-in-title" tabIndex={-1}>
        {at('signIn.title')}
      </h1>
      <p className="lead">{at('signIn.intro')}</p>
      <form className="panel" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
        <div className="field">
          <label htmlFor="operator-email">{at('signIn.email')}</label>
          <input
            id="operator-email"
            ref={emailInput}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="operator-password">{at('signIn.password')}</label>
          <input
            id="operator-password"
            ref={passwordInput}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </div>
        {problem && (
          <p className="notice notice--error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--primary button--wide" disabled={loading} aria-busy={loading || undefined}>
          {loading ? at('signIn.submitting') : at('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
