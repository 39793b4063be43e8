import { CHANNELS, channelByCode } from './channels.js';
import { validationError, xenditError } from './errors.js';
import type { InvoiceRequest } from './types.js';

// `POST /v2/invoices`: every field of xendit-node 7's CreateInvoiceRequest, checked the way
// Xendit answers (docs/xendit.md §2). Pure: the body in, a normalised request or an ApiError out.
// Keys the SDK does not model are ignored, as Xendit ignores them.

const CURRENCIES = ['IDR', 'USD', 'THB', 'VND', 'PHP', 'MYR'];
/** The simulated account is an Indonesian one: only IDR is enabled (others: UNSUPPORTED_CURRENCY). */
const ACCOUNT_CURRENCIES = ['IDR'];
const LOCALES = ['en', 'id', 'th', 'vi'];
const NOTIFICATION_CHANNELS = ['email', 'sms', 'whatsapp', 'viber'];
const NOTIFICATION_KEYS = ['invoice_created', 'invoice_reminder', 'invoice_paid'];
const MAX_AMOUNT = 1_000_000_000_000;
const MAX_DURATION_S = 31_536_000;
export const DEFAULT_DURATION_S = 86_400;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const present = (o: Obj, k: string) => o[k] !== undefined && o[k] !== null;

function str(o: Obj, key: string, label = key, max = 1000): string | undefined {
  if (!present(o, key)) return undefined;
  const v = o[key];
  if (typeof v !== 'string') throw validationError(`"${label}" must be a string`);
  if (v.length > max) throw validationError(`"${label}" length must be less than or equal to ${max} characters long`);
  return v;
}

function bool(o: Obj, key: string, label = key): void {
  if (present(o, key) && typeof o[key] !== 'boolean') throw validationError(`"${label}" must be a boolean`);
}

function num(o: Obj, key: string, label = key): number | undefined {
  if (!present(o, key)) return undefined;
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw validationError(`"${label}" must be a number`);
  return v;
}

function url(o: Obj, key: string): void {
  const v = str(o, key, key, 255);
  if (v === undefined) return;
  let parsed: URL;
  try {
    parsed = new URL(v);
  } catch {
    throw validationError(`"${key}" must be a valid uri`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw validationError(`"${key}" must be a valid uri with a scheme matching the http|https pattern`);
}

function email(o: Obj, key: string, label: string): void {
  const v = str(o, key, label, 255);
  if (v !== undefined && !EMAIL.test(v)) throw xenditError(400, 'EMAIL_FORMAT_ERROR', `${label} is not a valid email format`);
}

function customer(v: unknown): void {
  if (!isObj(v)) throw validationError('"customer" must be an object');
  for (const k of ['id', 'phone_number', 'given_names', 'surname', 'mobile_number', 'customer_id']) str(v, k, `customer.${k}`, 255);
  email(v, 'email', 'customer.email');
  if (!present(v, 'addresses')) return;
  if (!Array.isArray(v.addresses)) throw validationError('"customer.addresses" must be an array');
  v.addresses.forEach((a, i) => {
    if (!isObj(a)) throw validationError(`"customer.addresses[${i}]" must be an object`);
    for (const k of ['country', 'street_line1', 'street_line2', 'city', 'province', 'state', 'postal_code'])
      str(a, k, `customer.addresses[${i}].${k}`, 255);
  });
}

function notificationPreference(v: unknown): void {
  if (!isObj(v)) throw validationError('"customer_notification_preference" must be an object');
  for (const key of NOTIFICATION_KEYS) {
    if (!present(v, key)) continue;
    const list = v[key];
    if (!Array.isArray(list) || list.some((c) => typeof c !== 'string' || !NOTIFICATION_CHANNELS.includes(c))) {
      throw validationError(`"customer_notification_preference.${key}" must be an array of ${NOTIFICATION_CHANNELS.join(', ')}`);
    }
  }
}

function items(v: unknown): void {
  if (!Array.isArray(v)) throw validationError('"items" must be an array');
  v.forEach((item, i) => {
    if (!isObj(item)) throw validationError(`"items[${i}]" must be an object`);
    if (str(item, 'name', `items[${i}].name`, 256) === undefined) throw validationError(`"items[${i}].name" is required`);
    const price = num(item, 'price', `items[${i}].price`);
    if (price === undefined) throw validationError(`"items[${i}].price" is required`);
    if (price < 0) throw validationError(`"items[${i}].price" must be greater than or equal to 0`);
    const quantity = num(item, 'quantity', `items[${i}].quantity`);
    if (quantity === undefined) throw validationError(`"items[${i}].quantity" is required`);
    if (!Number.isInteger(quantity) || quantity < 1)
      throw validationError(`"items[${i}].quantity" must be an integer greater than or equal to 1`);
    for (const k of ['reference_id', 'url', 'category']) str(item, k, `items[${i}].${k}`, 255);
  });
}

function fees(v: unknown): void {
  if (!Array.isArray(v)) throw validationError('"fees" must be an array');
  v.forEach((fee, i) => {
    if (!isObj(fee)) throw validationError(`"fees[${i}]" must be an object`);
    if (str(fee, 'type', `fees[${i}].type`, 255) === undefined) throw validationError(`"fees[${i}].type" is required`);
    if (num(fee, 'value', `fees[${i}].value`) === undefined) throw validationError(`"fees[${i}].value" is required`);
  });
}

function channelProperties(v: unknown): void {
  if (!isObj(v)) throw validationError('"channel_properties" must be an object');
  if (!present(v, 'cards')) return;
  const cards = v.cards;
  if (!isObj(cards)) throw validationError('"channel_properties.cards" must be an object');
  if (present(cards, 'allowed_bins')) {
    const bins = cards.allowed_bins;
    if (!Array.isArray(bins) || bins.some((b) => typeof b !== 'string' || !/^\d{6,8}$/.test(b))) {
      throw validationError('"channel_properties.cards.allowed_bins" must be an array of 6 to 8 digit strings');
    }
  }
  if (!present(cards, 'installment_configuration')) return;
  const inst = cards.installment_configuration;
  if (!isObj(inst)) throw validationError('"channel_properties.cards.installment_configuration" must be an object');
  bool(inst, 'allow_full_payment', 'channel_properties.cards.installment_configuration.allow_full_payment');
  if (!present(inst, 'allowed_terms')) return;
  const terms = inst.allowed_terms;
  const ok =
    Array.isArray(terms) &&
    terms.every(
      (t) =>
        isObj(t) &&
        (t.issuer === undefined || typeof t.issuer === 'string') &&
        (t.terms === undefined || (Array.isArray(t.terms) && t.terms.every((n) => Number.isInteger(n) && (n as number) > 0))),
    );
  if (!ok)
    throw validationError('"channel_properties.cards.installment_configuration.allowed_terms" must be an array of { issuer, terms }');
}

function reminder(body: Obj): void {
  const time = num(body, 'reminder_time');
  const unit = str(body, 'reminder_time_unit');
  if (unit !== undefined && unit !== 'days' && unit !== 'hours') throw validationError('"reminder_time_unit" must be one of [days, hours]');
  if (time === undefined) return;
  const max = unit === 'hours' ? 24 : 60;
  if (!Number.isInteger(time) || time < 1 || time > max) {
    throw xenditError(400, 'INVALID_REMINDER_TIME', `reminder_time must be between 1 and ${max} ${unit ?? 'days'}`);
  }
}

/** The channels an invoice opens: `payment_methods` (validated), else every channel. */
export function openChannels(body: Obj): string[] {
  if (!present(body, 'payment_methods')) return CHANNELS.map((c) => c.code);
  const list = body.payment_methods;
  if (!Array.isArray(list) || list.some((m) => typeof m !== 'string'))
    throw validationError('"payment_methods" must be an array of strings');
  if (list.length === 0) throw xenditError(400, 'NO_COLLECTION_METHODS_ERROR', 'There is no payment method available for this invoice');
  const unknown = (list as string[]).filter((m) => !channelByCode(m));
  if (unknown.length) {
    throw xenditError(400, 'UNAVAILABLE_PAYMENT_METHOD_ERROR', `Payment method(s) ${unknown.join(', ')} not available for this merchant`);
  }
  return [...new Set(list as string[])];
}

export function parseInvoiceRequest(raw: unknown): { request: InvoiceRequest; channels: string[] } {
  if (!isObj(raw)) throw validationError('"value" must be of type object');
  const body = raw;

  const externalId = str(body, 'external_id', 'external_id', 1000);
  if (externalId === undefined) throw validationError('"external_id" is required');
  if (externalId.trim() === '') throw validationError('"external_id" is not allowed to be empty');
  const amount = num(body, 'amount');
  if (amount === undefined) throw validationError('"amount" is required');
  if (amount < 1) throw validationError('"amount" must be greater than or equal to 1');
  if (amount > MAX_AMOUNT) throw xenditError(400, 'MAXIMUM_TRANSFER_AMOUNT_ERROR', `The amount must not exceed ${MAX_AMOUNT}`);

  const currency = str(body, 'currency') ?? 'IDR';
  if (!CURRENCIES.includes(currency) || !ACCOUNT_CURRENCIES.includes(currency)) {
    throw xenditError(
      400,
      'UNSUPPORTED_CURRENCY',
      `Currency ${currency} is not supported for this merchant (the simulator's account has IDR only)`,
    );
  }
  // IDR has no minor unit: Xendit refuses fractions of a rupiah.
  if (!Number.isInteger(amount)) throw validationError('"amount" must be an integer for IDR');

  email(body, 'payer_email', 'payer_email');
  str(body, 'description');
  const duration = num(body, 'invoice_duration') ?? DEFAULT_DURATION_S;
  if (!Number.isInteger(duration) || duration < 1 || duration > MAX_DURATION_S) {
    throw validationError(`"invoice_duration" must be an integer between 1 and ${MAX_DURATION_S}`);
  }
  str(body, 'callback_virtual_account_id', 'callback_virtual_account_id', 255);
  bool(body, 'should_send_email');
  if (present(body, 'customer')) customer(body.customer);
  if (present(body, 'customer_notification_preference')) notificationPreference(body.customer_notification_preference);
  url(body, 'success_redirect_url');
  url(body, 'failure_redirect_url');
  const channels = openChannels(body);
  str(body, 'mid_label', 'mid_label', 255);
  bool(body, 'should_authenticate_credit_card');
  reminder(body);
  const locale = str(body, 'locale');
  if (locale !== undefined && !LOCALES.includes(locale)) throw validationError(`"locale" must be one of [${LOCALES.join(', ')}]`);
  if (present(body, 'items')) items(body.items);
  if (present(body, 'fees')) fees(body.fees);
  if (present(body, 'channel_properties')) channelProperties(body.channel_properties);
  if (present(body, 'metadata')) {
    if (!isObj(body.metadata)) throw validationError('"metadata" must be an object');
    if (Object.keys(body.metadata).length > 50) throw validationError('"metadata" must have less than or equal to 50 keys');
  }

  const request: InvoiceRequest = { ...body, external_id: externalId, amount, currency, invoice_duration: duration };
  return { request, channels };
}
