import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useErrorMessage } from '../../apollo/useErrorMessage';
import { ErrorState, LoadingState } from '../../components/States';
import { useI18n } from '../../i18n/LanguageProvider';
import { getAccessToken, saveAccessToken } from '../../payments/access-tokens';
import { resultKindFor, resultPath } from '../../payments/order-status';
import { useOrderStatus } from '../../payments/useOrderStatus';
import { usePageTitle } from '../usePageTitle';
import { OrderNotFound } from './OrderNotFound';

/**
 * Midtrans's finish redirect: /payment/finish?order_id&status_code&transaction_status.
 * Its status_code and transaction_status are unauthenticated (reference §3.4) and
 * ignored: the page asks the server and goes where the real status says. The access
 * token comes from this browser's storage (checkout put it there before opening Snap);
 * Lunas never gives it to Midtrans. An `access_token` in the query is still read, for a
 * link Lunas itself hands out (the browser tests open orders in fresh profiles that way).
 */
export function PaymentFinishPage() {
  const { t } = useI18n();
  usePageTitle(t('result.checking'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const orderId = params.get('order_id');
  const tokenFromUrl = params.get('access_token');
  const accessToken = tokenFromUrl || (orderId ? getAccessToken(orderId) : null);
  const result = useOrderStatus(orderId, accessToken, { live: false });

  useEffect(() => {
    if (result.state !== 'ready' || !orderId) return;
    // Keep the token only once the server accepted it, so a bad link cannot
    // overwrite a good token saved at checkout.
    if (tokenFromUrl) saveAccessToken(orderId, tokenFromUrl);
    // replace: the token leaves the address bar and history.
    void navigate(resultPath(resultKindFor(result.order.status), orderId), { replace: true });
  }, [result, orderId, tokenFromUrl, navigate]);

  if (result.state === 'not-found') return <OrderNotFound />;
  if (result.state === 'error') return <ErrorState message={errorMessage(result.kind)} onRetry={result.retry} />;
  return <LoadingState label={t('result.checking')} />;
}
