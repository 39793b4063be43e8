import { DEFAULT_CLIENT_KEY, DEFAULT_NOTIFICATION_URL, DEFAULT_PORT, DEFAULT_SERVER_KEY } from './defaults.js';

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
}

export class ConfigError extends Error {}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, check: (n: number) => boolean, rule: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || !check(n)) throw new ConfigError(`${name} must be ${rule} (got "${raw}")`);
  return n;
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
    simulatorUrl: (env.SIMULATOR_URL || `http://127.0.0.1:${port || DEFAULT_PORT}`).replace(/\/+$/, ''),
  };
}
