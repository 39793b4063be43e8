import { graphqlHttpUrl } from '../apollo/graphql-url';

/** What went wrong, in the words error-kind.ts uses for Apollo's errors. */
export type QueryFailure = 'NETWORK' | 'INTERNAL_SERVER_ERROR';

export class QueryFailed extends Error {
  constructor(readonly kind: QueryFailure) {
    super(`GraphQL query failed: ${kind}`);
  }
}

/**
 * One GraphQL query as a plain POST, for the catalog only: the shop's first page must
 * not wait for Apollo Client (with rxjs and graphql, ~59 KB gzip, more than half the
 * first-load budget in issue 9). Every other page goes through the Apollo links in
 * create-apollo-client.ts. Errors are classified as Apollo's would be by errorKind:
 * unreachable or not GraphQL → NETWORK, a GraphQL error → INTERNAL_SERVER_ERROR.
 */
export async function postQuery<Data>(operationName: string, query: string, signal?: AbortSignal): Promise<Data> {
  let body: { data?: Data | null; errors?: unknown[] };
  try {
    const response = await fetch(graphqlHttpUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ operationName, query }),
      signal,
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new QueryFailed('NETWORK');
  }
  if (body.errors?.length || !body.data) throw new QueryFailed('INTERNAL_SERVER_ERROR');
  return body.data;
}
