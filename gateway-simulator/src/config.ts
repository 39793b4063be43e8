import { DEFAULT_CLIENT_KEY, DEFAULT_NOTIFICATION_URL, DEFAULT_PORT, DEFAULT_SERVER_KEY } from './midtrans/defaults.js';
import { XENDIT_SIMULATOR_DEFAULTS } from './xendit/defaults.js';
import type { XenditOptions } from './xendit/options.js';

// The only reader of process.env (for the CLI / `npm run simulator`); parsed once, with clear
// messages. Library users pass SimulatorOptions to createSimulator() instead.
export interface CliConfig {
  serverKey: string;
  clientKey: string;
  port: number;
  host: string;
  notificationUrl: string;
  retryTimeScale: number;
  publicUrl?: string;
  merchantId: string;
  quiet: boolean;
  /** Where the client commands (pay, settle, tail…) find a running simulator. */
  simulatorUrl: string;
  /** Bearer token of the driver API; the client commands send it too. */
  driverToken?: string;
  /** XENDIT_SECRET_KEY, XENDIT_CALLBACK_TOKEN, XENDIT_CALLBACK_URL, XENDIT_NOTIFY_EXPIRED. */
  xendit: Required<Pick<XenditOptions, 'secretKey' | 'callbackToken' | 'callbackUrl' | 'notifyExpired'>>;
}

export class ConfigError extends Error {}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, check: (n: number) => boolean, rule: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || !check(n)) throw new ConfigError(`${name} must be ${rule} (got "${raw}")`);
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): CliConfig {
  const port = number(env, 'SIMULATOR_PORT', DEFAULT_PORT, (n) => Number.isInteger(n) && n >= 0 && n < 65536, 'a port number');
  return {
    serverKey: env.MIDTRANS_SERVER_KEY || DEFAULT_SERVER_KEY,
    clientKey: env.MIDTRANS_CLIENT_KEY || DEFAULT_CLIENT_KEY,
    port,
    host: env.SIMULATOR_HOST || '127.0.0.1',
    notificationUrl: env.MIDTRANS_NOTIFICATION_URL ?? DEFAULT_NOTIFICATION_URL,
    retryTimeScale: number(env, 'SIMULATOR_RETRY_TIME_SCALE', 1, (n) => n >= 0, 'a number ≥ 0'),
    publicUrl: env.SIMULATOR_PUBLIC_URL || undefined,
    merchantId: env.MIDTRANS_MERCHANT_ID || 'G000000001',
    quiet: env.SIMULATOR_QUIET === '1' || env.SIMULATOR_QUIET === 'true',
    driverToken: env.SIMULATOR_DRIVER_TOKEN || undefined,
    xendit: {
      secretKey: env.XENDIT_SECRET_KEY || XENDIT_SIMULATOR_DEFAULTS.secretKey,
      callbackToken: env.XENDIT_CALLBACK_TOKEN || XENDIT_SIMULATOR_DEFAULTS.callbackToken,
      // Set but empty means "no callback URL" (as MIDTRANS_NOTIFICATION_URL does).
      callbackUrl: env.XENDIT_CALLBACK_URL ?? XENDIT_SIMULATOR_DEFAULTS.callbackUrl,
      notifyExpired: flag(env, 'XENDIT_NOTIFY_EXPIRED', XENDIT_SIMULATOR_DEFAULTS.notifyExpired),
    },
    simulatorUrl: (env.SIMULATOR_URL || `http://127.0.0.1:${port || DEFAULT_PORT}`).replace(/\/+$/, ''),
  };
}
