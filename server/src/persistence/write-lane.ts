// Writes from this process go to the database a few at a time, in order of arrival.
// SQLite (behind the embedded FerretDB) has one writer: a second write transaction
// that finds the lock taken does not queue for it, it sleeps in SQLite's busy handler
// (1, 2, 5 … up to 100 ms between tries) and so keeps sleeping after the lock is free.
// Measured with the webhook at 200/s, single inserts that cost 1.3 ms alone took 200 ms
// at the median and up to 1.6 s. One write at a time never meets a taken lock, and the
// insert batchers (insert-batcher.ts) gather what arrives meanwhile into their next
// write. MongoDB takes concurrent writes well: there the lane is wider.

/** A write whose caller stopped waiting before its turn came: it is not sent. */
export class WriteAbandonedError extends Error {
  override name = 'WriteAbandonedError';
}

interface Turn {
  start(): void;
}

export class WriteLane {
  private running = 0;
  private readonly waiting: Turn[] = [];

  constructor(readonly width: number) {
    if (!Number.isInteger(width) || width < 1) throw new Error(`a write lane is at least 1 wide, not ${width}`);
  }

  /** Writes waiting for their turn (metrics, tests). */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `work` when fewer than `width` writes are running. If `abandoned()` says so by
   * then (the caller's deadline passed), the write is not sent at all.
   */
  run<T>(work: () => Promise<T>, abandoned: () => boolean = () => false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
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
