// Xendit's part of `createSimulator()`'s options (defaults in defaults.ts).
/** What `createSimulator({ xendit })` takes; every field has the published default. */
export interface XenditOptions {
  secretKey?: string;
  callbackToken?: string;
  /** The dashboard's invoice callback URL; comma-separated for several. */
  callbackUrl?: string;
  /** The dashboard box "also notify when an invoice has expired" (default ticked). */
  notifyExpired?: boolean;
  /** How long a callback attempt waits; Xendit waits 30 s. */
  callbackTimeoutMs?: number;
}
