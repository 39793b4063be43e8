// The Midtrans simulator, from outside: its driver API (/sim/v1, loopback only) plays the
// shopper and the bank; its Core API (GET /v2/{order_id}/status) is the final truth.
import { SERVER_KEY } from './services.js';

export interface ChaosKnobs {
  duplicate?: number;
  outOfOrder?: boolean;
  dropFirst?: number;
  tamperSignature?: boolean;
  forgeStatus?: string;
}

/** One delivery attempt, as GET /sim/v1/notifications lists it. */
export interface Delivery {
  seq: number;
  event_id: string;
  order_id: string;
  transaction_status: string;
  attempt: number;
  kind: 'initial' | 'retry' | 'duplicate' | 'resend';
  request_body: Record<string, unknown>;
  response_status: number | null;
  result: string;
  latency_ms: number;
  /** What the API answered (its outcome and reason), when it answered. */
  response_body?: string;
  sent_at: string;
  next_retry_at?: string;
}

/** GET /v2/{id}/status: the fields the comparison needs. */
export interface MidtransStatus {
  status_code: string;
  transaction_status?: string;
  fraud_status?: string;
  gross_amount?: string;
  refund_amount?: string;
  transaction_id?: string;
  payment_type?: string;
  /** Each refund Midtrans made, with the refund_key it was asked with. */
  refunds?: { refund_key?: string; refund_amount?: string }[];
}

export interface DriverAnswer {
  status: number;
  body: unknown;
}

export class SimulatorClient {
  private readonly auth = `Basic ${Buffer.from(`${SERVER_KEY}:`).toString('base64')}`;

  constructor(private readonly simulatorUrl: string) {}

  async driver(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<DriverAnswer> {
    const res = await fetch(`${this.simulatorUrl}/sim/v1${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      // A driver call waits for the first delivery attempt, which waits up to 15 s for the API.
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // keep the text
    }
    return { status: res.status, body: parsed };
  }

  /** Failure injection per route (`PUT /sim/v1/faults`): the next requests fail or hang. */
  async setFaults(faults: { route: string; status?: number; timeoutMs?: number; count?: number }[]): Promise<void> {
    const answer = await this.driver('PUT', '/faults', faults);
    if (answer.status !== 200) throw new Error(`faults: ${answer.status} ${JSON.stringify(answer.body)}`);
  }

  async setChaos(orderId: string, knobs: ChaosKnobs): Promise<void> {
    const answer = await this.driver('PUT', `/transactions/${encodeURIComponent(orderId)}/chaos`, knobs);
    if (answer.status !== 200) throw new Error(`chaos for ${orderId}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }

  /** The signed body the simulator would send now for the order (no chaos applied), or null. */
  async notificationBody(orderId: string): Promise<Record<string, unknown> | null> {
    const answer = await this.driver('GET', `/transactions/${encodeURIComponent(orderId)}/notification-body`);
    return answer.status === 200 ? (answer.body as Record<string, unknown>) : null;
  }

  async deliveries(): Promise<Delivery[]> {
    const answer = await this.driver('GET', '/notifications');
    if (answer.status !== 200) throw new Error(`GET /sim/v1/notifications: ${answer.status}`);
    return (answer.body as { deliveries: Delivery[] }).deliveries;
  }

  /** Midtrans's own answer about the order, through the Core API as any merchant asks it. */
  async status(orderId: string): Promise<MidtransStatus> {
    const res = await fetch(`${this.simulatorUrl}/v2/${encodeURIComponent(orderId)}/status`, {
      headers: { authorization: this.auth, accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    });
    return (await res.json()) as MidtransStatus;
  }
}
