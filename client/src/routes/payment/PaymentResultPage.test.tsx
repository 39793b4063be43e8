import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createConnectionStatus } from '../../apollo/connection-status';
import { loadCart } from '../../cart/cart-storage';
import type { OrderStatus } from '../../gql/graphql';
import { saveAccessToken, savePaymentSession } from '../../payments/access-tokens';
import { redirectTo } from '../../payments/browser-location';
import { loadSnap } from '../../payments/load-snap';
import { PaymentStatusQuery, PaymentStatusSubscription } from '../../payments/useOrderStatus';
import { PaymentConfigQuery } from '../../payments/useSnapPayment';
import { ACCESS_TOKEN, cartLine, order, ORDER_ID, orderNotFoundError, seedCart } from '../../test/fixtures';
import { renderApp, text } from '../../test/render';

vi.mock('../../payments/load-snap', () => ({ loadSnap: vi.fn() }));
vi.mock('../../payments/browser-location', () => ({ redirectTo: vi.fn() }));

const variables = { orderId: ORDER_ID, accessToken: ACCESS_TOKEN };
const configMock = {
  request: { query: PaymentConfigQuery },
  result: {
    data: {
      paymentConfig: {
        __typename: 'PaymentConfig',
        gateways: ['MIDTRANS'],
        mode: 'SIMULATOR',
        clientKey: 'SB-Mid-client-test',
        snapJsUrl: 'http://127.0.0.1:4100/snap/snap.js',
      },
    },
  },
};
type OrderData = ReturnType<typeof order>;

const queryReturns = (data: OrderData) => ({
  request: { query: PaymentStatusQuery, variables },
  result: { data: { order: data } },
});
/** One subscription event after `delay` ms (MockLink completes the subscription afterwards). */
const subscriptionEmits = (data: OrderData, delay = 0) => ({
  request: { query: PaymentStatusSubscription, variables },
  result: { data: { orderStatusChanged: data } },
  delay,
});

function renderResult(page: string, status: OrderStatus, extraMocks: object[] = [], options = {}) {
  saveAccessToken(ORDER_ID, ACCESS_TOKEN);
  return renderApp({
    route: `/payment/${page}?order_id=${ORDER_ID}`,
    mocks: [queryReturns(order(status)), ...(extraMocks as never[])],
    ...options,
  });
}

describe('payment result pages', () => {
  it('pending: shows the VA number, amount and an expiry countdown', async () => {
    renderResult('pending', 'PENDING', [subscriptionEmits(order('PENDING'))]);
    expect(screen.getByText('Memeriksa status pembayaran…')).toBeInTheDocument();

    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Menunggu pembayaran');
    expect(screen.getByTestId('va-number')).toHaveTextContent('1234 5678 901');
    expect(screen.getByTestId('va-number')).toHaveAttribute('data-value', '12345678901');
    expect(screen.getByText('Nomor Virtual Account BCA')).toBeInTheDocument();
    expect(text(screen.getByTestId('pending-amount').textContent)).toBe('Rp 750.000');
    expect(screen.getByRole('timer')).toHaveTextContent(/^(01:59:5\d|02:00:00)$/);
    expect(screen.getByRole('button', { name: 'Salin Nomor Virtual Account BCA' })).toBeInTheDocument();
  });

  it('pending → PAID from the subscription switches to the success page live', async () => {
    seedCart([cartLine('kopi', 2), cartLine('batik', 1)], ORDER_ID);
    renderResult('pending', 'PENDING', [subscriptionEmits(order('PAID'), 150)]);
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');

    await waitFor(() => expect(screen.getByTestId('order-status')).toHaveTextContent('PAID'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/payment/success?order_id=${ORDER_ID}`));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Pembayaran berhasil');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByTestId('status-announcement')).toHaveTextContent('Status pesanan berubah: Lunas.');
    expect(screen.getByTestId('order-summary')).toHaveTextContent('Kopi Gayo 250 g');
    // The paid cart is emptied.
    expect(loadCart().lines).toEqual([]);
  });

  it('pending → EXPIRED from the subscription shows the expired view', async () => {
    renderResult('pending', 'PENDING', [subscriptionEmits(order('EXPIRED'), 100)]);
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');
    await waitFor(() => expect(screen.getByTestId('order-status')).toHaveTextContent('EXPIRED'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/payment/failure?order_id=${ORDER_ID}`));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Waktu pembayaran habis');
    expect(screen.getByText('Kedaluwarsa')).toBeInTheDocument();
  });

  it('failure: "try again" refills the same cart and goes to checkout', async () => {
    const user = userEvent.setup();
    vi.mocked(loadSnap).mockReturnValue(new Promise(() => undefined));
    renderResult('failure', 'FAILED', [subscriptionEmits(order('FAILED')), configMock]);
    expect(await screen.findByTestId('order-status')).toHaveTextContent('FAILED');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Pembayaran gagal');

    await user.click(screen.getByRole('button', { name: 'Coba bayar lagi' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/checkout');
    expect(loadCart().lines.map((l) => [l.productId, l.quantity])).toEqual([
      ['kopi', 2],
      ['batik', 1],
    ]);
  });

  it('success: shows the order summary', async () => {
    renderResult('success', 'PAID', [subscriptionEmits(order('PAID'))]);
    const summary = await screen.findByTestId('order-summary');
    expect(screen.getByTestId('order-status')).toHaveTextContent('PAID');
    expect(within(summary).getByTestId('order-id')).toHaveTextContent(ORDER_ID);
    expect(text(within(summary).getByTestId('order-total').textContent)).toBe('Rp 750.000');
    expect(summary).toHaveTextContent('Transfer bank (Virtual Account)');
  });

  it('follows the server, not the URL: /payment/failure for a paid order shows success', async () => {
    renderResult('failure', 'PAID', [subscriptionEmits(order('PAID'))]);
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PAID');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Pembayaran berhasil');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/payment/success?order_id=${ORDER_ID}`));
  });

  it('ORDER_NOT_FOUND (wrong token) shows a clear message and no order data', async () => {
    saveAccessToken(ORDER_ID, ACCESS_TOKEN);
    renderApp({
      route: `/payment/success?order_id=${ORDER_ID}`,
      mocks: [{ request: { query: PaymentStatusQuery, variables }, result: orderNotFoundError() }],
    });
    expect(await screen.findByTestId('order-not-found')).toHaveTextContent('Pesanan tidak ditemukan');
    expect(screen.queryByTestId('order-status')).not.toBeInTheDocument();
    expect(screen.queryByText(/Rp/)).not.toBeInTheDocument();
  });

  it('without a saved token it asks nothing and says the order cannot be shown', () => {
    renderApp({ route: `/payment/pending?order_id=${ORDER_ID}` });
    expect(screen.getByTestId('order-not-found')).toBeInTheDocument();
  });

  it('says when the API is down, and retries', async () => {
    const user = userEvent.setup();
    saveAccessToken(ORDER_ID, ACCESS_TOKEN);
    renderApp({
      route: `/payment/pending?order_id=${ORDER_ID}`,
      mocks: [
        { request: { query: PaymentStatusQuery, variables }, error: new TypeError('Failed to fetch') },
        queryReturns(order('PENDING')),
        subscriptionEmits(order('PENDING')),
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat menghubungi server toko');
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');
  });

  it('resubscribes after the subscription fails, and still turns PAID', { timeout: 10_000 }, async () => {
    renderResult('pending', 'PENDING', [
      { request: { query: PaymentStatusSubscription, variables }, error: new Error('socket closed with 1011') },
      queryReturns(order('PENDING')),
      subscriptionEmits(order('PAID')),
    ]);
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');
    await waitFor(() => expect(screen.getByTestId('order-status')).toHaveTextContent('PAID'), { timeout: 6000 });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/payment/success'));
  });

  it('pending: warns while the live connection is lost', async () => {
    const connection = createConnectionStatus();
    renderResult('pending', 'PENDING', [subscriptionEmits(order('PENDING'))], { connection });
    await screen.findByTestId('order-status');
    expect(screen.queryByTestId('connection-lost')).not.toBeInTheDocument();

    act(() => connection.set('connected'));
    act(() => connection.set('reconnecting'));
    expect(screen.getByTestId('connection-lost')).toHaveTextContent('Koneksi terputus');
    act(() => connection.set('connected'));
    expect(screen.queryByTestId('connection-lost')).not.toBeInTheDocument();
  });

  it('pending without a chosen method offers to reopen Snap', async () => {
    const user = userEvent.setup();
    const pay = vi.fn();
    vi.mocked(loadSnap).mockResolvedValue({ pay });
    const unchosen = order('PENDING', { paymentInstructions: null, paymentType: null });
    saveAccessToken(ORDER_ID, ACCESS_TOKEN);
    // Kept at checkout: the API does not store the Snap token.
    savePaymentSession(ORDER_ID, { snapToken: 'snap-token-1', redirectUrl: 'http://127.0.0.1:4100/snap/v4/redirection/snap-token-1' });
    renderApp({
      route: `/payment/pending?order_id=${ORDER_ID}`,
      mocks: [queryReturns(unchosen), subscriptionEmits(unchosen), configMock],
    });
    expect(await screen.findByText('Anda belum memilih metode pembayaran.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lanjutkan pembayaran' }));
    await waitFor(() => expect(pay).toHaveBeenCalledWith('snap-token-1', expect.objectContaining({ language: 'id' })));
  });

  it('pending without a chosen method, after a Xendit checkout: goes back to the invoice page', async () => {
    const user = userEvent.setup();
    vi.mocked(loadSnap).mockClear();
    const unchosen = order('PENDING', { paymentInstructions: null, paymentType: null });
    saveAccessToken(ORDER_ID, ACCESS_TOKEN);
    savePaymentSession(ORDER_ID, { snapToken: null, redirectUrl: 'http://127.0.0.1:4100/xendit/web/inv-1' });
    renderApp({ route: `/payment/pending?order_id=${ORDER_ID}`, mocks: [queryReturns(unchosen), subscriptionEmits(unchosen)] });
    await user.click(await screen.findByRole('button', { name: 'Lanjutkan pembayaran' }));
    expect(redirectTo).toHaveBeenCalledWith('http://127.0.0.1:4100/xendit/web/inv-1');
    expect(loadSnap).not.toHaveBeenCalled();
  });

  it('failure while the server says PENDING (the invoice page left unpaid): not completed, and stays', async () => {
    renderResult('failure', 'PENDING', [subscriptionEmits(order('PENDING'))]);
    expect(await screen.findByTestId('result-unfinished')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Pembayaran belum selesai');
    expect(screen.getByTestId('unfinished-notice')).toHaveTextContent('Pesanan masih menunggu pembayaran');
    expect(screen.getByTestId('order-status')).toHaveTextContent('PENDING');
    expect(screen.getByTestId('location')).toHaveTextContent(`/payment/failure?order_id=${ORDER_ID}`);
  });

  it('pending without a chosen method, in a browser that did not check out: no Snap to reopen', async () => {
    const unchosen = order('PENDING', { paymentInstructions: null, paymentType: null });
    saveAccessToken(ORDER_ID, ACCESS_TOKEN);
    renderApp({
      route: `/payment/pending?order_id=${ORDER_ID}`,
      mocks: [queryReturns(unchosen), subscriptionEmits(unchosen), configMock],
    });
    expect(await screen.findByText('Anda belum memilih metode pembayaran.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lanjutkan pembayaran' })).not.toBeInTheDocument();
  });

  it('pending: shows a Mandiri bill key and biller code', async () => {
    const mandiri = order('PENDING', {
      paymentType: 'echannel',
      paymentInstructions: {
        __typename: 'PaymentInstructions',
        bank: 'mandiri',
        vaNumber: null,
        billerCode: '70012',
        billKey: '990001234567',
        paymentCode: null,
        expiresAt: null,
      },
    });
    saveAccessToken(ORDER_ID, ACCESS_TOKEN);
    renderApp({
      route: `/payment/pending?order_id=${ORDER_ID}`,
      mocks: [queryReturns(mandiri), subscriptionEmits(mandiri)],
    });
    expect(await screen.findByTestId('bill-key')).toHaveTextContent('9900 0123 4567');
    // Short codes stay whole.
    expect(screen.getByTestId('biller-code')).toHaveTextContent(/^70012$/);
    expect(screen.getByRole('heading', { name: 'Cara membayar' })).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('success: a refunded order says so and shows the refund', async () => {
    const refunded = order('PARTIALLY_REFUNDED', { refundedAmount: 150000 });
    saveAccessToken(ORDER_ID, ACCESS_TOKEN);
    renderApp({
      route: `/payment/success?order_id=${ORDER_ID}`,
      mocks: [queryReturns(refunded), subscriptionEmits(refunded)],
    });
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PARTIALLY_REFUNDED');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dana telah dikembalikan');
    expect(text(screen.getByTestId('order-summary').textContent)).toContain('DikembalikanRp 150.000');
  });

  it('reads in English too', async () => {
    renderResult('pending', 'PENDING', [subscriptionEmits(order('PENDING'))], { language: 'en' });
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Awaiting payment');
    expect(screen.getByText('BCA virtual account number')).toBeInTheDocument();
  });
});
