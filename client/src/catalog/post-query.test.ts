import { afterEach, describe, expect, it, vi } from 'vitest';
import { postQuery, QueryFailed } from './post-query';

const answer = (body: string, status = 200) => vi.fn(() => Promise.resolve(new Response(body, { status })));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('postQuery', () => {
  it('returns data', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify({ data: { products: [] } })));
    await expect(postQuery('Q', 'query Q { products { id } }')).resolves.toEqual({ products: [] });
  });

  it.each([
    ['a GraphQL error', answer(JSON.stringify({ errors: [{ message: 'boom' }], data: null })), 'INTERNAL_SERVER_ERROR'],
    ['a proxy page instead of JSON', answer('<html>502</html>', 502), 'NETWORK'],
    ['no connection', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))), 'NETWORK'],
  ])('classifies %s as errorKind would', async (_case, fetch, kind) => {
    vi.stubGlobal('fetch', fetch);
    const failure = await postQuery('Q', 'query Q { products { id } }').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailed);
    expect((failure as QueryFailed).kind).toBe(kind);
  });

  it('lets an abort through as an abort', async () => {
    const controller = new AbortController();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new DOMException('aborted', 'AbortError'))),
    );
    controller.abort();
    await expect(postQuery('Q', 'query Q { x }', controller.signal)).rejects.toThrow('aborted');
  });
});
