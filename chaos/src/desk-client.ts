// The operator desk as its page uses it: sign in (a session cookie), refund, look at an
// order's refunds. GraphQL over HTTP, nothing else.
import { OPERATOR } from './services.js';

export interface DeskRefund {
  refundKey: string;
  amount: number;
  status: 'REQUESTED' | 'ACCEPTED' | 'FAILED' | 'UNKNOWN';
}

export interface DeskOrder {
  order: { status: string; refundedAmount: number };
  refunds: DeskRefund[];
}

/** What a refundPayment answered: the refund's status, or the error's code (NETWORK: no answer). */
export type RefundAnswer = { ok: true; status: string } | { ok: false; code: string };

export class DeskClient {
  private cookie = '';

  constructor(private readonly apiUrl: string) {}

  private async graphql(query: string, variables: Record<string, unknown>, timeoutMs = 15_000) {
    const res = await fetch(`${this.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  }

  async signIn(): Promise<void> {
    const answer = await this.graphql('mutation ChaosSignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
      e: OPERATOR.email,
      p: OPERATOR.password,
    });
    if (answer.errors) throw new Error(`desk sign-in failed: ${JSON.stringify(answer.errors)}`);
  }

  async refund(input: { orderId: string; amount: number; reason: string; idempotencyKey: string }): Promise<RefundAnswer> {
    try {
      const answer = await this.graphql(
        'mutation ChaosRefund($i: RefundPaymentInput!) { refundPayment(input: $i) { refund { status } } }',
        { i: input },
      );
      const refund = answer.data?.refundPayment?.refund;
      if (refund) return { ok: true, status: refund.status };
      return { ok: false, code: answer.errors?.[0]?.extensions?.code ?? 'UNKNOWN' };
    } catch {
      return { ok: false, code: 'NETWORK' };
    }
  }

  async order(orderId: string): Promise<DeskOrder | null> {
    const answer = await this.graphql(
      'query ChaosDeskOrder($o: ID!) { adminOrder(orderId: $o) { order { status refundedAmount } refunds { refundKey amount status } } }',
      { o: orderId },
    );
    return answer.data?.adminOrder ?? null;
  }
}
