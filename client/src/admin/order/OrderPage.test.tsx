import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../gql/graphql';
import { adminOrderDetail, gqlError, meMock, OPERATOR, REJECTED_NOTIFICATION } from '../../test/admin-fixtures';
import { ORDER_ID } from '../../test/fixtures';
import { renderApp, text } from '../../test/render';
import { NotificationLogOlder, NotificationLogRejected } from './NotificationLog';
import { OrderActionsCancel, OrderActionsReconcile } from './OrderActions';
import { OrderPageEvents, OrderPageOrder } from './OrderPage';
import { RefundFormRefund } from './RefundForm';

type Detail = ReturnType<typeof adminOrderDetail>;
const route = `/admin/orders/${ORDER_ID}`;
const orderAnswer = (result: object) => ({ request: { query: OrderPageOrder, variables: { orderId: ORDER_ID } }, result });
const rejectedAnswer = {
  request: { query: NotificationLogRejected, variables: { orderId: ORDER_ID } },
  result: {
    data: {
      adminOrder: {
        __typename: 'AdminOrder',
        order: { __typename: 'Order', orderId: ORDER_ID },
        rejectedNotifications: [REJECTED_NOTIFICATION],
      },
    },
  },
};
const orderIs = (detail: Detail) => orderAnswer({ data: { adminOrder: detail } });
const event = (detail: Detail, delay = 5000) => ({
  request: { query: OrderPageEvents, variables: { orderId: detail.order.orderId } },
  result: { data: { adminOrderEvents: detail } },
  delay,
});

const half = (key: string, status = 'REQUESTED') => ({
  __typename: 'Refund' as const,
  refundKey: key,
  amount: 375000,
  reason: 'Barang rusak',
  status,
  failureReason: null,
  requestedAt: '2026-11-26T09:00:00.000Z',
  requestedBy: OPERATOR.email,
});

interface RefundVariables {
  input: { orderId: string; amount: number; reason: string; idempotencyKey: string };
}

/** A refundPayment mock that records every request it answers. */
function refundAnswers(calls: RefundVariables['input'][], answer: (input: RefundVariables['input']) => object, delay = 150) {
  return {
    request: { query: RefundFormRefund, variables: () => true },
    // Answers any number of requests, so a second one is recorded, not refused.
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: ({ input }: RefundVariables) => {
      calls.push(input);
      return answer(input);
    },
    delay,
  };
}
const refunded = (input: RefundVariables['input']) => ({
  data: {
    refundPayment: {
      __typename: 'RefundPaymentPayload',
      refund: { __typename: 'Refund', refundKey: input.idempotencyKey, amount: input.amount, status: 'REQUESTED' },
      order: adminOrderDetail('PAID', { refunds: [half(input.idempotencyKey)] }),
    },
  },
});

function renderOrder(status: OrderStatus = 'PAID', extra: object[] = [], detail = adminOrderDetail(status)) {
  return renderApp({ route, mocks: [meMock(), orderIs(detail), event(detail), ...(extra as never[])] });
}

async function fillRefund(amount: string, reason = 'Barang rusak') {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Jumlah (Rupiah)'), amount);
  await user.type(screen.getByLabelText('Alasan'), reason);
  return user;
}

describe('order page', () => {
  it('shows the timeline, the notification log as readable JSON, refunds and anomalies', async () => {
    renderOrder('PAID', [rejectedAnswer], adminOrderDetail('PAID', { refunds: [half('key-earlier', 'FAILED')] }));
    expect(await screen.findByRole('heading', { level: 1, name: `Pesanan ${ORDER_ID}` })).toBeInTheDocument();
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PAID');
    expect(text(screen.getByTestId('order-gross').textContent)).toBe('Rp 750.000');

    const timeline = within(screen.getByTestId('timeline')).getAllByRole('listitem');
    expect(timeline).toHaveLength(2);
    expect(timeline[0]).toHaveTextContent('Menunggu pembayaran');
    expect(timeline[1]).toHaveTextContent('oleh settlement · trx-1');

    const log = within(screen.getByTestId('notification-log')).getAllByRole('article');
    expect(log).toHaveLength(1);
    expect(log[0]).toHaveTextContent('VALID');
    expect(log[0]).toHaveTextContent('applied');
    expect(log[0]).toHaveTextContent('200');
    // Pretty-printed: one key per line, indented.
    expect(within(log[0]!).getByLabelText('Isi notifikasi').textContent).toContain('\n  "transaction_status": "settlement",\n');
    // Refused deliveries are counted apart, below the valid ones, never among them.
    const refused = screen.getByTestId('rejected-notifications');
    expect(refused).toHaveTextContent('1 kiriman yang menyebut pesanan ini ditolak');
    await userEvent.setup().click(within(refused).getByText(/Lihat yang terbaru/));
    const junk = await within(refused).findByRole('article');
    expect(junk).toHaveTextContent('INVALID_SIGNATURE');
    expect(junk).toHaveTextContent('401');
    expect(junk).toHaveTextContent(`Isi terpotong`);
    expect(junk).toHaveTextContent('b'.repeat(64));
    expect(within(junk).getByLabelText('Isi notifikasi')).toHaveTextContent('{"order_id":"LUNAS-2026');

    expect(within(screen.getByTestId('refunds')).getByText('Gagal')).toBeInTheDocument();
    const anomalies = within(screen.getByTestId('anomalies')).getAllByRole('listitem');
    expect(anomalies[0]).toHaveTextContent('Jumlah tidak cocok');
    expect(anomalies[0]).toHaveTextContent('"reported": 700000');
  });

  it('pages the valid notifications newest first, older ones on demand', async () => {
    const detail = adminOrderDetail('PAID');
    const newest = detail.notifications[0]!;
    // A full first page (20) says there may be more; the older page, short, says it is the last.
    const page = Array.from({ length: 20 }, (_, i) => ({ ...newest, id: `n${i}`, cursor: `c${i}` }));
    const older = { ...newest, id: 'old', cursor: 'c-old', receivedAt: '2026-11-26T08:01:00.000Z', transactionStatus: 'pending' };
    const first = { ...detail, notifications: page };
    const olderPage = {
      request: { query: NotificationLogOlder, variables: { orderId: ORDER_ID, after: 'c19' } },
      result: {
        data: { adminOrder: { __typename: 'AdminOrder', order: { __typename: 'Order', orderId: ORDER_ID }, notifications: [older] } },
      },
    };
    renderOrder('PAID', [olderPage], first);
    const log = await screen.findByTestId('notification-log');
    expect(within(log).getAllByRole('article')).toHaveLength(20);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(within(screen.getByTestId('notification-log')).getAllByRole('article')).toHaveLength(21));
    const shownAll = within(screen.getByTestId('notification-log')).getAllByRole('article');
    expect(shownAll[0]).toHaveTextContent('settlement');
    expect(shownAll[20]).toHaveTextContent('pending');
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('a double-clicked refund sends one mutation with one idempotency key', async () => {
    const calls: RefundVariables['input'][] = [];
    renderOrder('PAID', [refundAnswers(calls, refunded)]);
    const user = await fillRefund('375000');
    const submit = screen.getByRole('button', { name: /^Kembalikan Rp/ });
    await user.dblClick(submit);

    await screen.findByText(/Pengembalian Rp 375.000 dikirim ke Midtrans/);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ orderId: ORDER_ID, amount: 375000, reason: 'Barang rusak' });
    expect(calls[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    // The refund shows up in the list, under the key that was sent.
    expect(within(screen.getByTestId('refunds')).getByText(calls[0]!.idempotencyKey)).toBeInTheDocument();
  });

  it('disables the button while the refund is in flight', async () => {
    const calls: RefundVariables['input'][] = [];
    renderOrder('PAID', [refundAnswers(calls, refunded, 400)]);
    const user = await fillRefund('1000');
    await user.click(screen.getByRole('button', { name: /^Kembalikan Rp/ }));
    expect(screen.getByRole('button', { name: 'Mengirim ke Midtrans…' })).toBeDisabled();
    await screen.findByText(/dikirim ke Midtrans/);
  });

  it('retries a failed refund with the same key, also with another amount; a new key only for a new refund', async () => {
    const calls: RefundVariables['input'][] = [];
    renderOrder('PAID', [refundAnswers(calls, (input) => (calls.length <= 3 ? gqlError('PAYMENT_GATEWAY_ERROR') : refunded(input)))]);
    const user = await fillRefund('375000');
    await user.click(screen.getByRole('button', { name: /^Kembalikan Rp/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Gateway pembayaran tidak dapat dihubungi');
    await user.click(screen.getByRole('button', { name: /^Kembalikan Rp/ }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.idempotencyKey).toBe(calls[0]!.idempotencyKey);

    // Editing the amount is not a new refund: the server decides (one key, one amount).
    await user.clear(screen.getByLabelText('Jumlah (Rupiah)'));
    await user.type(screen.getByLabelText('Jumlah (Rupiah)'), '300000');
    await user.click(await screen.findByRole('button', { name: /^Kembalikan Rp\s300\.000$/ }));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2]!.idempotencyKey).toBe(calls[0]!.idempotencyKey);

    // Starting a new refund on purpose is.
    await user.click(await screen.findByRole('button', { name: 'Mulai pengembalian baru' }));
    expect(screen.getByLabelText('Jumlah (Rupiah)')).toHaveValue('');
    await user.type(screen.getByLabelText('Jumlah (Rupiah)'), '1000');
    await user.type(screen.getByLabelText('Alasan'), 'Ongkir');
    await user.click(screen.getByRole('button', { name: /^Kembalikan Rp/ }));
    await screen.findByText(/dikirim ke Midtrans/);
    expect(calls).toHaveLength(4);
    expect(calls[3]!.idempotencyKey).not.toBe(calls[0]!.idempotencyKey);
  });

  it('says Midtrans did not answer, and keeps the key when the reason is edited and the refund sent again', async () => {
    const calls: RefundVariables['input'][] = [];
    const unknown = adminOrderDetail('PAID', { refunds: [half('k-unknown', 'UNKNOWN')] });
    renderOrder('PAID', [
      refundAnswers(calls, (input) => (calls.length < 2 ? gqlError('OUTCOME_UNKNOWN', 'Midtrans did not answer') : refunded(input))),
      orderIs(unknown),
    ]);
    const user = await fillRefund('1000');
    await user.click(screen.getByRole('button', { name: /^Kembalikan Rp/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Midtrans tidak menjawab; jangan mulai pengembalian lain; Lunas sedang memeriksa.',
    );
    // The order's refunds are read again: the refund shows as not known yet.
    expect(within(await screen.findByTestId('refunds')).getByText(/Belum diketahui/)).toBeInTheDocument();
    expect(screen.getByTestId('refund-key')).toHaveTextContent(calls[0]!.idempotencyKey);

    await user.type(screen.getByLabelText('Alasan'), ', foto terlampir');
    await user.click(screen.getByRole('button', { name: /^Kembalikan Rp/ }));
    await screen.findByText(/dikirim ke Midtrans/);
    expect(calls.map((c) => [c.idempotencyKey, c.reason])).toEqual([
      [calls[0]!.idempotencyKey, 'Barang rusak'],
      [calls[0]!.idempotencyKey, 'Barang rusak, foto terlampir'],
    ]);
  });

  it('checks the amount and reason before sending anything', async () => {
    const calls: RefundVariables['input'][] = [];
    renderOrder('PAID', [refundAnswers(calls, refunded)], adminOrderDetail('PARTIALLY_REFUNDED', { refundedAmount: 250000 }));
    const user = await fillRefund('500001', 'ok');
    await user.click(screen.getByRole('button', { name: /^Kembalikan Rp/ }));
    expect(text(screen.getByText(/Isi jumlah bulat/).textContent)).toBe('Isi jumlah bulat antara Rp 1 dan Rp 500.000.');
    expect(screen.getByLabelText('Jumlah (Rupiah)')).toHaveFocus();
    expect(screen.getByText('Tulis alasan, 3–200 karakter.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Isi penuh/ }));
    expect(screen.getByLabelText('Jumlah (Rupiah)')).toHaveValue('500000');
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['REFUND_EXCEEDS_PAYMENT', 'melebihi sisa yang dibayar'],
    ['REFUND_NOT_ALLOWED', 'tidak bisa dikembalikan'],
    ['REFUND_IN_PROGRESS', 'Pengembalian lain untuk pesanan ini belum diketahui hasilnya'],
    ['BAD_USER_INPUT', 'Data ditolak server: amount too large'],
  ])('words the API refusing a refund with %s', async (code, words) => {
    renderOrder('PAID', [refundAnswers([], () => gqlError(code, 'amount too large'))]);
    const user = await fillRefund('1000');
    await user.click(screen.getByRole('button', { name: /^Kembalikan Rp/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(words);
  });

  it('offers no refund for an unpaid order', async () => {
    renderOrder('PENDING');
    await screen.findByTestId('order-status');
    expect(screen.queryByLabelText('Jumlah (Rupiah)')).not.toBeInTheDocument();
    expect(screen.getByText(/Pengembalian dana hanya untuk pesanan yang sudah dibayar/)).toBeInTheDocument();
  });

  it('cancels a pending payment after a confirmation', async () => {
    const user = userEvent.setup();
    const cancelled = adminOrderDetail('CANCELLED');
    renderOrder('PENDING', [
      { request: { query: OrderActionsCancel, variables: { orderId: ORDER_ID } }, result: { data: { cancelPayment: cancelled } } },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Batalkan pembayaran' }));
    expect(screen.getByRole('group', { name: /Batalkan pembayaran/ })).toHaveTextContent(`Batalkan pembayaran pesanan ${ORDER_ID}?`);
    expect(screen.getByRole('button', { name: 'Ya, batalkan' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Jangan batalkan' }));
    expect(screen.queryByRole('button', { name: 'Ya, batalkan' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Batalkan pembayaran' }));
    await user.click(screen.getByRole('button', { name: 'Ya, batalkan' }));

    await waitFor(() => expect(screen.getByTestId('order-status')).toHaveTextContent('CANCELLED'));
    // The cache shows the new status a tick before the mutation's promise settles and the notice appears.
    expect(await screen.findByText('Pembayaran dibatalkan.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Batalkan pembayaran' })).not.toBeInTheDocument();
  });

  it('offers to void a paid card payment (not a paid transfer), and says when Midtrans did not answer the cancel', async () => {
    const user = userEvent.setup();
    renderOrder(
      'PAID',
      [
        {
          request: { query: OrderActionsCancel, variables: { orderId: ORDER_ID } },
          result: gqlError('OUTCOME_UNKNOWN', 'Midtrans did not answer'),
        },
      ],
      adminOrderDetail('PAID', { paymentType: 'credit_card' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Batalkan pembayaran kartu (void)' }));
    await user.click(screen.getByRole('button', { name: 'Ya, batalkan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Midtrans tidak menjawab; pembayaran mungkin sudah dibatalkan; Lunas sedang memeriksa.',
    );
  });

  it('offers no cancel for a paid transfer', async () => {
    renderOrder('PAID');
    await screen.findByTestId('order-status');
    expect(screen.queryByRole('button', { name: /^Batalkan pembayaran/ })).not.toBeInTheDocument();
  });

  it('offers cancel only while pending, and says CANCEL_NOT_ALLOWED plainly', async () => {
    const user = userEvent.setup();
    renderOrder('PENDING', [
      { request: { query: OrderActionsCancel, variables: { orderId: ORDER_ID } }, result: gqlError('CANCEL_NOT_ALLOWED') },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Batalkan pembayaran' }));
    await user.click(screen.getByRole('button', { name: 'Ya, batalkan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('tidak bisa dibatalkan lagi');
  });

  it('reconciles with Midtrans and shows the answer', async () => {
    const user = userEvent.setup();
    renderOrder('PENDING', [
      {
        request: { query: OrderActionsReconcile, variables: { orderId: ORDER_ID } },
        result: { data: { reconcileOrder: adminOrderDetail('PAID') } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Tanyakan status ke Midtrans' }));
    expect(await screen.findByText('Status menurut Midtrans: Lunas.')).toBeInTheDocument();
    expect(screen.getByTestId('order-status')).toHaveTextContent('PAID');
    expect(screen.queryByRole('button', { name: 'Batalkan pembayaran' })).not.toBeInTheDocument();
  });

  it('names the order’s gateway: a Xendit order is asked, refunded and logged as Xendit’s', async () => {
    const user = userEvent.setup();
    const xendit = adminOrderDetail('PAID', { gateway: 'XENDIT' });
    const callback = {
      ...xendit.notifications[0]!,
      rawBody: '{"id":"inv-1","external_id":"' + ORDER_ID + '","status":"PAID","amount":750000}',
      transactionStatus: 'PAID',
    };
    const detail = { ...xendit, notifications: [callback] };
    renderOrder(
      'PAID',
      [
        {
          request: { query: OrderActionsReconcile, variables: { orderId: ORDER_ID } },
          result: { data: { reconcileOrder: detail } },
        },
      ],
      detail,
    );
    expect(await screen.findByTestId('order-gateway')).toHaveTextContent('Xendit');
    expect(screen.getByText('ID transaksi Xendit')).toBeInTheDocument();
    expect(screen.queryByText(/Midtrans/)).toBeNull();
    const log = screen.getAllByRole('article');
    expect(within(log[0]!).getByLabelText('Isi notifikasi').textContent).toContain('"status": "PAID"');
    await user.click(screen.getByRole('button', { name: 'Tanyakan status ke Xendit' }));
    expect(await screen.findByText('Status menurut Xendit: Lunas.')).toBeInTheDocument();
  });

  it('follows refund notifications live', async () => {
    const later = adminOrderDetail('PARTIALLY_REFUNDED', { refundedAmount: 375000, refunds: [half('k1', 'ACCEPTED')] });
    renderApp({ route, mocks: [meMock(), orderIs(adminOrderDetail('PAID')), event(later, 100)] });
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PAID');
    await waitFor(() => expect(screen.getByTestId('order-status')).toHaveTextContent('PARTIALLY_REFUNDED'));
    expect(text(screen.getByTestId('order-refunded').textContent)).toBe('Rp 375.000');
    expect(await screen.findByText('Status pesanan berubah: Dikembalikan sebagian.')).toBeInTheDocument();
  });

  it('says when the order does not exist, and sends a signed-out operator to sign-in', async () => {
    renderApp({ route, mocks: [meMock(), orderAnswer(gqlError('ORDER_NOT_FOUND'))] });
    expect(await screen.findByRole('alert')).toHaveTextContent('Pesanan ini tidak ada.');
  });

  it('sends the operator to sign-in on UNAUTHENTICATED', async () => {
    renderApp({ route, mocks: [meMock(), orderAnswer(gqlError('UNAUTHENTICATED'))] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk operator' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(`/admin/sign-in?next=${encodeURIComponent(route)}&expired=1`);
  });
});
