// RefundSettler with small fakes: what the gateway's record of a refund key means, and
// which unsettled refunds the reconciler's pass takes up.
import { GatewayError } from '../../src/payments/errors.js';
import { FollowUps } from '../../src/payments/follow-ups.js';
import type { RefundOutcome, RefundRepository } from '../../src/payments/ports.js';
import type { Refund } from '../../src/payments/refund.js';
import { RefundSettler } from '../../src/payments/refund-settler.js';
import { clock, FakeGateway, silent } from './fakes.js';

class FakeRefunds implements RefundRepository {
  readonly rows = new Map<string, Refund>();
  async insert(refund: Refund) {
    this.rows.set(refund.refundKey, refund);
    return 'inserted' as const;
  }
  async find(_orderId: string, key: string) {
    return this.rows.get(key) ?? null;
  }
  async reopen(_orderId: string, key: string, sentAt: Date) {
    const row = this.rows.get(key)!;
    if (row.status !== 'accepted') this.rows.set(key, { ...row, status: 'requested', sentAt });
  }
  async settle(_orderId: string, key: string, outcome: RefundOutcome) {
    const row = this.rows.get(key)!;
    if (row.status !== 'accepted') this.rows.set(key, { ...row, ...outcome });
  }
  async forOrder() {
    return [...this.rows.values()];
  }
  async findByGatewayId(gatewayRefundId: string) {
    return [...this.rows.values()].find((row) => row.gatewayRefundId === gatewayRefundId) ?? null;
  }
  async unsettled() {
    return [...this.rows.values()].filter((r) => r.status === 'requested' || r.status === 'unknown');
  }
}

const refund = (overrides: Partial<Refund> = {}): Refund => ({
  orderId: 'LNS-1',
  refundKey: 'key-00000001',
  amount: 1_000,
  reason: 'rusak',
  status: 'unknown',
  requestedAt: new Date(clock.now().getTime() - 60_000),
  requestedBy: 'kasir@toko.id',
  ...overrides,
});

function setup(row = refund()) {
  const refunds = new FakeRefunds();
  refunds.rows.set(row.refundKey, row);
  const gateway = new FakeGateway();
  const sent: string[] = [];
  let record: { amount: number } | null = null;
  let answer: GatewayError | null = null;
  gateway.findRefund = async () => record;
  gateway.refund = async (_orderId, request) => {
    sent.push(request.refundKey);
    if (answer) throw answer;
  };
  const accepted: string[] = [];
  const settler = new RefundSettler({
    refunds,
    gateway,
    paymentOf: async (orderId) => ({ gateway: 'midtrans', orderId, reference: orderId }),
    followUps: new FollowUps(silent, []),
    clock,
    logger: silent,
    onAccepted: async (orderId) => accepted.push(orderId),
  });
  return {
    refunds,
    settler,
    sent,
    accepted,
    record: (value: { amount: number } | null) => (record = value),
    answer: (value: GatewayError | null) => (answer = value),
    status: () => refunds.rows.get(row.refundKey)!.status,
  };
}

describe('RefundSettler.check', () => {
  it('settles a refund the gateway has on record as accepted, without sending it again', async () => {
    const t = setup();
    t.record({ amount: 1_000 });
    expect(await t.settler.check(refund())).toBe(true);
    expect([t.status(), t.sent, t.accepted]).toEqual(['accepted', [], ['LNS-1']]);
  });

  it('settles a refund on record with nothing refunded (a bank decline) as failed', async () => {
    const t = setup();
    t.record({ amount: 0 });
    expect(await t.settler.check(refund())).toBe(true);
    expect([t.status(), t.sent, t.accepted]).toEqual(['failed', [], []]);
  });

  it('sends a key the gateway has no record of again, and takes its answer', async () => {
    const t = setup();
    expect(await t.settler.check(refund())).toBe(true);
    expect([t.status(), t.sent, t.accepted]).toEqual(['accepted', ['key-00000001'], ['LNS-1']]);
  });

  it('keeps it unknown while the gateway still does not answer', async () => {
    const t = setup();
    t.answer(new GatewayError('timeout', 'timeout'));
    expect(await t.settler.check(refund())).toBe(false);
    expect(t.status()).toBe('unknown');
  });

  it('records a refusal of the resent key as failed', async () => {
    const t = setup();
    t.answer(new GatewayError('412', 'rejected', '412'));
    expect(await t.settler.check(refund())).toBe(true);
    expect(t.status()).toBe('failed');
  });
});

describe('RefundSettler.settleUnsettled (the reconciler)', () => {
  it('leaves a refund being sent right now alone, and takes up one whose sender died', async () => {
    const young = setup(refund({ status: 'requested', sentAt: new Date(clock.now().getTime() - 2_000) }));
    expect(await young.settler.settleUnsettled()).toEqual({ checked: 0, settled: 0, errors: 0 });
    const old = setup(refund({ status: 'requested', sentAt: new Date(clock.now().getTime() - 30_000) }));
    expect(await old.settler.settleUnsettled()).toEqual({ checked: 1, settled: 1, errors: 0 });
    expect(old.status()).toBe('accepted');
  });
});
