import { invoiceEvent, refundOutcome } from '../../../src/gateway/xendit/status-mapping.js';
import type { PaymentEvent } from '../../../src/payments/payment-event.js';
import { transition } from '../../../src/payments/transitions.js';
import type { XenditInvoice, XenditRefund } from '../../../src/gateway/xendit/wire.js';

const invoice: XenditInvoice = {
  id: '65a1f0c2b3d4e5f60718293a',
  external_id: 'LNS-20261204-abc',
  status: 'PENDING',
  amount: 150000,
  currency: 'IDR',
  paid_amount: undefined,
  paid_at: undefined,
  payment_method: undefined,
  payment_channel: undefined,
  payment_destination: undefined,
  payment_id: undefined,
  user_id: undefined,
  updated: undefined,
};

describe('invoice status → our status (xendit-reference.md §2)', () => {
  it.each`
    status       | expected     | why
    ${'PENDING'} | ${'pending'} | ${'created, waiting for the shopper'}
    ${'PAID'}    | ${'paid'}    | ${'the shopper paid'}
    ${'SETTLED'} | ${'paid'}    | ${'paid and the money reached the balance: still paid, same attempt'}
    ${'EXPIRED'} | ${'expired'} | ${'its duration ran out, or we expired it (cancel)'}
    ${'VOIDED'}  | ${'ignored'} | ${'a word Xendit may add: changes nothing'}
  `('$status → $expected ($why)', ({ status, expected }) => {
    const event = invoiceEvent({ ...invoice, status });
    expect('ignored' in event ? 'ignored' : event.status).toBe(expected);
  });

  it('names the attempt by the invoice id, so SETTLED after PAID is the same attempt', () => {
    const paid = invoiceEvent({ ...invoice, status: 'PAID', payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' });
    const settled = invoiceEvent({ ...invoice, status: 'SETTLED', payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' });
    expect(paid).toMatchObject({ status: 'paid', transactionId: invoice.id, paymentType: 'BANK_TRANSFER/BCA', gatewayStatus: 'PAID' });
    expect(settled).toMatchObject({ status: 'paid', transactionId: invoice.id, gatewayStatus: 'SETTLED' });
  });

  it("through the core's transitions, SETTLED after PAID changes nothing, and a late PENDING or EXPIRED cannot un-pay", () => {
    const paidOrder = { status: 'paid' as const, transactionId: invoice.id, refundedAmount: 0 };
    for (const status of ['SETTLED', 'PAID', 'PENDING', 'EXPIRED']) {
      const event = invoiceEvent({ ...invoice, status }) as PaymentEvent;
      expect([status, transition(paidOrder, event).kind]).toEqual([status, 'unchanged']);
    }
  });

  it('carries what was paid, so a payment for another sum reaches the core as that sum', () => {
    expect(invoiceEvent({ ...invoice, status: 'PAID', paid_amount: 1000 })).toMatchObject({ grossAmount: 1000 });
    expect(invoiceEvent({ ...invoice, status: 'PAID' })).toMatchObject({ grossAmount: 150000, currency: 'IDR' });
    expect(invoiceEvent({ ...invoice, currency: 'USD' })).toMatchObject({ currency: 'USD' });
  });
});

const refund: XenditRefund = {
  id: 'rfd-0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
  invoice_id: invoice.id,
  status: 'PENDING',
  amount: 50000,
  currency: 'IDR',
  reason: 'REQUESTED_BY_CUSTOMER',
  failure_code: undefined,
  reference_id: 'refund-key-1',
};

describe('refund status → refund outcome (xendit-reference.md §4)', () => {
  it.each`
    status         | expected       | why
    ${'PENDING'}   | ${'pending'}   | ${'created; the result comes later'}
    ${'SUCCEEDED'} | ${'succeeded'} | ${'the money went back to the shopper'}
    ${'FAILED'}    | ${'failed'}    | ${'the channel refused it; nothing moved'}
    ${'CANCELLED'} | ${'failed'}    | ${'cancelled before payout; nothing moved'}
    ${'REVERSED'}  | ${'ignored'}   | ${'a word we do not know is not an outcome'}
  `('$status → $expected ($why)', ({ status, expected }) => {
    const outcome = refundOutcome({ ...refund, status });
    expect('ignored' in outcome ? 'ignored' : outcome.outcome).toBe(expected);
  });

  it("keeps Xendit's failure code as the reason", () => {
    expect(refundOutcome({ ...refund, status: 'FAILED', failure_code: 'INSUFFICIENT_BALANCE' })).toEqual({
      outcome: 'failed',
      refundId: refund.id,
      amount: 50000,
      gatewayStatus: 'FAILED',
      failureReason: 'INSUFFICIENT_BALANCE',
    });
  });
});
