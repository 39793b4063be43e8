import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getAccessToken, saveAccessToken } from '../../payments/access-tokens';
import { PaymentStatusQuery, PaymentStatusSubscription } from '../../payments/useOrderStatus';
import { ACCESS_TOKEN, order, ORDER_ID, orderNotFoundError } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const variables = { orderId: ORDER_ID, accessToken: ACCESS_TOKEN };
const finishUrl = (query: string) => `/payment/finish?access_token=${ACCESS_TOKEN}&order_id=${ORDER_ID}&${query}`;

describe('Midtrans finish redirect', () => {
  it('ignores a lying query string and routes by the real status', async () => {
    renderApp({
      route: finishUrl('status_code=200&transaction_status=settlement'),
      mocks: [
        { request: { query: PaymentStatusQuery, variables }, result: { data: { order: order('PENDING') } } },
        {
          request: { query: PaymentStatusSubscription, variables },
          result: { data: { orderStatusChanged: order('PENDING') } },
        },
      ],
    });
    expect(screen.getByText('Memeriksa status pembayaran…')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/payment/pending?order_id=${ORDER_ID}`));
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');
    expect(screen.queryByText('Pembayaran berhasil')).not.toBeInTheDocument();
    // Taken from the URL, so this browser can come back to the order later.
    expect(getAccessToken(ORDER_ID)).toBe(ACCESS_TOKEN);
  });

  it('finds the order from what Midtrans appends (order_id) and the token checkout kept, also in a new tab', async () => {
    // Midtrans's redirect: the finish URL Lunas gave Snap carries no token; localStorage,
    // shared by every tab of the shop, has it from checkout.
    saveAccessToken(ORDER_ID, ACCESS_TOKEN);
    renderApp({
      route: `/payment/finish?order_id=${ORDER_ID}&status_code=201&transaction_status=pending`,
      mocks: [
        { request: { query: PaymentStatusQuery, variables }, result: { data: { order: order('PENDING') } } },
        { request: { query: PaymentStatusSubscription, variables }, result: { data: { orderStatusChanged: order('PENDING') } } },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/payment/pending?order_id=${ORDER_ID}`));
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PENDING');
  });

  it('goes to success for a paid order', async () => {
    renderApp({
      route: finishUrl('status_code=201&transaction_status=pending'),
      mocks: [
        { request: { query: PaymentStatusQuery, variables }, result: { data: { order: order('PAID') } } },
        { request: { query: PaymentStatusSubscription, variables }, result: { data: { orderStatusChanged: order('PAID') } } },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/payment/success'));
    expect(await screen.findByTestId('order-status')).toHaveTextContent('PAID');
  });

  it('a wrong token shows "not found", no order data, and is not stored', async () => {
    renderApp({
      route: finishUrl('status_code=200&transaction_status=settlement'),
      mocks: [{ request: { query: PaymentStatusQuery, variables }, result: orderNotFoundError() }],
    });
    expect(await screen.findByTestId('order-not-found')).toBeInTheDocument();
    expect(screen.queryByTestId('order-status')).not.toBeInTheDocument();
    expect(getAccessToken(ORDER_ID)).toBeNull();
  });

  it('without order_id it says the order cannot be shown', () => {
    renderApp({ route: '/payment/finish?status_code=200&transaction_status=settlement' });
    expect(screen.getByTestId('order-not-found')).toBeInTheDocument();
  });
});
