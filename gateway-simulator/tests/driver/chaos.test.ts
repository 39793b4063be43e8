import { signatureKey, verifySignature } from '../../src/index.js';
import type { Receiver } from '../helpers/receiver.js';
import { midtransError, orderId, SERVER_KEY, snapParams, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';

// Chaos knobs (PUT /sim/v1/chaos, per order /transactions/{id}/chaos) and route faults (PUT /sim/v1/faults).
let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver({ retryTimeScale: 0.00001 })));
afterAll(() => stopAll(sim, receiver));
beforeEach(() => {
  sim.reset();
  receiver.received.splice(0);
});

async function created(): Promise<string> {
  const id = orderId('chaos');
  await sim.snap.createTransaction(snapParams(id, 15_000));
  return id;
}
const forOrder = (id: string) => receiver.received.filter((r) => r.body.order_id === id);

describe('chaos', () => {
  it('duplicate: every notification arrives 1 + N times', async () => {
    const id = await created();
    await sim.driver('PUT', `/transactions/${id}/chaos`, { duplicate: 2 });
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    expect(forOrder(id)).toHaveLength(3);
    expect(new Set(forOrder(id).map((r) => r.raw)).size).toBe(1);
  });

  it('outOfOrder: settlement arrives before pending', async () => {
    const id = await created();
    await sim.driver('PUT', `/transactions/${id}/chaos`, { outOfOrder: true, holdMs: 5000 });
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    expect(forOrder(id)).toHaveLength(0);
    await sim.driver('POST', `/transactions/${id}/settle`);
    await receiver.waitFor(2);
    expect(forOrder(id).map((r) => r.body.transaction_status)).toEqual(['settlement', 'pending']);
  });

  it('delayMs holds the first attempt back', async () => {
    const id = await created();
    await sim.driver('PUT', `/transactions/${id}/chaos`, { delayMs: 200 });
    const started = Date.now();
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(forOrder(id)).toHaveLength(1);
  });

  it('dropFirst: the first attempt is lost and the retry delivers', async () => {
    const id = await created();
    await sim.driver('PUT', '/chaos', { dropFirst: 1 });
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    await receiver.waitFor(1);
    // The receiver sees the retry before the simulator has logged its answer: poll the log.
    let log: any[] = [];
    for (let i = 0; i < 100 && log.length < 2; i++) {
      log = (await sim.driver('GET', `/notifications?order_id=${id}`)).body.deliveries;
      if (log.length < 2) await new Promise((r) => setTimeout(r, 20));
    }
    expect(log.map((d: any) => [d.attempt, d.result])).toEqual([
      [1, 'dropped'],
      [2, 'delivered'],
    ]);
  });

  it('tamperSignature sends a signature that does not verify', async () => {
    const id = await created();
    await sim.driver('PUT', '/chaos', { tamperSignature: true });
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    const [req] = forOrder(id);
    expect(req!.body.signature_key).toMatch(/^[0-9a-f]{128}$/);
    expect(verifySignature(req!.body, SERVER_KEY)).toBe(false);
  });

  it('forgeStatus rewrites status (and status_code) but keeps the real signature, so it fails verification', async () => {
    const id = await created();
    await sim.driver('PUT', `/transactions/${id}/chaos`, { forgeStatus: 'settlement' });
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    const [req] = forOrder(id);
    expect(req!.body).toMatchObject({ transaction_status: 'settlement', status_code: '200' });
    expect(verifySignature(req!.body, SERVER_KEY)).toBe(false);
    expect((await sim.snap.transaction.status(id)).transaction_status).toBe('pending');
  });

  it('amountWithoutDecimals sends "15000", signed over what is sent', async () => {
    const id = await created();
    await sim.driver('PUT', `/transactions/${id}/chaos`, { amountWithoutDecimals: true });
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    const [req] = forOrder(id);
    expect(req!.body.gross_amount).toBe('15000');
    expect(req!.body.signature_key).toBe(signatureKey(id, '201', '15000', SERVER_KEY));
  });

  it('per-order chaos overrides global chaos, and DELETE clears it', async () => {
    await sim.driver('PUT', '/chaos', { duplicate: 1 });
    const id = await created();
    await sim.driver('PUT', `/transactions/${id}/chaos`, { duplicate: 0 });
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    expect(forOrder(id)).toHaveLength(1);
    expect((await sim.driver('GET', '/chaos')).body).toEqual({ global: { duplicate: 1 }, per_order: { [id]: { duplicate: 0 } } });
    await sim.driver('DELETE', '/chaos');
    expect((await sim.driver('GET', '/chaos')).body).toEqual({ global: {}, per_order: {} });
    expect((await sim.driver('PUT', '/chaos', { explode: true })).status).toBe(400);
  });
});

describe('faults', () => {
  it('snap.create 500 once: midtrans-client sees HTTP 500, the next call works', async () => {
    await sim.driver('PUT', '/faults', { route: 'snap.create', status: 500, count: 1 });
    const err = await midtransError(sim.snap.createTransaction(snapParams(orderId())));
    expect(err.httpStatusCode).toBe(500);
    expect(err.ApiResponse).toEqual({ error_messages: ['Sorry, we encountered internal server error. We will fix this soon.'] });
    await expect(sim.snap.createTransaction(snapParams(orderId()))).resolves.toHaveProperty('token');
  });

  it('core.status 503 and 429 come back with Core-shaped bodies', async () => {
    await sim.driver('PUT', '/faults', [
      { route: 'core.status', status: 503 },
      { route: 'core.status', status: 429 },
    ]);
    expect((await midtransError(sim.core.transaction.status('x'))).httpStatusCode).toBe(503);
    const limited = await midtransError(sim.core.transaction.status('x'));
    expect(limited.httpStatusCode).toBe(429);
    expect(limited.ApiResponse.status_code).toBe('429');
  });

  it('timeoutMs holds the answer so a client timeout fires', async () => {
    await sim.driver('PUT', '/faults', { route: 'snap.create', timeoutMs: 500 });
    const http = sim.snap.httpClient.http_client.defaults;
    http.timeout = 100;
    try {
      const err = await midtransError(sim.snap.createTransaction(snapParams(orderId())));
      expect(err.httpStatusCode).toBeNull();
      expect(err.message).toMatch(/HTTP response not found/);
    } finally {
      http.timeout = 0;
    }
    await new Promise((r) => setTimeout(r, 500)); // let the held request finish
  });

  it('rejects unknown routes', async () => {
    expect((await sim.driver('PUT', '/faults', { route: 'nope', status: 500 })).status).toBe(400);
    expect((await sim.driver('GET', '/faults')).body).toEqual({ faults: [] });
  });
});
