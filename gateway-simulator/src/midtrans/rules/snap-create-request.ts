import { resolveEnabledPayments } from './payment-methods.js';
import type { SnapItem } from '../store/types.js';
import { parseAmount } from '../util/money.js';
import { parseMidtransTime, unitMs } from '../util/time.js';

// Validation of POST /snap/v1/transactions (docs/midtrans.md §3, §4). Messages are Midtrans's
// where known; the ones marked UNCONFIRMED are our best guess in the same Rails-like style.

export interface SnapCreateRequest {
  orderId: string;
  grossAmount: number;
  itemDetails: SnapItem[];
  customerDetails: Record<string, unknown> | null;
  enabledPayments: string[];
  callbacks: { finish?: string; error?: string };
  customFields: Record<string, string>;
  /** `expiry`: fixed deadline when start_time is given, else a duration from the method choice. */
  expiry?: { start?: Date; durationMs: number };
  pageExpiryMs?: number;
}

const MAX_ORDER_ID = 50;
const SEVEN_DAYS_MS = 7 * 86_400_000; // longer expiries are capped (§5 "JSON Objects")

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSnapCreate(body: unknown): { ok: true; value: SnapCreateRequest } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const root = isObj(body) ? body : {};
  const details = isObj(root.transaction_details) ? root.transaction_details : {};

  const rawOrderId = details.order_id;
  const orderId = typeof rawOrderId === 'string' || typeof rawOrderId === 'number' ? String(rawOrderId) : '';
  if (!orderId) errors.push('transaction_details.order_id is required');
  else if (orderId.length > MAX_ORDER_ID) errors.push(`transaction_details.order_id is too long (maximum is ${MAX_ORDER_ID} characters)`); // UNCONFIRMED wording

  const grossAmount = parseAmount(details.gross_amount);
  if (details.gross_amount === undefined || details.gross_amount === null) errors.push('transaction_details.gross_amount is required');
  else if (grossAmount === undefined)
    errors.push('transaction_details.gross_amount is not a number'); // UNCONFIRMED
  else if (grossAmount < 0.01) errors.push('transaction_details.gross_amount must be greater than or equal to 0.01');
  else if (!Number.isInteger(grossAmount)) errors.push('transaction_details.gross_amount must be an integer for IDR'); // UNCONFIRMED (§20: decimals rejected)

  const itemDetails = parseItems(root.item_details, errors);
  if (itemDetails.length && grossAmount !== undefined) {
    const sum = itemDetails.reduce((s, i) => s + i.price * i.quantity, 0);
    if (sum !== grossAmount) errors.push('transaction_details.gross_amount is not equal to the sum of item_details');
  }

  // An email that is present must look like one; an empty string fails too (§3, observed).
  const customer = isObj(root.customer_details) ? root.customer_details : undefined;
  if (customer && customer.email !== undefined && customer.email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(customer.email))) {
    errors.push('customer_details.email format is invalid');
  }

  const expiry = parseExpiry(root.expiry, 'expiry', errors);
  const pageExpiry = parseExpiry(root.page_expiry, 'page_expiry', errors);
  const enabledPayments = resolveEnabledPayments(root.enabled_payments);
  if (!enabledPayments.length) errors.push('enabled_payments has no payment method the simulator supports'); // ours

  if (errors.length) return { ok: false, errors };

  const callbacks = isObj(root.callbacks) ? root.callbacks : {};
  const customFields: Record<string, string> = {};
  for (const key of ['custom_field1', 'custom_field2', 'custom_field3']) {
    if (typeof root[key] === 'string') customFields[key] = root[key] as string;
  }
  return {
    ok: true,
    value: {
      orderId,
      grossAmount: grossAmount as number,
      itemDetails,
      customerDetails: customer ?? null,
      enabledPayments,
      callbacks: {
        finish: typeof callbacks.finish === 'string' ? callbacks.finish : undefined,
        error: typeof callbacks.error === 'string' ? callbacks.error : undefined,
      },
      customFields,
      expiry: expiry && { start: expiry.start, durationMs: expiry.durationMs },
      pageExpiryMs: pageExpiry?.durationMs,
    },
  };
}

function parseItems(raw: unknown, errors: string[]): SnapItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObj).map((item) => {
    const price = parseAmount(item.price);
    const quantity = parseAmount(item.quantity);
    if (typeof item.name !== 'string' || !item.name) errors.push('item_details Name is required');
    if (price === undefined || !Number.isInteger(price)) errors.push('item_details Price is required and must be an integer'); // UNCONFIRMED
    if (quantity === undefined || !Number.isInteger(quantity) || quantity < 1)
      errors.push('item_details Quantity must be greater than or equal to 1'); // UNCONFIRMED
    return { ...item, name: String(item.name ?? ''), price: price ?? 0, quantity: quantity ?? 0 };
  });
}

function parseExpiry(raw: unknown, field: string, errors: string[]): { start?: Date; durationMs: number } | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObj(raw)) {
    errors.push(`${field} is invalid`); // UNCONFIRMED
    return undefined;
  }
  const perUnit = unitMs(raw.unit ?? 'minute');
  const duration = parseAmount(raw.duration);
  if (!perUnit) errors.push(`${field}.unit is invalid`); // UNCONFIRMED wording
  if (duration === undefined || !Number.isInteger(duration) || duration <= 0) errors.push(`${field}.duration is required`); // UNCONFIRMED
  let start: Date | undefined;
  if (typeof raw.start_time === 'string') {
    start = parseMidtransTime(raw.start_time);
    if (!start) errors.push(`${field}.start_time format is invalid`); // UNCONFIRMED
  }
  if (!perUnit || duration === undefined) return undefined;
  return { start, durationMs: Math.min(perUnit * duration, SEVEN_DAYS_MS) };
}
