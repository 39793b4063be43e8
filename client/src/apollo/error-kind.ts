import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The API's `extensions.code` values the shop reacts to, plus "could not reach it". */
export type ErrorKind =
  | 'BAD_USER_INPUT'
  | 'OUT_OF_STOCK'
  | 'PAYMENT_GATEWAY_ERROR'
  | 'ORDER_NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR'
  // The operator desk's (schema.graphql lists which field gives which).
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'REFUND_NOT_ALLOWED'
  | 'REFUND_EXCEEDS_PAYMENT'
  | 'REFUND_IN_PROGRESS'
  | 'CANCEL_NOT_ALLOWED'
  | 'OUTCOME_UNKNOWN'
  | 'NETWORK';

const KNOWN_CODES = new Set<ErrorKind>([
  'BAD_USER_INPUT',
  'OUT_OF_STOCK',
  'PAYMENT_GATEWAY_ERROR',
  'ORDER_NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'REFUND_NOT_ALLOWED',
  'REFUND_EXCEEDS_PAYMENT',
  'REFUND_IN_PROGRESS',
  'CANCEL_NOT_ALLOWED',
  'OUTCOME_UNKNOWN',
]);

/**
 * Classifies an Apollo error in one place. GraphQL errors carry a stable
 * `extensions.code`; everything else (fetch failed, 502 from a proxy, bad JSON)
 * means the API could not be reached properly.
 */
export function errorKind(error: unknown): ErrorKind | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const code = graphQLError.extensions?.code;
      if (typeof code === 'string' && KNOWN_CODES.has(code as ErrorKind)) return code as ErrorKind;
    }
    return 'INTERNAL_SERVER_ERROR';
  }
  return 'NETWORK';
}

/** The server's own message for a BAD_USER_INPUT (e.g. which product ran out). */
export function userInputMessage(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
  return found?.message ?? null;
}

/** BAD_USER_INPUT's `extensions.fields`: which input the API rejected, and why. */
export function userInputFields(error: unknown): { field: string; message: string }[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const fields = e.extensions?.fields;
    if (e.extensions?.code !== 'BAD_USER_INPUT' || !Array.isArray(fields)) return [];
    return fields.filter(
      (f): f is { field: string; message: string } =>
        typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.message === 'string',
    );
  });
}

/** OUT_OF_STOCK's `extensions.products`: the products the stock could not cover. */
export function outOfStockProducts(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const products = e.extensions?.products;
    if (e.extensions?.code !== 'OUT_OF_STOCK' || !Array.isArray(products)) return [];
    return products.flatMap((p) => (typeof p === 'object' && p !== null && typeof p.productId === 'string' ? [p.productId as string] : []));
  });
}
