// Parsing a Midtrans HTTP notification body (reference §4.1–4.2). Parse leniently:
// Midtrans adds fields at any time and drops null ones; only what we need is required.

export interface MidtransNotification {
  order_id: string;
  status_code: string;
  gross_amount: string;
  signature_key: string;
  transaction_status: string;
  transaction_id?: string;
  fraud_status?: string;
  payment_type?: string;
  va_numbers?: { bank?: string; va_number?: string }[];
  permata_va_number?: string;
  bill_key?: string;
  biller_code?: string;
  payment_code?: string;
  store?: string;
  expiry_time?: string;
  refund_amount?: string;
  [field: string]: unknown;
}

export type ParsedNotification =
  | { ok: true; notification: MidtransNotification }
  | { ok: false; error: string; body: unknown };

const REQUIRED = ['order_id', 'status_code', 'gross_amount', 'signature_key', 'transaction_status'] as const;

export function parseNotification(rawBody: string): ParsedNotification {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { ok: false, error: 'body is not valid JSON', body: rawBody };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, error: 'body must be a JSON object', body };
  }
  const record = body as Record<string, unknown>;
  const missing = REQUIRED.filter((field) => typeof record[field] !== 'string' || record[field] === '');
  if (missing.length > 0) {
    return { ok: false, error: `missing or non-string fields: ${missing.join(', ')}`, body };
  }
  return { ok: true, notification: record as MidtransNotification };
}

/** The Midtrans dashboard's "Test notification URL" button (reference §6.3). */
export function isDashboardTestNotification(notification: MidtransNotification): boolean {
  return notification.order_id.startsWith('payment_notif_test_');
}
