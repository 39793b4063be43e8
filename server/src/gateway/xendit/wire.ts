// Xendit's JSON, parsed strictly: the invoice callback (the flat invoice object, no
// envelope), the refund callback's envelope, and the invoice and refund objects its API
// answers (xendit-reference.md §2–§4). Unlike Midtrans, Xendit writes amounts as JSON
// numbers. A string where a number belongs, a fraction of a rupiah, an id with an
// invisible character in it: each is a forged or broken body, refused with a reason a
// 400 can carry, never half-read. Fields we do not read may come and go, so unknown
// ones pass; `null` counts as absent (Xendit sends nulls for fields that do not apply).
import { z } from 'zod';

/** Xendit invoice ids: 24 hex characters (a MongoDB ObjectId). */
export const INVOICE_ID = /^[0-9a-f]{24}$/;
/** Our order ids as external_id: the same charset the Midtrans adapter allows. */
export const EXTERNAL_ID = /^[A-Za-z0-9\-_.~]{1,128}$/;
/** Refund ids look like "rfd-" and a UUID; kept loose beyond the prefix. */
export const REFUND_ID = /^rfd-[A-Za-z0-9_-]{1,80}$/;
/** Status and enum words: upper case and underscores (PAID, BANK_TRANSFER…). */
const WORD = /^[A-Z][A-Z0-9_]{0,39}$/;
/** Invisible and layout-changing characters a display or a log would hide. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;

/** A callback is a few kilobytes; the HTTP edge caps bodies at 64 KB too. */
export const MAX_CALLBACK_BYTES = 64 * 1024;

const absent = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);
const word = (what: string) => z.string().regex(WORD, `must be a Xendit ${what} word (A-Z, 0-9, _)`);
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !HIDDEN.test(value), 'must not contain control or invisible characters');
/** Whole rupiah, as a JSON number: IDR has no cents at Xendit. */
const rupiah = z.number().min(0).max(1e12, 'is larger than any IDR payment').refine(Number.isInteger, 'must be whole rupiah');
const timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time' });

const invoiceFields = {
  id: z.string().regex(INVOICE_ID, 'must be 24 hex characters'),
  external_id: z.string().regex(EXTERNAL_ID, 'must be 1–128 of A-Z a-z 0-9 - _ . ~'),
  status: word('invoice status'),
  amount: rupiah,
  currency: absent(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')),
  paid_amount: absent(rupiah),
  paid_at: absent(timestamp),
  payment_method: absent(word('payment method')),
  payment_channel: absent(word('payment channel')),
  payment_destination: absent(text(64)),
  payment_id: absent(text(128)),
  user_id: absent(text(64)),
  updated: absent(timestamp),
};

/** The body of an invoice callback: the invoice as it is now, as Xendit claims it. */
export const invoiceCallbackSchema = z.looseObject(invoiceFields);
export type XenditInvoice = z.infer<typeof invoiceCallbackSchema>;

/** GET /v2/invoices/{id}, POST /v2/invoices and expire! answer the invoice with its page. */
export const invoiceAnswerSchema = z.looseObject({
  ...invoiceFields,
  // Required in the truth: an invoice of unknown currency confirms nothing.
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
  invoice_url: z
    .string()
    .max(2048)
    .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'),
  expiry_date: timestamp,
});
export type XenditInvoiceAnswer = z.infer<typeof invoiceAnswerSchema>;

const refundFields = {
  id: z.string().regex(REFUND_ID, 'must be a Xendit refund id (rfd-…)'),
  invoice_id: absent(z.string().regex(INVOICE_ID, 'must be 24 hex characters')),
  status: word('refund status'),
  amount: rupiah,
  currency: absent(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')),
  reason: absent(word('refund reason')),
  failure_code: absent(word('failure code')),
  reference_id: absent(text(255)),
};

/** POST /refunds and GET /refunds/{id}. */
export const refundAnswerSchema = z.looseObject(refundFields);
export type XenditRefund = z.infer<typeof refundAnswerSchema>;

export const REFUND_EVENTS = ['refund.succeeded', 'refund.failed'] as const;
export type RefundEventName = (typeof REFUND_EVENTS)[number];

const envelopeSchema = z.looseObject({
  event: z.string().regex(/^[a-z_]{1,32}(\.[a-z_]{1,32}){0,3}$/, 'must be a Xendit event name'),
  business_id: text(64),
  created: timestamp,
  data: z.looseObject({}),
});
const refundDataSchema = z.looseObject(refundFields);

/** What a callback body is, or why it is refused. Never throws. */
export type ParsedCallback =
  | { ok: true; kind: 'invoice'; invoice: XenditInvoice }
  | { ok: true; kind: 'refund'; event: RefundEventName; refund: XenditRefund }
  /** A well-formed envelope for an event Lunas does not act on (another product's callback). */
  | { ok: true; kind: 'unsupported'; event: string }
  | { ok: false; reason: string; invoiceId?: string; externalId?: string; status?: string };

export function parseCallback(rawBody: string): ParsedCallback {
  if (Buffer.byteLength(rawBody, 'utf8') > MAX_CALLBACK_BYTES) return { ok: false, reason: 'body: larger than 64 KB' };
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: 'body: not valid JSON' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, reason: 'body: must be a JSON object' };
  // Invoice callbacks are the bare invoice; every other product wraps its object in an envelope.
  if (!('event' in body)) {
    const parsed = parseWith(invoiceCallbackSchema, body);
    return parsed.ok ? { ok: true, kind: 'invoice', invoice: parsed.value } : { ok: false, reason: parsed.error, ...clues(body) };
  }
  const envelope = parseWith(envelopeSchema, body);
  if (!envelope.ok) return { ok: false, reason: envelope.error };
  const event = envelope.value.event;
  if (!event.startsWith('refund.')) return { ok: true, kind: 'unsupported', event };
  if (!(REFUND_EVENTS as readonly string[]).includes(event))
    return { ok: false, reason: `event: ${event} is not a refund event Xendit sends` };
  const refund = parseWith(refundDataSchema, envelope.value.data);
  if (!refund.ok) return { ok: false, reason: `data.${refund.error}`, ...clues(envelope.value.data) };
  return { ok: true, kind: 'refund', event: event as RefundEventName, refund: refund.value };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** The first problem, named by field: "amount: must be whole rupiah". */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : 'body';
  const expected = (issue as { expected?: string }).expected;
  return { ok: false, error: `${where}: ${issue.code === 'invalid_type' && expected ? `expected ${expected}` : issue.message}` };
}

/** Well-formed ids and status of a refused body, for the notification log's columns. */
function clues(value: object): { invoiceId?: string; externalId?: string; status?: string } {
  const record = value as Record<string, unknown>;
  const pick = (key: string, pattern: RegExp) => {
    const field = record[key];
    return typeof field === 'string' && pattern.test(field) ? field : undefined;
  };
  const invoiceId = pick('id', INVOICE_ID) ?? pick('invoice_id', INVOICE_ID);
  const externalId = pick('external_id', EXTERNAL_ID);
  const status = pick('status', WORD);
  return { ...(invoiceId ? { invoiceId } : {}), ...(externalId ? { externalId } : {}), ...(status ? { status } : {}) };
}
