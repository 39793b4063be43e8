// What `createSimulator()` takes: Midtrans's options, and Xendit's under `xendit`.
import type { MidtransOptions } from './midtrans/options.js';
import type { XenditOptions } from './xendit/options.js';

export interface SimulatorOptions extends MidtransOptions {
  /** Xendit's side (secret key, callback URL and token…); published defaults when left out. */
  xendit?: XenditOptions;
}
