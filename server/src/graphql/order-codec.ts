// Orders on the wire between API instances (Redis pubsub): every Date written and read
// back explicitly, so a payload round-trips exactly. No guessing at ISO-looking strings:
// paymentInstructions.expiresAt is a string in the domain and stays one.
import { z } from 'zod';
import { PAYMENT_GATEWAY_NAMES } from '../payments/gateway-name.js';
import { ORDER_STATUSES } from '../payments/order-status.js';
import type { Order } from '../payments/order.js';
import type { StoredOrder } from '../payments/ports.js';

const isoDate = z.iso.datetime().transform((value) => new Date(value));

const wireOrder = z.object({
  orderId: z.string(),
  status: z.enum(ORDER_STATUSES),
  grossAmount: z.number().int(),
  items: z.array(z.object({ productId: z.string(), name: z.string(), price: z.number().int(), quantity: z.number().int() })),
  customer: z.object({ name: z.string(), email: z.string(), phone: z.string().optional() }),
  paymentType: z.string().optional(),
  transactionId: z.string().optional(),
  instructions: z
    .object({
      bank: z.string().optional(),
      vaNumber: z.string().optional(),
      billerCode: z.string().optional(),
      billKey: z.string().optional(),
      paymentCode: z.string().optional(),
      expiresAt: z.string().optional(),
    })
    .optional(),
  gateway: z.enum(PAYMENT_GATEWAY_NAMES),
  gatewayReference: z.string(),
  holdEndsAt: isoDate,
  refundedAmount: z.number().int(),
  version: z.number().int(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export function encodeOrder(order: Order): string {
  return JSON.stringify({
    ...order,
    holdEndsAt: order.holdEndsAt.toISOString(),
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  });
}

export function decodeOrder(json: string): Order {
  return withoutUndefined(wireOrder.parse(JSON.parse(json))) as unknown as Order;
}

const wirePlacedOrder = wireOrder.extend({ accessTokenHash: z.string(), clientTokenHash: z.string().optional() });

/** A new order with its token hash: for the other instances only, never for a client. */
export function encodePlacedOrder(order: StoredOrder): string {
  return encodeOrder(order);
}

export function decodePlacedOrder(json: string): StoredOrder {
  return withoutUndefined(wirePlacedOrder.parse(JSON.parse(json))) as unknown as StoredOrder;
}

/** Optional fields absent rather than undefined, as the domain's objects have them. */
const withoutUndefined = (parsed: object) => Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
