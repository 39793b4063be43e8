import { externalId, startXenditSim, type XenditSim } from '../helpers/xendit.js';

// The driver knobs Xendit shares with Midtrans (kit/http/driver-knobs.ts), in Xendit's words:
// chaos per invoice, faults only on Xendit's routes, resend and notify checked the same way.
describe('Xendit driver knobs', () => {
  let sim: XenditSim;
  beforeAll(async () => {
    sim = await startXenditSim({ receiver: true });
  });
  afterAll(() => sim.stop());
  afterEach(async () => {
    await sim.driver('DELETE', '/chaos');
    await sim.driver('DELETE', '/faults');
  });

  const newInvoice = () => sim.xendit.Invoice.createInvoice({ data: { externalId: externalId(), amount: 25_000 } });

  it("lists global chaos and each invoice's own under per_invoice; DELETE clears both", async () => {
    const inv = await newInvoice();
    expect((await sim.driver('PUT', '/chaos', { duplicate: 2 })).body).toEqual({ global: { duplicate: 2 } });
    await sim.driver('PUT', `/invoices/${inv.id}/chaos`, { wrongToken: true });
    expect((await sim.driver('GET', '/chaos')).body).toEqual({
      global: { duplicate: 2 },
      per_invoice: { [inv.id!]: { wrongToken: true } },
    });
    expect((await sim.driver('DELETE', '/chaos')).body).toEqual({ global: {} });
    expect((await sim.driver('GET', '/chaos')).body).toEqual({ global: {}, per_invoice: {} });
  });

  it('refuses a chaos knob only Midtrans has, and keeps the chaos it had', async () => {
    await sim.driver('PUT', '/chaos', { dropFirst: 1 });
    const res = await sim.driver('PUT', '/chaos', { tamperSignature: true });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_chaos' } });
    expect((await sim.driver('GET', '/chaos')).body.global).toEqual({ dropFirst: 1 });
  });

  it('arms faults on its own routes only (one or an array); a Midtrans route is a 400 that arms nothing', async () => {
    const bad = await sim.driver('PUT', '/faults', { route: 'snap.create', status: 500 });
    expect(bad.status).toBe(400);
    expect((await sim.driver('GET', '/faults')).body).toEqual({ faults: [] });
    const ok = await sim.driver('PUT', '/faults', [
      { route: 'xendit.refund.get', status: 503 },
      { route: 'xendit.invoice.list', status: 500, count: 2 },
    ]);
    expect(ok.body.faults.map((f: { route: string }) => f.route)).toEqual(['xendit.refund.get', 'xendit.invoice.list']);
    expect((await sim.driver('DELETE', '/faults')).body).toEqual({ faults: [] });
  });

  it('checks resend times and the notify flag before it changes or sends anything', async () => {
    const inv = await newInvoice();
    const notify = await sim.driver('POST', `/invoices/${inv.id}/pay`, { notify: 'yes' });
    expect(notify.status).toBe(400);
    expect(notify.body).toMatchObject({ error: { code: 'invalid_notify' } });
    expect((await sim.driver('GET', `/invoices/${inv.id}`)).body.invoice.status).toBe('PENDING');

    await sim.driver('POST', `/invoices/${inv.id}/pay`, {});
    const before = (await sim.driver('GET', `/callbacks?invoice_id=${inv.id}`)).body.callbacks.length;
    for (const times of [0, 1001, 1.5]) {
      const res = await sim.driver('POST', `/invoices/${inv.id}/callbacks/resend`, { times });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'invalid_times' } });
    }
    expect((await sim.driver('GET', `/callbacks?invoice_id=${inv.id}`)).body.callbacks).toHaveLength(before);
    const twice = await sim.driver('POST', `/invoices/${inv.id}/callbacks/resend`, { times: 2 });
    expect(twice.body.callbacks).toHaveLength(2);
  });
});
