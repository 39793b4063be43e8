// The simulator's own time. It runs with the wall clock but can be pushed forward
// (`POST /sim/v1/clock/advance`), so expiries that take hours in Midtrans (docs/midtrans.md §20) fire on demand.
// Jobs are keyed to simulated time: a real timer wakes them when their time comes anyway,
// and `advance` runs every job that became due.

// setTimeout overflows above 2^31-1 ms; long jobs just re-arm when woken early.
const MAX_TIMER_MS = 2_147_483_647;

interface Job {
  id: number;
  dueAt: number;
  run: () => void | Promise<void>;
  timer?: NodeJS.Timeout;
}

export class SimClock {
  private offsetMs = 0;
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Run `run` once simulated time reaches `dueAt`; returns an id for `cancel`. */
  at(dueAt: Date, run: () => void | Promise<void>): number {
    const job: Job = { id: this.nextId++, dueAt: dueAt.getTime(), run };
    this.jobs.set(job.id, job);
    this.arm(job);
    return job.id;
  }

  cancel(id: number | undefined): void {
    if (id === undefined) return;
    const job = this.jobs.get(id);
    if (job?.timer) clearTimeout(job.timer);
    this.jobs.delete(id);
  }

  /** Move simulated time forward and run, in due order, every job that is now due. */
  async advance(seconds: number): Promise<{ now: Date; fired: number }> {
    this.offsetMs += Math.round(seconds * 1000);
    const fired = await this.runDue();
    for (const job of this.jobs.values()) this.arm(job);
    return { now: this.now(), fired };
  }

  /** Drop every job and the time offset (reset / stop). */
  reset(): void {
    for (const job of this.jobs.values()) if (job.timer) clearTimeout(job.timer);
    this.jobs.clear();
    this.offsetMs = 0;
  }

  private arm(job: Job): void {
    if (job.timer) clearTimeout(job.timer);
    const delay = Math.min(Math.max(job.dueAt - this.now().getTime(), 0), MAX_TIMER_MS);
    job.timer = setTimeout(() => {
      if (job.dueAt <= this.now().getTime()) void this.runDue();
      else this.arm(job);
    }, delay);
    job.timer.unref();
  }

  /**
   * Runs due jobs in due order, including jobs that running ones schedule at a time already
   * passed (a daily subscription after the clock jumped three days charges three times before
   * `advance` returns). The cap only guards against a job that keeps rescheduling itself in
   * the past.
   */
  private async runDue(): Promise<number> {
    let fired = 0;
    for (let round = 0; round < 10_000; round++) {
      const now = this.now().getTime();
      const next = [...this.jobs.values()].filter((j) => j.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt)[0];
      if (!next) break;
      if (next.timer) clearTimeout(next.timer);
      this.jobs.delete(next.id);
      await next.run();
      fired++;
    }
    return fired;
  }
}
