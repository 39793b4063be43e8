import { signatureKey } from '../../src/index.js';
import { orderId, SERVER_KEY, snapParams, startTestSimulator, type TestSim } from '../helpers/simulator.js';

// GET /v2/{id}/status is what a merchant trusts (docs/midtrans.md §14), so its shape is pinned
// here state by state through the official client: status_code per state (§11, "407" for
// expire, "200" for cancel), amounts as "18500.00", currency IDR, refunds, and the signature
// over its own status_code. Each row also checks the notification body for the same state,
// whose status_code differs for cancel / expire / deny.
let sim: TestSim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.stop());

const AMOUNT = 18_500;
const TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Step = (id: string) => Promise<unknown>;
const driver =
  (path: string, body?: unknown): Step =>
  async (id) => {
    const res = await sim.driver('POST', `/transactions/${id}/${path}`, body);
    expect(res.status).toBe(200);
  };

interface Row {
  name: string;
  pay: Record<string, unknown>;
  then: Step[];
  status: string;
  fraud: string;
  api: string;
  notification: string;
  extra?: Record<string, unknown>;
}

const ROWS: Row[] = [
  {
    name: 'pending BCA VA',
    pay: { payment_type: 'bank_transfer', bank: 'bca' },
    then: [],
    status: 'pending',
    fraud: 'accept',
    api: '201',
    notification: '201',
    extra: {
      va_numbers: [{ bank: 'bca', va_number: expect.stringMatching(/^\d+$/) }],
      payment_amounts: [],
      expiry_time: expect.stringMatching(TIME),
    },
  },
  {
    name: 'settled BNI VA',
    pay: { payment_type: 'bank_transfer', bank: 'bni' },
    then: [driver('settle')],
    status: 'settlement',
    fraud: 'accept',
    api: '200',
    notification: '200',
    extra: {
      settlement_time: expect.stringMatching(TIME),
      payment_amounts: [{ paid_at: expect.stringMatching(TIME), amount: '18500.00' }],
    },
  },
  {
    name: 'card capture (accept)',
    pay: { payment_type: 'credit_card', card_number: '4811111111111114' },
    then: [],
    status: 'capture',
    fraud: 'accept',
    api: '200',
    notification: '200',
    extra: {
      masked_card: '48111111-1114',
      bank: 'bni',
      card_type: 'credit',
      approval_code: expect.any(String),
      channel_response_code: '00',
    },
  },
  {
    name: 'card capture (challenge)',
    pay: { payment_type: 'credit_card', card_number: '4511111111111117' },
    then: [],
    status: 'capture',
    fraud: 'challenge',
    api: '201',
    notification: '201',
  },
  {
    name: 'card deny (bank)',
    pay: { payment_type: 'credit_card', card_number: '4711111111111115' },
    then: [],
    status: 'deny',
    fraud: 'accept',
    api: '202',
    notification: '202',
  },
  {
    name: 'cancelled GoPay',
    pay: { payment_type: 'gopay' },
    then: [async (id) => sim.core.transaction.cancel(id)],
    status: 'cancel',
    fraud: 'accept',
    api: '200',
    notification: '202',
  },
  {
    name: 'expired QRIS (simulated clock)',
    pay: { payment_type: 'qris' },
    then: [async () => sim.driver('POST', '/clock/advance', { seconds: 15 * 60 + 1 })],
    status: 'expire',
    fraud: 'accept',
    api: '407',
    notification: '202',
  },
  {
    name: 'fully refunded GoPay',
    pay: { payment_type: 'gopay' },
    then: [driver('settle'), async (id) => sim.core.transaction.refund(id, { refund_key: 'all' })],
    status: 'refund',
    fraud: 'accept',
    api: '200',
    notification: '200',
    extra: {
      refund_amount: '18500.00',
      refunds: [expect.objectContaining({ refund_key: 'all', refund_amount: '18500.00', refund_chargeback_id: 1 })],
    },
  },
  {
    name: 'twice partially refunded card',
    pay: { payment_type: 'credit_card' },
    then: [
      driver('settle'),
      async (id) => sim.core.transaction.refund(id, { refund_key: 'p1', amount: 5_000 }),
      async (id) => sim.core.transaction.refund(id, { refund_key: 'p2', amount: 2_500 }),
    ],
    status: 'partial_refund',
    fraud: 'accept',
    api: '200',
    notification: '200',
    extra: {
      refund_amount: '7500.00',
      refunds: [
        expect.objectContaining({ refund_key: 'p1', refund_amount: '5000.00', bank_confirmed_at: expect.stringMatching(TIME) }),
        expect.objectContaining({ refund_key: 'p2', refund_amount: '2500.00', refund_chargeback_id: 2 }),
      ],
    },
  },
];

/** Every scalar of a status answer is a string; refunds[].refund_chargeback_id is the documented number. */
function nonStringScalars(body: Record<string, unknown>, where = ''): string[] {
  return Object.entries(body).flatMap(([key, value]) => {
    if (Array.isArray(value)) return value.flatMap((v, i) => nonStringScalars(v as Record<string, unknown>, `${where}${key}[${i}].`));
    if (value !== null && typeof value === 'object') return nonStringScalars(value as Record<string, unknown>, `${where}${key}.`);
    if (typeof value === 'string' || (key === 'refund_chargeback_id' && typeof value === 'number')) return [];
    return [`${where}${key}=${JSON.stringify(value)}`];
  });
}

describe.each(ROWS)('GET status of a $name transaction', (row) => {
  let id: string;
  let status: Record<string, unknown>;
  beforeAll(async () => {
    id = orderId('fidelity');
    await sim.snap.createTransaction(snapParams(id, AMOUNT));
    expect((await sim.driver('POST', `/transactions/${id}/pay`, row.pay)).status).toBe(200);
    for (const step of row.then) await step(id);
    status = (await sim.core.transaction.status(id)) as Record<string, unknown>;
  });

  it(`says ${row.status} with status_code "${row.api}", IDR and "18500.00"`, () => {
    expect(status).toMatchObject({
      status_code: row.api,
      status_message: expect.any(String),
      transaction_status: row.status,
      fraud_status: row.fraud,
      order_id: id,
      transaction_id: expect.stringMatching(UUID),
      gross_amount: '18500.00',
      currency: 'IDR',
      payment_type: row.pay.payment_type,
      merchant_id: 'G000000001',
      transaction_time: expect.stringMatching(TIME),
      ...row.extra,
    });
    if (!row.extra?.refund_amount) expect(status).not.toHaveProperty('refund_amount');
    expect(nonStringScalars(status)).toEqual([]);
  });

  it('is signed over its own status_code', () => {
    expect(status.signature_key).toBe(signatureKey(id, row.api, '18500.00', SERVER_KEY));
  });

  it(`answers the same by transaction_id`, async () => {
    expect(await sim.core.transaction.status(String(status.transaction_id))).toEqual(status);
  });

  it(`has a notification body with status_code "${row.notification}" for the same state`, async () => {
    const res = await sim.driver('GET', `/transactions/${id}/notification-body`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status_code: row.notification,
      status_message: 'midtrans payment notification',
      transaction_status: row.status,
      gross_amount: '18500.00',
      signature_key: signatureKey(id, row.notification, '18500.00', SERVER_KEY),
    });
  });
});
