import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useErrorMessage } from '../../apollo/useErrorMessage';
import { useCart } from '../../cart/CartProvider';
import { ErrorState, LoadingState } from '../../components/States';
import type { OrderStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/LanguageProvider';
import { getAccessToken } from '../../payments/access-tokens';
import { isResultKind, resultKindFor, resultPath } from '../../payments/order-status';
import { useOrderStatus } from '../../payments/useOrderStatus';
import { moveFocus } from '../move-focus';
import { NotFoundPage } from '../NotFoundPage';
import { usePageTitle } from '../usePageTitle';
import { FailureView } from './FailureView';
import { OrderNotFound } from './OrderNotFound';
import { PendingView } from './PendingView';
import { resultTitleKey } from './result-titles';
import { StatusLine } from './StatusLine';
import { SuccessView } from './SuccessView';

/**
 * /payment/success, /payment/pending and /payment/failure. One route with a
 * parameter, so moving between them keeps this component (and its subscription)
 * alive: the URL follows the server's status, the view never trusts the URL.
 */
export function PaymentResultPage() {
  const { t } = useI18n();
  const { kind } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { dispatch } = useCart();
  const orderId = params.get('order_id');
  const accessToken = useMemo(() => (orderId ? getAccessToken(orderId) : null), [orderId]);
  const result = useOrderStatus(orderId, accessToken);
  const status: OrderStatus | null = result.state === 'ready' ? result.order.status : null;
  const actualKind = status ? resultKindFor(status) : null;
  // /payment/failure while the server still says PENDING: the shopper came back without
  // paying (Xendit's failure_redirect_url when the invoice page is left, Snap's onError).
  // The page stays, says the payment is not completed and offers to continue; once the
  // status moves, the page follows it like everywhere else.
  const left = kind === 'failure' && actualKind === 'pending';

  const heading = useRef<HTMLHeadingElement>(null);
  const previous = useRef<OrderStatus | null>(null);
  const [announcement, setAnnouncement] = useState('');

  usePageTitle(left ? t('unfinished.title') : status ? t(resultTitleKey(status)) : t('result.checking'));

  useEffect(() => {
    if (actualKind && orderId && actualKind !== kind && !left) void navigate(resultPath(actualKind, orderId), { replace: true });
  }, [actualKind, kind, orderId, navigate, left]);

  useEffect(() => {
    if (!status) return;
    if (previous.current && previous.current !== status) {
      setAnnouncement(t('status.changed', { label: t(`status.${status}`) }));
      // The page changed under the shopper: put keyboard and reader focus on the news.
      moveFocus(heading.current);
    }
    previous.current = status;
  }, [status, t]);

  useEffect(() => {
    if (status === 'PAID' && orderId) dispatch({ type: 'paid', orderId });
  }, [status, orderId, dispatch]);

  if (!isResultKind(kind)) return <NotFoundPage />;
  if (result.state === 'not-found') return <OrderNotFound />;
  if (result.state === 'loading') return <LoadingState label={t('result.checking')} />;
  if (result.state === 'error') return <ErrorState message={errorMessage(result.kind)} onRetry={result.retry} />;

  const { order } = result;
  return (
    <section
      aria-labelledby="result-title"
      className={`result result--${actualKind}`}
      data-testid={left ? 'result-unfinished' : `result-${actualKind}`}
    >
      <h1 id="result-title" ref={heading} tabIndex={-1}>
        {left ? t('unfinished.title') : t(resultTitleKey(order.status))}
      </h1>
      {left && (
        <p className="notice notice--warning" data-testid="unfinished-notice">
          {t('unfinished.body')}
        </p>
      )}
      <StatusLine status={order.status} />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="status-announcement">
        {announcement}
      </p>
      {actualKind === 'pending' && <PendingView order={order} />}
      {actualKind === 'success' && <SuccessView order={order} />}
      {actualKind === 'failure' && <FailureView order={order} />}
    </section>
  );
}
