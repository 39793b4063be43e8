import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorKind } from '../../apollo/error-kind';
import { ErrorState, LoadingState } from '../../components/States';
import { formatDateTime } from '../../format/date-time';
import { formatRupiah } from '../../format/money';
import { graphql } from '../../gql';
import type { OrderStatus } from '../../gql/graphql';
import { paymentTypeLabel } from '../../payments/payment-type-label';
import { usePageTitle } from '../../routes/usePageTitle';
import { useAdminErrorMessage, useSignInOnUnauthenticated } from '../admin-errors';
import { AnomalyList } from '../anomalies/AnomalyList';
import { CustomerText } from '../CustomerText';
import { StatusBadge } from '../StatusBadge';
import { useAdminI18n } from '../useAdminI18n';
import { useDeskEvents } from '../useDeskEvents';
import { NotificationLog } from './NotificationLog';
import { OrderActions } from './OrderActions';
import { OrderTimeline } from './OrderTimeline';
import { RefundForm } from './RefundForm';
import { refundable } from './refund-input';
import { RefundsList } from './RefundsList';

export const OrderPageOrder = graphql(`
  query OrderPageOrder($orderId: ID!) {
    adminOrder(orderId: $orderId) {
      ...OrderPageDetail
    }
  }
`);

export const OrderPageEvents = graphql(`
  subscription OrderPageEvents($orderId: ID!) {
    adminOrderEvents(orderId: $orderId) {
      ...OrderPageDetail
    }
  }
`);

const REFUNDABLE: readonly OrderStatus[] = ['PAID', 'PARTIALLY_REFUNDED'];

/** /admin/orders/:orderId: the order, its history and notification log, and what can be done. */
export function OrderPage() {
  const { at, t, language } = useAdminI18n();
  const { orderId = '' } = useParams();
  const message = useAdminErrorMessage();
  const query = useQuery(OrderPageOrder, { variables: { orderId }, fetchPolicy: 'cache-and-network' });
  const detail = query.data?.adminOrder ?? null;
  // Query first, then subscribe, to this order's changes only: they land in the cache
  // (AdminOrder is keyed by orderId), so refund notifications and status changes show up live.
  const eventsError = useDeskEvents(OrderPageEvents, { variables: { orderId }, skip: !detail, refetch: query.refetch });
  useSignInOnUnauthenticated(query.error, eventsError);
  usePageTitle(at('order.title', { orderId }));

  const status = detail?.order.status ?? null;
  const previous = useRef<OrderStatus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (status && previous.current && previous.current !== status) {
      setAnnouncement(at('order.changed', { status: t(`status.${status}`) }));
    }
    previous.current = status;
  }, [status, at, t]);

  let body;
  if (detail) {
    const { order, customer } = detail;
    const max = refundable(order);
    const gatewayName = at(`gateway.${order.gateway}`);
    body = (
      <>
        <section className="panel" aria-labelledby="summary-title">
          <h2 id="summary-title">{at('order.summary')}</h2>
          <p>
            <StatusBadge status={order.status} /> <code data-testid="order-status">{order.status}</code>
          </p>
          <dl className="facts">
            <div>
              <dt>{at('order.customer')}</dt>
              <dd>
                <CustomerText text={customer.name} /> · <CustomerText text={customer.email} />
                {customer.phone ? (
                  <>
                    {' · '}
                    <CustomerText text={customer.phone} />
                  </>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>{at('order.gross')}</dt>
              <dd data-testid="order-gross">{formatRupiah(order.grossAmount)}</dd>
            </div>
            <div>
              <dt>{at('order.refunded')}</dt>
              <dd data-testid="order-refunded">{formatRupiah(order.refundedAmount)}</dd>
            </div>
            <div>
              <dt>{at('order.paymentType')}</dt>
              <dd>{paymentTypeLabel(t, order.paymentType)}</dd>
            </div>
            <div>
              <dt>{at('order.gateway')}</dt>
              <dd data-testid="order-gateway">{gatewayName}</dd>
            </div>
            <div>
              <dt>{at('order.transactionId', { gateway: gatewayName })}</dt>
              <dd>{order.transactionId ?? '—'}</dd>
            </div>
            <div>
              <dt>{at('order.created')}</dt>
              <dd>{formatDateTime(order.createdAt, language)}</dd>
            </div>
          </dl>
        </section>
        <div className="desk-columns">
          {REFUNDABLE.includes(order.status) && max > 0 ? (
            <RefundForm orderId={order.orderId} max={max} gateway={gatewayName} />
          ) : (
            <section className="panel" aria-labelledby="refund-title">
              <h2 id="refund-title">{at('refund.title')}</h2>
              <p className="field__hint">{at('refund.unavailable')}</p>
            </section>
          )}
          <OrderActions orderId={order.orderId} status={order.status} paymentType={order.paymentType} gateway={gatewayName} />
        </div>
        <OrderTimeline history={detail.statusHistory} />
        <RefundsList refunds={detail.refunds} gateway={gatewayName} />
        <section className="panel" aria-labelledby="order-anomalies-title">
          <h2 id="order-anomalies-title">{at('order.anomalies')}</h2>
          {detail.anomalies.length === 0 ? (
            <p>{at('order.noAnomalies')}</p>
          ) : (
            <AnomalyList anomalies={detail.anomalies} linkOrders={false} />
          )}
        </section>
        <NotificationLog orderId={order.orderId} entries={detail.notifications} rejectedCount={detail.rejectedNotificationCount} />
      </>
    );
  } else if (query.error && errorKind(query.error) !== 'UNAUTHENTICATED') {
    body =
      errorKind(query.error) === 'ORDER_NOT_FOUND' ? (
        <ErrorState message={at('order.notFound')} />
      ) : (
        <ErrorState message={message(query.error)} onRetry={() => void query.refetch().catch(() => undefined)} />
      );
  } else if (query.data && !query.data.adminOrder) {
    body = <ErrorState message={at('order.notFound')} />;
  } else {
    body = <LoadingState label={at('order.loading')} />;
  }

  return (
    <section aria-labelledby="order-title" className="desk-order">
      <p>
        <Link to="/admin">← {at('desk.back')}</Link>
      </p>
      <h1 id="order-title" tabIndex={-1}>
        {at('order.title', { orderId })}
      </h1>
      {body}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
