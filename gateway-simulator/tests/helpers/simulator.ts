import { createRequire } from 'node:module';
import midtransClient from 'midtrans-client';
import { createSimulator, type SimulatorOptions } from '../../src/index.js';
import { basicAuth, httpCaller, jsonBody, uniqueId, type HttpAnswer, type HttpCall } from './http.js';
import { rejectsWith } from './sdk-error.js';
import { startReceiver, type Receiver } from './receiver.js';

// Starts a simulator on a free port and points the *official* midtrans-client at it by
// reassigning ApiConfig's sandbox base-URL statics (docs/midtrans.md §2).
export const SERVER_KEY = 'SB-Mid-server-test-key';
export const CLIENT_KEY = 'SB-Mid-client-test-key';

const require = createRequire(import.meta.url);
const ApiConfig = require('midtrans-client/lib/apiConfig.js') as { CORE_SANDBOX_BASE_URL: string; SNAP_SANDBOX_BASE_URL: string };

type StatusAndBody = Omit<HttpAnswer, 'headers'>;

export interface TestSim {
  url: string;
  snap: InstanceType<typeof midtransClient.Snap>;
  core: InstanceType<typeof midtransClient.CoreApi>;
  stop(): Promise<void>;
  reset(): void;
  /** POST/GET the driver API; resolves { status, body }. */
  driver(method: string, path: string, body?: unknown): Promise<StatusAndBody>;
  /** Raw HTTP with the server key's Basic auth (for what midtrans-client can't send). */
  raw(method: string, path: string, body?: string, headers?: Record<string, string>): Promise<StatusAndBody>;
}

export async function startTestSimulator(options: Partial<SimulatorOptions> = {}): Promise<TestSim> {
  const sim = createSimulator({ serverKey: SERVER_KEY, clientKey: CLIENT_KEY, quiet: true, retryTimeScale: 0.00001, ...options });
  const { url } = await sim.start(0);
  ApiConfig.CORE_SANDBOX_BASE_URL = url;
  ApiConfig.SNAP_SANDBOX_BASE_URL = `${url}/snap/v1`;
  const snap = new midtransClient.Snap({ isProduction: false, serverKey: SERVER_KEY, clientKey: CLIENT_KEY });
  const core = new midtransClient.CoreApi({ isProduction: false, serverKey: SERVER_KEY, clientKey: CLIENT_KEY });
  const http = httpCaller(url);
  // Midtrans's tests compare whole answers ({ status, body }), so the headers stay out.
  const call = (...args: Parameters<HttpCall>): Promise<StatusAndBody> => http(...args).then(({ status, body }) => ({ status, body }));
  return {
    url,
    snap,
    core,
    stop: () => sim.stop(),
    reset: () => sim.reset(),
    driver: (method, path, body) => call(method, `/sim/v1${path}`, jsonBody(body)),
    raw: (method, path, body, headers = {}) => call(method, path, body, { authorization: basicAuth(SERVER_KEY), ...headers }),
  };
}

/** A fresh order_id per test, so tests never collide on Midtrans's order_id rules. */
export const orderId = (prefix = 'order'): string => uniqueId(prefix);

export const snapParams = (id: string, amount = 10_000, extra: Record<string, unknown> = {}) => ({
  transaction_details: { order_id: id, gross_amount: amount },
  ...extra,
});

/** Expects the promise to reject with a MidtransError and returns it. */
export const midtransError = (promise: Promise<unknown>): Promise<any> => rejectsWith(promise, midtransClient.MidtransError);

/** A simulator whose dashboard notification URL is a fresh local receiver's `/notify`. */
export async function startWithReceiver(options: Partial<SimulatorOptions> = {}): Promise<{ sim: TestSim; receiver: Receiver }> {
  const receiver = await startReceiver();
  const sim = await startTestSimulator({ notificationUrl: `${receiver.url}/notify`, ...options });
  return { sim, receiver };
}

export async function stopAll(sim: TestSim | undefined, receiver: Receiver | undefined): Promise<void> {
  await sim?.stop();
  await receiver?.close();
}
