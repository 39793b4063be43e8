// The operator desk and the shopper's order look-up as the scale bench uses them: the
// same GraphQL the shop sends (client/src/admin, client/src/pages), over real HTTP with
// the operator's session cookie.
import { json, request } from './http-client.js';

const ORDERS_PAGE = `query BenchOrdersPage($filter: AdminOrderFilter, $first: Int) {
  adminOrders(filter: $filter, first: $first) {
    edges { cursor node { order { orderId status grossAmount refundedAmount paymentType createdAt updatedAt } customer { name email } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ORDER_PAGE = `query BenchOrderPage($orderId: ID!) {
  adminOrder(orderId: $orderId) {
    order { orderId status grossAmount refundedAmount paymentType transactionId createdAt updatedAt items { productId name price quantity } }
    customer { name email phone }
    statusHistory { status at source transactionId }
    notifications { id receivedAt rawBody bodyTruncated bodySha256 verdict outcome reason httpStatus transactionStatus }
    refunds { refundKey amount reason status failureReason requestedAt requestedBy }
    anomalies { id orderId kind details at }
  }
}`;
const ORDER = `query BenchOrder($orderId: ID!, $accessToken: String!) { order(orderId: $orderId, accessToken: $accessToken) { orderId status } }`;

type Answer = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function gql(apiUrl: string, query: string, variables: Record<string, unknown>, cookie?: string): Promise<Answer> {
  const res = await request(`${apiUrl}/graphql`, 'POST', JSON.stringify({ query, variables }), cookie ? { cookie } : {});
  const answer = json<Answer>(res);
  if (res.status >= 400 || answer.errors?.length)
    throw new Error(`${res.status} ${JSON.stringify(answer.errors ?? res.text).slice(0, 300)}`);
  return answer;
}

/** Signs in the operator the API created at start (ADMIN_EMAIL), returning the session cookie. */
export async function signIn(apiUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }',
      variables: { e: email, p: password },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return cookie;
}

/** The desk's first page of orders, optionally searched (an order id or its prefix, or an email). */
export async function ordersPage(apiUrl: string, cookie: string, search?: string): Promise<number> {
  const answer = await gql(apiUrl, ORDERS_PAGE, { first: 25, ...(search ? { filter: { search } } : {}) }, cookie);
  return (answer.data!.adminOrders.edges as unknown[]).length;
}

/** One order's page on the desk, with its history, notification log, refunds and anomalies. */
export async function orderPage(apiUrl: string, cookie: string, orderId: string): Promise<string> {
  const answer = await gql(apiUrl, ORDER_PAGE, { orderId }, cookie);
  if (!answer.data?.adminOrder) throw new Error(`no page for ${orderId}`);
  return answer.data.adminOrder.order.status as string;
}

/** The shopper's `order` query. */
export async function orderQuery(apiUrl: string, orderId: string, accessToken: string): Promise<string> {
  const answer = await gql(apiUrl, ORDER, { orderId, accessToken });
  if (!answer.data?.order) throw new Error(`order ${orderId} not found`);
  return answer.data.order.status as string;
}
