import type { OrderStatus } from '../../src/payments/order-status.js';
import { transition } from '../../src/payments/transitions.js';

// One row per (current status × event status), for an event about the SAME payment
// attempt as the one recorded and about ANOTHER attempt. "→ x" = changed to x.
type Row = [current: OrderStatus, event: OrderStatus, sameAttempt: string, otherAttempt: string];
const TABLE: Row[] = [
  ['pending', 'pending', 'unchanged', '→ pending'],
  ['pending', 'paid', '→ paid', '→ paid'],
  ['pending', 'failed', '→ failed', '→ failed'],
  ['pending', 'expired', '→ expired', '→ expired'],
  ['pending', 'cancelled', '→ cancelled', '→ cancelled'],
  ['pending', 'refunded', '→ refunded', '→ refunded'],
  ['pending', 'partially_refunded', '→ partially_refunded', '→ partially_refunded'],

  ['paid', 'pending', 'unchanged', 'unchanged'],
  // Another transaction settling a paid order: a possible double charge, for a person.
  ['paid', 'paid', 'unchanged', 'rejected'],
  ['paid', 'failed', '→ failed', 'unchanged'],
  ['paid', 'expired', 'unchanged', 'unchanged'],
  ['paid', 'cancelled', '→ cancelled', 'unchanged'],
  ['paid', 'refunded', '→ refunded', '→ refunded'],
  ['paid', 'partially_refunded', '→ partially_refunded', '→ partially_refunded'],

  ['failed', 'pending', 'unchanged', '→ pending'],
  ['failed', 'paid', '→ paid', '→ paid'],
  ['failed', 'failed', 'unchanged', 'unchanged'],
  ['failed', 'expired', '→ expired', '→ expired'],
  ['failed', 'cancelled', '→ cancelled', '→ cancelled'],
  ['failed', 'refunded', 'rejected', 'rejected'],
  ['failed', 'partially_refunded', 'rejected', 'rejected'],

  ['expired', 'pending', 'unchanged', 'unchanged'],
  ['expired', 'paid', 'rejected', 'rejected'],
  ['expired', 'failed', 'unchanged', 'unchanged'],
  ['expired', 'expired', 'unchanged', 'unchanged'],
  ['expired', 'cancelled', 'unchanged', 'unchanged'],
  ['expired', 'refunded', 'rejected', 'rejected'],
  ['expired', 'partially_refunded', 'rejected', 'rejected'],

  ['cancelled', 'pending', 'unchanged', 'unchanged'],
  ['cancelled', 'paid', 'rejected', 'rejected'],
  ['cancelled', 'failed', 'unchanged', 'unchanged'],
  ['cancelled', 'expired', 'unchanged', 'unchanged'],
  ['cancelled', 'cancelled', 'unchanged', 'unchanged'],
  ['cancelled', 'refunded', 'rejected', 'rejected'],
  ['cancelled', 'partially_refunded', 'rejected', 'rejected'],

  ['refunded', 'pending', 'unchanged', 'unchanged'],
  ['refunded', 'paid', 'unchanged', 'rejected'],
  ['refunded', 'failed', 'unchanged', 'unchanged'],
  ['refunded', 'expired', 'unchanged', 'unchanged'],
  ['refunded', 'cancelled', 'unchanged', 'unchanged'],
  ['refunded', 'refunded', 'unchanged', 'unchanged'],
  ['refunded', 'partially_refunded', 'unchanged', 'unchanged'],

  ['partially_refunded', 'pending', 'unchanged', 'unchanged'],
  ['partially_refunded', 'paid', 'unchanged', 'rejected'],
  ['partially_refunded', 'failed', 'unchanged', 'unchanged'],
  ['partially_refunded', 'expired', 'unchanged', 'unchanged'],
  ['partially_refunded', 'cancelled', 'unchanged', 'unchanged'],
  ['partially_refunded', 'refunded', '→ refunded', '→ refunded'],
  // refundedAmount grows from 5000 to 7000 in the event below: another partial refund.
  ['partially_refunded', 'partially_refunded', '→ partially_refunded', '→ partially_refunded'],
];

const describeOutcome = (t: ReturnType<typeof transition>) => (t.kind === 'changed' ? `→ ${t.to}` : t.kind);

describe('transition(current, event)', () => {
  it('covers every pair of statuses', () => {
    expect(new Set(TABLE.map(([c, e]) => `${c}/${e}`)).size).toBe(49);
  });

  describe.each(TABLE)('%s + %s', (current, eventStatus, sameAttempt, otherAttempt) => {
    const state = { status: current, transactionId: 'tx-1', refundedAmount: current === 'partially_refunded' ? 5000 : 0 };
    const event = (transactionId: string) => ({
      status: eventStatus,
      transactionId,
      grossAmount: 10000,
      gatewayStatus: eventStatus,
      ...(eventStatus === 'partially_refunded' ? { refundedAmount: 7000 } : {}),
    });

    it(`same attempt → ${sameAttempt}`, () => {
      expect(describeOutcome(transition(state, event('tx-1')))).toBe(sameAttempt);
    });
    it(`another attempt → ${otherAttempt}`, () => {
      expect(describeOutcome(transition(state, event('tx-2')))).toBe(otherAttempt);
    });
  });

  it('treats a repeated partial refund of the same cumulative amount as a duplicate', () => {
    const t = transition(
      { status: 'partially_refunded', transactionId: 'tx-1', refundedAmount: 7000 },
      { status: 'partially_refunded', transactionId: 'tx-1', grossAmount: 10000, refundedAmount: 7000, gatewayStatus: 'partial_refund' },
    );
    expect(t.kind).toBe('unchanged');
  });

  it('starts the first attempt of a fresh order (no transaction recorded yet)', () => {
    const t = transition(
      { status: 'pending', transactionId: undefined, refundedAmount: 0 },
      { status: 'pending', transactionId: 'tx-1', grossAmount: 10000, gatewayStatus: 'pending' },
    );
    expect(describeOutcome(t)).toBe('→ pending');
  });

  it('leaves an open checkout with no payment begun as it is (an unpaid invoice asked about again)', () => {
    const t = transition(
      { status: 'pending', transactionId: undefined, refundedAmount: 0 },
      { status: 'pending', transactionId: undefined, grossAmount: 10000, gatewayStatus: 'PENDING' },
    );
    expect(describeOutcome(t)).toBe('unchanged');
  });
});
