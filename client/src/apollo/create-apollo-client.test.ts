import { describe, expect, it } from 'vitest';
import { createConnectionStatus } from './connection-status';
import { backoffDelay } from './create-apollo-client';
import { DEFAULT_GRAPHQL_URL, graphqlHttpUrl, toWebSocketUrl } from './graphql-url';

describe('GraphQL URLs', () => {
  it('derives the WebSocket URL by swapping the scheme', () => {
    expect(toWebSocketUrl('http://localhost:4000/graphql')).toBe('ws://localhost:4000/graphql');
    expect(toWebSocketUrl('https://api.lunas.id/graphql')).toBe('wss://api.lunas.id/graphql');
  });

  it('defaults to the local API', () => {
    expect(graphqlHttpUrl()).toBe(import.meta.env.VITE_GRAPHQL_URL || DEFAULT_GRAPHQL_URL);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter and caps at ~10 s', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, mid))).toEqual([500, 1000, 2000, 4000, 8000, 10000, 10000]);
    expect(backoffDelay(0, () => 0)).toBe(375);
    expect(backoffDelay(20, () => 1)).toBe(12500);
  });
});

describe('connection status', () => {
  it('notifies listeners of changes only', () => {
    const store = createConnectionStatus();
    const seen: string[] = [];
    const stop = store.subscribe((status) => seen.push(status));
    store.set('connected');
    store.set('connected');
    store.set('reconnecting');
    stop();
    store.set('connected');
    expect(seen).toEqual(['connected', 'reconnecting']);
  });
});
