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
    fetchStatus: timed('status', (orderId) => gateway.fetchStatus(orderId)),
    refund: timed('refund', (orderId, request) => gateway.refund(orderId, request)),
    findRefund: timed('find_refund', (orderId, refundKey) => gateway.findRefund(orderId, refundKey)),
    cancel: timed('cancel', (orderId) => gateway.cancel(orderId)),
  };
}
