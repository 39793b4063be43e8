import { Link } from 'react-router';
import { formatDateTime } from '../../format/date-time';
import { formatRupiah } from '../../format/money';
import type { OrdersPageRowFragment } from '../../gql/graphql';
import { CustomerText } from '../CustomerText';
import { StatusBadge } from '../StatusBadge';
import { useAdminI18n } from '../useAdminI18n';

export function OrdersTable({ rows }: { rows: OrdersPageRowFragment[] }) {
  const { at, language } = useAdminI18n();
  return (
    <div className="table-scroll">
      <table className="items admin-table" data-testid="orders-table">
        <caption className="visually-hidden">{at('orders.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{at('orders.orderId')}</th>
            <th scope="col">{at('orders.created')}</th>
            <th scope="col">{at('orders.customer')}</th>
            <th scope="col">{at('orders.gateway')}</th>
            <th scope="col">{at('orders.status')}</th>
            <th scope="col" className="num">
              {at('orders.amount')}
            </th>
            <th scope="col" className="num">
              {at('orders.refunded')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ order, customer }) => (
            <tr key={order.orderId} data-order-id={order.orderId}>
              <th scope="row">
                <Link to={`/admin/orders/${encodeURIComponent(order.orderId)}`}>{order.orderId}</Link>
              </th>
              <td>{formatDateTime(order.createdAt, language)}</td>
              <td>
                <CustomerText text={customer.name} />
                <span className="items__unit">
                  <CustomerText text={customer.email} />
                </span>
              </td>
              <td data-testid="order-gateway">{at(`gateway.${order.gateway}`)}</td>
              <td>
                <StatusBadge status={order.status} />
              </td>
              <td className="num">{formatRupiah(order.grossAmount)}</td>
              <td className="num">{order.refundedAmount > 0 ? formatRupiah(order.refundedAmount) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
