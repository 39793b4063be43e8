// The order statuses and Midtrans modes live in the domain (payments/order-status.ts,
// gateway/midtrans/mode.ts). schema.graphql (the contract) and codegen.yml (the typed
// resolvers' internal values) must say the same; this fails the moment one drifts.
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { MIDTRANS_MODES } from '../../src/gateway/midtrans/mode.js';
import { ORDER_STATUSES } from '../../src/payments/order-status.js';

const root = new URL('../../../', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema.graphql', root), 'utf8'));
const codegen = readFileSync(new URL('codegen.yml', root), 'utf8');

function codegenEnum(name: string): Record<string, string> {
  const block = new RegExp(`\\n( +)${name}:\\n((?:\\1 +\\w+: \\w+\\n)+)`).exec(codegen);
  if (!block) throw new Error(`codegen.yml has no enumValues for ${name}`);
  return Object.fromEntries(
    block[2]!
      .trim()
      .split('\n')
      .map((line) => line.trim().split(': ') as [string, string]),
  );
}

describe.each([
  ['OrderStatus', ORDER_STATUSES],
  ['MidtransMode', MIDTRANS_MODES],
])('%s', (name, values) => {
  const expected = Object.fromEntries(values.map((value) => [value.toUpperCase(), value]));
  it('has the domain values in schema.graphql', () => {
    const type = schema.getType(name) as GraphQLEnumType;
    expect(
      type
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });
  it('has the domain values in codegen.yml', () => {
    expect(codegenEnum(name)).toEqual(expected);
  });
});
