// The one place where errors become what GraphQL clients see. Expected failures keep
// their stable code; anything else is logged with context and masked.
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { PaymentError } from '../payments/errors.js';
import type { Logger } from '../payments/ports.js';

/** Codes graphql-js / Apollo give to malformed requests: the client's fault, safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Requests refused by an abuse limit (schema.graphql's header lists them). Each is the
 * client's doing and carries what it needs to back off, so it is shown as is.
 */
export const REFUSAL_CODES = new Set([
  'QUERY_TOO_COMPLEX',
  'MUTATION_REPEATED',
  'RATE_LIMITED',
  'SUBSCRIPTIONS_ONLY',
  'TOO_MANY_SUBSCRIPTIONS',
]);

export function refusal(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** A refusal, also when Apollo has wrapped it (validation errors become GRAPHQL_VALIDATION_FAILED). */
function findRefusal(error: unknown): GraphQLError | undefined {
  for (let e = error; e instanceof Error; e = (e as GraphQLError).originalError ?? undefined) {
    if (e instanceof GraphQLError && REFUSAL_CODES.has(e.extensions.code as string)) return e;
  }
  return undefined;
}

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const refused = findRefusal(error);
    if (refused) {
      const { http: _http, ...extensions } = refused.extensions;
      return { message: refused.message, ...(formatted.path ? { path: formatted.path } : {}), extensions };
    }
    const original = unwrapResolverError(error);
    if (original instanceof PaymentError) {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) return formatted;
    // A GraphQLError without an original error is graphql-js's own (e.g. variable coercion).
    if (original instanceof GraphQLError && !original.originalError && !code) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    logger.error('unexpected GraphQL error', {
      path: formatted.path,
      error: original instanceof Error ? original.message : String(original),
      stack: original instanceof Error ? original.stack : undefined,
    });
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** For graphql-ws, which does not go through Apollo's formatError. */
export function maskErrors(errors: readonly GraphQLError[], format: ReturnType<typeof createErrorFormatter>) {
  return errors.map((error) => {
    const formatted = format(error.toJSON(), error);
    return new GraphQLError(formatted.message, {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.extensions ? { extensions: formatted.extensions } : {}),
    });
  });
}
