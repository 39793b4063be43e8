// The only build-time setting: where the API lives. Everything else (Midtrans mode,
// client key, snap.js URL) comes from the `paymentConfig` query at run time, so one
// build works against the simulator, the sandbox and production.
export const DEFAULT_GRAPHQL_URL = 'http://localhost:4000/graphql';

export function graphqlHttpUrl(): string {
  const fromEnv = import.meta.env.VITE_GRAPHQL_URL as string | undefined;
  return fromEnv && fromEnv.trim() !== '' ? fromEnv.trim() : DEFAULT_GRAPHQL_URL;
}

/** Subscriptions use graphql-ws on the same path: swap the scheme. */
export function toWebSocketUrl(httpUrl: string): string {
  return httpUrl.replace(/^http(s?):\/\//i, (_match, secure: string) => `ws${secure}://`);
}
