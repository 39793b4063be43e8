// Writes from this process go to the database a few at a time, in order of arrival.
// SQLite (behind the embedded FerretDB) has one writer: a second write transaction
// that finds the lock taken does not queue for it, it sleeps in SQLite's busy handler
// (1, 2, 5 … up to 100 ms between tries) and so keeps sleeping after the lock is free.
// Measured with the webhook at 200/s, single inserts that cost 1.3 ms alone took 200 ms
// at the median and up to 1.6 s. One write at a time never meets a taken lock, and the
// insert batchers (insert-batcher.ts) gather what arrives meanwhile into their next
// write. MongoDB takes concurrent writes well: there the lane is wider.
import { refusals, trackWriteLane } from './queue-depths.js';

/**
 * Refused at once: too many writes wait already. Named like the driver's network errors
 * (payments/notification-service.ts): the database is busy, not broken; the webhook
 * answers 503 and Midtrans retries.
 */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
}

/** A write whose caller stopped waiting before its turn came: it is not sent. */
export class WriteAbandonedError extends Error {
  override name = 'WriteAbandonedError';
}

interface Turn {
  start(): void;
}

/**
 * Writes that may wait for their turn. Each waits at most the operation deadline (4 s), so
 * the queue is bounded in time already; this bounds it in memory too: at ~1 ms a write on
 * either database, 10,000 waiting are ten seconds of work, past any caller's deadline.
 */
export const MAX_QUEUED_WRITES = 10_000;

export class WriteLane {
  private running = 0;
  private readonly waiting: Turn[] = [];

  constructor(
    readonly width: number,
    readonly maxQueued = MAX_QUEUED_WRITES,
  ) {
    if (!Number.isInteger(width) || width < 1) throw new Error(`a write lane is at least 1 wide, not ${width}`);
    trackWriteLane(this);
  }

  /** Writes waiting for their turn (metrics, tests). */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `work` when fewer than `width` writes are running. If `abandoned()` says so by
   * then (the caller's deadline passed), the write is not sent at all. With `maxQueued`
   * writes waiting already, it is refused at once (DatabaseBusyError), and nothing is sent.
   */
  run<T>(work: () => Promise<T>, abandoned: () => boolean = () => false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.waiting.length >= this.maxQueued) {
        refusals.writeLane++;
        reject(new DatabaseBusyError(`${this.waiting.length} writes wait already; retry`));
        return;
      }
      const turn: Turn = {
        start: () => {
          if (abandoned()) {
            reject(new WriteAbandonedError('the write waited past its deadline and was not sent'));
            return;
          }
          this.running++;
          work()
            .then(resolve, reject)
            .finally(() => {
              this.running--;
              this.next();
            });
        },
      };
      if (this.running < this.width && this.waiting.length === 0) turn.start();
      else this.waiting.push(turn);
    });
  }

  private next(): void {
    while (this.running < this.width && this.waiting.length > 0) this.waiting.shift()!.start();
  }
}
