import { useState } from 'react';
import { formatCountdown, formatDateTime } from '../../format/date-time';
import { groupDigits } from '../../format/group-digits';
import type { PaymentStatusOrderFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/LanguageProvider';
import { useNow } from '../../payments/useNow';

type Instructions = NonNullable<PaymentStatusOrderFragment['paymentInstructions']>;

/** How to finish paying: VA number, Mandiri bill key or store payment code, and the deadline. */
export function PaymentInstructionsPanel({ instructions }: { instructions: Instructions }) {
  const { t, language } = useI18n();
  const bank = instructions.bank?.toUpperCase() ?? '';
  return (
    <section className="panel instructions" aria-labelledby="instructions-title" data-testid="payment-instructions">
      <h2 id="instructions-title">{instructions.vaNumber ? t('pending.vaTitle') : t('pending.howToPay')}</h2>
      <dl className="facts facts--large">
        {instructions.vaNumber && <CopyableFact label={t('pending.va', { bank })} value={instructions.vaNumber} testId="va-number" />}
        {instructions.billerCode && <CopyableFact label={t('pending.billerCode')} value={instructions.billerCode} testId="biller-code" />}
        {instructions.billKey && <CopyableFact label={t('pending.billKey')} value={instructions.billKey} testId="bill-key" />}
        {instructions.paymentCode && (
          <CopyableFact label={t('pending.paymentCode')} value={instructions.paymentCode} testId="payment-code" />
        )}
        {bank && !instructions.vaNumber && (
          <div>
            <dt>{t('pending.bank')}</dt>
            <dd>{bank}</dd>
          </div>
        )}
      </dl>
      {instructions.expiresAt && (
        <Deadline
          expiresAt={instructions.expiresAt}
          label={t('pending.expiresAt', { time: formatDateTime(instructions.expiresAt, language) })}
        />
      )}
    </section>
  );
}

function CopyableFact({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard
      ?.writeText(value)
      .then(() => setCopied(true))
      .catch(() => undefined);
  };
  return (
    <div className="copyable">
      <dt>{label}</dt>
      <dd>
        <span className="copyable__value" data-testid={testId} data-value={value}>
          {groupDigits(value)}
        </span>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-label={t('pending.copyNamed', { what: label })}
          onClick={copy}
        >
          {t('pending.copy')}
        </button>
        <span className="copyable__done" role="status" aria-live="polite">
          {copied ? t('pending.copied') : ''}
        </span>
      </dd>
    </div>
  );
}

function Deadline({ expiresAt, label }: { expiresAt: string; label: string }) {
  const { t } = useI18n();
  const deadline = new Date(expiresAt).getTime();
  const valid = Number.isFinite(deadline);
  const now = useNow(valid);
  if (!valid) return null;
  const left = deadline - now;
  return (
    <div className="deadline">
      <p>{label}</p>
      {left > 0 ? (
        <p>
          {t('pending.timeLeft')}: {/* role=timer is not announced every second; the deadline text above says it once. */}
          <span role="timer" className="deadline__countdown" data-testid="countdown">
            {formatCountdown(left)}
          </span>
        </p>
      ) : (
        <p className="notice notice--warning">{t('pending.timeUp')}</p>
      )}
    </div>
  );
}
