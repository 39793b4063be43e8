import type { ChaosStore, DeliveryChaos } from '../chaos.js';
import { uuid } from '../util/ids.js';
import { deliver, type AttemptResult } from './deliver.js';
import { DeliveryLog, type DeliveryKind, type DeliveryRecord } from './delivery-log.js';
import { isDelivered, type AttemptOutcome } from './outcome.js';

// Sends notifications to every target URL and retries them on the gateway's schedule, which
// the gateway injects with its headers (Midtrans: docs/midtrans.md §8; Xendit: docs/xendit.md).
// Retries wait real time (× retryTimeScale), not simulated clock time: they model the
// merchant's endpoint recovering, not the payment's lifetime.

/** A gateway's retry rules: how many retries an outcome earns, and the wait before each. */
export interface RetrySchedule {
  retriesAllowed(outcome: AttemptOutcome): number;
  /** Real ms before retry number `retry` (1-based), already multiplied by `timeScale`. */
  delayMs(retry: number, timeScale: number): number;
}

export interface NotificationEvent {
  eventId: string;
  orderId: string;
  transactionStatus: string;
  payload: Record<string, unknown>;
  urls: string[];
  createdAt: Date;
}

export interface NotifierOptions {
  /** Read at each retry, so PUT /sim/v1/config can change it. */
  retryTimeScale: () => number;
  timeoutMs: number;
  chaos: ChaosStore<DeliveryChaos>;
  schedule: RetrySchedule;
  /** Headers of every attempt, authentication included (read per attempt: chaos may change them). */
  headers: (event: NotificationEvent, chaos: DeliveryChaos) => Record<string, string>;
  log: (line: string) => void;
}

interface Held {
  event: NotificationEvent;
  timer: NodeJS.Timeout;
}

const DEFAULT_HOLD_MS = 1_000;

export class Notifier {
  readonly deliveries = new DeliveryLog();
  readonly events = new Map<string, NotificationEvent>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly held = new Map<string, Held>();
  private stopped = false;
  /** Bumped by reset(): attempts already on the wire when it happens are not logged or retried. */
  private generation = 0;

  constructor(private readonly opts: NotifierOptions) {}

  /**
   * Sends a new notification. Resolves with the first attempt of each copy once made
   * (empty while out-of-order chaos holds it back); retries go on in the background.
   */
  publish(input: Omit<NotificationEvent, 'eventId' | 'createdAt'>): { eventId: string; sent: Promise<DeliveryRecord[]> } {
    const event: NotificationEvent = { ...input, eventId: uuid(), createdAt: new Date() };
    this.events.set(event.eventId, event);
    return { eventId: event.eventId, sent: this.send(event) };
  }

  private async send(event: NotificationEvent): Promise<DeliveryRecord[]> {
    if (event.urls.length === 0) return [];
    const chaos = this.opts.chaos.for(event.orderId);

    const previouslyHeld = this.held.get(event.orderId);
    if (chaos.outOfOrder && !previouslyHeld) {
      const timer = this.later(chaos.holdMs ?? DEFAULT_HOLD_MS, () => void this.releaseHeld(event.orderId));
      this.held.set(event.orderId, { event, timer });
      return [];
    }
    const sent = await this.firstAttempts(event, chaos, 'initial');
    if (previouslyHeld) await this.releaseHeld(event.orderId);
    return sent;
  }

  /** Sends an earlier event again; `times` copies, all at once when `concurrent`. */
  async resend(eventId: string, times = 1, concurrent = false): Promise<DeliveryRecord[]> {
    const event = this.events.get(eventId);
    if (!event) return [];
    const chaos = this.opts.chaos.for(event.orderId);
    const one = () => Promise.all(event.urls.map((url) => this.attempt(event, url, 1, 'resend', chaos)));
    if (concurrent) return (await Promise.all(Array.from({ length: times }, one))).flat();
    const out: DeliveryRecord[] = [];
    for (let i = 0; i < times; i++) out.push(...(await one()));
    return out;
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
  }

  reset(): void {
    this.generation++;
    this.clearTimers();
    this.events.clear();
    this.deliveries.reset();
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.held.clear();
  }

  private async releaseHeld(orderId: string): Promise<void> {
    const held = this.held.get(orderId);
    if (!held) return;
    this.held.delete(orderId);
    clearTimeout(held.timer);
    this.timers.delete(held.timer);
    await this.firstAttempts(held.event, this.opts.chaos.for(orderId), 'initial');
  }

  private async firstAttempts(event: NotificationEvent, chaos: DeliveryChaos, kind: DeliveryKind): Promise<DeliveryRecord[]> {
    if (chaos.delayMs) await new Promise<void>((resolve) => this.later(chaos.delayMs ?? 0, resolve));
    const copies = 1 + (chaos.duplicate ?? 0);
    const attempts = event.urls.flatMap((url) =>
      Array.from({ length: copies }, (_, i) => this.attempt(event, url, 1, i === 0 ? kind : 'duplicate', chaos)),
    );
    return Promise.all(attempts);
  }

  private async attempt(
    event: NotificationEvent,
    url: string,
    attempt: number,
    kind: DeliveryKind,
    chaos: DeliveryChaos,
  ): Promise<DeliveryRecord> {
    const body = JSON.stringify(event.payload);
    const generation = this.generation;
    const sentAt = new Date();
    const result: AttemptResult =
      kind !== 'resend' && attempt <= (chaos.dropFirst ?? 0)
        ? { outcome: { kind: 'dropped' }, latencyMs: 0, redirects: [] }
        : await deliver(url, body, this.opts.timeoutMs, this.opts.headers(event, chaos));

    const retriesDone = attempt - 1;
    const current = generation === this.generation && !this.stopped;
    const retry = current && !isDelivered(result.outcome) && retriesDone < this.opts.schedule.retriesAllowed(result.outcome);
    const delay = retry ? this.opts.schedule.delayMs(attempt, this.opts.retryTimeScale()) : 0;
    const entry = {
      event_id: event.eventId,
      order_id: event.orderId,
      transaction_status: String(event.payload.transaction_status ?? event.transactionStatus),
      url,
      attempt,
      kind,
      request_body: event.payload,
      response_status: result.outcome.kind === 'response' ? result.outcome.status : null,
      ...resultOf(result.outcome),
      response_body: result.responseBody,
      redirects: result.redirects,
      latency_ms: result.latencyMs,
      sent_at: sentAt.toISOString(),
      next_retry_at: retry ? new Date(Date.now() + delay).toISOString() : undefined,
    };
    const record = current ? this.deliveries.add(entry) : { seq: 0, ...entry };
    this.opts.log(
      `→ ${record.transaction_status.padEnd(14)} ${event.orderId} ${url} ${record.response_status ?? record.result}` +
        ` (${record.latency_ms} ms, attempt ${attempt}${retry ? `, retry in ${Math.round(delay)} ms` : ''})`,
    );
    if (retry) {
      this.later(delay, () => {
        void this.attempt(event, url, attempt + 1, 'retry', this.opts.chaos.for(event.orderId));
      });
    }
    return record;
  }

  private later(ms: number, fn: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
    return timer;
  }
}

function resultOf(o: AttemptOutcome): Pick<DeliveryRecord, 'result' | 'error'> {
  switch (o.kind) {
    case 'response':
      if (o.status >= 200 && o.status < 300) return { result: 'delivered' };
      if (o.status === 301 || o.status === 302 || o.status === 303) return { result: 'redirect_not_followed' };
      return { result: 'failed' };
    case 'timeout':
      return { result: 'timeout', error: 'no answer within the timeout' };
    case 'network':
      return { result: 'network_error', error: o.message };
    case 'dropped':
      return { result: 'dropped', error: 'dropped by chaos (dropFirst): never sent; each gateway retries it as its rules say' };
  }
}
