// GraphQL limits over real HTTP and a real WebSocket: what no shop would send is refused
// with a code before anything runs, and the shop's own operations pass with room to spare.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, specifiedRules, validate, visit, type DocumentNode } from 'graphql';
import { checkTokens, createLimitRules, QUERY_LIMITS } from '../src/graphql/query-limits.js';
import { schema } from '../src/graphql/schema.js';
import { openRawSocket } from './support/raw-socket.js';
import { createOrder, customer, startTestStack, type TestStack } from './support/test-stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const input = { items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer };
const countOrders = () => stack.db.collections.orders.countDocuments();
const codes = (errors: any[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);
const aliased = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => field(i)).join('\n');

/** Runs `attempt` and checks it stored no order and sent nothing to Midtrans. */
async function createsNothing<T>(attempt: () => Promise<T>): Promise<T> {
  const [orders, requests] = [await countOrders(), stack.snapRequests.length];
  const result = await attempt();
  expect(await countOrders()).toBe(orders);
  expect(stack.snapRequests.length).toBe(requests);
  return result;
}

describe('one request, many orders', () => {
  it('refuses 100 aliased createPayment in one HTTP request (14 KB), creating nothing', async () => {
    const query = `mutation($input: CreatePaymentInput!) {\n${aliased(100, (i) => `p${i}: createPayment(input: $input) { accessToken order { orderId } }`)}\n}`;
    expect(query.length).toBeGreaterThan(6000);
    const result = await createsNothing(() => stack.gql(query, { input }));
    expect(result.data).toBeUndefined();
    expect(codes(result.errors)).toContain('QUERY_TOO_COMPLEX');
  });

  it('refuses createPayment twice under two aliases, with MUTATION_REPEATED', async () => {
    const result = await createsNothing(() =>
      stack.gql(
        'mutation($input: CreatePaymentInput!) { a: createPayment(input: $input) { accessToken } b: createPayment(input: $input) { accessToken } }',
        { input },
      ),
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('createPayment may appear once per operation'),
        extensions: { code: 'MUTATION_REPEATED', field: 'createPayment' },
      }),
    ]);
  });

  it('counts createPayment hidden in fragments and inline fragments', async () => {
    const query = `
      mutation($input: CreatePaymentInput!) { ...One ... on Mutation { b: createPayment(input: $input) { accessToken } } }
      fragment One on Mutation { a: createPayment(input: $input) { accessToken } }`;
    const result = await createsNothing(() => stack.gql(query, { input }));
    expect(codes(result.errors)).toEqual(['MUTATION_REPEATED']);
  });

  it('lets one response key repeat: GraphQL merges the fields and runs createPayment once', async () => {
    const before = await countOrders();
    const result = await stack.gql(
      'mutation($input: CreatePaymentInput!) { createPayment(input: $input) { accessToken } createPayment(input: $input) { order { orderId } } }',
      { input },
    );
    expect(result.errors).toBeUndefined();
    expect(await countOrders()).toBe(before + 1);
  });
});

describe('expensive queries', () => {
  it('refuses 3,000 aliased products (56 KB) on the token count, quickly', async () => {
    const query = `{\n${aliased(3000, (i) => `p${i}: products { id }`)}\n}`;
    expect(query.length).toBeGreaterThan(50_000);
    const started = Date.now();
    const result = await stack.gql(query);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.errors).toEqual([
      {
        message: `Token limit of ${QUERY_LIMITS.tokens} exceeded.`,
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: QUERY_LIMITS.tokens },
      },
    ]);
  });

  it('refuses 1,200 aliased order guesses without trying one, and 11 on the alias limit', async () => {
    const { orderId } = await createOrder(stack);
    const guesses = (n: number, id = orderId) =>
      `{\n${aliased(n, (i) => `g${i}: order(orderId: "${id}", accessToken: "g${i}") { status }`)}\n}`;
    // Short ids keep it under the 100 KB body limit, so the token count is what refuses it.
    expect(codes((await stack.gql(guesses(1200, 'x'))).errors)).toEqual(['QUERY_TOO_COMPLEX']);
    const big = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: guesses(1200) }),
    });
    expect([big.status, await big.json()]).toEqual([413, { error: 'body is too large', code: 'PAYLOAD_TOO_LARGE' }]);
    const eleven = await stack.gql(guesses(11));
    expect(eleven.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 10 } })]);
    // Ten guesses are allowed here, and the order-lookup rate limit (rate-limits.test.ts) then counts each.
    expect(codes((await stack.gql(guesses(10))).errors)).toEqual(Array(10).fill('ORDER_NOT_FOUND'));
  });

  it('refuses a query nested deeper than the limit', async () => {
    const nested = (depth: number): string => (depth === 0 ? 'name' : `ofType { ${nested(depth - 1)} }`);
    const result = await stack.gql(`{ __type(name: "Order") { fields { type { ${nested(QUERY_LIMITS.depth)} } } } }`);
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' }) }),
    ]);
  });

  it('refuses too many directives', async () => {
    const result = await stack.gql(`{ products { ${aliased(11, () => 'id @include(if: true)')} } }`);
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'directives', max: 10 } })]);
  });

  it('refuses a fragment bomb on its cost, though it is short', async () => {
    // Each level spreads the one below twice: 2^12 product selections in ~40 lines.
    const levels = Array.from({ length: 12 }, (_, i) => `fragment F${i + 1} on Product { ...F${i} ...F${i} }`).join('\n');
    const result = await stack.gql(`{ products { ...F12 } }\nfragment F0 on Product { id name price stock }\n${levels}`);
    expect(result.errors).toContainEqual(
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: QUERY_LIMITS.cost } }),
    );
    expect(result.data).toBeUndefined();
  });
});

describe('the same limits on the WebSocket', () => {
  const wsUrl = () => stack.graphqlUrl.replace('http', 'ws');

  it('closes the socket with 1009 on 800 aliased createPayment (117 KB), creating nothing', async () => {
    const socket = await openRawSocket(wsUrl());
    const query = `mutation($input: CreatePaymentInput!) {\n${aliased(800, (i) => `p${i}: createPayment(input: $input) { accessToken snapToken redirectUrl order { orderId status grossAmount } }`)}\n}`;
    expect(query.length).toBeGreaterThan(64 * 1024);
    const closed = await createsNothing(async () => {
      socket.subscribe('1', query, { input });
      return socket.closed;
    });
    expect(closed.code).toBe(1009);
  });

  it('refuses queries and mutations over the socket with SUBSCRIPTIONS_ONLY', async () => {
    const socket = await openRawSocket(wsUrl());
    try {
      socket.subscribe('q', '{ products { id } }');
      await createsNothing(async () => {
        socket.subscribe('m', 'mutation($input: CreatePaymentInput!) { createPayment(input: $input) { accessToken } }', { input });
        return socket.waitFor((m) => m.id === 'm' && m.type === 'error');
      });
      for (const id of ['q', 'm']) {
        const answer = await socket.waitFor((m) => m.id === id);
        expect(answer).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'SUBSCRIPTIONS_ONLY' } }] });
      }
    } finally {
      await socket.close();
    }
  });

  it('checks the operation a kept document is asked for: the same text, naming its query, is refused', async () => {
    const { orderId, accessToken } = await createOrder(stack);
    const text = `subscription Watch { orderStatusChanged(orderId: "${orderId}", accessToken: "${accessToken}") { status } } query Peek { products { id } }`;
    const socket = await openRawSocket(wsUrl());
    try {
      socket.subscribe('s', text, undefined, 'Watch');
      expect(await socket.waitFor((m) => m.id === 's')).toMatchObject({ type: 'next' });
      socket.subscribe('p', text, undefined, 'Peek');
      expect(await socket.waitFor((m) => m.id === 'p')).toMatchObject({
        type: 'error',
        payload: [{ extensions: { code: 'SUBSCRIPTIONS_ONLY' } }],
      });
    } finally {
      await socket.close();
    }
  });

  it('applies the alias and token limits to subscriptions', async () => {
    const { orderId, accessToken } = await createOrder(stack);
    const socket = await openRawSocket(wsUrl());
    try {
      const fields = aliased(11, (i) => `s${i}: status`);
      socket.subscribe('a', `subscription { orderStatusChanged(orderId: "${orderId}", accessToken: "${accessToken}") { ${fields} } }`);
      expect(await socket.waitFor((m) => m.id === 'a')).toMatchObject({
        type: 'error',
        payload: [{ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases' } }],
      });
      socket.subscribe(
        't',
        `subscription { orderStatusChanged(orderId: "${orderId}", accessToken: "${accessToken}") { ${'status '.repeat(1100)} } }`,
      );
      expect(await socket.waitFor((m) => m.id === 't')).toMatchObject({
        type: 'error',
        payload: [{ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens' } }],
      });
      // The socket is still fine for an ordinary subscription.
      socket.subscribe('ok', `subscription { orderStatusChanged(orderId: "${orderId}", accessToken: "${accessToken}") { status } }`);
      expect(await socket.waitFor((m) => m.id === 'ok')).toMatchObject({
        type: 'next',
        payload: { data: { orderStatusChanged: { status: 'PENDING' } } },
      });
    } finally {
      await socket.close();
    }
  });
});

describe("the shop's own operations", () => {
  const clientSrc = fileURLToPath(new URL('../../client/src', import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return name === 'gql' ? [] : sources(full);
      return /\.tsx?$/.test(name) ? [readFileSync(full, 'utf8')] : [];
    });
  const literals = sources(clientSrc).flatMap((text) => [...text.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1]!));
  const fragments = literals.filter((l) => /^\s*fragment /.test(l));
  const operations = literals.filter((l) => !/^\s*fragment /.test(l));

  /** The document as Apollo Client sends it: the fragments it uses, __typename in every nested selection. */
  function asSent(operation: string): DocumentNode {
    let text = operation;
    for (let grew = true; grew;) {
      grew = false;
      for (const fragment of fragments) {
        const name = /fragment (\w+)/.exec(fragment)![1]!;
        if (text.includes(`...${name}`) && !text.includes(`fragment ${name} `)) {
          text += fragment;
          grew = true;
        }
      }
    }
    const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
    return visit(parse(text), {
      Field: (node) =>
        node.selectionSet
          ? { ...node, selectionSet: { ...node.selectionSet, selections: [...node.selectionSet.selections, typename] } }
          : undefined,
    });
  }

  it('finds them', () => {
    expect(operations.length).toBeGreaterThanOrEqual(5);
  });

  it('pass every limit at half its value', () => {
    const half = Object.fromEntries(Object.entries(QUERY_LIMITS).map(([k, v]) => [k, Math.floor(v / 2)])) as typeof QUERY_LIMITS;
    const rules = [...specifiedRules, ...createLimitRules(half)];
    for (const operation of operations) {
      const document = asSent(operation);
      expect(() => checkTokens(print(document), half.tokens)).not.toThrow();
      expect({ operation: operation.trim().split('\n')[0], errors: validate(schema, document, rules).map((e) => e.message) }).toEqual({
        operation: operation.trim().split('\n')[0],
        errors: [],
      });
    }
  });
});
