// Our checkout → the SDK's CreateInvoiceRequest (xendit-reference.md §2). Pure, so the
// exact invoice Xendit is asked for can be read and tested apart from the HTTP.
import type { CreateInvoiceRequest } from 'xendit-node/invoice/models/index.js';
import { XenditGatewayError } from './error-mapping.js';
import type { CheckoutRequest } from '../../payments/ports.js';

/** @throws XenditGatewayError (invalid_request) when the items do not sum to the amount. */
export function invoiceRequest(request: Omit<CheckoutRequest, 'gateway'>): CreateInvoiceRequest {
  const itemsTotal = request.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  if (itemsTotal !== request.grossAmount) {
    // Xendit would take it and show the shopper a list that does not add up.
    throw new XenditGatewayError(`items sum to ${itemsTotal}, not the amount ${request.grossAmount}`, 'rejected', 'invalid_request');
  }
  const [givenNames, ...rest] = request.customer.name.trim().split(/\s+/);
  const mobile = e164(request.customer.phone);
  return {
    externalId: request.orderId,
    amount: request.grossAmount,
    currency: 'IDR',
    description: `Lunas order ${request.orderId}`,
    // Stated, not left to Xendit's 24 h default: the order expires on our side at the
    // same time, and the reconciler must know when that is.
    invoiceDuration: request.lifetimeSeconds,
    payerEmail: request.customer.email,
    customer: {
      givenNames: givenNames!.slice(0, 50),
      ...(rest.length ? { surname: rest.join(' ').slice(0, 50) } : {}),
      email: request.customer.email,
      ...(mobile ? { mobileNumber: mobile } : {}),
    },
    // Xendit takes up to 255 characters in each of these.
    items: request.items.map((item) => ({
      name: item.name.slice(0, 255),
      price: item.price,
      quantity: item.quantity,
      referenceId: item.productId.slice(0, 255),
    })),
    // Xendit appends nothing to these (Snap appends order_id): the order id goes in here,
    // never the access token, which the shop keeps in the browser's storage.
    successRedirectUrl: withOrderId(request.successUrl, request.orderId),
    failureRedirectUrl: withOrderId(request.failureUrl, request.orderId),
    // The shop shows the status itself; Xendit's own emails would say it twice.
    shouldSendEmail: false,
  };
}

/** Xendit wants mobile numbers in E.164 (+62…); the shop takes +62… or 08…, with spaces or dashes. */
export function e164(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[\s-]/g, '');
  if (/^\+[1-9]\d{6,14}$/.test(digits)) return digits;
  if (/^0\d{6,13}$/.test(digits)) return `+62${digits.slice(1)}`;
  if (/^62\d{6,13}$/.test(digits)) return `+${digits}`;
  return undefined;
}

function withOrderId(url: string, orderId: string): string {
  const target = new URL(url);
  target.searchParams.set('order_id', orderId);
  return target.toString();
}
