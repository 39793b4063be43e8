import { CALLBACK_TOKEN, externalId, startXenditSim, type XenditSim } from '../helpers/xendit.js';

// Callbacks to a real local receiver (docs/xendit.md §3, §4): the flat invoice body, the
// x-callback-token header, Xendit's retry schedule (scaled), the refund envelope, chaos.
describe('Xendit callbacks', () => {
  let sim: XenditSim;
  beforeEach(async () => {
    sim = await startXenditSim({ receiver: true });
  });
  afterEach(() => sim.stop());
  const receiver = () => sim.receiver!;

  const newInvoice = () => sim.xendit.Invoice.createInvoice({ data: { externalId: externalId(), amount: 40_000, description: 'Teh' } });

  it('a paid invoice calls back once with the flat invoice, the token and JSON', async () => {
    const inv = await newInvoice();
    const paid = await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'MANDIRI' });
    expect(paid.body.callbacks[0]).toMatchObject({ invoice_id: inv.id, status: 'PAID', result: 'delivered', attempt: 1 });
    const [got] = await receiver().waitFor(1);
    expect(got!.path).toBe('/xendit');
    expect(got!.headers['x-callback-token']).toBe(CALLBACK_TOKEN);
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.body).toMatchObject({
      id: inv.id,
      external_id: inv.externalId,
      status: 'PAID',
      amount: 40_000,
      paid_amount: 40_000,
      payment_method: 'BANK_TRANSFER',
      payment_channel: 'MANDIRI',
      bank_code: 'MANDIRI',
      payment_destination: inv.availableBanks.find((b) => b.bankCode === 'MANDIRI')?.bankAccountNumber,
      currency: 'IDR',
      description: 'Teh',
    });
    expect(got!.body).not.toHaveProperty('event');
    expect(typeof got!.body.paid_at).toBe('string');
  });

  it('an expired invoice calls back (notifyExpired on by default) without paid fields; off, it does not', async () => {
    const inv = await newInvoice();
    await sim.xendit.Invoice.expireInvoice({ invoiceId: inv.id! });
    const [got] = await receiver().waitFor(1);
    expect(got!.body).toMatchObject({ id: inv.id, status: 'EXPIRED' });
    expect(got!.body).not.toHaveProperty('paid_at');

    await sim.driver('PUT', '/config', { notifyExpired: false });
    const quiet = await newInvoice();
    await sim.driver('POST', `/invoices/${quiet.id}/expire`);
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver().received).toHaveLength(1);
  });

  it('retries a non-2xx answer on the schedule until a 2xx, and stops there', async () => {
    receiver().respond((_req, i) => ({ status: i < 2 ? 500 : 200 }));
    const inv = await newInvoice();
    await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'EWALLET', payment_channel: 'DANA' });
    await receiver().waitFor(3);
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver().received).toHaveLength(3);
    const log = await sim.driver('GET', `/callbacks?invoice_id=${inv.id}`);
    expect(log.body.callbacks.map((c: { response_status: number; kind: string }) => `${c.kind}:${c.response_status}`)).toEqual([
      'initial:500',
      'retry:500',
      'retry:200',
    ]);
  });

  it('gives up after 6 retries (7 attempts)', async () => {
    receiver().respond(() => ({ status: 503 }));
    const inv = await newInvoice();
    await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' });
    await receiver().waitFor(7, 10_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver().received).toHaveLength(7);
  });

  it('resend sends the last callback again', async () => {
    const inv = await newInvoice();
    await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'CREDIT_CARD' });
    const again = await sim.driver('POST', `/invoices/${inv.id}/callbacks/resend`, { times: 2 });
    expect(again.body.callbacks).toHaveLength(2);
    const all = await receiver().waitFor(3);
    expect(all.map((r) => r.body.payment_method)).toEqual(['CREDIT_CARD', 'CREDIT_CARD', 'CREDIT_CARD']);
  });

  it('refund callbacks use the envelope { event, business_id, created, data }', async () => {
    const inv = await newInvoice();
    await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'EWALLET', payment_channel: 'OVO' });
    const created = await sim.xendit.Refund.createRefund({ data: { invoiceId: inv.id!, amount: 5_000, reason: 'CANCELLATION' } });
    const [, got] = await receiver().waitFor(2);
    expect(got!.headers['x-callback-token']).toBe(CALLBACK_TOKEN);
    expect(got!.body).toMatchObject({
      event: 'refund.succeeded',
      business_id: expect.any(String),
      created: expect.any(String),
      data: { id: created.id, invoice_id: inv.id, amount: 5_000, status: 'SUCCEEDED', reason: 'CANCELLATION' },
    });

    await sim.driver('PUT', '/refunds/outcome', { status: 'FAILED', failure_code: 'REFUND_NOT_SUPPORTED' });
    await sim.xendit.Refund.createRefund({ data: { invoiceId: inv.id!, amount: 5_000, reason: 'OTHERS' } });
    const [, , failed] = await receiver().waitFor(3);
    expect(failed!.body).toMatchObject({ event: 'refund.failed', data: { status: 'FAILED', failure_code: 'REFUND_NOT_SUPPORTED' } });
  });

  describe('chaos', () => {
    it('wrongToken sends a token that is not the account’s', async () => {
      await sim.driver('PUT', '/chaos', { wrongToken: true });
      const inv = await newInvoice();
      await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BRI' });
      const [got] = await receiver().waitFor(1);
      expect(got!.headers['x-callback-token']).toBeTruthy();
      expect(got!.headers['x-callback-token']).not.toBe(CALLBACK_TOKEN);
    });

    it('duplicate sends extra copies at once', async () => {
      await sim.driver('PUT', '/chaos', { duplicate: 2 });
      const inv = await newInvoice();
      await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' });
      const all = await receiver().waitFor(3);
      expect(new Set(all.map((r) => r.raw)).size).toBe(1);
    });

    it('dropFirst drops the first attempts, which are then retried', async () => {
      await sim.driver('PUT', '/chaos', { dropFirst: 2 });
      const inv = await newInvoice();
      await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' });
      await receiver().waitFor(1);
      // The log entry of the delivered attempt is written once its answer is read: wait for it.
      let results: string[] = [];
      for (let i = 0; i < 100 && results.length < 3; i++) {
        const log = await sim.driver('GET', `/callbacks?invoice_id=${inv.id}`);
        results = log.body.callbacks.map((c: { result: string }) => c.result);
        if (results.length < 3) await new Promise((r) => setTimeout(r, 20));
      }
      expect(results).toEqual(['dropped', 'dropped', 'delivered']);
    });

    it('outOfOrder holds a callback until the next one of the invoice went out', async () => {
      await sim.driver('PUT', `/chaos`, { outOfOrder: true, holdMs: 5_000 });
      const inv = await newInvoice();
      await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' });
      await sim.xendit.Refund.createRefund({ data: { invoiceId: inv.id!, amount: 1_000, reason: 'OTHERS' } });
      const all = await receiver().waitFor(2);
      expect(all.map((r) => (r.body.event as string | undefined) ?? r.body.status)).toEqual(['refund.succeeded', 'PAID']);
    });

    it('refuses an unknown knob', async () => {
      expect((await sim.driver('PUT', '/chaos', { tamperSignature: true })).status).toBe(400);
    });
  });
});

describe('Xendit callback timeout and driver lock-down', () => {
  let sim: XenditSim;
  beforeAll(async () => {
    sim = await startXenditSim({ receiver: true, xendit: { callbackTimeoutMs: 200 } });
  });
  afterAll(() => sim.stop());

  it('an answer slower than the timeout counts as not delivered and is not retried automatically', async () => {
    sim.receiver!.respond(() => ({ status: 200, delayMs: 600 }));
    const inv = await sim.xendit.Invoice.createInvoice({ data: { externalId: externalId(), amount: 10_000 } });
    const paid = await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' });
    expect(paid.body.callbacks[0]).toMatchObject({ result: 'timeout', response_status: null });
    expect(paid.body.callbacks[0].next_retry_at).toBeUndefined();
    await new Promise((r) => setTimeout(r, 800));
    expect(sim.receiver!.received).toHaveLength(1);
  });

  it('the Xendit driver refuses browser requests, as the Midtrans driver does', async () => {
    const res = await fetch(`${sim.url}/sim/v1/xendit/config`, { headers: { origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
    const put = await fetch(`${sim.url}/sim/v1/xendit/config`, {
      method: 'PUT',
      headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      body: JSON.stringify({ callbackUrl: 'http://evil.example' }),
    });
    expect(put.status).toBe(403);
    expect((await sim.driver('GET', '/config')).body.callback_urls[0]).toContain('127.0.0.1');
  });

  it('never shows the secret key or callback token in its config', async () => {
    const text = JSON.stringify((await sim.driver('GET', '/config')).body);
    expect(text).not.toContain('xnd_');
    expect(text).not.toContain('callback-token');
  });
});
