// The Xendit adapter against the Xendit simulator (issue 17) over HTTP: the real SDK, the
// real simulator, its callbacks to a real local receiver through the callback verifier.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as simulatorPackage from '@lunas/gateway-simulator';
import { XenditCallbackVerifier, type XenditCallbackVerdict } from '../src/gateway/xendit/callback-verifier.js';
import { XENDIT_SIMULATOR_CREDENTIALS } from '../src/gateway/xendit/mode.js';
import { XenditGateway } from '../src/gateway/xendit/xendit-gateway.js';

describe('XenditGateway against the Xendit simulator', () => {
  let simulator: simulatorPackage.Simulator;
  let sim: string;
  let receiver: Server;
  const verdicts: XenditCallbackVerdict[] = [];
  const verifier = new XenditCallbackVerifier(XENDIT_SIMULATOR_CREDENTIALS.callbackToken);
  let gateway: XenditGateway;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        verdicts.push(verifier.verify(request.headers, body));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/payments/xendit/notification`;
    const options = {
      serverKey: simulatorPackage.DEFAULT_SERVER_KEY,
      clientKey: simulatorPackage.DEFAULT_CLIENT_KEY,
      quiet: true,
      xendit: { callbackUrl },
    };
    simulator = simulatorPackage.createSimulator(options);
    sim = (await simulator.start(0, '127.0.0.1')).url;
    gateway = new XenditGateway({
      mode: 'simulator',
      secretKey: XENDIT_SIMULATOR_CREDENTIALS.secretKey,
      simulatorUrl: `${sim}/xendit`,
      requestTimeoutMs: 10_000,
      statusTimeoutMs: 3000,
    });
  });
  afterAll(async () => {
    await simulator?.stop();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const driver = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sim}/sim/v1/xendit${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect([path, response.status]).toEqual([path, 200]);
    return response.json() as Promise<Record<string, unknown>>;
  };
  /** Waits for callbacks without a deadline of its own: Jest's test timeout is the limit. */
  const callbackWhere = async (match: (verdict: XenditCallbackVerdict) => boolean) => {
    for (;;) {
      const found = verdicts.find(match);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  let sequence = 0;
  const checkout = (grossAmount: number) => ({
    orderId: `LNS-20261204-simtest${++sequence}${Date.now()}`,
    grossAmount,
    items: [{ productId: 'kopi-gayo', name: 'Kopi Gayo', price: grossAmount, quantity: 1 }],
    customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
    successUrl: 'http://localhost:5173/payment/finish',
    failureUrl: 'http://localhost:5173/payment/failed',
    lifetimeSeconds: 3600,
  });

  it('opens an invoice, confirms PAID and SETTLED as paid, and verifies the PAID callback', async () => {
    const request = checkout(175000);
    const session = await gateway.createSession(request);
    const payment = { orderId: request.orderId, reference: session.reference };
    expect(session.redirectUrl).toBe(`${sim}/xendit/web/${session.reference}`);
    expect(await gateway.fetchStatus(payment)).toMatchObject({ status: 'pending', grossAmount: 175000, currency: 'IDR' });

    await driver('POST', `/invoices/${session.reference}/pay`, { payment_method: 'EWALLET', payment_channel: 'OVO' });
    expect(await gateway.fetchStatus(payment)).toMatchObject({ status: 'paid', gatewayStatus: 'PAID', paymentType: 'EWALLET/OVO' });
    await driver('POST', `/invoices/${session.reference}/settle`);
    expect(await gateway.fetchStatus(payment)).toMatchObject({
      status: 'paid',
      gatewayStatus: 'SETTLED',
      transactionId: session.reference,
    });

    const callback = await callbackWhere((v) => v.verdict === 'valid' && v.kind === 'invoice' && v.invoiceId === session.reference);
    expect(callback).toMatchObject({ orderId: request.orderId, status: 'PAID', claim: { status: 'paid', grossAmount: 175000 } });

    // Paid: expire! is refused, and the invoice says why.
    await expect(gateway.cancel(payment)).rejects.toMatchObject({ refusal: 'not_allowed' });
  });

  it('refunds once per key, refuses the key with another amount, and reads each outcome', async () => {
    const request = checkout(100000);
    const session = await gateway.createSession(request);
    const payment = { orderId: request.orderId, reference: session.reference };
    await driver('POST', `/invoices/${session.reference}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' });
    // Refunds stay PENDING until the test ends them.
    await fetch(`${sim}/sim/v1/xendit/refunds/outcome`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'SUCCEEDED', delay_seconds: 86_400 }),
    });

    const first = await gateway.refund(payment, { refundKey: `rk-${sequence}-first`, amount: 30000, reason: 'barang rusak' });
    expect(first).toMatchObject({ outcome: 'pending', amount: 30000 });
    expect(await gateway.refund(payment, { refundKey: `rk-${sequence}-first`, amount: 30000, reason: 'barang rusak' })).toEqual(first);
    await expect(gateway.refund(payment, { refundKey: `rk-${sequence}-first`, amount: 20000, reason: 'x' })).rejects.toMatchObject({
      refusal: 'conflict',
      gatewayCode: 'IDEMPOTENCY_ERROR',
    });
    await expect(gateway.refund(payment, { refundKey: `rk-${sequence}-big`, amount: 100000, reason: 'x' })).rejects.toMatchObject({
      refusal: 'exceeds_amount',
    });

    await driver('POST', `/refunds/${first.refundId}/complete`, { status: 'SUCCEEDED' });
    expect(await gateway.fetchRefund(payment, first.refundId)).toMatchObject({ outcome: 'succeeded', amount: 30000 });
    expect(await callbackWhere((v) => v.verdict === 'valid' && v.kind === 'refund' && v.refundId === first.refundId)).toMatchObject({
      invoiceId: session.reference,
      claim: { outcome: 'succeeded' },
    });

    const second = await gateway.refund(payment, { refundKey: `rk-${sequence}-second`, amount: 10000, reason: 'x' });
    await driver('POST', `/refunds/${second.refundId}/complete`, { status: 'FAILED', failure_code: 'INSUFFICIENT_BALANCE' });
    expect(await gateway.fetchRefund(payment, second.refundId)).toMatchObject({ outcome: 'failed', failureReason: 'INSUFFICIENT_BALANCE' });
  });

  it('cancels by expiring, twice without harm, and sends the EXPIRED callback', async () => {
    const request = checkout(25000);
    const session = await gateway.createSession(request);
    const payment = { orderId: request.orderId, reference: session.reference };
    await gateway.cancel(payment);
    expect(await gateway.fetchStatus(payment)).toMatchObject({ status: 'expired', gatewayStatus: 'EXPIRED' });
    await expect(gateway.cancel(payment)).resolves.toBeUndefined();
    expect(await callbackWhere((v) => v.verdict === 'valid' && v.kind === 'invoice' && v.invoiceId === session.reference)).toMatchObject({
      status: 'EXPIRED',
      claim: { status: 'expired' },
    });
  });

  it('answers null for an invoice it does not have, and names a wrong key', async () => {
    expect(await gateway.fetchStatus({ orderId: 'LNS-none', reference: 'ffffffffffffffffffffffff' })).toBeNull();
    const wrongKey = new XenditGateway({
      mode: 'simulator',
      secretKey: 'xnd_development_not_the_simulators_key',
      simulatorUrl: `${sim}/xendit`,
      requestTimeoutMs: 10_000,
      statusTimeoutMs: 3000,
    });
    await expect(wrongKey.fetchStatus({ orderId: 'LNS-none', reference: 'ffffffffffffffffffffffff' })).rejects.toMatchObject({
      refusal: 'misconfigured',
      gatewayCode: 'INVALID_API_KEY',
    });
  });
});
