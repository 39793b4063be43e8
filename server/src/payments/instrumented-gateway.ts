// Times every gateway call for the metrics, whatever the gateway.
import type { PaymentGateway, PaymentMetrics } from './ports.js';

export function instrumentGateway(gateway: PaymentGateway, metrics: PaymentMetrics): PaymentGateway {
  const timed =
    <A extends unknown[], R>(operation: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      let result: 'ok' | 'error' = 'error';
      try {
        const value = await call(...args);
        result = 'ok';
        return value;
      } finally {
        metrics.gatewayCall(operation, (performance.now() - started) / 1000, result);
      }
    };
  return {
    createSession: timed('create_session', (request) => gateway.createSession(request)),
    fetchStatus: timed('status', (payment) => gateway.fetchStatus(payment)),
    refund: timed('refund', (payment, request) => gateway.refund(payment, request)),
    findRefund: timed('find_refund', (payment, refundKey, gatewayRefundId) => gateway.findRefund(payment, refundKey, gatewayRefundId)),
    cancel: timed('cancel', (payment) => gateway.cancel(payment)),
  };
}
