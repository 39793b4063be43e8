import { CHANNELS, TEST_CARDS, channelByCode } from './channels.js';
import type { Invoice } from './types.js';

// The invoice as Xendit answers it (create, get, list, expire) and as it calls back
// (docs/xendit.md §2, §3). The answer carries every field xendit-node's InvoiceFromJSON reads
// without a guard: the six `available_*` arrays (it calls .map on each) and the three dates
// (it calls new Date on each); leaving one out crashes the SDK, not just the field.

export interface Account {
  businessId: string;
  merchantName: string;
  /** Where the hosted page lives: `${publicUrl}/xendit/web/{id}`. */
  publicUrl: string;
}

type Wire = Record<string, unknown>;
const iso = (d: Date) => d.toISOString();
const open = (inv: Invoice, method: string) => inv.channels.filter((c) => channelByCode(c)?.method === method);

/** Fields the create request may carry and Xendit echoes back as they were sent. */
const ECHOED = [
  'payer_email',
  'description',
  'success_redirect_url',
  'failure_redirect_url',
  'should_authenticate_credit_card',
  'items',
  'fees',
  'customer',
  'customer_notification_preference',
  'channel_properties',
  'metadata',
  'locale',
  'mid_label',
];

function echoed(inv: Invoice): Wire {
  const out: Wire = {};
  for (const key of ECHOED) if (inv.request[key] !== undefined && inv.request[key] !== null) out[key] = inv.request[key];
  return out;
}

export const invoiceUrl = (inv: Invoice, account: Account): string => `${account.publicUrl}/xendit/web/${inv.id}`;

function available(inv: Invoice, account: Account): Wire {
  const amount = inv.request.amount;
  return {
    available_banks: open(inv, 'BANK_TRANSFER').map((code) => ({
      bank_code: code,
      collection_type: 'POOL',
      bank_account_number: inv.destinations[code],
      transfer_amount: amount,
      bank_branch: 'Virtual Account',
      account_holder_name: account.merchantName.toUpperCase(),
      identity_amount: 0,
    })),
    available_retail_outlets: open(inv, 'RETAIL_OUTLET').map((code) => ({
      retail_outlet_name: code,
      payment_code: inv.destinations[code],
      transfer_amount: amount,
      merchant_name: account.merchantName,
    })),
    available_ewallets: open(inv, 'EWALLET').map((code) => ({ ewallet_type: code })),
    available_qr_codes: open(inv, 'QR_CODE').map((code) => ({ qr_code_type: code })),
    available_direct_debits: [],
    available_paylaters: [],
  };
}

function paymentFields(inv: Invoice): Wire {
  const p = inv.payment;
  if (!p) return {};
  const out: Wire = {
    paid_amount: p.paidAmount,
    paid_at: iso(p.paidAt),
    payment_method: p.method,
    payment_channel: p.channel,
    payment_destination: p.destination,
    payment_id: p.paymentId,
  };
  if (p.method === 'BANK_TRANSFER') out.bank_code = p.channel;
  if (p.method === 'EWALLET') out.ewallet_type = p.channel;
  if (p.method === 'RETAIL_OUTLET') out.retail_outlet_name = p.channel;
  if (p.method === 'CREDIT_CARD') out.credit_card_charge_id = p.paymentId;
  return out;
}

/** GET/POST answers. */
export function invoiceWire(inv: Invoice, account: Account): Wire {
  return {
    id: inv.id,
    external_id: inv.request.external_id,
    user_id: account.businessId,
    status: inv.status,
    merchant_name: account.merchantName,
    merchant_profile_picture_url: `${account.publicUrl}/xendit/assets/merchant.svg`,
    amount: inv.request.amount,
    expiry_date: iso(inv.expiryDate),
    invoice_url: invoiceUrl(inv, account),
    ...available(inv, account),
    should_exclude_credit_card: !inv.channels.includes('CREDIT_CARD'),
    should_send_email: inv.request.should_send_email === true,
    created: iso(inv.created),
    updated: iso(inv.updated),
    currency: inv.request.currency,
    ...echoed(inv),
    ...paymentFields(inv),
  };
}

/**
 * The callback body: the flat invoice (no envelope), with the paid fields once paid and none
 * on an expired one (docs/xendit.md §3).
 */
export function invoiceCallback(inv: Invoice, account: Account): Wire {
  const base: Wire = {
    id: inv.id,
    external_id: inv.request.external_id,
    user_id: account.businessId,
    is_high: false,
    status: inv.status === 'SETTLED' ? 'PAID' : inv.status,
    merchant_name: account.merchantName,
    amount: inv.request.amount,
    currency: inv.request.currency,
    created: iso(inv.created),
    updated: iso(inv.updated),
    ...echoed(inv),
  };
  if (!inv.payment) return base;
  return { ...base, ...paymentFields(inv), adjusted_received_amount: inv.payment.paidAmount, fees_paid_amount: 0 };
}

/** For the hosted page: what it shows and where it sends the shopper. */
export function pageState(inv: Invoice, account: Account): Wire {
  return {
    id: inv.id,
    external_id: inv.request.external_id,
    status: inv.status,
    amount: inv.request.amount,
    currency: inv.request.currency,
    description: inv.request.description ?? null,
    items: inv.request.items ?? [],
    merchant_name: account.merchantName,
    expiry_date: iso(inv.expiryDate),
    locale: inv.request.locale ?? null,
    success_redirect_url: inv.request.success_redirect_url ?? null,
    failure_redirect_url: inv.request.failure_redirect_url ?? null,
    channels: CHANNELS.filter((c) => inv.channels.includes(c.code)).map((c) => ({
      code: c.code,
      method: c.method,
      label: c.label,
      destination: inv.destinations[c.code] ?? null,
    })),
    test_cards: inv.channels.includes('CREDIT_CARD') ? [...TEST_CARDS] : [],
    payment: inv.payment ? { method: inv.payment.method, channel: inv.payment.channel, paid_at: iso(inv.payment.paidAt) } : null,
  };
}
