// How big an operation may be, checked before anything runs. The same rules guard HTTP
// (Apollo) and the WebSocket (graphql-ws), so neither path is a way around the other.
//
// The numbers leave the shop's real operations (client/src/**, e2e) plenty of room: the
// largest, PaymentStatusQuery with its fragment, has depth 3, no alias, no directive,
// about 90 tokens and costs about 150. A 3,000-alias `products` query or 1,200 aliased
// `order` guesses in one request are refused here instead of being run.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { refusal } from './errors.js';

export const QUERY_LIMITS = {
  aliases: 10,
  depth: 8,
  directives: 10,
  tokens: 1000,
  cost: 1000,
} as const;

type Limit = keyof typeof QUERY_LIMITS;

const tooComplex = (limit: Limit, message: string) =>
  refusal('QUERY_TOO_COMPLEX', message.replace(/^Syntax Error: /, ''), { limit, max: QUERY_LIMITS[limit] });

/** graphql-armor's rules, reporting QUERY_TOO_COMPLEX (extensions.limit says which) instead of its generic error. */
function armor() {
  const report = (limit: Limit) => (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(tooComplex(limit, error.message));
  const rule = (limit: Limit) => ({ propagateOnRejection: false, onReject: [report(limit)] });
  const config: ConstructorParameters<typeof ApolloArmor>[0] = {
    maxAliases: { n: QUERY_LIMITS.aliases, ...rule('aliases') },
    maxDepth: { n: QUERY_LIMITS.depth, ...rule('depth') },
    maxDirectives: { n: QUERY_LIMITS.directives, ...rule('directives') },
    costLimit: { maxCost: QUERY_LIMITS.cost, ...rule('cost') },
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
        context.reportError(
          refusal('MUTATION_REPEATED', `${field} may appear once per operation; found ${responseKeys.size}`, { field }),
        );
      }
    }
  },
});

const protection = armor();

/** Validation rules for Apollo's validationRules and graphql-ws's validate. */
export const limitRules: ValidationRule[] = [...protection.validationRules, mutationOncePerOperation];

/** Counts tokens with graphql-js's own lexer, stopping at the limit: a huge document is never parsed. */
export function checkTokens(source: string): void {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++tokens > QUERY_LIMITS.tokens) {
        const error = tooComplex('tokens', `Token limit of ${QUERY_LIMITS.tokens} exceeded.`);
        // Thrown from a plugin hook, before Apollo's own error handling: say it is a 400.
        error.extensions.http = { status: 400 };
        throw error;
      }
    }
  } catch (error) {
    // A syntax error is the parser's to report, with its usual GRAPHQL_PARSE_FAILED.
    if (error instanceof GraphQLError && error.extensions.code === 'QUERY_TOO_COMPLEX') throw error;
  }
}

/** Apollo plugins: the token count before parsing, and armor's suggestion masking. */
export const limitPlugins: ApolloServerPlugin[] = [
  // armor's declarations resolve to Apollo's CommonJS build; the plugin objects are the same.
  ...(protection.plugins as unknown as ApolloServerPlugin[]),
  {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          checkTokens(source);
        },
      };
    },
  },
];
