import { createRequire } from 'node:module';
import { createSimulator, XENDIT_SIMULATOR_DEFAULTS, type SimulatorOptions } from '../../src/index.js';
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
  driver(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  /** Raw HTTP under /xendit with the secret key's Basic auth unless `auth` is given. */
  raw(
    method: string,
    path: string,
    body?: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers }>;
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
  const call = async (method: string, path: string, body: string | undefined, headers: Record<string, string>) => {
    const res = await fetch(url + path, { method, headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* keep text */
    }
    return { status: res.status, body: parsed as any, headers: res.headers };
  };
  return {
    url,
    xendit,
    receiver,
    driver: (method, path, body) => call(method, `/sim/v1/xendit${path}`, body === undefined ? undefined : JSON.stringify(body), {}),
    raw: (method, path, body, headers = {}) =>
      call(method, `/xendit${path}`, body, { authorization: `Basic ${Buffer.from(`${SECRET_KEY}:`).toString('base64')}`, ...headers }),
    async stop() {
      await sim.stop();
      await receiver?.close();
    },
  };
}

/** Expects the promise to reject with an XenditSdkError and returns it. */
export async function sdkError(promise: Promise<unknown>): Promise<InstanceType<typeof sdk.XenditSdkError>> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(sdk.XenditSdkError);
    return err as InstanceType<typeof sdk.XenditSdkError>;
  }
  throw new Error('expected an XenditSdkError, but the call succeeded');
}

let counter = 0;
export const externalId = (prefix = 'order'): string => `${prefix}-${Date.now()}-${++counter}`;
