import { createRequire } from 'node:module';
import { createSimulator, XENDIT_SIMULATOR_DEFAULTS, type SimulatorOptions } from '../../src/index.js';
import { basicAuth, httpCaller, jsonBody, uniqueId, type HttpAnswer } from './http.js';
import { rejectsWith } from './sdk-error.js';
import { startReceiver, type Receiver } from './receiver.js';
import { CLIENT_KEY, SERVER_KEY } from './simulator.js';

// A simulator on a free port with the *official* xendit-node 7 pointed at it through
// `xenditURL` (docs/xendit.md §1), and optionally a real local callback receiver.
const require = createRequire(import.meta.url);
// xendit-node is CommonJS; require keeps its classes (XenditSdkError for instanceof) as they are.
export const sdk = require('xendit-node') as typeof import('xendit-node');
export const SECRET_KEY = XENDIT_SIMULATOR_DEFAULTS.secretKey;
export const CALLBACK_TOKEN = XENDIT_SIMULATOR_DEFAULTS.callbackToken;

export interface XenditSim {
  url: string;
  xendit: InstanceType<typeof sdk.Xendit>;
  receiver?: Receiver;
  /** The driver API under /sim/v1/xendit; resolves { status, body }. */
  driver(method: string, path: string, body?: unknown): Promise<HttpAnswer>;
  /** Raw HTTP under /xendit with the secret key's Basic auth unless `headers` has its own. */
  raw(method: string, path: string, body?: string, headers?: Record<string, string>): Promise<HttpAnswer>;
  stop(): Promise<void>;
}

export async function startXenditSim(options: Partial<SimulatorOptions> & { receiver?: boolean } = {}): Promise<XenditSim> {
  const receiver = options.receiver ? await startReceiver() : undefined;
  const sim = createSimulator({
    serverKey: SERVER_KEY,
    clientKey: CLIENT_KEY,
    quiet: true,
    retryTimeScale: 0.00001,
    ...options,
    xendit: { callbackUrl: receiver ? `${receiver.url}/xendit` : '', ...options.xendit },
  });
  const { url } = await sim.start(0);
  const warn = console.warn;
  console.warn = () => {}; // the SDK warns that a development key is a test key
  const xendit = new sdk.Xendit({ secretKey: SECRET_KEY, xenditURL: `${url}/xendit` });
  console.warn = warn;
  const call = httpCaller(url);
  return {
    url,
    xendit,
    receiver,
    driver: (method, path, body) => call(method, `/sim/v1/xendit${path}`, jsonBody(body)),
    raw: (method, path, body, headers = {}) => call(method, `/xendit${path}`, body, { authorization: basicAuth(SECRET_KEY), ...headers }),
    async stop() {
      await sim.stop();
      await receiver?.close();
    },
  };
}

/** Expects the promise to reject with an XenditSdkError and returns it. */
export const sdkError = (promise: Promise<unknown>) => rejectsWith(promise, sdk.XenditSdkError);

/** A fresh external_id per test. */
export const externalId = (prefix = 'order'): string => uniqueId(prefix);
