import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from '../../src/cli/args.js';
import type { Receiver } from '../helpers/receiver.js';
import { orderId, snapParams, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';

// The CLI's client commands against a running simulator, through the package's bin.
const bin = fileURLToPath(new URL('../../bin/lunas-midtrans-sim.mjs', import.meta.url));
const run = async (...args: string[]) => (await promisify(execFile)(process.execPath, [bin, ...args, '--url', sim.url])).stdout;

let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver()));
afterAll(() => stopAll(sim, receiver));

describe('lunas-midtrans-sim', () => {
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
