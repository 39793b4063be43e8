// The adapter with the real xendit-node SDK against a small local HTTP fake of Xendit:
// what the SDK sends, exactly, and how each answer and failure maps. The fake lives in
// this file; the app-level tests run against the Xendit simulator.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XenditGatewayError } from '../../../src/gateway/xendit/error-mapping.js';
import { e164 } from '../../../src/gateway/xendit/invoice-request.js';
import { XenditGateway } from '../../../src/gateway/xendit/xendit-gateway.js';
import type { CheckoutRequest } from '../../../src/payments/ports.js';

const SECRET = 'xnd_development_adapter_test_key_do_not_log_0123456789';
const INVOICE_ID = '65a1f0c2b3d4e5f60718293a';
const ORDER_ID = 'LNS-20261204-abcdefghijklmnop';
const payment = { orderId: ORDER_ID, reference: INVOICE_ID };

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}
type Handler = (request: Received, response: ServerResponse) => void;

let server: Server;
let base: string;
let received: Received[];
let answer: Handler;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const entry = { method: request.method!, url: request.url!, headers: request.headers, body: text ? JSON.parse(text) : undefined };
      received.push(entry);
      answer(entry, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xendit`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received = [];
});

const json =
  (status: number, body: unknown): Handler =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
const xenditError = (status: number, error_code: string) => json(status, { error_code, message: `${error_code} (fake)` });
/** Holds the request open: the adapter's deadline must end it. */
const silence: Handler = () => undefined;
/** Starts an answer and cuts the connection mid-way. */
const drop: Handler = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  response.write('{"id":');
  response.socket?.destroy();
};

/** What Xendit answers for an invoice: every field the SDK's InvoiceFromJSON needs. */
function invoice(overrides: Record<string, unknown> = {}) {
  return {
    id: INVOICE_ID,
    external_id: ORDER_ID,
    user_id: '5f7e6d5c4b3a291807f6e5d4',
    status: 'PENDING',
    merchant_name: 'Toko Lunas',
    merchant_profile_picture_url: 'https://example.com/logo.png',
    amount: 175000,
    currency: 'IDR',
    invoice_url: `https://checkout-staging.xendit.co/web/${INVOICE_ID}`,
    expiry_date: '2026-12-05T10:00:00.000Z',
    created: '2026-12-04T10:00:00.000Z',
    updated: '2026-12-04T10:00:00.000Z',
    should_send_email: false,
    available_banks: [
      {
        bank_code: 'BCA',
        collection_type: 'POOL',
        transfer_amount: 175000,
        bank_branch: 'Virtual Account',
        account_holder_name: 'TOKO LUNAS',
        identity_amount: 0,
      },
    ],
    available_retail_outlets: [],
    available_ewallets: [{ ewallet_type: 'OVO' }],
    available_qr_codes: [{ qr_code_type: 'QRIS' }],
    available_direct_debits: [],
    available_paylaters: [],
    ...overrides,
  };
}

function refundAnswer(overrides: Record<string, unknown> = {}) {
  return {
    id: 'rfd-0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    invoice_id: INVOICE_ID,
    payment_request_id: null,
    amount: 50000,
    currency: 'IDR',
    channel_code: 'BCA',
    country: 'ID',
    status: 'PENDING',
    reason: 'REQUESTED_BY_CUSTOMER',
    reference_id: 'refund-key-0001',
    failure_code: null,
    refund_fee_amount: null,
    created: '2026-12-04T11:00:00.000Z',
    updated: '2026-12-04T11:00:00.000Z',
    metadata: { lunas_order_id: ORDER_ID },
    ...overrides,
  };
}

const gateway = (overrides: { simulatorUrl?: string } = {}) =>
  new XenditGateway({
    mode: 'simulator',
    secretKey: SECRET,
    simulatorUrl: base,
    requestTimeoutMs: 2000,
    statusTimeoutMs: 300,
    ...overrides,
  });

const checkout: CheckoutRequest = {
  gateway: 'xendit',
  orderId: ORDER_ID,
  grossAmount: 175000,
  items: [
    { productId: 'kopi-gayo', name: 'Kopi Gayo 250 g', price: 75000, quantity: 2 },
    { productId: 'teh-tarik', name: 'Teh Tarik', price: 25000, quantity: 1 },
  ],
  customer: { name: 'Budi Santoso Wijaya', email: 'budi@example.com', phone: '0812-3456-7890' },
  successUrl: 'http://localhost:5173/payment/finish',
  failureUrl: 'http://localhost:5173/payment/failure',
  lifetimeSeconds: 3600,
};

/** The failure a call ends in, with the secret nowhere in what it says. */
async function failure(call: Promise<unknown>): Promise<XenditGatewayError> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XenditGatewayError);
  expect(JSON.stringify({ message: (error as Error).message, ...(error as object) })).not.toContain(SECRET);
  return error as XenditGatewayError;
}

const basicAuth = `Basic ${Buffer.from(`${SECRET}:`).toString('base64')}`;

describe('createSession → POST /v2/invoices/', () => {
  it('sends the order as an IDR invoice and answers the invoice id, page and expiry', async () => {
    answer = json(200, invoice());
    const session = await gateway().createSession(checkout);

    expect(session).toEqual({
      reference: INVOICE_ID,
      redirectUrl: `https://checkout-staging.xendit.co/web/${INVOICE_ID}`,
      expiresAt: new Date('2026-12-05T10:00:00.000Z'),
    });
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request).toMatchObject({ method: 'POST', url: '/xendit/v2/invoices/' });
    expect(request!.headers).toMatchObject({ authorization: basicAuth, 'content-type': 'application/json' });
    expect(request!.body).toEqual({
      external_id: ORDER_ID,
      amount: 175000,
      currency: 'IDR',
      description: `Lunas order ${ORDER_ID}`,
      invoice_duration: 3600,
      payer_email: 'budi@example.com',
      customer: { given_names: 'Budi', surname: 'Santoso Wijaya', email: 'budi@example.com', mobile_number: '+6281234567890' },
      items: [
        { name: 'Kopi Gayo 250 g', price: 75000, quantity: 2, reference_id: 'kopi-gayo' },
        { name: 'Teh Tarik', price: 25000, quantity: 1, reference_id: 'teh-tarik' },
      ],
      // The order id, never an access token: the shop keeps that in the browser.
      success_redirect_url: `${checkout.successUrl}?order_id=${checkout.orderId}`,
      failure_redirect_url: `${checkout.failureUrl}?order_id=${checkout.orderId}`,
      should_send_email: false,
    });
    expect(request!.url).not.toContain(SECRET);
  });

  it('leaves out a surname and a phone it does not have', async () => {
    answer = json(200, invoice());
    await gateway().createSession({ ...checkout, customer: { name: 'Sukarno', email: 's@example.com' } });
    expect((received[0]!.body as { customer: unknown }).customer).toEqual({ given_names: 'Sukarno', email: 's@example.com' });
  });

  it('refuses items that do not sum to the amount, before asking Xendit', async () => {
    const error = await failure(gateway().createSession({ ...checkout, grossAmount: 175001 }));
    expect(error).toMatchObject({ refusal: 'invalid_request', kind: 'rejected' });
    expect(received).toHaveLength(0);
  });

  it("refuses an invoice created for another order or amount as an answer it can't trust", async () => {
    answer = json(200, invoice({ external_id: 'LNS-someone-else' }));
    expect(await failure(gateway().createSession(checkout))).toMatchObject({ refusal: 'unknown', kind: 'invalid_response' });
    answer = json(200, invoice({ amount: 1000 }));
    expect(await failure(gateway().createSession(checkout))).toMatchObject({ refusal: 'unknown', kind: 'invalid_response' });
  });

  it("maps Xendit's refusals by code", async () => {
    answer = xenditError(400, 'NO_COLLECTION_METHODS_ERROR');
    expect(await failure(gateway().createSession(checkout))).toMatchObject({
      refusal: 'misconfigured',
      kind: 'rejected',
      gatewayCode: 'NO_COLLECTION_METHODS_ERROR',
    });
    answer = xenditError(401, 'INVALID_API_KEY');
    expect(await failure(gateway().createSession(checkout))).toMatchObject({ refusal: 'misconfigured', httpStatus: 401 });
  });
});

describe('fetchStatus → GET /v2/invoices/{id}: the truth', () => {
  it.each`
    status       | expected
    ${'PENDING'} | ${'pending'}
    ${'PAID'}    | ${'paid'}
    ${'SETTLED'} | ${'paid'}
    ${'EXPIRED'} | ${'expired'}
  `('reads $status as $expected', async ({ status, expected }) => {
    answer = json(200, invoice({ status, ...(status === 'PAID' || status === 'SETTLED' ? { paid_amount: 175000 } : {}) }));
    const event = await gateway().fetchStatus(payment);
    expect(event).toMatchObject({
      status: expected,
      grossAmount: 175000,
      currency: 'IDR',
      // An unpaid invoice is no payment begun: no transaction id until it is paid or ends.
      transactionId: status === 'PENDING' ? undefined : INVOICE_ID,
      gatewayStatus: status,
    });
    expect(received[0]).toMatchObject({ method: 'GET', url: `/xendit/v2/invoices/${INVOICE_ID}`, body: undefined });
    expect(received[0]!.headers.authorization).toBe(basicAuth);
  });

  it('reads paid_amount, which the SDK model drops, so a short payment reaches the core as such', async () => {
    answer = json(200, invoice({ status: 'PAID', paid_amount: 1000, payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' }));
    expect(await gateway().fetchStatus(payment)).toMatchObject({ status: 'paid', grossAmount: 1000, paymentType: 'BANK_TRANSFER/BCA' });
  });

  it('answers null when Xendit has no such invoice', async () => {
    answer = xenditError(404, 'INVOICE_NOT_FOUND_ERROR');
    expect(await gateway().fetchStatus(payment)).toBeNull();
  });

  it('refuses an answer without a currency: it confirms nothing', async () => {
    answer = json(200, invoice({ status: 'PAID', currency: undefined }));
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ kind: 'invalid_response' });
  });

  it('refuses the status of another invoice or order', async () => {
    answer = json(200, invoice({ external_id: 'LNS-20261204-other' }));
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ kind: 'invalid_response' });
    answer = json(200, invoice({ id: 'ffffffffffffffffffffffff' }));
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ kind: 'invalid_response' });
  });

  it('refuses an answer the SDK cannot read (a missing available_* array) or we cannot (a string amount)', async () => {
    const { available_banks: _left, ...withoutBanks } = invoice();
    answer = json(200, withoutBanks);
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ kind: 'invalid_response', refusal: 'unknown' });
    answer = json(200, invoice({ amount: '175000' }));
    const error = await failure(gateway().fetchStatus(payment));
    expect(error).toMatchObject({ kind: 'invalid_response' });
    expect(error.message).toMatch(/amount: expected number/);
  });

  it('gives up at its deadline: unknown, never a refusal', async () => {
    answer = silence;
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ kind: 'timeout', refusal: 'unknown' });
  });

  it('takes a 500, JSON or not, as unknown', async () => {
    answer = xenditError(500, 'SERVER_ERROR');
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ kind: 'server_error', refusal: 'unknown', httpStatus: 500 });
    answer = (_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html>Bad Gateway</html>');
    };
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ kind: 'server_error', refusal: 'unknown', httpStatus: 502 });
  });

  it('takes a 429 as a refusal to retry later', async () => {
    answer = xenditError(429, 'RATE_LIMIT_EXCEEDED');
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ kind: 'unreachable', refusal: 'unavailable' });
  });

  it('tells a refused connection (nothing sent) from a dropped one (maybe done)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await failure(gateway({ simulatorUrl: `http://127.0.0.1:${port}/xendit` }).fetchStatus(payment));
    expect(refused).toMatchObject({ kind: 'unreachable', refusal: 'unavailable', gatewayCode: 'ECONNREFUSED' });

    answer = drop;
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ refusal: 'unknown' });
  });

  it('does not follow a redirect, so the key never goes to another host', async () => {
    answer = (_request, response) => {
      response.writeHead(302, { location: `${base}/elsewhere` });
      response.end();
    };
    expect(await failure(gateway().fetchStatus(payment))).toMatchObject({ refusal: 'unknown' });
    expect(received).toHaveLength(1);
  });
});

describe('cancel → POST /invoices/{id}/expire!', () => {
  it('expires the invoice (the path keeps its "!")', async () => {
    answer = json(200, invoice({ status: 'EXPIRED' }));
    await gateway().cancel(payment);
    expect(received[0]).toMatchObject({ method: 'POST', url: `/xendit/invoices/${INVOICE_ID}/expire!` });
    expect(received[0]!.headers.authorization).toBe(basicAuth);
  });

  it('refuses when Xendit leaves the invoice paid', async () => {
    answer = json(200, invoice({ status: 'PAID', paid_amount: 175000 }));
    expect(await failure(gateway().cancel(payment))).toMatchObject({ refusal: 'not_allowed', kind: 'rejected' });
  });

  it('tells, when expire! answers 404, an invoice already paid (refused) or expired (done) from none at all', async () => {
    const expireAnswers404Then =
      (now: Handler): Handler =>
      (request, response) =>
        request.method === 'POST' ? xenditError(404, 'INVOICE_NOT_FOUND_ERROR')(request, response) : now(request, response);
    answer = expireAnswers404Then(json(200, invoice({ status: 'PAID', paid_amount: 175000 })));
    expect(await failure(gateway().cancel(payment))).toMatchObject({
      refusal: 'not_allowed',
      kind: 'rejected',
      gatewayCode: 'INVOICE_NOT_FOUND_ERROR',
    });
    expect(received.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST /xendit/invoices/${INVOICE_ID}/expire!`,
      `GET /xendit/v2/invoices/${INVOICE_ID}`,
    ]);

    answer = expireAnswers404Then(json(200, invoice({ status: 'EXPIRED' })));
    await expect(gateway().cancel(payment)).resolves.toBeUndefined();
  });

  it('maps a missing invoice and a timeout', async () => {
    answer = xenditError(404, 'INVOICE_NOT_FOUND_ERROR');
    expect(await failure(gateway().cancel(payment))).toMatchObject({ refusal: 'not_found' });
    answer = silence;
    expect(await failure(gateway().cancel(payment))).toMatchObject({ refusal: 'unknown', kind: 'timeout' });
  });
});

describe('refund → POST /refunds with the idempotency key', () => {
  const request = { refundKey: 'refund-key-0001', amount: 50000, reason: 'Barang rusak, kata pembeli' };

  it('sends the key as the idempotency-key header and the invoice, amount and reason in the body', async () => {
    answer = json(200, refundAnswer());
    const outcome = await gateway().refund(payment, request);

    expect(outcome).toEqual({
      outcome: 'pending',
      refundId: 'rfd-0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
      amount: 50000,
      gatewayStatus: 'PENDING',
    });
    expect(received[0]).toMatchObject({ method: 'POST', url: '/xendit/refunds' });
    expect(received[0]!.headers).toMatchObject({
      authorization: basicAuth,
      'idempotency-key': 'refund-key-0001',
      'content-type': 'application/json',
    });
    expect(received[0]!.body).toEqual({
      invoice_id: INVOICE_ID,
      reference_id: 'refund-key-0001',
      amount: 50000,
      currency: 'IDR',
      reason: 'REQUESTED_BY_CUSTOMER',
      metadata: { lunas_order_id: ORDER_ID },
    });
  });

  it("reads the refund's status from the raw answer (the SDK model has none)", async () => {
    answer = json(200, refundAnswer({ status: 'FAILED', failure_code: 'INSUFFICIENT_BALANCE' }));
    expect(await gateway().refund(payment, request)).toMatchObject({ outcome: 'failed', failureReason: 'INSUFFICIENT_BALANCE' });
  });

  it.each`
    handler                                                                | refusal             | kind
    ${xenditError(409, 'IDEMPOTENCY_ERROR')}                               | ${'conflict'}       | ${'rejected'}
    ${xenditError(400, 'MAXIMUM_REFUND_AMOUNT_REACHED')}                   | ${'exceeds_amount'} | ${'rejected'}
    ${xenditError(400, 'REFUND_NOT_SUPPORTED')}                            | ${'not_allowed'}    | ${'rejected'}
    ${xenditError(503, 'CHANNEL_UNAVAILABLE')}                             | ${'unknown'}        | ${'server_error'}
    ${xenditError(500, 'SERVER_ERROR')}                                    | ${'unknown'}        | ${'server_error'}
    ${silence}                                                             | ${'unknown'}        | ${'timeout'}
    ${drop}                                                                | ${'unknown'}        | ${'timeout'}
    ${json(200, refundAnswer({ amount: 5000 }))}                           | ${'unknown'}        | ${'invalid_response'}
    ${json(200, refundAnswer({ invoice_id: 'ffffffffffffffffffffffff' }))} | ${'unknown'}        | ${'invalid_response'}
    ${json(200, refundAnswer({ status: 'WHATEVER' }))}                     | ${'unknown'}        | ${'invalid_response'}
  `('maps an answer to $refusal ($kind)', async ({ handler, refusal, kind }) => {
    answer = handler as Handler;
    expect(await failure(gateway().refund(payment, request))).toMatchObject({ refusal, kind });
  });
});

describe('fetchRefund → GET /refunds/{id}', () => {
  const refundId = 'rfd-0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';

  it('reads a succeeded refund', async () => {
    answer = json(200, refundAnswer({ status: 'SUCCEEDED' }));
    expect(await gateway().fetchRefund(payment, refundId)).toMatchObject({ outcome: 'succeeded', amount: 50000 });
    expect(received[0]).toMatchObject({ method: 'GET', url: `/xendit/refunds/${refundId}` });
  });

  it('answers null for a refund Xendit does not have, and refuses another one', async () => {
    answer = xenditError(404, 'DATA_NOT_FOUND');
    expect(await gateway().fetchRefund(payment, refundId)).toBeNull();
    answer = json(200, refundAnswer({ id: 'rfd-another' }));
    expect(await failure(gateway().fetchRefund(payment, refundId))).toMatchObject({ kind: 'invalid_response' });
  });
});

describe('phone numbers as Xendit takes them (E.164)', () => {
  it.each`
    phone               | sent
    ${'081234567890'}   | ${'+6281234567890'}
    ${'0812-3456-7890'} | ${'+6281234567890'}
    ${'0812 3456 7890'} | ${'+6281234567890'}
    ${'+6281234567890'} | ${'+6281234567890'}
    ${'6281234567890'}  | ${'+6281234567890'}
    ${'+65 9123 4567'}  | ${'+6591234567'}
    ${'12345'}          | ${undefined}
    ${undefined}        | ${undefined}
  `('$phone → $sent', ({ phone, sent }) => {
    expect(e164(phone)).toBe(sent);
  });
});
