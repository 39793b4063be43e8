import type { ChaosStore } from '../chaos.js';
import type { FaultStore } from '../faults.js';
import type { SimClock } from '../../kit/clock.js';
import type { Notifier } from '../../kit/delivery/notifier.js';
import type { ResolvedOptions } from '../options.js';
import type { Store } from '../store/store.js';

/** Everything the engine functions and routers share; built once per simulator in index.ts. */
export interface SimContext {
  opts: ResolvedOptions;
  store: Store;
  clock: SimClock;
  notifier: Notifier;
  chaos: ChaosStore;
  faults: FaultStore;
  /** Base URL for redirect_url / action URLs (publicUrl, else where it listens). */
  publicUrl(): string;
  log(line: string): void;
}
