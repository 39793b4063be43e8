// What Midtrans's side of `createSimulator()` takes, and its defaults.
import { splitUrls } from '../kit/util/urls.js';

/** Midtrans's part of `createSimulator()`'s options. */
export interface MidtransOptions {
  /** Basic-auth username Midtrans expects; also the signature key (docs/midtrans.md §1, §10). */
  serverKey: string;
  /** What snap.js's data-client-key and /v2/token's client_key must equal. */
  clientKey: string;
  /** Default Payment Notification URL (the dashboard setting); comma-separated for several. */
  notificationUrl?: string;
  merchantId?: string;
  /** Multiplies Midtrans's retry delays (1 = real 2/10/30/90/210 min); tests use ~0.0001. */
  retryTimeScale?: number;
  /** Base for redirect_url and action URLs; default = the URL it listens on. */
  publicUrl?: string;
  quiet?: boolean;
  /** How long a notification attempt waits for an answer; Midtrans waits 15 s (§8). */
  notificationTimeoutMs?: number;
  /** Shown on the payment page. */
  merchantName?: string;
  /**
   * Bearer token the driver API (/sim/v1) requires. Without one the driver API answers only
   * loopback clients (403 otherwise).
   */
  driverToken?: string;
}

export interface ResolvedOptions {
  serverKey: string;
  clientKey: string;
  notificationUrls: string[];
  merchantId: string;
  retryTimeScale: number;
  publicUrl?: string;
  quiet: boolean;
  notificationTimeoutMs: number;
  merchantName: string;
  driverToken?: string;
}

export function resolveOptions(opts: MidtransOptions): ResolvedOptions {
  if (!opts.serverKey) throw new Error('createSimulator: serverKey is required');
  if (!opts.clientKey) throw new Error('createSimulator: clientKey is required');
  return {
    serverKey: opts.serverKey,
    clientKey: opts.clientKey,
    notificationUrls: splitUrls(opts.notificationUrl),
    merchantId: opts.merchantId ?? 'G000000001',
    retryTimeScale: opts.retryTimeScale ?? 1,
    publicUrl: opts.publicUrl?.replace(/\/+$/, ''),
    quiet: opts.quiet ?? false,
    notificationTimeoutMs: opts.notificationTimeoutMs ?? 15_000,
    merchantName: opts.merchantName ?? 'Lunas (simulated merchant)',
    driverToken: opts.driverToken || undefined,
  };
}
