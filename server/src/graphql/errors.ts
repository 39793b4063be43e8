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

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
