import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { errorKind } from '../../apollo/error-kind';
import { formatRupiah } from '../../format/money';
import { graphql } from '../../gql';
import { useAdminErrorMessage, useSignInOnUnauthenticated } from '../admin-errors';
import { useAdminI18n } from '../useAdminI18n';
import { checkRefund, createRefundKeys, type RefundProblems } from './refund-input';

export const RefundFormRefund = graphql(`
  mutation RefundFormRefund($input: RefundPaymentInput!) {
    refundPayment(input: $input) {
      refund {
        refundKey
        amount
        status
      }
      order {
        ...OrderPageDetail
      }
    }
  }
`);

/**
 * Full or partial refund of a paid order. `max` is what was paid and not yet refunded.
 * The idempotency key is kept until the refund is made or the operator starts a new
 * one on purpose (refund-input.ts): a refund whose outcome is unknown, sent again with
 * an edited reason, is still the same refund.
 */
/** `gateway`: the order's gateway by name, for the words that say who is asked. */
export function RefundForm({ orderId, max, gateway }: { orderId: string; max: number; gateway: string }) {
  const { at } = useAdminI18n();
  const message = useAdminErrorMessage();
  const client = useApolloClient();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<RefundProblems>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [refund, { loading, error }] = useMutation(RefundFormRefund);
  useSignInOnUnauthenticated(error);
  const amountInput = useRef<HTMLInputElement>(null);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  // A ref, not state: two clicks in one frame both see the old state, not the ref.
  const inFlight = useRef(false);
  // One holder for the form's life (state, not a ref: the key is shown while rendering).
  const [keys] = useState(() => createRefundKeys());
  const [key, setKey] = useState(() => keys.current());
  // Whether the current key has been sent: only then is "a new refund" a choice to make.
  const [sent, setSent] = useState(false);

  function startNew() {
    keys.startNew();
    setKey(keys.current());
    setSent(false);
    setAmount('');
    setReason('');
    setProblems({});
    setResult(null);
    requestAnimationFrame(() => amountInput.current?.focus());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const found = checkRefund(amount, reason, max);
    setProblems(found);
    if (found.amount || found.reason) {
      (found.amount ? amountInput : reasonInput).current?.focus();
      return;
    }
    const value = Number(amount.trim());
    const idempotencyKey = keys.current();
    inFlight.current = true;
    setSent(true);
    setResult(null);
    try {
      await refund({ variables: { input: { orderId, amount: value, reason: reason.trim(), idempotencyKey } } });
      keys.startNew();
      setKey(keys.current());
      setSent(false);
      setAmount('');
      setReason('');
      setResult({ ok: true, text: at('refund.done', { amount: formatRupiah(value), gateway }) });
      // The answer was read before the gateway's refund notifications were logged, and can
      // reach the cache after the live events that followed it (HTTP and the socket race):
      // a read after it leaves the newest view last.
      void client.refetchQueries({ include: ['OrderPageOrder'] }).catch(() => undefined);
    } catch (failure) {
      // The key is kept: sending the same refund again cannot make a second one.
      const unknown = errorKind(failure) === 'OUTCOME_UNKNOWN';
      setResult({ ok: false, text: unknown ? at('refund.unknown', { gateway }) : message(failure) });
      // The refund is recorded as unknown: show it in the order's list until Lunas settles it.
      if (unknown) void client.refetchQueries({ include: ['OrderPageOrder'] }).catch(() => undefined);
    } finally {
      inFlight.current = false;
    }
  }

  const parsed = Number(amount.trim());
  const label =
    amount.trim() && Number.isSafeInteger(parsed) && parsed > 0
      ? at('refund.submit', { amount: formatRupiah(parsed) })
      : at('refund.submitEmpty');

  return (
    <form className="panel refund" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="refund-title">
      <h2 id="refund-title">{at('refund.title')}</h2>
      <div className={`field${problems.amount ? ' field--invalid' : ''}`}>
        <label htmlFor="refund-amount">{at('refund.amount')}</label>
        <div className="refund__amount">
          <input
            id="refund-amount"
            ref={amountInput}
            inputMode="numeric"
            autoComplete="off"
            value={amount}
            aria-invalid={problems.amount || undefined}
            aria-describedby="refund-amount-hint"
            onChange={(event) => setAmount(event.target.value)}
          />
          <button type="button" className="button button--ghost button--small" onClick={() => setAmount(String(max))}>
            {at('refund.full', { max: formatRupiah(max) })}
          </button>
        </div>
        <p id="refund-amount-hint" className={problems.amount ? 'field__error' : 'field__hint'}>
          {problems.amount ? at('refund.badAmount', { max: formatRupiah(max) }) : at('refund.amountHint', { max: formatRupiah(max) })}
        </p>
      </div>
      <div className={`field${problems.reason ? ' field--invalid' : ''}`}>
        <label htmlFor="refund-reason">{at('refund.reason')}</label>
        <textarea
          id="refund-reason"
          ref={reasonInput}
          rows={2}
          maxLength={200}
          value={reason}
          required
          aria-invalid={problems.reason || undefined}
          aria-describedby="refund-reason-hint"
          onChange={(event) => setReason(event.target.value)}
        />
        <p id="refund-reason-hint" className={problems.reason ? 'field__error' : 'field__hint'}>
          {problems.reason ? at('refund.badReason') : at('refund.reasonHint')}
        </p>
      </div>
      {result && (
        <p className={`notice ${result.ok ? 'notice--ok' : 'notice--error'}`} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      <p className="field__hint" data-testid="refund-key">
        {at('refund.keyIs', { key })}
      </p>
      <div className="actions">
        <button type="submit" className="button" disabled={loading} aria-busy={loading || undefined}>
          {loading ? at('refund.submitting', { gateway }) : label}
        </button>
        {sent && !loading && (
          <button type="button" className="button button--ghost" onClick={startNew}>
            {at('refund.startNew')}
          </button>
        )}
      </div>
    </form>
  );
}
