import type { MidtransStatus } from '../../src/gateway/midtrans/wire.js';
import { jakartaTimeToIso, toPaymentEvent } from '../../src/gateway/midtrans/status-mapping.js';

const base: MidtransStatus = {
  order_id: 'LNS-1',
  status_code: '200',
  gross_amount: '150000.00',
  transaction_status: 'settlement',
  transaction_id: 'tx-1',
};

describe('transaction_status × fraud_status → our status (docs/midtrans.md §12)', () => {
  it.each`
    transaction_status      | fraud_status   | expected
    ${'settlement'}         | ${'accept'}    | ${'paid'}
    ${'settlement'}         | ${undefined}   | ${'paid'}
    ${'capture'}            | ${'accept'}    | ${'paid'}
    ${'capture'}            | ${'challenge'} | ${'pending'}
    ${'capture'}            | ${'deny'}      | ${'failed'}
    ${'pending'}            | ${'accept'}    | ${'pending'}
    ${'pending'}            | ${undefined}   | ${'pending'}
    ${'deny'}               | ${'accept'}    | ${'failed'}
    ${'deny'}               | ${'deny'}      | ${'failed'}
    ${'failure'}            | ${undefined}   | ${'failed'}
    ${'cancel'}             | ${'accept'}    | ${'cancelled'}
    ${'expire'}             | ${'accept'}    | ${'expired'}
    ${'refund'}             | ${'accept'}    | ${'refunded'}
    ${'partial_refund'}     | ${'accept'}    | ${'partially_refunded'}
    ${'authorize'}          | ${'accept'}    | ${'ignored'}
    ${'chargeback'}         | ${undefined}   | ${'ignored'}
    ${'partial_chargeback'} | ${undefined}   | ${'ignored'}
    ${'something_new'}      | ${undefined}   | ${'ignored'}
  `('$transaction_status / $fraud_status → $expected', ({ transaction_status, fraud_status, expected }) => {
    const event = toPaymentEvent({ ...base, transaction_status, ...(fraud_status ? { fraud_status } : {}) });
    expect('ignored' in event ? 'ignored' : event.status).toBe(expected);
  });

  it.each`
    transaction_status | voidable
    ${'capture'}       | ${true}
    ${'settlement'}    | ${undefined}
  `(
    'a paid $transaction_status is voidable: $voidable (cancel voids a capture; a settlement is refunded)',
    ({ transaction_status, voidable }) => {
      const event = toPaymentEvent({ ...base, transaction_status, fraud_status: 'accept', payment_type: 'credit_card' });
      expect('ignored' in event ? 'ignored' : event.voidable).toBe(voidable);
    },
  );

  it('keeps the amount, attempt and payment type', () => {
    const event = toPaymentEvent({ ...base, payment_type: 'bank_transfer' });
    expect(event).toMatchObject({ grossAmount: 150000, transactionId: 'tx-1', paymentType: 'bank_transfer', gatewayStatus: 'settlement' });
  });

  it('keeps the currency Midtrans states, for the core to check', () => {
    const event = toPaymentEvent({ ...base, currency: 'USD' });
    expect(event).toMatchObject({ currency: 'USD' });
  });

  it('takes the cumulative refund_amount of a partial refund', () => {
    const event = toPaymentEvent({ ...base, transaction_status: 'partial_refund', refund_amount: '12000.00' });
    expect(event).toMatchObject({ status: 'partially_refunded', refundedAmount: 12000 });
  });

  it.each`
    fields                                                                                   | instructions
    ${{ va_numbers: [{ bank: 'bca', va_number: '12345' }] }}                                 | ${{ bank: 'bca', vaNumber: '12345' }}
    ${{ permata_va_number: '8778' }}                                                         | ${{ bank: 'permata', vaNumber: '8778' }}
    ${{ bill_key: '7075', biller_code: '70012' }}                                            | ${{ bank: 'mandiri', billKey: '7075', billerCode: '70012' }}
    ${{ payment_code: '3000', store: 'indomaret' }}                                          | ${{ paymentCode: '3000', bank: 'indomaret' }}
    ${{ va_numbers: [{ bank: 'bni', va_number: '9' }], expiry_time: '2024-03-20 11:11:25' }} | ${{ bank: 'bni', vaNumber: '9', expiresAt: '2024-03-20T04:11:25.000Z' }}
  `('reads payment instructions from $fields', ({ fields, instructions }) => {
    const event = toPaymentEvent({ ...base, transaction_status: 'pending', status_code: '201', ...fields });
    expect('ignored' in event ? undefined : event.instructions).toEqual(instructions);
  });

  it('converts Jakarta wall time (GMT+7) to ISO and rejects other shapes', () => {
    expect(jakartaTimeToIso('2024-03-20 00:30:00')).toBe('2024-03-19T17:30:00.000Z');
    expect(jakartaTimeToIso('2024-03-20T00:30:00Z')).toBeUndefined();
  });
});
