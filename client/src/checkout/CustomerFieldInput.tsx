import type { Ref } from 'react';
import { useI18n } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import type { CustomerField } from './customer-form';

const FIELDS: Record<CustomerField, { label: MessageKey; type: string; autoComplete: string; hint?: MessageKey }> = {
  name: { label: 'checkout.name', type: 'text', autoComplete: 'name' },
  email: { label: 'checkout.email', type: 'email', autoComplete: 'email' },
  phone: { label: 'checkout.phone', type: 'tel', autoComplete: 'tel', hint: 'checkout.phoneHint' },
};

interface Props {
  field: CustomerField;
  value: string;
  /** Shown only once the field was left or the form submitted. */
  error: MessageKey | undefined;
  inputRef: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function CustomerFieldInput({ field, value, error, inputRef, onChange, onBlur }: Props) {
  const { t } = useI18n();
  const config = FIELDS[field];
  const describedBy = [config.hint && `${field}-hint`, error && `${field}-error`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={`customer-${field}`}>
        {t(config.label)} <span className="field__required">({t('checkout.required')})</span>
      </label>
      {config.hint && (
        <p id={`${field}-hint`} className="field__hint">
          {t(config.hint)}
        </p>
      )}
      <input
        id={`customer-${field}`}
        name={field}
        type={config.type}
        autoComplete={config.autoComplete}
        inputMode={field === 'phone' ? 'tel' : undefined}
        required
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        ref={inputRef}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {error && (
        <p id={`${field}-error`} className="field__error">
          {t(error)}
        </p>
      )}
    </div>
  );
}
