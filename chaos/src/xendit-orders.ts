// Xendit orders in the chaos run, after the Midtrans burst has been checked: invoices
// paid, expired or left open, with their callbacks duplicated or all lost, forged
// callbacks of our own (a wrong token, and the right token with a status Xendit never
// said), and the API killed with -9 in the middle. Then every order must match Xendit's
// own invoice, and every forged callback must have been answered as it should.
import type { ApiClient } from './api-client.js';
import type { Check } from './checks.js';
import type { Random } from './random.js';
import type { Stack } from './services.js';

/** The simulator's published token (gateway-simulator's Xendit defaults; server XENDIT_SIMULATOR_CREDENTIALS). */
const CALLBACK_TOKEN = 'lunas-simulator-callback-token';
const ENDPOINT = '/api/payments/xendit/notification';

type Fate = 'pay' | 'expire' | 'open';
interface XenditRun {
  orderId: string;
  accessToken: string;
  invoiceId: string;
  fate: Fate;
  lost: boolean;
  forged: { what: string; expected: number; got: number }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runXenditOrders(deps: {
  stack: Stack;
  api: ApiClient;
  random: Random;
  productId: string;
  count: number;
  log: (line: string) => void;
}): Promise<Check[]> {
  const { stack, random, log } = deps;
  const sim = (method: string, path: string, body?: unknown) =>
    fetch(`${stack.simulatorUrl}/sim/v1/xendit${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }).then(async (r) => ({ status: r.status, body: (await r.json().catch(() => ({}))) as any }));
  const gql = (query: string, variables: unknown) =>
    fetch(`${stack.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json() as Promise<any>);
  const callback = (body: unknown, token: string) =>
    fetch(`${stack.apiUrl}${ENDPOINT}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-callback-token': token },
      body: JSON.stringify(body),
    }).then(
      (r) => r.status,
      () => 0,
    );

  const runs: XenditRun[] = [];
  for (let i = 0; i < deps.count; i++) {
    const created = await gql(
      'mutation($input: CreatePaymentInput!) { createPayment(input: $input) { gateway redirectUrl accessToken order { orderId } } }',
      {
        input: {
          gateway: 'XENDIT',
          items: [{ productId: deps.productId, quantity: 1 }],
          customer: { name: 'Chaos Xendit', email: 'chaos-xendit@example.com' },
        },
      },
    );
    const payment = created.data?.createPayment;
    if (!payment) throw new Error(`a Xendit checkout failed: ${JSON.stringify(created.errors)}`);
    const invoiceId = String(payment.redirectUrl).split('/').pop()!;
    const fate: Fate = random.chance(0.5) ? 'pay' : random.chance(0.5) ? 'expire' : 'open';
    const lost = random.chance(0.3);
    await sim('PUT', `/invoices/${invoiceId}/chaos`, lost ? { dropFirst: 1000 } : { duplicate: random.int(1, 3) });
    runs.push({ orderId: payment.order.orderId, accessToken: payment.accessToken, invoiceId, fate, lost, forged: [] });
  }
  log(`xendit: ${runs.length} invoices (${runs.filter((r) => r.lost).length} with every callback lost)`);

  // Forged callbacks before anything is paid: a wrong token is 401; the right one with a
  // status Xendit never said is 200 and must change nothing (Xendit's invoice decides).
  for (const run of runs) {
    const { body } = await sim('GET', `/invoices/${run.invoiceId}`);
    const real = body.callback_body;
    const wrong = await callback({ ...real, status: 'PAID', paid_amount: real.amount }, `${CALLBACK_TOKEN}x`);
    run.forged.push({ what: 'wrong token, PAID', expected: 401, got: wrong });
    const claimed = await callback({ ...real, status: random.chance(0.5) ? 'PAID' : 'EXPIRED', paid_amount: real.amount }, CALLBACK_TOKEN);
    run.forged.push({ what: 'right token, a status Xendit never said', expected: 200, got: claimed });
  }

  const half = Math.ceil(runs.length / 2);
  for (const [i, run] of runs.entries()) {
    if (i === half) {
      log('xendit: kill -9 of the API mid-way');
      await stack.api!.kill9();
      await sleep(500);
      await stack.api!.start();
    }
    if (run.fate === 'pay') await sim('POST', `/invoices/${run.invoiceId}/pay`, { payment_method: 'EWALLET', payment_channel: 'OVO' });
    if (run.fate === 'expire') await sim('POST', `/invoices/${run.invoiceId}/expire`);
  }

  // Xendit retries failed deliveries; the lost ones are the reconciler's (every 2 s).
  const expected = (status: string) => (status === 'PAID' || status === 'SETTLED' ? 'PAID' : status === 'EXPIRED' ? 'EXPIRED' : 'PENDING');
  let disagreeing: string[] = [];
  const deadline = Date.now() + 60_000;
  for (;;) {
    disagreeing = [];
    for (const run of runs) {
      const truth = expected((await sim('GET', `/invoices/${run.invoiceId}`)).body.invoice?.status);
      const ours = await gql('query($o: ID!, $t: String!) { order(orderId: $o, accessToken: $t) { status gateway } }', {
        o: run.orderId,
        t: run.accessToken,
      }).catch(() => null);
      const status = ours?.data?.order?.status;
      if (status !== truth || ours?.data?.order?.gateway !== 'XENDIT')
        disagreeing.push(`${run.orderId}: ours ${status}, Xendit ${truth} (${run.fate}${run.lost ? ', callbacks lost' : ''})`);
    }
    if (disagreeing.length === 0 || Date.now() > deadline) break;
    await sleep(2_000);
  }
  const forged = runs.flatMap((run) =>
    run.forged.filter((f) => f.got !== f.expected).map((f) => `${run.orderId}: ${f.what} answered ${f.got}, not ${f.expected}`),
  );
  return [
    {
      name: `Xendit orders match Xendit's invoices (${runs.length}: paid, expired, open; duplicated or lost callbacks; API killed mid-way)`,
      ok: disagreeing.length === 0,
      detail:
        disagreeing.join('; ') ||
        `${runs.filter((r) => r.fate === 'pay').length} paid, ${runs.filter((r) => r.fate === 'expire').length} expired`,
    },
    {
      name: 'forged Xendit callbacks answered as they should (401 wrong token, 200 without effect)',
      ok: forged.length === 0,
      detail: forged.join('; ') || `${runs.length * 2} forged`,
    },
  ];
}
