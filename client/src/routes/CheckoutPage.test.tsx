import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCart } from '../cart/cart-storage';
import { redirectTo } from '../payments/browser-location';
import { getAccessToken, getPaymentSession } from '../payments/access-tokens';
import { loadSnap } from '../payments/load-snap';
import type { Snap, SnapPayOptions } from '../payments/snap-types';
import { PaymentStatusQuery, PaymentStatusSubscription } from '../payments/useOrderStatus';
import { PaymentConfigQuery } from '../payments/useSnapPayment';
import { ACCESS_TOKEN, cartLine, order, ORDER_ID, seedCart } from '../test/fixtures';
import { renderApp, text } from '../test/render';
import { CheckoutPageCreatePayment } from './CheckoutPage';

vi.mock('../payments/load-snap', () => ({ loadSnap: vi.fn() }));
vi.mock('../payments/browser-location', () => ({ redirectTo: vi.fn() }));

const SNAP_JS = 'http://127.0.0.1:4100/snap/snap.js';
const configMock = {
  request: { query: PaymentConfigQuery },
  result: {
    data: {
      paymentConfig: {
        __typename: 'PaymentConfig',
        gateways: ['MIDTRANS'],
        mode: 'SIMULATOR',
        clientKey: 'SB-Mid-client-test',
        snapJsUrl: SNAP_JS,
      },
    },
  },
  maxUsageCount: 10,
};

const input = {
  items: [
    { productId: 'kopi', quantity: 2 },
    { productId: 'batik', quantity: 1 },
  ],
  customer: { name: 'Budi Santoso', email: 'budi@contoh.id', phone: '081234567890' },
};

function createPaymentMock(result: () => object, delay = 30) {
  const spy = vi.fn(result);
  return {
    spy,
    mock: { request: { query: CheckoutPageCreatePayment, variables: { input } }, result: spy, delay, maxUsageCount: 5 },
  };
}

const created = () => ({
  data: {
    createPayment: {
      __typename: 'CreatePaymentPayload',
      order: { __typename: 'Order', orderId: ORDER_ID, status: 'PENDING', grossAmount: 750000 },
      gateway: 'MIDTRANS',
      snapToken: 'snap-token-1',
      redirectUrl: 'http://127.0.0.1:4100/snap/v4/redirection/snap-token-1',
      accessToken: ACCESS_TOKEN,
    },
  },
});

const variables = { orderId: ORDER_ID, accessToken: ACCESS_TOKEN };
const statusMocks = [
  { request: { query: PaymentStatusQuery, variables }, result: { data: { order: order('PENDING') } } },
  // Like the server: the subscription's first event is the current state.
  { request: { query: PaymentStatusSubscription, variables }, result: { data: { orderStatusChanged: order('PENDING') } } },
];

function fakeSnap() {
  const calls: { token: string; options?: SnapPayOptions }[] = [];
  const snap: Snap = { pay: (token, options) => void calls.push({ token, options }) };
  vi.mocked(loadSnap).mockResolvedValue(snap);
  return calls;
}

async function fillForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/Nama lengkap/), 'Budi Santoso');
  await user.type(screen.getByLabelText(/Email/), 'budi@contoh.id');
  await user.type(screen.getByLabelText(/Nomor HP/), '0812 3456 7890');
}

describe('CheckoutPage', () => {
  beforeEach(() => {
    vi.mocked(loadSnap).mockReset();
    vi.mocked(redirectTo).mockReset();
    seedCart([cartLine('kopi', 2), cartLine('batik', 1)]);
  });

  it('shows the order total and validates inline', async () => {
    const user = userEvent.setup();
    fakeSnap();
    renderApp({ route: '/checkout', mocks: [configMock] });
    expect(text(screen.getByTestId('checkout-total').textContent)).toBe('Rp 750.000');

    const email = screen.getByLabelText(/Email/);
    await user.type(email, 'budi@');
    await user.tab();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/alamat email yang valid/);
    await user.type(email, 'contoh.id');
    expect(email).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByTestId('pay-button'));
    expect(screen.getByRole('alert')).toHaveTextContent('Periksa kembali data yang ditandai.');
    expect(screen.getByLabelText(/Nama lengkap/)).toHaveFocus();
    expect(screen.getByText('Isi nomor HP Indonesia yang valid (diawali 08 atau +62).')).toBeInTheDocument();
  });

  it('creates one payment for a double click, opens Snap, and follows its callbacks', async () => {
    const user = userEvent.setup();
    const snapCalls = fakeSnap();
    const { spy, mock } = createPaymentMock(created);
    renderApp({ route: '/checkout', mocks: [configMock, mock, ...statusMocks] });
    await fillForm(user);

    await user.dblClick(screen.getByTestId('pay-button'));
    await waitFor(() => expect(snapCalls).toHaveLength(1));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(loadSnap).toHaveBeenCalledWith(SNAP_JS, 'SB-Mid-client-test');
    expect(snapCalls[0]!.token).toBe('snap-token-1');
    expect(getAccessToken(ORDER_ID)).toBe(ACCESS_TOKEN);
    // The Snap session too, for the pending page to reopen Snap: the API keeps only its hash.
    expect(getPaymentSession(ORDER_ID)).toEqual({
      snapToken: 'snap-token-1',
      redirectUrl: 'http://127.0.0.1:4100/snap/v4/redirection/snap-token-1',
    });
    // Saved by the cart's effect, a render after Snap opens: CI caught it still unsaved.
    await waitFor(() => expect(loadCart().checkoutOrderId).toBe(ORDER_ID));
    expect(screen.getByTestId('pay-button')).toBeDisabled();

    act(() => snapCalls[0]!.options!.onPending!({ status_code: '201' }));
    expect(screen.getByTestId('location')).toHaveTextContent(`/payment/pending?order_id=${ORDER_ID}`);
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');
  });

  // onError stays on /payment/failure while the order is still PENDING ("not completed"):
  // the same page a hosted page's failure redirect lands on.
  it.each([
    ['onSuccess', 'success', 'pending'],
    ['onError', 'failure', 'failure'],
    ['onClose', 'pending', 'pending'],
  ] as const)('%s leads to the %s page', async (callback, page, settled) => {
    const user = userEvent.setup();
    const snapCalls = fakeSnap();
    renderApp({ route: '/checkout', mocks: [configMock, createPaymentMock(created).mock, ...statusMocks] });
    await fillForm(user);
    await user.click(screen.getByTestId('pay-button'));
    await waitFor(() => expect(snapCalls).toHaveLength(1));

    act(() => (snapCalls[0]!.options![callback] as (r?: object) => void)({}));
    expect(screen.getByTestId('location')).toHaveTextContent(new RegExp(`^/payment/(${page}|pending)`));
    // The result page then follows the server's status (PENDING here), not the callback.
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/payment/${settled}?order_id=${ORDER_ID}`));
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');
  });

  it('falls back to the Midtrans redirect page when snap.js cannot load', async () => {
    const user = userEvent.setup();
    vi.mocked(loadSnap).mockRejectedValue(new Error('snap.js could not be loaded'));
    renderApp({ route: '/checkout', mocks: [configMock, createPaymentMock(created).mock] });
    await fillForm(user);
    await user.click(screen.getByTestId('pay-button'));

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith('http://127.0.0.1:4100/snap/v4/redirection/snap-token-1'));
    expect(screen.getByTestId('pay-button')).toHaveTextContent('Mengalihkan ke halaman pembayaran Midtrans…');
  });

  it('offers no choice of gateway when only one is enabled, and names none', async () => {
    const user = userEvent.setup();
    fakeSnap();
    const { spy, mock } = createPaymentMock(created);
    renderApp({ route: '/checkout', mocks: [configMock, mock, ...statusMocks] });
    await fillForm(user);
    expect(await screen.findByText(/di halaman Midtrans/)).toBeInTheDocument();
    expect(screen.queryByTestId('gateway-choice')).toBeNull();
    await user.click(screen.getByTestId('pay-button'));
    // The mock matches only the input without `gateway`.
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
  });

  it('marks the cart lines the API could not sell and points to the cart', async () => {
    const user = userEvent.setup();
    fakeSnap();
    const short = {
      errors: [
        {
          message: 'items[1].quantity: only 0 of Batik Tulis left',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'items[1].quantity', message: 'only 0 of Batik Tulis left' }] },
        },
      ],
    };
    renderApp({ route: '/checkout', mocks: [configMock, createPaymentMock(() => short).mock] });
    await fillForm(user);
    await user.click(screen.getByTestId('pay-button'));

    expect(await screen.findByTestId('checkout-error')).toHaveTextContent('Ubah jumlahnya di keranjang');
    expect(screen.getByTestId('line-short')).toHaveTextContent('Stok Batik Tulis tidak mencukupi.');
    expect(screen.getByRole('link', { name: 'Keranjang' })).toHaveAttribute('href', '/cart');
  });

  it('marks the lines OUT_OF_STOCK names: stock another shopper took since the cart page', async () => {
    const user = userEvent.setup();
    fakeSnap();
    const gone = {
      errors: [
        {
          message: 'Kain Batik Tulis Pekalongan is out of stock',
          extensions: { code: 'OUT_OF_STOCK', products: [{ productId: 'batik', name: 'Batik Tulis', requested: 1, available: 0 }] },
        },
      ],
    };
    renderApp({ route: '/checkout', mocks: [configMock, createPaymentMock(() => gone).mock] });
    await fillForm(user);
    await user.click(screen.getByTestId('pay-button'));

    expect(await screen.findByTestId('checkout-error')).toHaveTextContent('Ubah jumlahnya di keranjang');
    expect(screen.getByTestId('line-short')).toHaveTextContent('Stok Batik Tulis tidak mencukupi.');
  });

  it.each([
    [
      'a gateway error',
      { errors: [{ message: 'Midtrans said 500', extensions: { code: 'PAYMENT_GATEWAY_ERROR' } }] },
      'Layanan pembayaran sedang bermasalah',
    ],
    [
      'an out-of-stock answer',
      { errors: [{ message: 'Batik Tulis: only 1 left', extensions: { code: 'BAD_USER_INPUT' } }] },
      'Pesanan tidak dapat diproses: Batik Tulis: only 1 left',
    ],
  ])('explains %s and lets the shopper try again', async (_name, result, message) => {
    const user = userEvent.setup();
    fakeSnap();
    const { spy, mock } = createPaymentMock(() => result);
    renderApp({ route: '/checkout', mocks: [configMock, mock] });
    await fillForm(user);
    await user.click(screen.getByTestId('pay-button'));

    expect(await screen.findByTestId('checkout-error')).toHaveTextContent(message);
    expect(screen.getByTestId('pay-button')).toBeEnabled();
    await user.click(screen.getByTestId('pay-button'));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    expect(loadCart().lines).toHaveLength(2);
  });

  it('shows a customer field the API rejected next to that field', async () => {
    const user = userEvent.setup();
    fakeSnap();
    const rejected = {
      errors: [
        {
          message: 'customer.email: must be a valid email address',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'customer.email', message: 'must be a valid email address' }] },
        },
      ],
    };
    renderApp({ route: '/checkout', mocks: [configMock, createPaymentMock(() => rejected).mock] });
    await fillForm(user);
    await user.click(screen.getByTestId('pay-button'));

    const email = screen.getByLabelText(/Email/);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveFocus();
    expect(screen.getByTestId('checkout-error')).toHaveTextContent('Periksa kembali data yang ditandai.');
  });

  it('says when the API cannot be reached', async () => {
    const user = userEvent.setup();
    fakeSnap();
    renderApp({
      route: '/checkout',
      mocks: [configMock, { request: { query: CheckoutPageCreatePayment, variables: { input } }, error: new TypeError('Failed to fetch') }],
    });
    await fillForm(user);
    await user.click(screen.getByTestId('pay-button'));
    expect(await screen.findByTestId('checkout-error')).toHaveTextContent('Tidak dapat menghubungi server toko');
  });

  it('has an empty state', () => {
    localStorage.clear();
    renderApp({ route: '/checkout' });
    expect(screen.getByText('Keranjang kosong, tidak ada yang perlu dibayar.')).toBeInTheDocument();
  });
});

describe('CheckoutPage with two gateways', () => {
  const INVOICE_URL = 'http://127.0.0.1:4100/xendit/web/inv-1';
  const twoGateways = (gateways: string[]) => ({
    ...configMock,
    result: { data: { paymentConfig: { ...configMock.result.data.paymentConfig, gateways } } },
  });
  const viaXendit = () => ({
    data: {
      createPayment: {
        ...created().data.createPayment,
        gateway: 'XENDIT',
        snapToken: null,
        redirectUrl: INVOICE_URL,
      },
    },
  });
  const paymentMock = (gateway: string, result: () => object) => {
    const spy = vi.fn(result);
    return {
      spy,
      mock: { request: { query: CheckoutPageCreatePayment, variables: { input: { ...input, gateway } } }, result: spy, delay: 30 },
    };
  };

  beforeEach(() => {
    vi.mocked(loadSnap).mockReset();
    vi.mocked(redirectTo).mockReset();
    seedCart([cartLine('kopi', 2), cartLine('batik', 1)]);
  });

  it('preselects the default (first) gateway and sends it', async () => {
    const user = userEvent.setup();
    const snapCalls = fakeSnap();
    const { spy, mock } = paymentMock('MIDTRANS', created);
    renderApp({ route: '/checkout', mocks: [twoGateways(['MIDTRANS', 'XENDIT']), mock, ...statusMocks] });
    await fillForm(user);
    expect(await screen.findByRole('radio', { name: /Midtrans/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Xendit/ })).not.toBeChecked();
    await user.click(screen.getByTestId('pay-button'));
    await waitFor(() => expect(snapCalls).toHaveLength(1));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(redirectTo).not.toHaveBeenCalled();
  });

  it('hands a Xendit checkout to the invoice page, keeping the token and the page first', async () => {
    const user = userEvent.setup();
    const snapCalls = fakeSnap();
    const { spy, mock } = paymentMock('XENDIT', viaXendit);
    // Xendit is the default here: it is preselected, and the payload (no Snap token) decides.
    renderApp({ route: '/checkout', mocks: [twoGateways(['XENDIT', 'MIDTRANS']), mock] });
    await fillForm(user);
    expect(await screen.findByRole('radio', { name: /Xendit/ })).toBeChecked();
    expect(screen.getByText(/di halaman Xendit/)).toBeInTheDocument();
    await user.dblClick(screen.getByTestId('pay-button'));

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith(INVOICE_URL));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(redirectTo).toHaveBeenCalledTimes(1);
    expect(snapCalls).toHaveLength(0);
    // What /payment/finish and /payment/failure find the order by when Xendit sends the shopper back.
    expect(getAccessToken(ORDER_ID)).toBe(ACCESS_TOKEN);
    expect(getPaymentSession(ORDER_ID)).toEqual({ snapToken: null, redirectUrl: INVOICE_URL });
    expect(screen.getByTestId('pay-button')).toHaveTextContent('Mengalihkan ke halaman pembayaran Xendit…');
  });

  it('sends the gateway the shopper picked', async () => {
    const user = userEvent.setup();
    fakeSnap();
    const { spy, mock } = paymentMock('XENDIT', viaXendit);
    renderApp({ route: '/checkout', mocks: [twoGateways(['MIDTRANS', 'XENDIT']), mock] });
    await fillForm(user);
    await user.click(await screen.findByRole('radio', { name: /Xendit/ }));
    await user.click(screen.getByTestId('pay-button'));
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith(INVOICE_URL));
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
