import { execFile, spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createSimulator, type Simulator } from '../../src/index.js';
import { isLoopback } from '../../src/kit/http/driver-auth.js';
import { CLIENT_KEY, SERVER_KEY } from '../helpers/simulator.js';

// Who may use the driver API (/sim/v1): loopback clients only when no token is configured, and
// only bearers of the token when one is. The Midtrans APIs themselves stay open to anyone with
// the server key, as on the sandbox.

/** This machine's own non-loopback IPv4 address: a connection to it does not come from 127.x. */
const outsideAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
const withOutsideAddress = outsideAddress ? it : it.skip;

const started: Simulator[] = [];
async function start(options: { driverToken?: string } = {}, host = '127.0.0.1') {
  const sim = createSimulator({ serverKey: SERVER_KEY, clientKey: CLIENT_KEY, quiet: true, ...options });
  started.push(sim);
  const { url } = await sim.start(0, host);
  return { sim, port: new URL(url).port, url };
}
afterAll(() => Promise.all(started.map((s) => s.stop())));

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers });
  return { status: res.status, body: (await res.json()) as any };
};

describe('driver API without a token', () => {
  it('answers loopback clients', async () => {
    const { url } = await start();
    expect((await get(`${url}/sim/v1/health`)).status).toBe(200);
  });

  withOutsideAddress('refuses a client from another address with a 403 JSON error, and still serves the Snap API there', async () => {
    const { port } = await start({}, '0.0.0.0');
    const res = await get(`http://${outsideAddress}:${port}/sim/v1/notifications`);
    expect(res).toEqual({
      status: 403,
      body: { error: { code: 'forbidden', message: expect.stringContaining('SIMULATOR_DRIVER_TOKEN') } },
    });
    // A forged forwarded-for header changes nothing: the socket address decides.
    expect((await get(`http://${outsideAddress}:${port}/sim/v1/health`, { 'x-forwarded-for': '127.0.0.1' })).status).toBe(403);
    const snap = await fetch(`http://${outsideAddress}:${port}/snap/v1/transactions`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${SERVER_KEY}:`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ transaction_details: { order_id: `outside-${Date.now()}`, gross_amount: 1000 } }),
    });
    expect(snap.status).toBe(201);
  });

  it('refuses browser requests and foreign Host names even on loopback (cross-site POSTs, DNS rebinding)', async () => {
    const { url } = await start();
    const post = (headers: Record<string, string>) => fetch(`${url}/sim/v1/reset`, { method: 'POST', headers, body: '{}' });
    expect((await post({ origin: 'https://evil.example', 'content-type': 'text/plain' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(`${url}/sim/v1/notifications`, { 'sec-fetch-site': 'same-origin' })).status).toBe(403);
    // Host is a forbidden header for fetch; a raw request shows what a rebound name would send.
    const rebound = await new Promise<number>((resolve, reject) => {
      const u = new URL(url);
      http
        .get({ host: u.hostname, port: u.port, path: '/sim/v1/health', headers: { host: `rebind.evil.example:${u.port}` } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect(rebound).toBe(403);
    // What tests and the CLI send (Node's fetch, Sec-Fetch-Mode included) still works.
    expect((await post({ 'content-type': 'application/json' })).status).toBe(200);
    expect((await get(`${url.replace('127.0.0.1', 'localhost')}/sim/v1/health`)).status).toBe(200);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['::ffff:10.0.0.1', false],
    ['fd00::2', false],
    [undefined, false],
  ])('isLoopback(%s) = %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});

describe('driver API with a token', () => {
  const token = 'drv-test-token-0123456789';

  it('needs Authorization: Bearer <token>, even from loopback (401 JSON otherwise)', async () => {
    const { url } = await start({ driverToken: token });
    const none = await get(`${url}/sim/v1/health`);
    expect(none).toEqual({ status: 401, body: { error: { code: 'unauthorized', message: expect.any(String) } } });
    expect((await get(`${url}/sim/v1/health`, { authorization: `Bearer ${token}x` })).status).toBe(401);
    expect((await get(`${url}/sim/v1/health`, { authorization: `Basic ${token}` })).status).toBe(401);
    expect((await get(`${url}/sim/v1/health`, { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  withOutsideAddress('serves a bearer from another address', async () => {
    const { port } = await start({ driverToken: token }, '0.0.0.0');
    expect((await get(`http://${outsideAddress}:${port}/sim/v1/health`, { authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await get(`http://${outsideAddress}:${port}/sim/v1/health`)).status).toBe(401);
  });

  it('the CLI sends SIMULATOR_DRIVER_TOKEN', async () => {
    const { url } = await start({ driverToken: token });
    const bin = fileURLToPath(new URL('../../bin/lunas-gateway-sim.mjs', import.meta.url));
    const run = (env: Record<string, string>) =>
      promisify(execFile)(process.execPath, [bin, 'clock', 'advance', '0', '--url', url], { env: { ...process.env, ...env } });
    const ok = await run({ SIMULATOR_DRIVER_TOKEN: token });
    expect(JSON.parse(ok.stdout)).toMatchObject({ fired: 0 });
    await expect(run({ SIMULATOR_DRIVER_TOKEN: '' })).rejects.toMatchObject({ stderr: expect.stringContaining('HTTP 401') });
  }, 30_000);
});

describe('lunas-gateway-sim start', () => {
  it('binds 127.0.0.1 by default and never prints the server key', async () => {
    const secret = 'SB-Mid-server-do-not-print-me-42';
    const bin = fileURLToPath(new URL('../../bin/lunas-gateway-sim.mjs', import.meta.url));
    const env: NodeJS.ProcessEnv = { ...process.env, MIDTRANS_SERVER_KEY: secret, SIMULATOR_PORT: '0', MIDTRANS_NOTIFICATION_URL: '' };
    delete env.SIMULATOR_HOST;
    const child = spawn(process.execPath, [bin, 'start'], { env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 20_000);
        child.stdout.on('data', () => {
          if (out.includes('Driver API') && out.includes('loopback')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      expect(out).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
      expect(out).toContain('Server key    from MIDTRANS_SERVER_KEY (not shown)');
      expect(out).not.toContain(secret);
      expect(out).not.toContain(Buffer.from(`${secret}:`).toString('base64'));
      const port = /127\.0\.0\.1:(\d+)/.exec(out)?.[1];
      const config = await (await fetch(`http://127.0.0.1:${port}/sim/v1/config`)).text();
      expect(config).not.toContain(secret);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});
