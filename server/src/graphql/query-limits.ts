// How big an operation may be, checked before anything runs. The same rules guard HTTP
// (Apollo) and the WebSocket (graphql-ws), so neither path is a way around the other.
//
// The numbers leave the shop's and the operator desk's real operations (client/src/**)
// room to spare, which test/query-limits.test.ts checks at half these limits: today the
// largest use depth 7 (a fragment counts as a level), no alias, no directive, about 100
// tokens and a cost of about 500; a deeper query also costs more (depthCostFactor). A 3,000-alias `products` query or 1,200 aliased
// `order` guesses in one request are refused here instead of being run.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError, Kind, Lexer, Source, TokenKind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { refusal } from './errors.js';

export type QueryLimits = Record<'aliases' | 'depth' | 'directives' | 'tokens' | 'cost', number>;

export const QUERY_LIMITS: QueryLimits = {
  aliases: 10,
  depth: 14,
  directives: 10,
  tokens: 1000,
  cost: 5000,
};

type Limit = keyof QueryLimits;

const tooComplex = (limit: Limit, max: number, message: string) =>
  refusal('QUERY_TOO_COMPLEX', message.replace(/^Syntax Error: /, ''), { limit, max });

/** graphql-armor's rules, reporting QUERY_TOO_COMPLEX (extensions.limit says which) instead of its generic error. */
function armor(limits: QueryLimits) {
  const report = (limit: Limit) => (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(tooComplex(limit, limits[limit], error.message));
  const rule = (limit: Limit) => ({ propagateOnRejection: false, onReject: [report(limit)] });
  const config: ConstructorParameters<typeof ApolloArmor>[0] = {
    maxAliases: { n: limits.aliases, ...rule('aliases') },
    maxDepth: { n: limits.depth, ...rule('depth') },
    maxDirectives: { n: limits.directives, ...rule('directives') },
    costLimit: { maxCost: limits.cost, ...rule('cost') },
    // Counted in checkTokens below, before parsing, for both transports.
    maxTokens: { enabled: false },
    // Keeps "Did you mean …?" from describing the schema when introspection is off.
    blockFieldSuggestion: { enabled: true },
  };
  return new ApolloArmor(config).protect();
}

/**
 * A mutation field with side effects (every Mutation field: createPayment) may run once
 * per operation. Fields with the same response key are merged by GraphQL and run once,
 * so what is counted is distinct response keys, through fragments and inline fragments.
 */
export const mutationOncePerOperation: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation !== 'mutation') return;
    const keys = new Map<string, Set<string>>();
    const collect = (set: SelectionSetNode, fragments: ReadonlySet<string>) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const field = selection.name.value;
          if (!keys.has(field)) keys.set(field, new Set());
          keys.get(field)!.add(selection.alias?.value ?? field);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet, fragments);
        } else if (!fragments.has(selection.name.value)) {
          const fragment = context.getFragment(selection.name.value);
          if (fragment) collect(fragment.selectionSet, new Set([...fragments, selection.name.value]));
        }
      }
    };
    collect(operation.selectionSet, new Set());
    for (const [field, responseKeys] of keys) {
      if (responseKeys.size > 1) {
        context.reportError(refusal('MUTATION_REPEATED', `${field} may appear once per operation; found ${responseKeys.size}`, { field }));
      }
    }
  },
});

/** Validation rules for Apollo's validationRules and the WebSocket's validate (test: other limits). */
export const createLimitRules = (limits: QueryLimits = QUERY_LIMITS): ValidationRule[] => [
  ...armor(limits).validationRules,
  mutationOncePerOperation,
];

export const limitRules = createLimitRules();

/** Counts tokens with graphql-js's own lexer, stopping at the limit: a huge document is never parsed. */
export function checkTokens(source: string, max = QUERY_LIMITS.tokens): void {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++tokens > max) {
        throw tooComplex('tokens', max, `Token limit of ${max} exceeded.`);
      }
    }
  } catch (error) {
    // A syntax error is the parser's to report, with its usual GRAPHQL_PARSE_FAILED.
    if (error instanceof GraphQLError && error.extensions.code === 'QUERY_TOO_COMPLEX') throw error;
  }
}

/**
 * The token count for HTTP, in front of Apollo (which treats an error thrown by a plugin
 * as its own failure, a 500): the document never reaches Apollo's parser. Answers as a
 * GraphQL response would, with status 400.
 */
export const tokenLimit: RequestHandler = (req, res, next) => {
  const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return next();
  try {
    checkTokens(query);
  } catch (error) {
    const { message, extensions } = error as GraphQLError;
    return res.status(400).json({ errors: [{ message, extensions }] });
  }
  next();
};

/** Apollo plugins: armor's masking of "Did you mean …?". */
// armor's declarations resolve to Apollo's CommonJS build; the plugin objects are the same.
export const limitPlugins = armor(QUERY_LIMITS).plugins as unknown as ApolloServerPlugin[];
