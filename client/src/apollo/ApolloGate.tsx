import { createContext, use, useContext, type ReactNode } from 'react';
import type { ApolloRuntime } from './apollo-runtime';

/** Loads the Apollo runtime (client, cache, links) once; undefined means "already provided above". */
export type ApolloLoader = () => Promise<ApolloRuntime>;

const ApolloLoaderContext = createContext<ApolloLoader | undefined>(undefined);

export function ApolloLoaderProvider({ load, children }: { load: ApolloLoader; children: ReactNode }) {
  return <ApolloLoaderContext.Provider value={load}>{children}</ApolloLoaderContext.Provider>;
}

/**
 * Puts Apollo Client above a page that needs it, loading it first. The catalog (the
 * shop's first page) does not need it, so Apollo, rxjs, graphql and graphql-ws stay
 * out of the first load. Without a loader (tests, which wrap everything in a
 * MockedProvider) it renders its children as they are.
 */
export function ApolloGate({ children }: { children: ReactNode }) {
  const load = useContext(ApolloLoaderContext);
  if (!load) return children;
  return <LoadedApollo load={load}>{children}</LoadedApollo>;
}

function LoadedApollo({ load, children }: { load: ApolloLoader; children: ReactNode }) {
  // `load` returns the same promise every time, so `use` suspends only on the first page.
  const { ApolloProvider, apollo } = use(load());
  return <ApolloProvider client={apollo.client}>{children}</ApolloProvider>;
}
