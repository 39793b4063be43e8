import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, meMock } from '../../test/admin-fixtures';
import { renderApp } from '../../test/render';
import { ANOMALIES_PAGE_SIZE, AnomaliesPageAnomalies } from './AnomaliesPage';

const anomaly = (id: string, orderId: string, kind: string, details: object) => ({
  __typename: 'PaymentAnomaly' as const,
  id,
  orderId,
  kind,
  details: JSON.stringify(details),
  at: '2026-11-26T10:00:00.000Z',
});
const page = (nodes: ReturnType<typeof anomaly>[], endCursor: string | null) => ({
  data: {
    adminAnomalies: {
      __typename: 'PaymentAnomalyConnection',
      edges: nodes.map((node) => ({ __typename: 'PaymentAnomalyEdge', cursor: `a-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    },
  },
});
const answer = (result: object, after?: string) => ({
  request: { query: AnomaliesPageAnomalies, variables: { first: ANOMALIES_PAGE_SIZE, ...(after ? { after } : {}) } },
  result,
});

describe('anomalies page', () => {
  it('lists anomalies with their order and facts, and loads more', async () => {
    const user = userEvent.setup();
    renderApp({
      route: '/admin/anomalies',
      language: 'en',
      mocks: [
        meMock(),
        answer(page([anomaly('1', 'LUNAS-1', 'PAID_WHILE_CLOSED', { status: 'expired', paidAt: '2026-11-26T10:00:00Z' })], 'next')),
        answer(page([anomaly('2', 'LUNAS-2', 'OVERSOLD', { productId: 'batik', short: 1 })], null), 'next'),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment anomalies' })).toBeInTheDocument();
    const first = (await screen.findAllByRole('listitem'))[0]!;
    expect(first).toHaveTextContent('Paid after it was closed');
    expect(within(first).getByRole('link', { name: 'LUNAS-1' })).toHaveAttribute('href', '/admin/orders/LUNAS-1');
    expect(within(first).getByLabelText('Details').textContent).toContain('"status": "expired"');

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'LUNAS-2' })).toBeInTheDocument();
    expect(screen.getByText('Oversold')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says the money facts of odd refunds and a second payment', async () => {
    renderApp({
      route: '/admin/anomalies',
      language: 'en',
      mocks: [
        meMock(),
        answer(
          page(
            [
              anomaly('3', 'LUNAS-3', 'REFUND_BELOW_PAYMENT', { refunded: 400, paid: 1000, missing: 600, gatewayStatus: 'refund' }),
              anomaly('4', 'LUNAS-4', 'EMPTY_REFUND', { refunded: 0, paid: 1000, refundedBefore: 0 }),
              anomaly('5', 'LUNAS-5', 'SECOND_PAYMENT', { transactionId: 'tx-2', paidTransactionId: 'tx-1', amount: 1000, paid: 1000 }),
            ],
            null,
          ),
        ),
      ],
    });
    const [below, empty, twice] = await screen.findAllByRole('listitem');
    expect(below).toHaveTextContent('Full refund of less than was paid');
    expect(below!.textContent!.replace(/\s/g, ' ')).toContain('refunded Rp 400 of Rp 1.000; Rp 600 was not refunded');
    expect(empty).toHaveTextContent('Partial refund of nothing');
    expect(empty!.textContent!.replace(/\s/g, ' ')).toContain('a partial refund of Rp 0; Rp 1.000 was paid');
    expect(twice).toHaveTextContent('Paid again under another transaction (possible double charge)');
    expect(twice!.textContent!.replace(/\s/g, ' ')).toContain(
      'Transaction tx-2 took Rp 1.000; the order was already paid (Rp 1.000) under tx-1',
    );
  });

  it('has an empty state', async () => {
    renderApp({ route: '/admin/anomalies', mocks: [meMock(), answer(page([], null))] });
    expect(await screen.findByText('Tidak ada anomali.')).toBeInTheDocument();
  });

  it('sends the operator to sign-in on UNAUTHENTICATED', async () => {
    renderApp({ route: '/admin/anomalies', mocks: [meMock(), answer(gqlError('UNAUTHENTICATED'))] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk operator' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/admin/sign-in?next=%2Fadmin%2Fanomalies&expired=1');
  });
});
