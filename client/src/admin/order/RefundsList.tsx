import { formatDateTime } from '../../format/date-time';
import { formatRupiah } from '../../format/money';
import type { OrderPageDetailFragment } from '../../gql/graphql';
import { useAdminI18n } from '../useAdminI18n';

export function RefundsList({ refunds, gateway }: { refunds: OrderPageDetailFragment['refunds']; gateway: string }) {
  const { at, language } = useAdminI18n();
  return (
    <section className="panel" aria-labelledby="refunds-title">
      <h2 id="refunds-title">{at('order.refunds')}</h2>
      {refunds.length === 0 ? (
        <p>{at('order.noRefunds')}</p>
      ) : (
        <div className="table-scroll">
          <table className="items admin-table" data-testid="refunds">
            <thead>
              <tr>
                <th scope="col">{at('refund.at')}</th>
                <th scope="col" className="num">
                  {at('orders.amount')}
                </th>
                <th scope="col">{at('order.reason')}</th>
                <th scope="col">{at('orders.status')}</th>
                <th scope="col">{at('refund.key')}</th>
              </tr>
            </thead>
            <tbody>
              {refunds.map((refund) => (
                <tr key={refund.refundKey}>
                  <td>
                    {formatDateTime(refund.requestedAt, language)}
                    <span className="items__unit">{at('refund.by', { email: refund.requestedBy })}</span>
                  </td>
                  <td className="num">{formatRupiah(refund.amount)}</td>
                  <td>{refund.reason}</td>
                  <td>
                    {at(`refund.status.${refund.status}`, { gateway })}
                    {refund.failureReason && <span className="items__unit">{refund.failureReason}</span>}
                  </td>
                  <td>
                    <code>{refund.refundKey}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
