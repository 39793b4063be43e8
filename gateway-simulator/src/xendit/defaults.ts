// The simulator's published Xendit settings, used when none are configured. Local, documented
// and not secret: Lunas's Xendit adapter and its tests use the same values.
export const XENDIT_SIMULATOR_DEFAULTS = {
  /** Starts `xnd_development_`, so xendit-node takes it for a test key (docs/xendit.md §1). */
  secretKey: 'xnd_development_lunas_simulator_key_0000000000000000',
  /** Sent as `x-callback-token` on every callback (the dashboard's verification token). */
  callbackToken: 'lunas-simulator-callback-token',
  callbackUrl: 'http://127.0.0.1:4000/api/payments/xendit/notification',
  /** The dashboard box "Also notify my application when an invoice has expired", ticked. */
  notifyExpired: true,
  /** How long a callback attempt waits for an answer (docs/xendit.md §4). */
  callbackTimeoutMs: 30_000,
  /** The simulated account: user_id / business_id on every answer and callback. */
  businessId: '5f27a14a9bf05c73dd040bc8',
} as const;
