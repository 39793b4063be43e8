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
