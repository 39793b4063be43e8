import { ApolloProvider, useApolloClient } from '@apollo/client/react';
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ApolloGate, ApolloLoaderProvider } from './ApolloGate';
import type { ApolloRuntime } from './apollo-runtime';
import { createApolloClient } from './create-apollo-client';

const apollo = createApolloClient('http://127.0.0.1:1/graphql');
afterAll(() => apollo.dispose());

function WhichClient() {
  return <p>{useApolloClient() === apollo.client ? 'the lazy client' : 'another client'}</p>;
}

describe('ApolloGate', () => {
  it('shows the fallback until Apollo is loaded, then the pages inside it use that client', async () => {
    let loaded: (runtime: ApolloRuntime) => void = () => undefined;
    const runtime = new Promise<ApolloRuntime>((resolve) => (loaded = resolve));
    // The loader hands out one promise: `use` suspends on it once, however many gates.
    const load = vi.fn(() => runtime);
    // In act: React 19 queues the retry of a component suspended by `use` on act's queue.
    await act(async () => {
      render(
        <ApolloLoaderProvider load={load}>
          <Suspense fallback={<p>loading</p>}>
            <ApolloGate>
              <WhichClient />
            </ApolloGate>
            <ApolloGate>
              <WhichClient />
            </ApolloGate>
          </Suspense>
        </ApolloLoaderProvider>,
      );
    });
    expect(screen.getByText('loading')).toBeInTheDocument();

    await act(async () => loaded({ ApolloProvider, apollo }));
    expect(screen.getAllByText('the lazy client')).toHaveLength(2);
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });

  it('leaves pages to the provider above when there is no loader (tests)', () => {
    render(
      <ApolloProvider client={apollo.client}>
        <ApolloGate>
          <WhichClient />
        </ApolloGate>
      </ApolloProvider>,
    );
    expect(screen.getByText('the lazy client')).toBeInTheDocument();
  });
});
