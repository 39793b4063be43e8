// The gateways a shop can enable (PAYMENT_GATEWAYS) and an order can belong to. Only
// names: what each one does lives in its adapter folder, and gateway/registry.ts is the
// one place that turns a name into an adapter.
export const PAYMENT_GATEWAY_NAMES = ['midtrans', 'xendit'] as const;
export type PaymentGatewayName = (typeof PAYMENT_GATEWAY_NAMES)[number];

/** Orders stored before orders recorded their gateway were all taken through the first gateway Lunas had. */
export const LEGACY_GATEWAY: PaymentGatewayName = 'midtrans';
