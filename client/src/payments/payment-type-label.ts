import type { Translate } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';

const KNOWN = new Set(['bank_transfer', 'echannel', 'credit_card', 'gopay', 'shopeepay', 'qris', 'cstore']);

/** Midtrans's payment_type in words; an unknown type is shown as Midtrans names it. */
export function paymentTypeLabel(t: Translate, paymentType: string | null): string {
  if (!paymentType) return t('paymentType.none');
  return KNOWN.has(paymentType) ? t(`paymentType.${paymentType}` as MessageKey) : paymentType;
}
