import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { errorKind } from '../../apollo/error-kind';
import { graphql } from '../../gql';
import type { OrderStatus } from '../../gql/graphql';
import { useAdminErrorMessage, useSignInOnUnauthenticated } from '../admin-errors';
import { useAdminI18n } from '../useAdminI18n';

export const OrderActionsCancel = graphql(`
  mutation OrderActionsCancel($orderId: ID!) {
    cancelPayment(orderId: $orderId) {
      ...OrderPageDetail
    }
  }
`);

export const OrderActionsReconcile = graphql(`
  mutation OrderActionsReconcile($orderId: ID!) {
    reconcileOrder(orderId: $orderId) {
      ...OrderPageDetail
    }
  }
`);

/**
 * Whether the desk offers cancel: an unpaid order (with or without a payment method
 * chosen), or a paid card payment, which Midtrans voids while it is captured and not yet
 * settled. The server asks Midtrans and refuses a settled one (CANCEL_NOT_ALLOWED).
 */
export function offersCancel(status: OrderStatus, paymentType: string | null | undefined): boolean {
  return status === 'PENDING' || (status === 'PAID' && paymentType === 'credit_card');
}

/** Cancel or void (after a confirmation) and reconcile (ask the order's gateway now). */
export function OrderActions({
  orderId,
  status,
  paymentType,
  gateway,
}: {
  orderId: string;
  status: OrderStatus;
  paymentType?: string | null;
  /** The order's gateway by name: the one cancel and "ask now" go to. */
  gateway: string;
}) {
  const { at, t } = useAdminI18n();
  const message = useAdminErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [cancel, cancelState] = useMutation(OrderActionsCancel, { variables: { orderId } });
  const [reconcile, reconcileState] = useMutation(OrderActionsReconcile, { variables: { orderId } });
  useSignInOnUnauthenticated(cancelState.error, reconcileState.error);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const busy = cancelState.loading || reconcileState.loading;

  // The confirmation takes the focus, so Enter/Space answer it; "keep" gives it back.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const run = async (action: () => Promise<string>, unknownText?: string) => {
    setResult(null);
    try {
      setResult({ ok: true, text: await action() });
    } catch (error) {
      setResult({ ok: false, text: unknownText && errorKind(error) === 'OUTCOME_UNKNOWN' ? unknownText : message(error) });
    }
  };
  const cancellable = offersCancel(status, paymentType);
  const cancelLabel = status === 'PAID' ? at('cancel.void') : at('cancel.button');

  const confirmCancel = () =>
    run(
      async () => {
        setConfirming(false);
        await cancel();
        return at('cancel.done');
      },
      at('cancel.unknown', { gateway }),
    );

  const askGateway = () =>
    run(async () => {
      const { data } = await reconcile();
      const now = data?.reconcileOrder.order.status;
      return at('reconcile.done', { status: now ? t(`status.${now}`) : '—', gateway });
    });

  return (
    <section className="panel" aria-labelledby="actions-title">
      <h2 id="actions-title">{at('order.actions')}</h2>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="cancel-question">
          <p id="cancel-question">{at('cancel.confirm', { orderId })}</p>
          <div className="actions">
            <button ref={confirmButton} type="button" className="button button--danger" onClick={() => void confirmCancel()}>
              {at('cancel.yes')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => cancelButton.current?.focus());
              }}
            >
              {at('cancel.no')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {cancellable ? (
            <button
              ref={cancelButton}
              type="button"
              className="button button--danger"
              disabled={busy}
              aria-busy={cancelState.loading || undefined}
              onClick={() => setConfirming(true)}
            >
              {cancelState.loading ? at('cancel.busy') : cancelLabel}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            aria-busy={reconcileState.loading || undefined}
            onClick={() => void askGateway()}
          >
            {reconcileState.loading ? at('reconcile.busy') : at('reconcile.button', { gateway })}
          </button>
        </div>
      )}
      {status !== 'PENDING' && <p className="field__hint">{at('cancel.onlyPending')}</p>}
      {result && (
        <p className={`notice ${result.ok ? 'notice--ok' : 'notice--error'}`} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
    </section>
  );
}
