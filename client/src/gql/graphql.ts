/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdminOrderFilter = {
  /** ISO 8601; orders created at or after. */
  createdFrom?: string | null | undefined;
  /** ISO 8601; orders created before. */
  createdTo?: string | null | undefined;
  /** An order id (or its prefix) or a customer email (or part of it). */
  search?: string | null | undefined;
  /** Only orders in one of these statuses. */
  status?: Array<OrderStatus> | null | undefined;
};

export type CartItemInput = {
  productId: string | number;
  /** 1 to MAX_QUANTITY_PER_ITEM (10 unless configured). */
  quantity: number;
};

export type CreatePaymentInput = {
  customer: CustomerInput;
  /**
   * Which gateway takes the payment: one of PaymentConfig.gateways. Absent: the default
   * (the first of PAYMENT_GATEWAYS). One that is not enabled is BAD_USER_INPUT.
   */
  gateway?: PaymentGateway | null | undefined;
  items: Array<CartItemInput>;
};

export type CustomerInput = {
  email: string;
  name: string;
  phone?: string | null | undefined;
};

export type MidtransMode = 'PRODUCTION' | 'SANDBOX' | 'SIMULATOR';

export type OrderStatus = 'CANCELLED' | 'EXPIRED' | 'FAILED' | 'PAID' | 'PARTIALLY_REFUNDED' | 'PENDING' | 'REFUNDED';

export type PaymentAnomalyKind =
  /** Midtrans reports another amount than the order's. */
  | 'AMOUNT_MISMATCH'
  /** Midtrans reports a partial refund of nothing (not applied). */
  | 'EMPTY_REFUND'
  /** Paid, but the stock could not cover it. */
  | 'OVERSOLD'
  /** Money arrived for an order that was already expired or cancelled. */
  | 'PAID_WHILE_CLOSED'
  /** Midtrans calls it a full refund, but refunded less than was paid (applied as a partial refund; no restock). */
  | 'REFUND_BELOW_PAYMENT'
  /** Midtrans reports more refunded than was paid. */
  | 'REFUND_EXCEEDS_PAYMENT'
  /** Paid again under another Midtrans transaction: a possible double charge (not applied). */
  | 'SECOND_PAYMENT';

/** The payment gateways Lunas speaks. Which are enabled is PAYMENT_GATEWAYS. */
export type PaymentGateway = 'MIDTRANS' | 'XENDIT';

export type RefundPaymentInput = {
  /** Integer IDR, 1 to what was paid and not yet refunded. */
  amount: number;
  /** A fresh random key per refund the operator means (8 to 64 of A-Z a-z 0-9 - _). Repeat it to retry safely. */
  idempotencyKey: string;
  orderId: string | number;
  /** Why; kept with the refund (3 to 200 characters). */
  reason: string;
};

export type RefundStatus =
  /** Midtrans made the refund (its answer, or its record of the refund key). */
  | 'ACCEPTED'
  /** Midtrans refused it; nothing was refunded; see failureReason. The same key may be sent again. */
  | 'FAILED'
  /** The gateway took it and pays it out later (Xendit: PENDING until SUCCEEDED or FAILED): made, not final. The order moves when it succeeds; no other refund of the order starts meanwhile (REFUND_IN_PROGRESS). */
  | 'PENDING'
  /** Being sent to Midtrans now. */
  | 'REQUESTED'
  /** Midtrans did not answer, so the refund may have been made; Lunas is checking Midtrans's record. Do not start another refund. */
  | 'UNKNOWN';

export type AdminLayoutSignOutMutationVariables = Exact<{ [key: string]: never }>;

export type AdminLayoutSignOutMutation = { signOut: boolean };

export type AdminLayoutSignOutEverywhereMutationVariables = Exact<{ [key: string]: never }>;

export type AdminLayoutSignOutEverywhereMutation = { signOutEverywhere: number };

export type SignInPageSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type SignInPageSignInMutation = { signIn: { id: string; email: string } };

export type AnomaliesPageAnomaliesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AnomaliesPageAnomaliesQuery = {
  adminAnomalies: {
    edges: Array<{ cursor: string; node: { id: string; orderId: string; kind: PaymentAnomalyKind; details: string; at: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type AdminDeskMeQueryVariables = Exact<{ [key: string]: never }>;

export type AdminDeskMeQuery = { me: { id: string; email: string } | null };

export type NotificationLogOlderQueryVariables = Exact<{
  orderId: string | number;
  after: string;
}>;

export type NotificationLogOlderQuery = {
  adminOrder: {
    order: { orderId: string };
    notifications: Array<{
      id: string;
      cursor: string;
      receivedAt: string;
      rawBody: string;
      bodyTruncated: boolean;
      bodySha256: string;
      verdict: string;
      outcome: string | null;
      reason: string | null;
      httpStatus: number | null;
      transactionStatus: string | null;
    }>;
  } | null;
};

export type NotificationLogRejectedQueryVariables = Exact<{
  orderId: string | number;
}>;

export type NotificationLogRejectedQuery = {
  adminOrder: {
    order: { orderId: string };
    rejectedNotifications: Array<{
      id: string;
      cursor: string;
      receivedAt: string;
      rawBody: string;
      bodyTruncated: boolean;
      bodySha256: string;
      verdict: string;
      outcome: string | null;
      reason: string | null;
      httpStatus: number | null;
      transactionStatus: string | null;
    }>;
  } | null;
};

export type OrderActionsCancelMutationVariables = Exact<{
  orderId: string | number;
}>;

export type OrderActionsCancelMutation = {
  cancelPayment: {
    rejectedNotificationCount: number;
    order: {
      orderId: string;
      gateway: PaymentGateway;
      status: OrderStatus;
      grossAmount: number;
      refundedAmount: number;
      paymentType: string | null;
      transactionId: string | null;
      createdAt: string;
      updatedAt: string;
      version: number;
      items: Array<{ productId: string; name: string; price: number; quantity: number }>;
    };
    customer: { name: string; email: string; phone: string | null };
    statusHistory: Array<{ status: OrderStatus; at: string; source: string; transactionId: string | null }>;
    notifications: Array<{
      id: string;
      cursor: string;
      receivedAt: string;
      rawBody: string;
      bodyTruncated: boolean;
      bodySha256: string;
      verdict: string;
      outcome: string | null;
      reason: string | null;
      httpStatus: number | null;
      transactionStatus: string | null;
    }>;
    refunds: Array<{
      refundKey: string;
      amount: number;
      reason: string;
      status: RefundStatus;
      failureReason: string | null;
      requestedAt: string;
      requestedBy: string;
    }>;
    anomalies: Array<{ id: string; orderId: string; kind: PaymentAnomalyKind; details: string; at: string }>;
  };
};

export type OrderActionsReconcileMutationVariables = Exact<{
  orderId: string | number;
}>;

export type OrderActionsReconcileMutation = {
  reconcileOrder: {
    rejectedNotificationCount: number;
    order: {
      orderId: string;
      gateway: PaymentGateway;
      status: OrderStatus;
      grossAmount: number;
      refundedAmount: number;
      paymentType: string | null;
      transactionId: string | null;
      createdAt: string;
      updatedAt: string;
      version: number;
      items: Array<{ productId: string; name: string; price: number; quantity: number }>;
    };
    customer: { name: string; email: string; phone: string | null };
    statusHistory: Array<{ status: OrderStatus; at: string; source: string; transactionId: string | null }>;
    notifications: Array<{
      id: string;
      cursor: string;
      receivedAt: string;
      rawBody: string;
      bodyTruncated: boolean;
      bodySha256: string;
      verdict: string;
      outcome: string | null;
      reason: string | null;
      httpStatus: number | null;
      transactionStatus: string | null;
    }>;
    refunds: Array<{
      refundKey: string;
      amount: number;
      reason: string;
      status: RefundStatus;
      failureReason: string | null;
      requestedAt: string;
      requestedBy: string;
    }>;
    anomalies: Array<{ id: string; orderId: string; kind: PaymentAnomalyKind; details: string; at: string }>;
  };
};

export type OrderPageOrderQueryVariables = Exact<{
  orderId: string | number;
}>;

export type OrderPageOrderQuery = {
  adminOrder: {
    rejectedNotificationCount: number;
    order: {
      orderId: string;
      gateway: PaymentGateway;
      status: OrderStatus;
      grossAmount: number;
      refundedAmount: number;
      paymentType: string | null;
      transactionId: string | null;
      createdAt: string;
      updatedAt: string;
      version: number;
      items: Array<{ productId: string; name: string; price: number; quantity: number }>;
    };
    customer: { name: string; email: string; phone: string | null };
    statusHistory: Array<{ status: OrderStatus; at: string; source: string; transactionId: string | null }>;
    notifications: Array<{
      id: string;
      cursor: string;
      receivedAt: string;
      rawBody: string;
      bodyTruncated: boolean;
      bodySha256: string;
      verdict: string;
      outcome: string | null;
      reason: string | null;
      httpStatus: number | null;
      transactionStatus: string | null;
    }>;
    refunds: Array<{
      refundKey: string;
      amount: number;
      reason: string;
      status: RefundStatus;
      failureReason: string | null;
      requestedAt: string;
      requestedBy: string;
    }>;
    anomalies: Array<{ id: string; orderId: string; kind: PaymentAnomalyKind; details: string; at: string }>;
  } | null;
};

export type OrderPageEventsSubscriptionVariables = Exact<{
  orderId: string | number;
}>;

export type OrderPageEventsSubscription = {
  adminOrderEvents: {
    rejectedNotificationCount: number;
    order: {
      orderId: string;
      gateway: PaymentGateway;
      status: OrderStatus;
      grossAmount: number;
      refundedAmount: number;
      paymentType: string | null;
      transactionId: string | null;
      createdAt: string;
      updatedAt: string;
      version: number;
      items: Array<{ productId: string; name: string; price: number; quantity: number }>;
    };
    customer: { name: string; email: string; phone: string | null };
    statusHistory: Array<{ status: OrderStatus; at: string; source: string; transactionId: string | null }>;
    notifications: Array<{
      id: string;
      cursor: string;
      receivedAt: string;
      rawBody: string;
      bodyTruncated: boolean;
      bodySha256: string;
      verdict: string;
      outcome: string | null;
      reason: string | null;
      httpStatus: number | null;
      transactionStatus: string | null;
    }>;
    refunds: Array<{
      refundKey: string;
      amount: number;
      reason: string;
      status: RefundStatus;
      failureReason: string | null;
      requestedAt: string;
      requestedBy: string;
    }>;
    anomalies: Array<{ id: string; orderId: string; kind: PaymentAnomalyKind; details: string; at: string }>;
  };
};

export type RefundFormRefundMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;

export type RefundFormRefundMutation = {
  refundPayment: {
    refund: { refundKey: string; amount: number; status: RefundStatus };
    order: {
      rejectedNotificationCount: number;
      order: {
        orderId: string;
        gateway: PaymentGateway;
        status: OrderStatus;
        grossAmount: number;
        refundedAmount: number;
        paymentType: string | null;
        transactionId: string | null;
        createdAt: string;
        updatedAt: string;
        version: number;
        items: Array<{ productId: string; name: string; price: number; quantity: number }>;
      };
      customer: { name: string; email: string; phone: string | null };
      statusHistory: Array<{ status: OrderStatus; at: string; source: string; transactionId: string | null }>;
      notifications: Array<{
        id: string;
        cursor: string;
        receivedAt: string;
        rawBody: string;
        bodyTruncated: boolean;
        bodySha256: string;
        verdict: string;
        outcome: string | null;
        reason: string | null;
        httpStatus: number | null;
        transactionStatus: string | null;
      }>;
      refunds: Array<{
        refundKey: string;
        amount: number;
        reason: string;
        status: RefundStatus;
        failureReason: string | null;
        requestedAt: string;
        requestedBy: string;
      }>;
      anomalies: Array<{ id: string; orderId: string; kind: PaymentAnomalyKind; details: string; at: string }>;
    };
  };
};

export type NotificationLogEntryFieldsFragment = {
  id: string;
  cursor: string;
  receivedAt: string;
  rawBody: string;
  bodyTruncated: boolean;
  bodySha256: string;
  verdict: string;
  outcome: string | null;
  reason: string | null;
  httpStatus: number | null;
  transactionStatus: string | null;
};

export type OrderPageDetailFragment = {
  rejectedNotificationCount: number;
  order: {
    orderId: string;
    gateway: PaymentGateway;
    status: OrderStatus;
    grossAmount: number;
    refundedAmount: number;
    paymentType: string | null;
    transactionId: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    items: Array<{ productId: string; name: string; price: number; quantity: number }>;
  };
  customer: { name: string; email: string; phone: string | null };
  statusHistory: Array<{ status: OrderStatus; at: string; source: string; transactionId: string | null }>;
  notifications: Array<{
    id: string;
    cursor: string;
    receivedAt: string;
    rawBody: string;
    bodyTruncated: boolean;
    bodySha256: string;
    verdict: string;
    outcome: string | null;
    reason: string | null;
    httpStatus: number | null;
    transactionStatus: string | null;
  }>;
  refunds: Array<{
    refundKey: string;
    amount: number;
    reason: string;
    status: RefundStatus;
    failureReason: string | null;
    requestedAt: string;
    requestedBy: string;
  }>;
  anomalies: Array<{ id: string; orderId: string; kind: PaymentAnomalyKind; details: string; at: string }>;
};

export type OrdersPageRowFragment = {
  order: {
    orderId: string;
    gateway: PaymentGateway;
    status: OrderStatus;
    grossAmount: number;
    refundedAmount: number;
    paymentType: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
  };
  customer: { name: string; email: string };
};

export type OrdersPageOrdersQueryVariables = Exact<{
  filter?: AdminOrderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type OrdersPageOrdersQuery = {
  adminOrders: {
    edges: Array<{
      cursor: string;
      node: {
        order: {
          orderId: string;
          gateway: PaymentGateway;
          status: OrderStatus;
          grossAmount: number;
          refundedAmount: number;
          paymentType: string | null;
          createdAt: string;
          updatedAt: string;
          version: number;
        };
        customer: { name: string; email: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type OrdersPageEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type OrdersPageEventsSubscription = {
  adminOrderEvents: {
    order: {
      orderId: string;
      gateway: PaymentGateway;
      status: OrderStatus;
      grossAmount: number;
      refundedAmount: number;
      paymentType: string | null;
      createdAt: string;
      updatedAt: string;
      version: number;
    };
    customer: { name: string; email: string };
  };
};

export type CatalogPageProductsQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogPageProductsQuery = {
  products: Array<{ id: string; name: string; price: number; stock: number; imageUrl: string | null }>;
};

export type PaymentStatusOrderFragment = {
  orderId: string;
  status: OrderStatus;
  grossAmount: number;
  paymentType: string | null;
  transactionId: string | null;
  refundedAmount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  items: Array<{ productId: string; name: string; price: number; quantity: number }>;
  paymentInstructions: {
    bank: string | null;
    vaNumber: string | null;
    billerCode: string | null;
    billKey: string | null;
    paymentCode: string | null;
    expiresAt: string | null;
  } | null;
};

export type PaymentStatusQueryQueryVariables = Exact<{
  orderId: string | number;
  accessToken: string;
}>;

export type PaymentStatusQueryQuery = {
  order: {
    orderId: string;
    status: OrderStatus;
    grossAmount: number;
    paymentType: string | null;
    transactionId: string | null;
    refundedAmount: number;
    createdAt: string;
    updatedAt: string;
    version: number;
    items: Array<{ productId: string; name: string; price: number; quantity: number }>;
    paymentInstructions: {
      bank: string | null;
      vaNumber: string | null;
      billerCode: string | null;
      billKey: string | null;
      paymentCode: string | null;
      expiresAt: string | null;
    } | null;
  } | null;
};

export type PaymentStatusSubscriptionSubscriptionVariables = Exact<{
  orderId: string | number;
  accessToken: string;
}>;

export type PaymentStatusSubscriptionSubscription = {
  orderStatusChanged: {
    orderId: string;
    status: OrderStatus;
    grossAmount: number;
    paymentType: string | null;
    transactionId: string | null;
    refundedAmount: number;
    createdAt: string;
    updatedAt: string;
    version: number;
    items: Array<{ productId: string; name: string; price: number; quantity: number }>;
    paymentInstructions: {
      bank: string | null;
      vaNumber: string | null;
      billerCode: string | null;
      billKey: string | null;
      paymentCode: string | null;
      expiresAt: string | null;
    } | null;
  };
};

export type PaymentConfigQueryQueryVariables = Exact<{ [key: string]: never }>;

export type PaymentConfigQueryQuery = {
  paymentConfig: { gateways: Array<PaymentGateway>; mode: MidtransMode; clientKey: string; snapJsUrl: string };
};

export type CartPageProductsQueryVariables = Exact<{ [key: string]: never }>;

export type CartPageProductsQuery = {
  products: Array<{ id: string; name: string; price: number; stock: number; imageUrl: string | null }>;
};

export type CheckoutPageCreatePaymentMutationVariables = Exact<{
  input: CreatePaymentInput;
}>;

export type CheckoutPageCreatePaymentMutation = {
  createPayment: {
    gateway: PaymentGateway;
    snapToken: string | null;
    redirectUrl: string;
    accessToken: string;
    order: { orderId: string; status: OrderStatus; grossAmount: number };
  };
};

export const NotificationLogEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationLogEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationLogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rawBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyTruncated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodySha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionStatus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationLogEntryFieldsFragment, unknown>;
export const OrderPageDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderPageDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rawBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTruncated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodySha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionStatus' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectedNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refunds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'refundKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failureReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anomalies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderPageDetailFragment, unknown>;
export const OrdersPageRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrdersPageRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrdersPageRowFragment, unknown>;
export const PaymentStatusOrderFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentStatusOrder' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentInstructions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vaNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'billerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'billKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaymentStatusOrderFragment, unknown>;
export const AdminLayoutSignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminLayoutSignOut' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }] },
    },
  ],
} as unknown as DocumentNode<AdminLayoutSignOutMutation, AdminLayoutSignOutMutationVariables>;
export const AdminLayoutSignOutEverywhereDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminLayoutSignOutEverywhere' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOutEverywhere' } }] },
    },
  ],
} as unknown as DocumentNode<AdminLayoutSignOutEverywhereMutation, AdminLayoutSignOutEverywhereMutationVariables>;
export const SignInPageSignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignInPageSignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInPageSignInMutation, SignInPageSignInMutationVariables>;
export const AnomaliesPageAnomaliesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnomaliesPageAnomalies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminAnomalies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnomaliesPageAnomaliesQuery, AnomaliesPageAnomaliesQueryVariables>;
export const AdminDeskMeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminDeskMe' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminDeskMeQuery, AdminDeskMeQueryVariables>;
export const NotificationLogOlderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationLogOlder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'order' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'orderId' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notifications' },
                  arguments: [
                    { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationLogEntryFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationLogEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationLogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rawBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyTruncated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodySha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionStatus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationLogOlderQuery, NotificationLogOlderQueryVariables>;
export const NotificationLogRejectedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationLogRejected' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'order' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'orderId' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rejectedNotifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationLogEntryFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationLogEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationLogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rawBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyTruncated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodySha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionStatus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationLogRejectedQuery, NotificationLogRejectedQueryVariables>;
export const OrderActionsCancelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrderActionsCancel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelPayment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderPageDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderPageDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rawBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTruncated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodySha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionStatus' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectedNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refunds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'refundKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failureReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anomalies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderActionsCancelMutation, OrderActionsCancelMutationVariables>;
export const OrderActionsReconcileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrderActionsReconcile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reconcileOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderPageDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderPageDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rawBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTruncated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodySha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionStatus' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectedNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refunds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'refundKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failureReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anomalies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderActionsReconcileMutation, OrderActionsReconcileMutationVariables>;
export const OrderPageOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrderPageOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderPageDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderPageDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rawBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTruncated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodySha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionStatus' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectedNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refunds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'refundKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failureReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anomalies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderPageOrderQuery, OrderPageOrderQueryVariables>;
export const OrderPageEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'OrderPageEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminOrderEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderPageDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderPageDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rawBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTruncated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodySha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionStatus' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectedNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refunds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'refundKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failureReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anomalies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderPageEventsSubscription, OrderPageEventsSubscriptionVariables>;
export const RefundFormRefundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefundFormRefund' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RefundPaymentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundPayment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'refundKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'order' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderPageDetail' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderPageDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rawBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTruncated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodySha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transactionStatus' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectedNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refunds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'refundKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failureReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anomalies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefundFormRefundMutation, RefundFormRefundMutationVariables>;
export const OrdersPageOrdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrdersPageOrders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrderFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminOrders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrdersPageRow' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrdersPageRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrdersPageOrdersQuery, OrdersPageOrdersQueryVariables>;
export const OrdersPageEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'OrdersPageEvents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminOrderEvents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrdersPageRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrdersPageRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrdersPageEventsSubscription, OrdersPageEventsSubscriptionVariables>;
export const CatalogPageProductsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogPageProducts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogPageProductsQuery, CatalogPageProductsQueryVariables>;
export const PaymentStatusQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PaymentStatusQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accessToken' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accessToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accessToken' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentStatusOrder' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentStatusOrder' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentInstructions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vaNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'billerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'billKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaymentStatusQueryQuery, PaymentStatusQueryQueryVariables>;
export const PaymentStatusSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'PaymentStatusSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accessToken' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orderStatusChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accessToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accessToken' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentStatusOrder' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentStatusOrder' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentInstructions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vaNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'billerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'billKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'refundedAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaymentStatusSubscriptionSubscription, PaymentStatusSubscriptionSubscriptionVariables>;
export const PaymentConfigQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PaymentConfigQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentConfig' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'gateways' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'snapJsUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaymentConfigQueryQuery, PaymentConfigQueryQueryVariables>;
export const CartPageProductsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CartPageProducts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartPageProductsQuery, CartPageProductsQueryVariables>;
export const CheckoutPageCreatePaymentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckoutPageCreatePayment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePaymentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPayment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'order' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grossAmount' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'snapToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'redirectUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckoutPageCreatePaymentMutation, CheckoutPageCreatePaymentMutationVariables>;
