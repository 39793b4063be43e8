import { MAX_CALLBACK_BYTES, parseCallback } from '../../../src/gateway/xendit/wire.js';

/** An invoice callback as xendit-reference.md §3 lists its fields. */
const paid = {
  id: '65a1f0c2b3d4e5f60718293a',
  external_id: 'LNS-20261204-abc_DEF-123',
  user_id: '5f7e6d5c4b3a291807f6e5d4',
  is_high: false,
  status: 'PAID',
  merchant_name: 'Toko Lunas',
  amount: 150000,
  paid_amount: 150000,
  paid_at: '2026-12-04T10:00:00.000Z',
  payer_email: 'budi@example.com',
  description: 'Lunas order',
  payment_method: 'BANK_TRANSFER',
  payment_channel: 'BCA',
  payment_destination: '8808999912345678',
  bank_code: 'BCA',
  payment_id: 'pay-123',
  currency: 'IDR',
  created: '2026-12-04T09:58:00.000Z',
  updated: '2026-12-04T10:00:01.000Z',
  items: [{ name: 'Kopi', price: 75000, quantity: 2 }],
  fees: [],
};
const body = (value: unknown) => JSON.stringify(value);
const refused = (raw: string) => {
  const parsed = parseCallback(raw);
  if (parsed.ok) throw new Error(`expected ${raw.slice(0, 80)} to be refused`);
  return parsed;
};

describe('invoice callbacks', () => {
  it('reads a paid invoice, passing fields it does not read', () => {
    const parsed = parseCallback(body({ ...paid, something_new: { nested: true } }));
    expect(parsed).toMatchObject({
      ok: true,
      kind: 'invoice',
      invoice: { id: paid.id, status: 'PAID', amount: 150000, paid_amount: 150000 },
    });
  });

  it('takes an expired invoice with nulls for what does not apply', () => {
    const expired = { ...paid, status: 'EXPIRED', paid_amount: null, paid_at: null, payment_method: null, payment_channel: null };
    const parsed = parseCallback(body(expired));
    expect(parsed).toMatchObject({ ok: true, kind: 'invoice', invoice: { status: 'EXPIRED', paid_amount: undefined } });
  });

  it.each`
    change                                           | reason
    ${{ amount: '150000' }}                          | ${/^amount: /}
    ${{ amount: 150000.5 }}                          | ${/^amount: must be whole rupiah/}
    ${{ amount: -1 }}                                | ${/^amount: /}
    ${{ amount: 1e13 }}                              | ${/^amount: is larger than any IDR payment/}
    ${{ paid_amount: true }}                         | ${/^paid_amount: /}
    ${{ id: 'ABCDEF' }}                              | ${/^id: must be 24 hex characters/}
    ${{ id: '65a1f0c2b3d4e5f60718293a\u200b' }}      | ${/^id: /}
    ${{ id: 42 }}                                    | ${/^id: expected string/}
    ${{ external_id: 'LNS-1\u202eevil' }}            | ${/^external_id: /}
    ${{ external_id: 'x'.repeat(129) }}              | ${/^external_id: /}
    ${{ external_id: ['LNS-1'] }}                    | ${/^external_id: /}
    ${{ status: 'paid' }}                            | ${/^status: must be a Xendit invoice status word/}
    ${{ status: 'PAID\u0000' }}                      | ${/^status: /}
    ${{ status: 'P'.repeat(10_000) }}                | ${/^status: /}
    ${{ status: undefined }}                         | ${/^status: expected string/}
    ${{ currency: 'rupiah' }}                        | ${/^currency: must be an ISO 4217 code/}
    ${{ paid_at: 'yesterday' }}                      | ${/^paid_at: must be an ISO 8601 time/}
    ${{ payment_destination: '8808\u200d9999' }}     | ${/^payment_destination: must not contain control or invisible characters/}
    ${{ payment_destination: '8'.repeat(65) }}       | ${/^payment_destination: /}
    ${{ payment_method: { type: 'BANK_TRANSFER' } }} | ${/^payment_method: /}
  `('refuses $change with a reason naming the field', ({ change, reason }) => {
    expect(refused(body({ ...paid, ...change })).reason).toMatch(reason);
  });

  it('keeps well-formed ids of a refused body for the log, and no others', () => {
    expect(refused(body({ ...paid, amount: 'lots' }))).toMatchObject({ invoiceId: paid.id, externalId: paid.external_id, status: 'PAID' });
    const hostile = refused(body({ ...paid, id: 'x'.repeat(5000), external_id: 'a\u200bb', status: 7 }));
    expect(hostile).toEqual({ ok: false, reason: expect.any(String) });
  });

  it.each`
    raw                                   | reason
    ${'not json'}                         | ${'body: not valid JSON'}
    ${''}                                 | ${'body: not valid JSON'}
    ${'[]'}                               | ${'body: must be a JSON object'}
    ${'null'}                             | ${'body: must be a JSON object'}
    ${'"PAID"'}                           | ${'body: must be a JSON object'}
    ${'{"amount": 1e400}'}                | ${expect.stringMatching(/^(id|amount): /)}
    ${' '.repeat(MAX_CALLBACK_BYTES + 1)} | ${'body: larger than 64 KB'}
  `('refuses a body that is not an object: $reason', ({ raw, reason }) => {
    expect(refused(raw).reason).toEqual(reason);
  });

  it('does not let __proto__ in a body reach the prototype', () => {
    const parsed = parseCallback(`{"__proto__": {"status": "PAID"}, ${body(paid).slice(1)}`);
    expect(parsed.ok).toBe(true);
    expect(({} as { status?: string }).status).toBeUndefined();
  });
});

describe('refund callbacks (the envelope, xendit-reference.md §4)', () => {
  const data = {
    id: 'rfd-0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    invoice_id: paid.id,
    payment_request_id: null,
    amount: 50000,
    currency: 'IDR',
    status: 'SUCCEEDED',
    reason: 'REQUESTED_BY_CUSTOMER',
    failure_code: null,
    refund_fee_amount: 0,
    reference_id: 'refund-key-1',
  };
  const envelope = { event: 'refund.succeeded', business_id: '5f7e6d5c4b3a291807f6e5d4', created: '2026-12-04T10:05:00.000Z', data };

  it('reads a succeeded and a failed refund', () => {
    expect(parseCallback(body(envelope))).toMatchObject({
      ok: true,
      kind: 'refund',
      event: 'refund.succeeded',
      refund: { id: data.id, amount: 50000 },
    });
    const failed = { ...envelope, event: 'refund.failed', data: { ...data, status: 'FAILED', failure_code: 'INSUFFICIENT_BALANCE' } };
    expect(parseCallback(body(failed))).toMatchObject({
      ok: true,
      kind: 'refund',
      refund: { status: 'FAILED', failure_code: 'INSUFFICIENT_BALANCE' },
    });
  });

  it("answers another product's event as a value, not an error", () => {
    expect(parseCallback(body({ ...envelope, event: 'payment.succeeded', data: {} }))).toEqual({
      ok: true,
      kind: 'unsupported',
      event: 'payment.succeeded',
    });
  });

  it.each`
    change                                            | reason
    ${{ event: 'refund.maybe' }}                      | ${/^event: refund.maybe is not a refund event/}
    ${{ event: 'REFUND.SUCCEEDED' }}                  | ${/^event: must be a Xendit event name/}
    ${{ event: 42 }}                                  | ${/^event: /}
    ${{ created: 'now' }}                             | ${/^created: /}
    ${{ data: 'rfd-1' }}                              | ${/^data: /}
    ${{ data: { ...data, amount: '50000' } }}         | ${/^data\.amount: /}
    ${{ data: { ...data, id: 'refund-1' } }}          | ${/^data\.id: must be a Xendit refund id/}
    ${{ data: { ...data, invoice_id: 'not-an-id' } }} | ${/^data\.invoice_id: /}
    ${{ data: { ...data, status: 'succeeded' } }}     | ${/^data\.status: /}
    ${{ business_id: 'b'.repeat(65) }}                | ${/^business_id: /}
  `('refuses $change', ({ change, reason }) => {
    expect(refused(body({ ...envelope, ...change })).reason).toMatch(reason);
  });
});
