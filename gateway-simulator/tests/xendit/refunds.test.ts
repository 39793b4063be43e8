import { externalId, sdkError, startXenditSim, type XenditSim } from '../helpers/xendit.js';

// xendit-node 7's Refund client against the simulator (docs/xendit.md §5).
describe('xendit-node Refund API', () => {
  let sim: XenditSim;
  beforeAll(async () => {
    sim = await startXenditSim();
  });
  afterAll(() => sim.stop());
  afterEach(() => sim.driver('PUT', '/refunds/outcome', { status: 'SUCCEEDED' }));

  async function paidInvoice(amount = 50_000): Promise<string> {
    const inv = await sim.xendit.Invoice.createInvoice({ data: { externalId: externalId(), amount } });
    await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'QR_CODE', payment_channel: 'QRIS' });
    return inv.id!;
  }
  const refund = (invoiceId: string, amount: number | undefined, idempotencyKey?: string) =>
    sim.xendit.Refund.createRefund({ idempotencyKey, data: { invoiceId, amount, reason: 'REQUESTED_BY_CUSTOMER' } });

  it('createRefund makes a PENDING refund that ends SUCCEEDED; getRefund reads it', async () => {
    await sim.driver('PUT', '/refunds/outcome', { status: 'SUCCEEDED', delay_seconds: 60 });
    const invoiceId = await paidInvoice();
    const created = await refund(invoiceId, 20_000, 'k-1');
    expect(created.id).toMatch(/^rfd-/);
    expect(created.amount).toBe(20_000);
    expect(created.currency).toBe('IDR');
    const raw = await sim.raw('GET', `/refunds/${created.id}`);
    expect(raw.body).toMatchObject({ status: 'PENDING', invoice_id: invoiceId, reason: 'REQUESTED_BY_CUSTOMER', channel_code: 'QRIS' });
    await fetch(`${sim.url}/sim/v1/clock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 61 }) });
    const got = await sim.xendit.Refund.getRefund({ refundID: created.id! });
    expect(got.id).toBe(created.id);
    expect((await sim.raw('GET', `/refunds/${created.id}`)).body.status).toBe('SUCCEEDED');
  });

  it('the same idempotency key and body give the same refund; another body is 409 and creates nothing', async () => {
    const invoiceId = await paidInvoice();
    const first = await refund(invoiceId, 10_000, 'same-key');
    const again = await refund(invoiceId, 10_000, 'same-key');
    expect(again.id).toBe(first.id);
    const err = await sdkError(refund(invoiceId, 11_000, 'same-key'));
    expect(err.status).toBe(409);
    expect(err.errorCode).toBe('IDEMPOTENCY_ERROR');
    const state = await sim.driver('GET', `/invoices/${invoiceId}`);
    expect(state.body.refunds).toHaveLength(1);
  });

  it('refuses more than remains (MAXIMUM_REFUND_AMOUNT_REACHED) and an unpaid invoice (INELIGIBLE_TRANSACTION)', async () => {
    const invoiceId = await paidInvoice(30_000);
    await refund(invoiceId, 20_000);
    const over = await sdkError(refund(invoiceId, 10_001));
    expect(over.status).toBe(400);
    expect(over.errorCode).toBe('MAXIMUM_REFUND_AMOUNT_REACHED');
    const rest = await refund(invoiceId, undefined);
    expect(rest.amount).toBe(10_000);
    expect((await sdkError(refund(invoiceId, 1))).errorCode).toBe('MAXIMUM_REFUND_AMOUNT_REACHED');

    const unpaid = await sim.xendit.Invoice.createInvoice({ data: { externalId: externalId(), amount: 10_000 } });
    const ineligible = await sdkError(refund(unpaid.id!, 1_000));
    expect(ineligible.status).toBe(400);
    expect(ineligible.errorCode).toBe('INELIGIBLE_TRANSACTION');
  });

  it('a FAILED refund (by the outcome knob) gives its amount back to what remains', async () => {
    await sim.driver('PUT', '/refunds/outcome', { status: 'FAILED', failure_code: 'INSUFFICIENT_BALANCE' });
    const invoiceId = await paidInvoice(10_000);
    const failed = await refund(invoiceId, 10_000);
    await new Promise((r) => setTimeout(r, 50));
    const raw = await sim.raw('GET', `/refunds/${failed.id}`);
    expect(raw.body).toMatchObject({ status: 'FAILED', failure_code: 'INSUFFICIENT_BALANCE' });
    await sim.driver('PUT', '/refunds/outcome', { status: 'SUCCEEDED' });
    expect((await refund(invoiceId, 10_000)).amount).toBe(10_000);
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['no invoice', { amount: 1, reason: 'OTHERS' }, 400, 'API_VALIDATION_ERROR'],
    ['bad reason', { invoice_id: 'x', amount: 1, reason: 'BORED' }, 400, 'API_VALIDATION_ERROR'],
    ['no reason', { invoice_id: 'x', amount: 1 }, 400, 'API_VALIDATION_ERROR'],
    ['negative amount', { invoice_id: 'x', amount: -5, reason: 'OTHERS' }, 400, 'API_VALIDATION_ERROR'],
    ['unknown invoice', { invoice_id: 'ffffffffffffffffffffffff', amount: 1, reason: 'OTHERS' }, 404, 'DATA_NOT_FOUND'],
  ])('%s → %s %s', async (_name, body, status, code) => {
    const res = await sim.raw('POST', '/refunds', JSON.stringify(body));
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error_code: code, message: expect.any(String) });
  });

  it('getRefund of an unknown id is 404 DATA_NOT_FOUND', async () => {
    const err = await sdkError(sim.xendit.Refund.getRefund({ refundID: 'rfd-nope' }));
    expect(err.status).toBe(404);
    expect(err.errorCode).toBe('DATA_NOT_FOUND');
  });
});
