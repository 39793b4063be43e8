// Every delivery attempt, like the dashboard's notification history (docs/midtrans.md §8).
export type DeliveryKind = 'initial' | 'retry' | 'duplicate' | 'resend';

export interface DeliveryRecord {
  /** Increasing number, so `tail` can ask for what came after. */
  seq: number;
  event_id: string;
  order_id: string;
  transaction_status: string;
  url: string;
  attempt: number;
  kind: DeliveryKind;
  request_body: Record<string, unknown>;
  /** HTTP status the receiver answered; null for timeouts, connection errors and drops. */
  response_status: number | null;
  result: 'delivered' | 'failed' | 'redirect_not_followed' | 'timeout' | 'network_error' | 'dropped';
  error?: string;
  response_body?: string;
  redirects: string[];
  latency_ms: number;
  sent_at: string;
  /** When the next retry is due (real time), if one is scheduled. */
  next_retry_at?: string;
}

export class DeliveryLog {
  private records: DeliveryRecord[] = [];
  private seq = 0;

  add(record: Omit<DeliveryRecord, 'seq'>): DeliveryRecord {
    const full = { seq: ++this.seq, ...record };
    this.records.push(full);
    return full;
  }

  list(filter: { orderId?: string; eventId?: string; after?: number } = {}): DeliveryRecord[] {
    return this.records.filter(
      (r) =>
        (filter.orderId === undefined || r.order_id === filter.orderId) &&
        (filter.eventId === undefined || r.event_id === filter.eventId) &&
        (filter.after === undefined || r.seq > filter.after),
    );
  }

  reset(): void {
    this.records = [];
  }
}
