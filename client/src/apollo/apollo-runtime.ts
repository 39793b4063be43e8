// Everything Apollo, in one lazily loaded module: the pages that need it import it
// through ApolloGate, so the shop's first page (the catalog) loads none of it.
import { ApolloProvider } from '@apollo/client/react';
import type { ConnectionStatusStore } from './connection-status';
import { createApolloClient, type LunasApollo } from './create-apollo-client';

export interface ApolloRuntime {
  ApolloProvider: typeof ApolloProvider;
  apollo: LunasApollo;
}

export function startApollo(connection: ConnectionStatusStore): ApolloRuntime {
  return { ApolloProvider, apollo: createApolloClient(undefined, connection) };
}
