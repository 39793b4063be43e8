// A payment notification, from raw body to answer: log first, verify, then apply only
// what the gateway itself confirms. The HTTP edge maps the answer's kind to a status.
import { createHash } from 'node:crypto';
import { GatewayError, TransientError } from './errors.js';
import type { OrderChangeService } from './order-change-service.js';
import { paymentOf, type Order } from './order.js';
import { isIgnored, type IgnoredEvent, type PaymentEvent } from './payment-event.js';
import { NO_METRICS, type Clock, type Logger, type PaymentGateway, type PaymentMetrics } from './ports.js';

/** What the gateway adapter makes of a raw body. Only `claim` comes from unsigned fields. */
export type VerifiedNotification =
  | { verdict: 'malformed'; reason: string; orderId?: string; transactionStatus?: string }
  | { verdict: 'invalid_signature'; orderId: string; transactionStatus: string }
  | { verdict: 'test'; orderId: string; transactionStatus: string }
  | {
      verdict: 'valid';
      orderId: string;
      transactionStatus: string;
      claim: PaymentEvent | IgnoredEvent;
      /** A refund's outcome claimed (Xendit's refund callbacks): only which refund to ask about. */
      refundClaim?: { gatewayRefundId: string };
    };

/** A delivery's headers as Node gives them: lower-case names, repeated headers as arrays. */
export type NotificationHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** One gateway's check of its deliveries: some sign the body, some send a token in a header. */
export interface NotificationVerifier {
  verify(headers: NotificationHeaders, rawBody: string): VerifiedNotification;
}

export interface ReceivedNotification {
  receivedAt: Date;
  requestId?: string;
  verdict: VerifiedNotification['verdict'];
  orderId?: string;
  transactionStatus?: string;
  /** The whole body when valid; a bounded prefix otherwise (see `truncated`). */
  body: string;
  truncated: boolean;
  bodySha256: string;
  bodyBytes: number;
}

export interface NotificationOutcome {
  outcome: string;
  reason?: string;
  httpStatus: number;
}

/** A stored delivery with its outcome, when known (the operator desk's notification log). */
export interface StoredNotification extends ReceivedNotification {
  id: string;
  outcome?: NotificationOutcome;
}

/** Where a page of an order's log starts: after this delivery. */
export interface NotificationCursor {
  receivedAt: Date;
  id: string;
}

export interface NotificationLog {
  /**
   * Stores a delivery before anything acts on it; returns its id. Throws if it cannot.
   * A bounded number of rejected deliveries is kept with the order they name; the rest
   * are stored apart, counted but never shown with it.
   */
  received(entry: ReceivedNotification): Promise<string>;
  /** Adds the outcome to a stored delivery (best effort: it never throws). */
  outcome(id: string, outcome: NotificationOutcome): void;
  /** One page of an order's deliveries that passed the signature check (valid or the dashboard's test), newest first. */
  forOrder(orderId: string, page: { first: number; after?: NotificationCursor }): Promise<StoredNotification[]>;
  /** How many deliveries naming the order failed the check or could not be read. */
  rejectedCount(orderId: string): Promise<number>;
  /** The newest of those kept with the order, newest first (a bounded number). */
  rejectedKept(orderId: string): Promise<StoredNotification[]>;
}

/** Verdicts of deliveries that passed the signature check. */
export const PASSED_VERDICTS: ReadonlySet<ReceivedNotification['verdict']> = new Set(['valid', 'test']);

export type NotificationAnswer =
  | { kind: 'done'; outcome: 'applied' | 'unchanged' | 'rejected' | 'ignored' | 'unknown_order'; reason?: string; orderStatus?: string }
  | { kind: 'malformed'; reason: string }
  | { kind: 'bad_signature' }
  | { kind: 'unavailable'; reason: string };

/** What an invalid body may keep in the log: enough to recognise it, not enough to fill the disk. */
export const INVALID_BODY_PREFIX = 512;

export class NotificationService {
  constructor(
    private readonly deps: {
      verifier: NotificationVerifier;
      log: NotificationLog;
      changes: OrderChangeService;
      gateway: PaymentGateway;
      clock: Clock;
      logger: Logger;
      metrics?: PaymentMetrics;
      /**
       * Settles our refund with this gateway id from the gateway's own record of it
       * (never from the body); nothing when no refund of ours has the id.
       */
      settleRefund?: (gatewayRefundId: string) => Promise<'settled' | 'pending' | 'unknown_refund'>;
    },
  ) {}

  private get metrics(): PaymentMetrics {
    return this.deps.metrics ?? NO_METRICS;
  }

  /** Maps an answer's kind to the HTTP status Midtrans's retry policy wants (docs/midtrans.md §8). */
  static httpStatus(answer: NotificationAnswer): number {
    switch (answer.kind) {
      case 'done':
        return 200;
      case 'malformed':
        return 400;
      case 'bad_signature':
        return 401;
      case 'unavailable':
        return 503;
    }
  }

  async receive(rawBody: string, meta: { requestId?: string; headers?: NotificationHeaders } = {}): Promise<NotificationAnswer> {
    const { verifier, log, logger } = this.deps;
    const metrics = this.metrics;
    let started = performance.now();
    const verified = verifier.verify(meta.headers ?? {}, rawBody);
    metrics.webhookStage('verify', (performance.now() - started) / 1000);
    const valid = verified.verdict === 'valid' || verified.verdict === 'test';
    const bytes = Buffer.byteLength(rawBody);
    const truncated = !valid && rawBody.length > INVALID_BODY_PREFIX;

    // Stored before anything acts on it; the order is read meanwhile (reading is not acting).
    started = performance.now();
    const logging = log.received({
      receivedAt: this.deps.clock.now(),
      ...(meta.requestId ? { requestId: meta.requestId } : {}),
      verdict: verified.verdict,
      ...(verified.orderId ? { orderId: verified.orderId } : {}),
      ...(verified.transactionStatus ? { transactionStatus: verified.transactionStatus } : {}),
      body: truncated ? rawBody.slice(0, INVALID_BODY_PREFIX) : rawBody,
      truncated,
      bodySha256: createHash('sha256').update(rawBody).digest('hex'),
      bodyBytes: bytes,
    });
    const logged = logging.then(
      (id) => {
        metrics.webhookStage('log', (performance.now() - started) / 1000);
        return id;
      },
      (error: unknown) => {
        // Nothing is done with a delivery we could not log; Midtrans will bring it again.
        logger.error('could not log a notification; answering 503', { orderId: verified.orderId, error: String(error) });
        throw new NotLogged();
      },
    );
    logged.catch(() => undefined);

    let answer: NotificationAnswer;
    let logId: string;
    try {
      answer = await this.act(verified, logged);
      logId = await logged;
    } catch (error) {
      if (error instanceof NotLogged) return { kind: 'unavailable', reason: 'the notification log is unavailable' };
      throw error;
    }
    const outcome = answer.kind === 'done' ? answer.outcome : answer.kind;
    metrics.notification(verified.verdict, outcome, verified.transactionStatus);
    log.outcome(logId, {
      outcome,
      ...('reason' in answer && answer.reason ? { reason: answer.reason } : {}),
      httpStatus: NotificationService.httpStatus(answer),
    });
    return answer;
  }

  private async act(verified: VerifiedNotification, logged: Promise<string>): Promise<NotificationAnswer> {
    const { changes, gateway, logger } = this.deps;
    switch (verified.verdict) {
      case 'malformed':
        return { kind: 'malformed', reason: verified.reason };
      case 'invalid_signature':
        logger.warn('notification with an invalid signature_key', { orderId: verified.orderId });
        return { kind: 'bad_signature' };
      case 'test':
        return { kind: 'done', outcome: 'ignored', reason: 'dashboard test notification' };
      case 'valid':
        break;
    }
    if (verified.refundClaim && this.deps.settleRefund) {
      await logged; // stored before anything is done with it (a failure here is NotLogged: 503)
      return this.settleRefund(verified.refundClaim.gatewayRefundId);
    }
    if (isIgnored(verified.claim)) return { kind: 'done', outcome: 'ignored', reason: verified.claim.reason };
    const { orderId } = verified;
    const timings = { publishMs: 0 };
    let confirmMs = 0;
    const confirm = async (order: Order) => {
      const started = performance.now();
      try {
        return await gateway.fetchStatus(paymentOf(order));
      } finally {
        confirmMs = performance.now() - started;
      }
    };
    try {
      const started = performance.now();
      const result = await changes.applyClaim(orderId, verified.claim, confirm, { timings, logged });
      const metrics = this.metrics;
      if (confirmMs) metrics.webhookStage('confirm', confirmMs / 1000);
      metrics.webhookStage('publish', timings.publishMs / 1000);
      metrics.webhookStage('database', (performance.now() - started - confirmMs - timings.publishMs) / 1000);
      if (result.outcome === 'unknown_order') {
        logger.warn('notification for an unknown order', { orderId });
        return { kind: 'done', outcome: 'unknown_order', reason: 'unknown order' };
      }
      if (result.outcome === 'rejected') logger.warn('notification not applied', { orderId, reason: result.reason });
      return {
        kind: 'done',
        outcome: result.outcome === 'changed' ? 'applied' : result.outcome,
        reason: result.reason,
        orderStatus: result.order.status,
      };
    } catch (error) {
      if (error instanceof GatewayError && error.kind !== 'rejected') {
        logger.warn('could not confirm a notification with the gateway; answering 503', {
          orderId,
          kind: error.kind,
          error: error.message,
        });
        return { kind: 'unavailable', reason: 'payment status could not be confirmed' };
      }
      if (error instanceof NotLogged) throw error;
      if (error instanceof TransientError || isDatabaseUnavailable(error)) {
        logger.warn('transient failure handling a notification; answering 503', { orderId, error: String(error) });
        return { kind: 'unavailable', reason: 'temporarily unavailable' };
      }
      throw error;
    }
  }

  /** A refund callback is a prompt to ask: the gateway's record decides, so a forged one changes nothing. */
  private async settleRefund(gatewayRefundId: string): Promise<NotificationAnswer> {
    try {
      const result = await this.deps.settleRefund!(gatewayRefundId);
      if (result === 'unknown_refund') return { kind: 'done', outcome: 'ignored', reason: 'no refund of ours has this id' };
      return { kind: 'done', outcome: result === 'settled' ? 'applied' : 'unchanged', reason: `refund ${result}` };
    } catch (error) {
      if (error instanceof GatewayError && error.kind === 'rejected') {
        return { kind: 'done', outcome: 'rejected', reason: error.message.slice(0, 200) };
      }
      if (error instanceof GatewayError || error instanceof TransientError || isDatabaseUnavailable(error)) {
        this.deps.logger.warn('could not settle a refund from its callback; answering 503', { gatewayRefundId, error: String(error) });
        return { kind: 'unavailable', reason: 'refund could not be confirmed' };
      }
      throw error;
    }
  }
}

/** The delivery could not be stored first, so nothing may be done with it. */
class NotLogged extends Error {}

/**
 * The MongoDB driver's network and selection errors, and the store's refusal when its
 * queues are full (DatabaseBusy): the database is away or busy, not broken.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? '';
  return /MongoNetwork|MongoServerSelection|MongoNotConnected|MongoPoolCleared|MongoTopologyClosed|MongoNetworkTimeout|DatabaseBusy/.test(
    name,
  );
}
