// A failed call that moves money: only a refusal is a failure; any silence is unknown.
import { GatewayError } from '../../src/payments/errors.js';
import { outcomeOf } from '../../src/payments/gateway-outcome.js';

describe('outcomeOf(GatewayError)', () => {
  it.each`
    kind                  | code         | outcome      | why
    ${'rejected'}         | ${'412'}     | ${'failed'}  | ${'Midtrans answered no: nothing moved'}
    ${'rejected'}         | ${'414'}     | ${'failed'}  | ${'an amount Midtrans refuses'}
    ${'timeout'}          | ${undefined} | ${'unknown'} | ${'Midtrans may answer after our timeout, having refunded'}
    ${'server_error'}     | ${'500'}     | ${'unknown'} | ${'a 5xx may come after the refund was made'}
    ${'unreachable'}      | ${undefined} | ${'unknown'} | ${'a dropped connection says nothing of what Midtrans did'}
    ${'invalid_response'} | ${undefined} | ${'unknown'} | ${'an answer we cannot read'}
  `('$kind $code → $outcome ($why)', ({ kind, code, outcome }) => {
    expect(outcomeOf(new GatewayError('x', kind, code))).toBe(outcome);
  });
});
