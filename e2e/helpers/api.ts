// Talking to the system from outside the browser: the GraphQL API (as another
// client would) and the simulator's driver API (as a bank would).

export type DriverAction = 'pay' | 'settle' | 'expire' | 'cancel' | 'deny';

/** POST /sim/v1/transactions/{order_id}/{action}; returns once the API has been notified. */
export async function drive(simulatorUrl: string, orderId: string, action: DriverAction, body: object = {}) {
  const res = await fetch(`${simulatorUrl}/sim/v1/transactions/${encodeURIComponent(orderId)}/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`driver ${action} for ${orderId} failed: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

async function graphql<T>(graphqlUrl: string, query: string, variables: object = {}): Promise<T> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function products(graphqlUrl: string) {
  const data = await graphql<{ products: { id: string; name: string; price: number; stock: number }[] }>(
    graphqlUrl,
    'query E2eProducts { products { id name price stock } }',
  );
  return data.products;
}

/** An order made straight through the API, for tests that start after checkout. */
export async function createPayment(graphqlUrl: string, items: { productId: string; quantity: number }[]) {
  const data = await graphql<{
    createPayment: { order: { orderId: string }; accessToken: string; snapToken: string };
  }>(
    graphqlUrl,
    `
      mutation E2eCreatePayment($input: CreatePaymentInput!) {
        createPayment(input: $input) {
          order {
            orderId
          }
          accessToken
          snapToken
        }
      }
    `,
    { input: { items, customer: { name: 'Siti Rahayu', email: 'siti@contoh.id', phone: '081298765432' } } },
  );
  return {
    orderId: data.createPayment.order.orderId,
    accessToken: data.createPayment.accessToken,
    snapToken: data.createPayment.snapToken,
  };
}

/** Arms simulator faults (PUT /sim/v1/faults), e.g. Snap create answering 500; `null` clears them. */
export async function simulatorFaults(simulatorUrl: string, faults: object[] | null): Promise<void> {
  const res = await fetch(`${simulatorUrl}/sim/v1/faults`, {
    method: faults ? 'PUT' : 'DELETE',
    headers: { 'Content-Type': 'application/json' },
    ...(faults ? { body: JSON.stringify(faults) } : {}),
  });
  if (!res.ok) throw new Error(`simulator faults: ${res.status} ${await res.text()}`);
}

/** An order made through the API whose shopper already chose the BCA VA (driver `pay`): PENDING with a VA. */
export async function pendingBcaOrder(graphqlUrl: string, simulatorUrl: string, productId: string) {
  const order = await createPayment(graphqlUrl, [{ productId, quantity: 1 }]);
  await drive(simulatorUrl, order.orderId, 'pay', { payment_type: 'bank_transfer', bank: 'bca' });
  return order;
}

/** The shop's finish URL as Midtrans would build it; extra query parameters are added as given. */
export function finishUrl(clientUrl: string, order: { orderId: string; accessToken: string }, extra: Record<string, string> = {}) {
  const query = new URLSearchParams({ access_token: order.accessToken, order_id: order.orderId, ...extra });
  return `${clientUrl}/payment/finish?${query}`;
}
