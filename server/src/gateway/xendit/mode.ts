// The one list of Xendit modes, and the simulator's published credentials: config
// parsing, the gateway and the guardrails all take them from here.
export const XENDIT_MODES = ['simulator', 'test', 'live'] as const;
export type XenditMode = (typeof XENDIT_MODES)[number];

/**
 * What the local Xendit simulator accepts by default (its docs publish them), so they
 * unlock nothing real and must never be used outside simulator mode. Change them here
 * if the simulator's defaults change.
 */
export const XENDIT_SIMULATOR_CREDENTIALS = {
  secretKey: 'xnd_development_lunas_simulator_key_0000000000000000',
  callbackToken: 'lunas-simulator-callback-token',
} as const;

/** Xendit's secret key prefixes: a test-mode key and a live one (Xendit dashboard → API keys). */
export const TEST_KEY_PREFIX = 'xnd_development_';
export const LIVE_KEY_PREFIX = 'xnd_production_';
