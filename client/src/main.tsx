import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { ApolloRuntime } from './apollo/apollo-runtime';
import { createConnectionStatus } from './apollo/connection-status';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The socket's status is known to the layout from the start; Apollo itself (and the
// socket) arrive with the first page that needs them.
const connection = createConnectionStatus();
let apollo: Promise<ApolloRuntime> | undefined;
const loadApollo = () =>
  (apollo ??= import('./apollo/apollo-runtime').then(
    ({ startApollo }) => startApollo(connection),
    (error: unknown) => {
      apollo = undefined; // let the next page try the download again
      throw error;
    },
  ));

createRoot(root).render(
  <StrictMode>
    <App loadApollo={loadApollo} connection={connection} />
  </StrictMode>,
);
