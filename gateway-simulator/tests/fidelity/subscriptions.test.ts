import type { Receiver } from '../helpers/receiver.js';
import { CLIENT_KEY, midtransError, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';

// Subscriptions through the official Node client (docs/midtrans.md §25): what its and the
// Python client's sandbox tests assert, plus charges on the simulator's clock.
let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver()));
afterAll(() => stopAll(sim, receiver));

const DAY = 86_400;
const params = (token: string, extra: Record<string, unknown> = {}) => ({
  name: `SUBS-${Date.now()}`,
  amount: '100000',
  currency: 'IDR',
  payment_type: 'credit_card',
  token,
  schedule: { interval: 1, interval_unit: 'day', max_interval: 3 },
  metadata: { description: 'Recurring payment for A' },
  customer_details: { first_name: 'John A', email: 'johndoe@email.com' },
  ...extra,
});

async function savedToken(number = '4811 1111 1111 1114'): Promise<string> {
  const card = {
    card_number: number,
    card_exp_month: '12',
    card_exp_year: String(new Date().getFullYear() + 1),
    card_cvv: '123',
    client_key: CLIENT_KEY,
  };
  return (await sim.core.cardRegister(card)).saved_token_id;
}

describe('subscriptions API', () => {
  it('create → active with an id, get, disable / enable / update → "Subscription is updated."', async () => {
    const created = await sim.core.createSubscription(params('436502qFfqfAQKScMtPRPdZDOaeg7199'));
    expect(created).toMatchObject({
      id: expect.any(String),
      status: 'active',
      amount: '100000',
      currency: 'IDR',
      payment_type: 'credit_card',
      schedule: {
        interval: 1,
        interval_unit: 'day',
        max_interval: 3,
        start_time: expect.any(String),
        next_execution_at: expect.any(String),
      },
      transaction_ids: [],
      metadata: { description: 'Recurring payment for A' },
    });
    expect(await sim.core.getSubscription(created.id)).toEqual(created);

    expect(await sim.core.disableSubscription(created.id)).toEqual({ status_message: 'Subscription is updated.' });
    expect((await sim.core.getSubscription(created.id)).status).toBe('inactive');
    expect(await sim.core.enableSubscription(created.id)).toEqual({ status_message: 'Subscription is updated.' });
    expect((await sim.core.getSubscription(created.id)).status).toBe('active');

    const update = params('436502qFfqfAQKScMtPRPdZDOaeg7199', { metadata: { description: 'update recurring payment to ABC' } });
    expect(await sim.core.updateSubscription(created.id, update)).toEqual({ status_message: 'Subscription is updated.' });
    expect((await sim.core.getSubscription(created.id)).metadata.description).toBe('update recurring payment to ABC');
    await sim.core.disableSubscription(created.id);
  });

  it('empty parameters: HTTP 400 "Bad request" with validation messages', async () => {
    const err = await midtransError(sim.core.createSubscription(null));
    expect(err.httpStatusCode).toBe(400);
    expect(err.message).toContain('Bad request');
    expect(err.ApiResponse.validation_messages).toEqual(
      expect.arrayContaining(['subscription.name is required', 'subscription.token is required']),
    );
  });

  it('a zero amount: "subscription.amount must be between 0.01 - 99999999999.00"', async () => {
    const err = await midtransError(sim.core.createSubscription(params('tok', { amount: 0 })));
    expect(err.httpStatusCode).toBe(400);
    expect(err.ApiResponse).toEqual({
      status_message: 'Bad request',
      validation_messages: ['subscription.amount must be between 0.01 - 99999999999.00'],
    });
  });

  it('an invalid update changes nothing', async () => {
    const created = await sim.core.createSubscription(params('tok'));
    const err = await midtransError(sim.core.updateSubscription(created.id, { amount: -5, name: 'renamed' }));
    expect(err.httpStatusCode).toBe(400);
    expect(await sim.core.getSubscription(created.id)).toEqual(created);
    await sim.core.disableSubscription(created.id);
  });

  it('a fault on core.subscriptions answers its HTTP error once', async () => {
    expect((await sim.driver('PUT', '/faults', { route: 'core.subscriptions', status: 503 })).status).toBe(200);
    const err = await midtransError(sim.core.getSubscription('123'));
    expect(err.httpStatusCode).toBe(503);
    expect((await midtransError(sim.core.getSubscription('123'))).httpStatusCode).toBe(404);
  });

  it.each([
    ['get', (id: string) => sim.core.getSubscription(id)],
    ['update', (id: string) => sim.core.updateSubscription(id, { name: 'x' })],
    ['enable', (id: string) => sim.core.enableSubscription(id)],
    ['disable', (id: string) => sim.core.disableSubscription(id)],
  ])('%s of an unknown id: 404 "Subscription doesn\'t exist."', async (_name, call) => {
    const err = await midtransError(call('123'));
    expect(err.httpStatusCode).toBe(404);
    expect(err.message).toContain("Subscription doesn't exist.");
  });
});

describe('subscription charges on the simulator clock', () => {
  it('each due charge is a card transaction with its notification, until max_interval', async () => {
    const token = await savedToken();
    const sub = await sim.core.createSubscription(params(token));
    const notesFor = (txIds: string[]) => receiver.received.filter((r) => txIds.includes(String(r.body.transaction_id)));

    await sim.driver('POST', '/clock/advance', { seconds: DAY - 60 });
    expect((await sim.core.getSubscription(sub.id)).transaction_ids).toHaveLength(0);

    await sim.driver('POST', '/clock/advance', { seconds: 61 });
    const once = await sim.core.getSubscription(sub.id);
    expect(once.transaction_ids).toHaveLength(1);
    expect(once.schedule.previous_execution_at).toEqual(expect.any(String));
    const status = await sim.core.transaction.status(once.transaction_ids[0]);
    expect(status).toMatchObject({
      transaction_status: 'capture',
      gross_amount: '100000.00',
      payment_type: 'credit_card',
      masked_card: '48111111-1114',
    });
    expect(notesFor(once.transaction_ids).map((r) => r.body.transaction_status)).toEqual(['capture']);

    // The clock jumps five days: two more charges (max_interval 3), then the subscription ends.
    await sim.driver('POST', '/clock/advance', { seconds: 5 * DAY });
    const done = await sim.core.getSubscription(sub.id);
    expect(done.transaction_ids).toHaveLength(3);
    expect(done.status).toBe('inactive');
    expect(done.schedule.next_execution_at).toBeUndefined();
    expect(notesFor(done.transaction_ids)).toHaveLength(3);
  });

  it('start_time sets the first charge; a disabled subscription is not charged', async () => {
    const token = await savedToken();
    const now = await sim.driver('GET', '/clock');
    const start = new Date(new Date(now.body.now).getTime() + 7 * 3_600_000 + 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    const sub = await sim.core.createSubscription(
      params(token, { schedule: { interval: 1, interval_unit: 'week', start_time: `${start} +0700` } }),
    );
    await sim.driver('POST', '/clock/advance', { seconds: 3_601 });
    expect((await sim.core.getSubscription(sub.id)).transaction_ids).toHaveLength(1);
    await sim.core.disableSubscription(sub.id);
    await sim.driver('POST', '/clock/advance', { seconds: 8 * DAY });
    expect((await sim.core.getSubscription(sub.id)).transaction_ids).toHaveLength(1);
  });

  it('an unknown saved token charges as a card the bank refuses', async () => {
    const sub = await sim.core.createSubscription(params('436502qFfqfAQKScMtPRPdZDOaeg7199'));
    const { body } = await sim.driver('POST', `/subscriptions/${sub.id}/charge`);
    expect(body.transaction).toMatchObject({ transaction_status: 'deny', status_code: '202' });
  });

  it('driver "charge now" charges at once and waits for the notification', async () => {
    const sub = await sim.core.createSubscription(params(await savedToken('5211 1111 1111 1117')));
    const res = await sim.driver('POST', `/subscriptions/${sub.id}/charge`);
    expect(res.status).toBe(200);
    expect(res.body.transaction).toMatchObject({
      transaction_status: 'capture',
      gross_amount: '100000.00',
      signature_key: expect.any(String),
    });
    expect(res.body.subscription.transaction_ids).toEqual([res.body.transaction.transaction_id]);
    expect(receiver.received.some((r) => r.body.transaction_id === res.body.transaction.transaction_id)).toBe(true);
    expect((await sim.driver('POST', '/subscriptions/nope/charge')).status).toBe(404);
    await sim.core.disableSubscription(sub.id);
    expect((await sim.driver('POST', `/subscriptions/${sub.id}/charge`)).status).toBe(409);
  });

  it('a GoPay subscription charges the linked account token and settles', async () => {
    const linked = await sim.core.linkPaymentAccount({
      payment_type: 'gopay',
      gopay_partner: { phone_number: '81311112222', country_code: '62' },
    });
    await sim.driver('POST', `/pay-accounts/${linked.account_id}/activate`);
    const [wallet] = (await sim.core.getPaymentAccount(linked.account_id)).metadata.payment_options;
    const sub = await sim.core.createSubscription(
      params(wallet.token, { payment_type: 'gopay', gopay: { account_id: linked.account_id } }),
    );
    const { body } = await sim.driver('POST', `/subscriptions/${sub.id}/charge`);
    expect(body.transaction).toMatchObject({ payment_type: 'gopay', transaction_status: 'settlement', status_code: '200' });
  });
});
