// What a failed call that moves money (refund, cancel) means for the money. Only a
// refusal is a failure: the gateway answered and said no, so nothing moved. A timeout,
// a 5xx, a dropped connection or an answer we cannot read may come after the gateway
// acted (Midtrans can make a refund and answer after our timeout), so the outcome is
// unknown until the gateway's own record says.
import type { GatewayError } from './errors.js';

export type CallOutcome = 'failed' | 'unknown';

const OUTCOME: Record<GatewayError['kind'], CallOutcome> = {
  rejected: 'failed',
  timeout: 'unknown',
  unreachable: 'unknown',
  server_error: 'unknown',
  invalid_response: 'unknown',
};

export function outcomeOf(error: GatewayError): CallOutcome {
  return OUTCOME[error.kind];
}
