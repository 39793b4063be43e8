import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminRow, connection, gqlError, meMock } from '../../test/admin-fixtures';
import { renderApp } from '../../test/render';
import { NO_FILTER, toApiFilter } from './order-filter';
import { OrdersPageEvents, OrdersPageOrders, PAGE_SIZE } from './OrdersPage';

const FIRST = 'LUNAS-20261126-0001';
const SECOND = 'LUNAS-20261126-0002';
const NEW = 'LUNAS-20261126-0003';

const ordersAnswer = (result: object, filter = NO_FILTER, after?: string) => ({
  request: {
    query: OrdersPageOrders,
    variables: { filter: toApiFilter(filter), first: PAGE_SIZE, ...(after ? { after } : {}) },
  },
  result,
});
const listOf = (...rows: ReturnType<typeof adminRow>[]) => ({ data: { adminOrders: connection(rows) } });
const event = (row: ReturnType<typeof adminRow>, delay = 100) => ({
  request: { query: OrdersPageEvents },
  result: { data: { adminOrderEvents: row } },
  delay,
});

const rowOf = (orderId: string) => screen.getByRole('link', { name: orderId }).closest('tr')!;

describe('orders table', () => {
  it('lists orders newest first, with status, customer and amounts', async () => {
    renderApp({
      route: '/admin',
      mocks: [
        meMock(),
        ordersAnswer(listOf(adminRow(SECOND, 'PENDING'), adminRow(FIRST, 'PARTIALLY_REFUNDED', { refundedAmount: 250000 }))),
        event(adminRow(FIRST, 'PARTIALLY_REFUNDED', { refundedAmount: 250000 }), 5000),
      ],
    });
    await screen.findByRole('link', { name: SECOND });
    const rows = within(screen.getByTestId('orders-table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-order-id'))).toEqual([SECOND, FIRST]);
    expect(rowOf(SECOND)).toHaveTextContent('Menunggu pembayaran');
    expect(rowOf(FIRST)).toHaveTextContent('Dikembalikan sebagian');
    expect(rowOf(FIRST).textContent?.replace(/\u00a0/g, ' ')).toContain('Rp 250.000');
    expect(screen.getByRole('link', { name: FIRST })).toHaveAttribute('href', `/admin/orders/${FIRST}`);
  });

  it('shows each order’s gateway, and asks the API for one gateway’s orders', async () => {
    const user = userEvent.setup();
    const rows = [adminRow(SECOND, 'PENDING', { gateway: 'XENDIT' }), adminRow(FIRST, 'PAID')];
    renderApp({
      route: '/admin',
      mocks: [
        meMock(),
        ordersAnswer(listOf(...rows)),
        ordersAnswer(listOf(rows[0]!), { ...NO_FILTER, gateway: 'XENDIT' }),
        event(rows[1]!, 5000),
        event(rows[1]!, 5000),
      ],
    });
    await screen.findByRole('link', { name: SECOND });
    expect(within(rowOf(SECOND)).getByTestId('order-gateway')).toHaveTextContent('Xendit');
    expect(within(rowOf(FIRST)).getByTestId('order-gateway')).toHaveTextContent('Midtrans');

    await user.selectOptions(screen.getByLabelText('Gateway'), 'XENDIT');
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('gateway=XENDIT'));
    // The API's answer for Xendit alone (a loading state in between shows no rows at all).
    await waitFor(() => {
      expect(screen.getByRole('link', { name: SECOND })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: FIRST })).toBeNull();
    });
  });

  it('updates a row from a subscription event, live', async () => {
    renderApp({
      route: '/admin',
      mocks: [meMock(), ordersAnswer(listOf(adminRow(SECOND, 'PENDING'), adminRow(FIRST, 'PAID'))), event(adminRow(SECOND, 'PAID'))],
    });
    await screen.findByRole('link', { name: SECOND });
    expect(rowOf(SECOND)).toHaveTextContent('Menunggu pembayaran');

    await waitFor(() => expect(rowOf(SECOND)).toHaveTextContent('Lunas'));
    expect(screen.getByTestId('orders-announcement')).toHaveTextContent(`Pesanan ${SECOND}: Lunas.`);
  });

  it('starts the live updates again after a subscription ends in an error', async () => {
    const list = listOf(adminRow(SECOND, 'PENDING'));
    renderApp({
      route: '/admin',
      mocks: [
        meMock(),
        ordersAnswer(list),
        { request: { query: OrdersPageEvents }, error: new Error('socket closed with 1011') },
        // After RESTART_DELAY_MS: the list is re-read and the subscription started again.
        ordersAnswer(list),
        event(adminRow(SECOND, 'PAID')),
      ],
    });
    await screen.findByRole('link', { name: SECOND });
    await waitFor(() => expect(rowOf(SECOND)).toHaveTextContent('Lunas'), { timeout: 8000 });
  });

  it('puts a new order on top when it matches the filter', async () => {
    renderApp({
      route: '/admin',
      mocks: [
        meMock(),
        ordersAnswer(listOf(adminRow(FIRST, 'PAID'))),
        event(adminRow(NEW, 'PENDING', { createdAt: '2026-11-26T09:00:00.000Z' })),
      ],
    });
    await screen.findByRole('link', { name: FIRST });
    expect(await screen.findByRole('link', { name: NEW })).toBeInTheDocument();
    const rows = within(screen.getByTestId('orders-table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-order-id'))).toEqual([NEW, FIRST]);
    expect(screen.getByTestId('orders-announcement')).toHaveTextContent(`Pesanan baru: ${NEW}.`);
  });

  it('leaves out a new order the filter would not list', async () => {
    const paidOnly = { ...NO_FILTER, status: ['PAID' as const] };
    renderApp({
      route: '/admin?status=PAID',
      mocks: [meMock(), ordersAnswer(listOf(adminRow(FIRST, 'PAID')), paidOnly), event(adminRow(NEW, 'PENDING'), 50)],
    });
    await screen.findByRole('link', { name: FIRST });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('link', { name: NEW })).not.toBeInTheDocument();
  });

  it('filters by status, dates and search, kept in the address bar', async () => {
    const user = userEvent.setup();
    const filter = { status: ['PENDING' as const, 'PAID' as const], from: '2026-11-01', to: '2026-11-30', search: 'budi@', gateway: null };
    renderApp({
      route: '/admin',
      mocks: [
        meMock(),
        ordersAnswer(listOf(adminRow(FIRST, 'PAID'), adminRow(SECOND, 'EXPIRED'))),
        ordersAnswer(listOf(adminRow(FIRST, 'PAID')), filter),
        event(adminRow(FIRST, 'PAID'), 5000),
        event(adminRow(FIRST, 'PAID'), 5000),
      ],
    });
    await screen.findByRole('link', { name: SECOND });

    const statuses = screen.getByRole('group', { name: 'Status' });
    await user.click(within(statuses).getByRole('checkbox', { name: 'Lunas' }));
    await user.click(within(statuses).getByRole('checkbox', { name: 'Menunggu pembayaran' }));
    await user.type(screen.getByLabelText('Dibuat sejak'), '2026-11-01');
    await user.type(screen.getByLabelText('Dibuat sampai'), '2026-11-30');
    await user.type(screen.getByLabelText('Cari nomor pesanan atau email'), 'budi@{Enter}');

    await waitFor(() => expect(screen.queryByRole('link', { name: SECOND })).not.toBeInTheDocument());
    expect(screen.getByTestId('location')).toHaveTextContent('/admin?status=PENDING&status=PAID&from=2026-11-01&to=2026-11-30&q=budi%40');
    expect(screen.getByRole('checkbox', { name: 'Lunas' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Gagal' })).not.toBeChecked();
    expect(screen.getByLabelText('Cari nomor pesanan atau email')).toHaveFocus();
  });

  it('refuses an end date before the start date', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/admin', mocks: [meMock(), ordersAnswer(listOf(adminRow(FIRST, 'PAID'))), event(adminRow(FIRST, 'PAID'), 5000)] });
    await screen.findByRole('link', { name: FIRST });
    await user.type(screen.getByLabelText('Dibuat sejak'), '2026-11-30');
    await user.type(screen.getByLabelText('Dibuat sampai'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(screen.getByText('Tanggal akhir harus sesudah tanggal awal.')).toBeInTheDocument();
    expect(screen.getByLabelText('Dibuat sampai')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/admin$/);
  });

  it('loads more with the cursor', async () => {
    const user = userEvent.setup();
    renderApp({
      route: '/admin',
      mocks: [
        meMock(),
        ordersAnswer({ data: { adminOrders: connection([adminRow(SECOND, 'PAID')], 'cursor-1') } }),
        ordersAnswer(listOf(adminRow(FIRST, 'EXPIRED')), NO_FILTER, 'cursor-1'),
        event(adminRow(SECOND, 'PAID'), 5000),
      ],
    });
    await screen.findByRole('link', { name: SECOND });
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByRole('link', { name: FIRST })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: SECOND })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
    // The button is gone; the focus went to the line that says so, not to <body>.
    expect(screen.getByText('Semua sudah ditampilkan.')).toHaveFocus();
  });

  it('sends the operator to sign-in when the API answers UNAUTHENTICATED', async () => {
    renderApp({ route: '/admin?q=budi', mocks: [meMock(), ordersAnswer(gqlError('UNAUTHENTICATED'), { ...NO_FILTER, search: 'budi' })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk operator' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/admin/sign-in?next=%2Fadmin%3Fq%3Dbudi&expired=1');
    expect(screen.getByRole('alert')).toHaveTextContent('Sesi Anda berakhir. Silakan masuk lagi.');
  });
});
