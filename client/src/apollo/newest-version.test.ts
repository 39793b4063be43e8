import type { InMemoryCache, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { OrderPageEvents, OrderPageOrder } from '../admin/order/OrderPage';
import { OrdersPageEvents, OrdersPageOrders } from '../admin/orders/OrdersPage';
import { PaymentStatusQuery, PaymentStatusSubscription } from '../payments/useOrderStatus';
import { CheckoutPageCreatePayment } from '../routes/CheckoutPage';
import { adminOrderDetail, adminRow, connection } from '../test/admin-fixtures';
import { ACCESS_TOKEN, ORDER_ID, order } from '../test/fixtures';
import { createCache } from './cache';

// The operations the pages run, written into the cache the pages use, in the order a
// crossed answer would land.
const shopVariables = { orderId: ORDER_ID, accessToken: ACCESS_TOKEN };

/** A server answer (the fixtures carry __typename, as answers do) written as Apollo writes it. */
function write<Data, Variables extends OperationVariables>(
  cache: InMemoryCache,
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  data: unknown,
  { refetch = false } = {},
): void {
  // A refetch is written with the "overwrite" policy: merge functions see no existing value.
  cache.writeQuery({ query, variables, data: data as Data, overwrite: refetch });
}

function shopCache() {
  const cache = createCache();
  return {
    cache,
    query(view: unknown, options?: { refetch?: boolean }) {
      write(cache, PaymentStatusQuery, shopVariables, { order: view }, options);
    },
    event(view: unknown) {
      write(cache, PaymentStatusSubscription, shopVariables, { orderStatusChanged: view });
    },
    shown() {
      return cache.readQuery({ query: PaymentStatusQuery, variables: shopVariables })?.order;
    },
  };
}

function deskCache() {
  const cache = createCache();
  const variables = { orderId: ORDER_ID };
  return {
    page(detail: unknown, options?: { refetch?: boolean }) {
      write(cache, OrderPageOrder, variables, { adminOrder: detail }, options);
    },
    pageEvent(detail: unknown) {
      write(cache, OrderPageEvents, variables, { adminOrderEvents: detail });
    },
    shownPage() {
      return cache.readQuery({ query: OrderPageOrder, variables })?.adminOrder;
    },
    list(rows: unknown[]) {
      write(cache, OrdersPageOrders, { filter: null, first: 25 }, { adminOrders: connection(rows) });
    },
    listEvent(row: unknown) {
      write(cache, OrdersPageEvents, {}, { adminOrderEvents: row });
    },
    shownStatuses() {
      const list = cache.readQuery({ query: OrdersPageOrders, variables: { filter: null, first: 25 } });
      return list?.adminOrders.edges.map((edge) => edge.node.order.status);
    },
  };
}

const statuses = (page: { statusHistory: { status: string }[] } | null | undefined) => page?.statusHistory.map((change) => change.status);

describe('the shop’s cache keeps the newest Order.version', () => {
  it('an older view written after a newer one does not replace it, even with a later updatedAt', () => {
    const shop = shopCache();
    shop.event(order('PAID'));
    // A refetch that read PENDING lands late, stamped by an instance whose clock runs ahead.
    shop.query(order('PENDING', { updatedAt: '2026-11-26T09:00:00.000Z' }));
    expect(shop.shown()).toMatchObject({ status: 'PAID', version: 1, updatedAt: '2026-11-26T08:05:00.000Z' });
  });

  it('a newer view replaces an older one', () => {
    const shop = shopCache();
    shop.query(order('PENDING'));
    shop.event(order('PAID'));
    expect(shop.shown()).toMatchObject({ status: 'PAID', version: 1, paymentInstructions: null });
  });

  it('an equal version takes the incoming view', () => {
    const shop = shopCache();
    shop.query(order('PAID', { paymentType: 'bank_transfer' }));
    shop.event(order('PAID', { paymentType: 'gopay' }));
    expect(shop.shown()).toMatchObject({ status: 'PAID', paymentType: 'gopay' });
  });

  it('a refetch (written with the "overwrite" policy) does not step the page back either', () => {
    const shop = shopCache();
    shop.event(order('PAID'));
    shop.query(order('PENDING'), { refetch: true });
    expect(shop.shown()).toMatchObject({ status: 'PAID', version: 1 });
  });

  it('an older view only fills in what the cache lacks, so the page’s query reads whole', () => {
    const shop = shopCache();
    // createPayment's answer selects a few fields; say the browser read it after the
    // order was already paid (version 1).
    write(
      shop.cache,
      CheckoutPageCreatePayment,
      { input: { items: [], customer: { name: '', email: '', phone: '' } } },
      {
        createPayment: {
          __typename: 'CreatePaymentPayload',
          order: { __typename: 'Order', orderId: ORDER_ID, status: 'PAID', grossAmount: 750000, version: 1 },
          gateway: 'MIDTRANS',
          snapToken: 'snap',
          redirectUrl: 'https://example.test/snap',
          accessToken: ACCESS_TOKEN,
        },
      },
    );
    shop.query(order('PENDING'));
    expect(shop.shown()).toMatchObject({ status: 'PAID', version: 1, paymentType: 'bank_transfer' });
    expect(shop.shown()?.items).toHaveLength(2);
  });
});

describe('the desk’s cache keeps the newest AdminOrder (its order’s version)', () => {
  it('an older event does not step the order page back, lists included', () => {
    const desk = deskCache();
    desk.page(adminOrderDetail('PAID'));
    desk.pageEvent(adminOrderDetail('PENDING'));
    expect(desk.shownPage()?.order).toMatchObject({ status: 'PAID', version: 1 });
    expect(statuses(desk.shownPage())).toEqual(['PENDING', 'PAID']);
  });

  it('a refetch of an older state does not step it back either', () => {
    const desk = deskCache();
    desk.pageEvent(adminOrderDetail('REFUNDED'));
    desk.page(adminOrderDetail('PAID'), { refetch: true });
    expect(desk.shownPage()?.order.status).toBe('REFUNDED');
    expect(statuses(desk.shownPage())).toEqual(['PENDING', 'REFUNDED']);
  });

  it('a newer event replaces the page, lists included', () => {
    const desk = deskCache();
    desk.page(adminOrderDetail('PAID'));
    desk.pageEvent(adminOrderDetail('REFUNDED', { refundedAmount: 750000 }));
    expect(desk.shownPage()?.order).toMatchObject({ status: 'REFUNDED', version: 3, refundedAmount: 750000 });
    expect(statuses(desk.shownPage())).toEqual(['PENDING', 'REFUNDED']);
  });

  it('an equal version takes the incoming lists', () => {
    const desk = deskCache();
    desk.page(adminOrderDetail('PAID'));
    desk.page({ ...adminOrderDetail('PAID'), rejectedNotificationCount: 2 });
    expect(desk.shownPage()?.rejectedNotificationCount).toBe(2);
  });

  it('an older event does not step a row of the orders list back; a newer one moves it', () => {
    const desk = deskCache();
    desk.list([adminRow(ORDER_ID, 'PAID')]);
    desk.listEvent(adminRow(ORDER_ID, 'PENDING'));
    expect(desk.shownStatuses()).toEqual(['PAID']);
    desk.listEvent(adminRow(ORDER_ID, 'REFUNDED'));
    expect(desk.shownStatuses()).toEqual(['REFUNDED']);
  });
});
