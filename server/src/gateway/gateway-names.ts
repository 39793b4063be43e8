// The gateways a shop can enable (PAYMENT_GATEWAYS). When the core learns which gateway
// an order belongs to (issue 18, item 1), this list moves into payments/ beside the
// order statuses, and the registry builds one adapter per enabled name.
export const PAYMENT_GATEWAY_NAMES = ['midtrans', 'xendit'] as const;
export type PaymentGatewayName = (typeof PAYMENT_GATEWAY_NAMES)[number];
