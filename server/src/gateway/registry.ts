// The enabled gateways, built once from config: the one place that turns a gateway's
// name into its adapter. The core holds the PaymentGateway this returns and never asks
// which gateway it is talking to: every call names its order's gateway in its request
// or payment reference, and the registry sends it there.
import type { Config } from '../config.js';
import { GatewayError } from '../payments/errors.js';
import type { PaymentGatewayName } from '../payments/gateway-name.js';
import type { PaymentReference } from '../payments/order.js';
import type { NotificationVerifier } from '../payments/notification-service.js';
import type { PaymentGateway } from '../payments/ports.js';
import { MidtransGateway, snapJsUrl } from './midtrans/midtrans-gateway.js';
import { MidtransNotificationVerifier } from './midtrans/notification-verifier.js';
import { XenditNotificationVerifier } from './xendit/notification-verifier.js';
import type { MidtransMode } from './midtrans/mode.js';
import { XenditPaymentGateway } from './xendit/xendit-port.js';

export interface GatewayRegistry {
  /** The enabled gateways, the default (for a checkout that names none) first. */
  readonly enabled: readonly PaymentGatewayName[];
  /** One PaymentGateway for the core, sending each call to the order's own gateway. */
  readonly gateway: PaymentGateway;
  /** What the shop needs to hand a shopper to each gateway: public values only. */
  readonly clientConfig: ClientPaymentConfig;
  /** Each enabled gateway's check of its own notifications. */
  readonly verifiers: ReadonlyMap<PaymentGatewayName, NotificationVerifier>;
}

/** The edges' only view of the adapters: the public values the PaymentConfig type carries. */
export { MIDTRANS_MODES, type MidtransMode } from './midtrans/mode.js';

export interface ClientPaymentConfig {
  gateways: readonly PaymentGatewayName[];
  /** Snap's mode, client key and snap.js, as PaymentConfig has them whatever is enabled. */
  mode: MidtransMode;
  clientKey: string;
  snapJsUrl: string;
}

/** `overrides` replace a gateway's adapter (tests that make a gateway fail on purpose). */
export function buildGatewayRegistry(config: Config, overrides: Partial<Record<PaymentGatewayName, PaymentGateway>> = {}): GatewayRegistry {
  const adapters = new Map<PaymentGatewayName, PaymentGateway>();
  for (const name of config.gateways) adapters.set(name, overrides[name] ?? build(name, config));
  const of = (name: PaymentGatewayName): PaymentGateway => {
    const adapter = adapters.get(name);
    // An order of a gateway this instance no longer enables: nothing is asked, nothing changes.
    if (!adapter) throw new GatewayError(`the ${name} gateway is not enabled here`, 'unreachable', undefined, 'misconfigured');
    return adapter;
  };
  const on = (payment: PaymentReference) => of(payment.gateway);
  const { midtrans } = config;
  return {
    enabled: config.gateways,
    verifiers: new Map(config.gateways.map((name) => [name, verifier(name, config)])),
    clientConfig: {
      gateways: config.gateways,
      mode: midtrans.mode,
      clientKey: midtrans.clientKey,
      snapJsUrl: snapJsUrl(midtrans.mode, midtrans.simulatorPublicUrl),
    },
    gateway: {
      createSession: (request) => of(request.gateway).createSession(request),
      fetchStatus: (payment) => on(payment).fetchStatus(payment),
      refund: (payment, request) => on(payment).refund(payment, request),
      findRefund: (payment, refundKey, gatewayRefundId) => on(payment).findRefund(payment, refundKey, gatewayRefundId),
      cancel: (payment) => on(payment).cancel(payment),
    },
  };
}

function build(name: PaymentGatewayName, config: Config): PaymentGateway {
  switch (name) {
    case 'midtrans':
      return new MidtransGateway(config.midtrans);
    case 'xendit':
      return new XenditPaymentGateway(config.xendit);
  }
}

function verifier(name: PaymentGatewayName, config: Config): NotificationVerifier {
  switch (name) {
    case 'midtrans':
      return new MidtransNotificationVerifier(config.midtrans.serverKey);
    case 'xendit':
      return new XenditNotificationVerifier(config.xendit.callbackToken);
  }
}
