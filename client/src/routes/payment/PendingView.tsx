import { useState } from 'react';
import { useConnectionStatus } from '../../apollo/ConnectionStatusProvider';
import { formatRupiah } from '../../format/money';
import { useI18n } from '../../i18n/LanguageProvider';
import { getPaymentSession } from '../../payments/access-tokens';
import type { OrderView } from '../../payments/useOrderStatus';
import { usePaymentHandoff } from '../../payments/usePaymentHandoff';
import { OrderSummary } from './OrderSummary';
import { PaymentInstructionsPanel } from './PaymentInstructionsPanel';

export function PendingView({ order }: { order: OrderView }) {
  const { t } = useI18n();
  const { status, offline } = useConnectionStatus();
  const handOff = usePaymentHandoff();
  const [opening, setOpening] = useState(false);
  const instructions = order.paymentInstructions;
  const hasInstructions = Boolean(instructions && (instructions.vaNumber || instructions.billKey || instructions.paymentCode));

  // Kept by this browser at checkout (the API does not store the Snap token): Snap
  // reopens, Xendit's invoice page is gone back to.
  const session = getPaymentSession(order.orderId);

  const resume = () => {
    if (!session || opening) return;
    setOpening(true);
    void handOff({ orderId: order.orderId, ...session }).then((how) => how === 'snap' && setOpening(false));
  };

  return (
    <>
      {(offline || status === 'reconnecting') && (
        <p className="notice notice--warning" role="alert" data-testid="connection-lost">
          {t('pending.offline')}
        </p>
      )}
      <p>{t('pending.body')}</p>
      <p className="amount">
        {t('result.amount')}: <strong data-testid="pending-amount">{formatRupiah(order.grossAmount)}</strong>
      </p>
      {hasInstructions && instructions ? (
        <PaymentInstructionsPanel instructions={instructions} />
      ) : (
        <div className="panel">
          <p>{t('pending.noMethod')}</p>
          {session && (
            <button type="button" className="button button--primary" onClick={resume} disabled={opening} aria-busy={opening || undefined}>
              {opening ? t('checkout.paying') : t('pending.resume')}
            </button>
          )}
        </div>
      )}
      <p className="waiting">
        <span className="spinner spinner--small" aria-hidden="true" /> {t('pending.waiting')}
      </p>
      <OrderSummary order={order} />
    </>
  );
}
