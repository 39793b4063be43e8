// GraphiQL for the Lunas API, bundled whole (editor, workers, fonts) so it works with no
// internet: queries and mutations go to POST /graphql, subscriptions over graphql-ws on
// the same host (ws:// or wss:// as the page was loaded).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './page.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { endpoints } from './endpoints';
import { DEFAULT_QUERY } from './default-query';

const { httpUrl, wsUrl } = endpoints(window.location);
const fetcher = createGraphiQLFetcher({ url: httpUrl, subscriptionUrl: wsUrl });
const plugins = [explorerPlugin()];
// Shareable links: /explorer?query=…&variables=… opens with that operation in the editor.
const params = new URLSearchParams(window.location.search);
const linked = {
  ...(params.get('query') ? { initialQuery: params.get('query')! } : {}),
  ...(params.get('variables') ? { initialVariables: params.get('variables')! } : {}),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} plugins={plugins} defaultQuery={DEFAULT_QUERY} {...linked} />
  </StrictMode>,
);
