import type { MessageKey } from '../i18n/messages';

export interface CustomerForm {
  name: string;
  email: string;
  phone: string;
}

export type CustomerField = keyof CustomerForm;
export type CustomerErrors = Partial<Record<CustomerField, MessageKey>>;

export const FIELD_ORDER: readonly CustomerField[] = ['name', 'email', 'phone'];

/** What to tell the shopper about each field, whether we or the API found the problem. */
export const FIELD_ERROR: Record<CustomerField, MessageKey> = {
  name: 'checkout.errorName',
  email: 'checkout.errorEmail',
  phone: 'checkout.errorPhone',
};

// The same rules as the API's createPayment validation, so a shopper learns about a
// problem next to the field instead of after a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
// Letters of any script, spaces and the punctuation names really have.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .,'-]*$/u;
// Indonesian mobile numbers: 08…, 628… or +628…, 9–13 digits after the 8.
// BNI VA also wants the phone to start with +62 or 0 (midtrans reference §2.1).
const PHONE = /^(?:\+62|62|0)8\d{7,12}$/;

export function normalisePhone(phone: string): string {
  return phone.replace(/[\s-]/g, '');
}

export function validateField(field: CustomerField, value: string): MessageKey | undefined {
  const trimmed = value.trim();
  switch (field) {
    case 'name': {
      const name = trimmed.replace(/\s+/g, ' ');
      return name.length >= 2 && name.length <= 100 && NAME.test(name) ? undefined : FIELD_ERROR.name;
    }
    case 'email':
      return EMAIL.test(trimmed) && trimmed.length <= 254 ? undefined : FIELD_ERROR.email;
    case 'phone':
      return PHONE.test(normalisePhone(trimmed)) ? undefined : FIELD_ERROR.phone;
  }
}

export function validateCustomer(form: CustomerForm): CustomerErrors {
  const errors: CustomerErrors = {};
  for (const field of FIELD_ORDER) {
    const error = validateField(field, form[field]);
    if (error) errors[field] = error;
  }
  return errors;
}

/** What createPayment receives: trimmed, phone without spaces or dashes. */
/** The form field behind a BAD_USER_INPUT `extensions.fields[].field` such as "customer.email". */
export function customerFieldOf(apiField: string): CustomerField | null {
  const match = /^customer\.(name|email|phone)$/.exec(apiField);
  return match ? (match[1] as CustomerField) : null;
}

export function toCustomerInput(form: CustomerForm) {
  return { name: form.name.trim(), email: form.email.trim(), phone: normalisePhone(form.phone.trim()) };
}

const STORAGE_KEY = 'lunas.customer';

/** Remembered for this tab only, so "try again" after a failed payment is one click. */
export function loadCustomer(storage: Storage = window.sessionStorage): CustomerForm {
  try {
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<CustomerForm> | null;
    return {
      name: typeof saved?.name === 'string' ? saved.name : '',
      email: typeof saved?.email === 'string' ? saved.email : '',
      phone: typeof saved?.phone === 'string' ? saved.phone : '',
    };
  } catch {
    return { name: '', email: '', phone: '' };
  }
}

export function saveCustomer(form: CustomerForm, storage: Storage = window.sessionStorage): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(form));
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
