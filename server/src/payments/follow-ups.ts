// Short follow-up checks after a call whose outcome is unknown: the gateway's record is
// asked again a few seconds later, and again, until it answers. The reconciler asks too,
// so a check lost to a restart (these timers live in one process) is made later anyway.
import type { Logger } from './ports.js';

/** When to look again after an unknown outcome: soon, then a little later. */
export const FOLLOW_UP_DELAYS_MS: readonly number[] = [1_000, 3_000, 10_000];

export class FollowUps {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly logger: Logger,
    private readonly delaysMs: readonly number[] = FOLLOW_UP_DELAYS_MS,
  ) {}

  /**
   * Runs `check` after each delay until it returns true (settled). One series per key:
   * asking again for the same key starts its series over.
   */
  schedule(key: string, check: () => Promise<boolean>): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const next = (step: number) => {
      const delay = this.delaysMs[step];
      if (delay === undefined || this.stopped) return;
      const timer = setTimeout(() => {
        this.timers.delete(key);
        check().then(
          (settled) => settled || next(step + 1),
          (error: unknown) => {
            this.logger.warn('a follow-up check failed; trying again later', { key, error: String(error) });
            next(step + 1);
          },
        );
      }, delay);
      timer.unref();
      this.timers.set(key, timer);
    };
    next(0);
  }

  /** Series still waiting (tests and shutdown). */
  get pending(): number {
    return this.timers.size;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
