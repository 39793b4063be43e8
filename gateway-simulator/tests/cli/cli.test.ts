import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from '../../src/kit/cli/args.js';
import type { Receiver } from '../helpers/receiver.js';
import { orderId, snapParams, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';
import { startXenditSim, type XenditSim } from '../helpers/xendit.js';

// The CLI's client commands against a running simulator, through the package's bin.
const bin = fileURLToPath(new URL('../../bin/lunas-gateway-sim.mjs', import.meta.url));
const run = async (...args: string[]) => (await promisify(execFile)(process.execPath, [bin, ...args, '--url', sim.url])).stdout;

let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver()));
afterAll(() => stopAll(sim, receiver));

describe('lunas-gateway-sim', () => {
  it('pay and resend', async () => {
    const id = orderId('cli');
    await sim.snap.createTransaction(snapParams(id));
    expect(JSON.parse(await run('pay', id, '--method', 'permata'))).toMatchObject({
      transaction_status: 'pending',
      permata_va_number: expect.any(String),
    });
    await sim.driver('POST', `/transactions/${id}/settle`);
    const resent = (await run('resend', id, '--times', '3', '--concurrent')).trim().split('\n');
    expect(resent).toHaveLength(3);
    expect(resent.every((line) => line.includes(`settlement     ${id}`) && line.includes(' 200 '))).toBe(true);
  }, 30_000);

  it('--no-notify changes state quietly; notification-body prints the signed body', async () => {
    const id = orderId('cli-quiet');
    await sim.snap.createTransaction(snapParams(id));
    await run('pay', id, '--method', 'gopay', '--no-notify');
    expect(JSON.parse(await run('settle', id, '--no-notify'))).toMatchObject({ transaction_status: 'settlement' });
    expect(receiver.received.filter((r) => r.body.order_id === id)).toHaveLength(0);
    expect(JSON.parse(await run('notification-body', id))).toMatchObject({
      order_id: id,
      status_code: '200',
      signature_key: expect.any(String),
    });
  }, 30_000);

  it('fails with a clear message when the order is unknown', async () => {
    await expect(run('settle', 'no-such-order')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('HTTP 404') });
  }, 30_000);
});

describe('argument parsing', () => {
  it('takes positionals, --flag value, --flag=value and bare flags', () => {
    expect(parseArgs(['resend', 'o-1', '--times', '20', '--concurrent', '--url=http://x'])).toEqual({
      positionals: ['resend', 'o-1'],
      flags: { times: '20', concurrent: true, url: 'http://x' },
    });
  });
});

describe('lunas-gateway-sim xendit', () => {
  let xsim: XenditSim;
  const runX = async (...args: string[]) =>
    (await promisify(execFile)(process.execPath, [bin, 'xendit', ...args, '--url', xsim.url])).stdout;
  beforeAll(async () => {
    xsim = await startXenditSim({ receiver: true });
  });
  afterAll(() => xsim.stop());

  it('pay, status, resend and refund-outcome', async () => {
    const inv = await xsim.xendit.Invoice.createInvoice({ data: { externalId: 'cli-x', amount: 10_000 } });
    const paid = JSON.parse(await runX('pay', inv.id!, '--method', 'EWALLET', '--channel', 'OVO'));
    expect(paid.invoice).toMatchObject({ status: 'PAID', payment_channel: 'OVO' });
    expect(JSON.parse(await runX('status', inv.id!)).invoice.status).toBe('PAID');
    const resent = (await runX('resend', inv.id!, '--times', '2')).trim().split('\n');
    expect(resent).toHaveLength(2);
    expect(resent.every((line) => line.includes(`PAID             ${inv.id}`) && line.includes(' 200 '))).toBe(true);
    expect(JSON.parse(await runX('refund-outcome', 'FAILED', '--failure-code', 'REFUND_NOT_SUPPORTED'))).toMatchObject({
      status: 'FAILED',
      failure_code: 'REFUND_NOT_SUPPORTED',
    });
    await expect(runX('expire', inv.id!)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('HTTP 409') });
  }, 90_000);
});

describe('lunas-gateway-sim start', () => {
  it('names where Xendit lives and never prints the Xendit secret key or callback token', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, 'start'], {
      env: {
        ...process.env,
        SIMULATOR_PORT: '0',
        XENDIT_SECRET_KEY: 'xnd_development_very_secret_1',
        XENDIT_CALLBACK_TOKEN: 'tok-very-secret-2',
      },
    });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 20_000);
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('Xendit key')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGTERM');
    expect(out).toMatch(/Xendit API +http:\/\/127\.0\.0\.1:\d+\/xendit/);
    expect(out).toContain('from XENDIT_SECRET_KEY (not shown)');
    expect(out).not.toContain('very_secret');
    expect(out).not.toContain('very-secret');
  }, 30_000);
});
