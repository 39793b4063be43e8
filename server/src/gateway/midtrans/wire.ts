// Midtrans's JSON, parsed strictly. Every scalar Midtrans sends is a string
// (docs/midtrans.md §9): a number, object or array where a string belongs is a forged
// or broken body, refused with a reason rather than half-read. Fields we do not use may
// come and go (Midtrans adds fields without notice), so unknown ones pass.
import { z } from 'zod';

/** Midtrans's order_id charset; merchants' ids are at most 50 long, the dashboard's test notification's longer (docs/midtrans.md §3). */
export const ORDER_ID = /^[A-Za-z0-9\-_.~]{1,128}$/;
/** IDR amounts as Midtrans writes them: whole rupiah with ".00" (docs/midtrans.md §9). */
export const AMOUNT = /^(0|[1-9]\d{0,11})\.00$/;
/** "YYYY-MM-DD HH:mm:ss", Asia/Jakarta. */
const JAKARTA_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

const text = (max: number) => z.string().max(max);
const amount = z.string().regex(AMOUNT, 'must be whole rupiah written like "18500.00"');

const transactionFields = {
  order_id: z.string().regex(ORDER_ID, 'must be 1–128 of A-Z a-z 0-9 - _ . ~'),
  status_code: z.string().regex(/^\d{3}$/, 'must be three digits'),
  gross_amount: amount,
  transaction_status: z.string().regex(/^[a-z_]{1,32}$/, 'must be a Midtrans status word'),
  transaction_id: text(64).optional(),
  fraud_status: z
    .string()
    .regex(/^[a-z_]{1,20}$/)
    .optional(),
  payment_type: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  va_numbers: z
    .array(z.looseObject({ bank: text(20), va_number: text(40) }))
    .max(10)
    .optional(),
  permata_va_number: text(40).optional(),
  bill_key: text(40).optional(),
  biller_code: text(20).optional(),
  payment_code: text(40).optional(),
  store: text(40).optional(),
  expiry_time: z.string().regex(JAKARTA_TIME, 'must be "YYYY-MM-DD HH:mm:ss"').optional(),
  refund_amount: amount.optional(),
  refunds: z
    .array(z.looseObject({ refund_amount: amount.optional(), refund_key: text(64).optional() }))
    .max(100)
    .optional(),
};

export const notificationSchema = z.looseObject({
  ...transactionFields,
  signature_key: z.string().regex(/^[0-9a-f]{128}$/i, 'must be 128 hex characters'),
});
export type MidtransNotification = z.infer<typeof notificationSchema>;

export const statusResponseSchema = z.looseObject(transactionFields);
export type MidtransStatus = z.infer<typeof statusResponseSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; orderId?: string; transactionStatus?: string };

/** The first problem, named by field: "gross_amount: must be whole rupiah…". */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : 'body';
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  // Only plain, well-formed strings are kept for the log's order and status columns.
  const orderId = typeof record.order_id === 'string' && ORDER_ID.test(record.order_id) ? record.order_id : undefined;
  const status =
    typeof record.transaction_status === 'string' && record.transaction_status.length <= 32 ? record.transaction_status : undefined;
  return {
    ok: false,
    error: `${where}: ${issue.code === 'invalid_type' ? `expected ${(issue as { expected?: string }).expected}` : issue.message}`,
    ...(orderId ? { orderId } : {}),
    ...(status ? { transactionStatus: status } : {}),
  };
}

/** "18500.00" → 18500. Only after AMOUNT matched. */
export const rupiah = (value: string): number => Number(value.slice(0, -3));
