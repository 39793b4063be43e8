// The API as the shop sees it: GraphQL over HTTP (schema.graphql), nothing else.

export interface Product {
  id: string;
  name: string;
  price: number;
  stock: number;
}

export interface ApiOrder {
  orderId: string;
  status: string;
  grossAmount: number;
  refundedAmount: number;
  transactionId: string | null;
  paymentType: string | null;
  items: { productId: string; quantity: number }[];
}

export interface CartLine {
  productId: string;
  quantity: number;
}

export type CheckoutResult =
  { ok: true; orderId: string; accessToken: string; grossAmount: number; status: string } | { ok: false; code: string; message: string };

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class ApiClient {
  constructor(private readonly apiUrl: string) {}

  private async graphql<T>(query: string, variables: Record<string, unknown> = {}, timeoutMs = 10_000): Promise<GraphQLAnswer<T>> {
    const res = await fetch(`${this.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as GraphQLAnswer<T>;
    } catch {
      return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 200)}`, extensions: { code: `HTTP_${res.status}` } }] };
    }
  }

  async products(): Promise<Product[]> {
    const answer = await this.graphql<{ products: Product[] }>('query ChaosProducts { products { id name price stock } }');
    if (!answer.data?.products) throw new Error(`products query failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.products;
  }

  async createPayment(items: CartLine[], customer: { name: string; email: string }): Promise<CheckoutResult> {
    let answer: GraphQLAnswer<{ createPayment: { order: { orderId: string; status: string; grossAmount: number }; accessToken: string } }>;
    try {
      answer = await this.graphql(
        `mutation ChaosCreatePayment($input: CreatePaymentInput!) {
          createPayment(input: $input) { order { orderId status grossAmount } accessToken }
        }`,
        { input: { items, customer } },
        15_000,
      );
    } catch (error) {
      return { ok: false, code: 'NETWORK', message: String(error) };
    }
    const payment = answer.data?.createPayment;
    if (payment) {
      return {
        ok: true,
        orderId: payment.order.orderId,
        accessToken: payment.accessToken,
        grossAmount: payment.order.grossAmount,
        status: payment.order.status,
      };
    }
    const error = answer.errors?.[0];
    return { ok: false, code: error?.extensions?.code ?? 'UNKNOWN', message: error?.message ?? 'no data, no error' };
  }

  /** The order as the shopper's page sees it; throws when the API does not answer with it. */
  async order(orderId: string, accessToken: string): Promise<ApiOrder> {
    const answer = await this.graphql<{ order: ApiOrder | null }>(
      `query ChaosOrder($orderId: ID!, $accessToken: String!) {
        order(orderId: $orderId, accessToken: $accessToken) {
          orderId status grossAmount refundedAmount transactionId paymentType items { productId quantity }
        }
      }`,
      { orderId, accessToken },
    );
    if (!answer.data?.order) throw new Error(`order ${orderId}: ${JSON.stringify(answer.errors ?? 'null')}`);
    return answer.data.order;
  }
}
