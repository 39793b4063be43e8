/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AdminLayoutSignOut {\n    signOut\n  }\n": typeof types.AdminLayoutSignOutDocument,
    "\n  mutation AdminLayoutSignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.AdminLayoutSignOutEverywhereDocument,
    "\n  mutation SignInPageSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n": typeof types.SignInPageSignInDocument,
    "\n  query AnomaliesPageAnomalies($first: Int, $after: String) {\n    adminAnomalies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          orderId\n          kind\n          details\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AnomaliesPageAnomaliesDocument,
    "\n  query AdminDeskMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.AdminDeskMeDocument,
    "\n  query NotificationLogOlder($orderId: ID!, $after: String!) {\n    adminOrder(orderId: $orderId) {\n      order {\n        orderId\n        version\n      }\n      notifications(first: 20, after: $after) {\n        ...NotificationLogEntryFields\n      }\n    }\n  }\n": typeof types.NotificationLogOlderDocument,
    "\n  query NotificationLogRejected($orderId: ID!) {\n    adminOrder(orderId: $orderId) {\n      order {\n        orderId\n        version\n      }\n      rejectedNotifications {\n        ...NotificationLogEntryFields\n      }\n    }\n  }\n": typeof types.NotificationLogRejectedDocument,
    "\n  mutation OrderActionsCancel($orderId: ID!) {\n    cancelPayment(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n": typeof types.OrderActionsCancelDocument,
    "\n  mutation OrderActionsReconcile($orderId: ID!) {\n    reconcileOrder(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n": typeof types.OrderActionsReconcileDocument,
    "\n  query OrderPageOrder($orderId: ID!) {\n    adminOrder(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n": typeof types.OrderPageOrderDocument,
    "\n  subscription OrderPageEvents($orderId: ID!) {\n    adminOrderEvents(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n": typeof types.OrderPageEventsDocument,
    "\n  mutation RefundFormRefund($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      refund {\n        refundKey\n        amount\n        status\n      }\n      order {\n        ...OrderPageDetail\n      }\n    }\n  }\n": typeof types.RefundFormRefundDocument,
    "\n  fragment NotificationLogEntryFields on NotificationLogEntry {\n    id\n    cursor\n    receivedAt\n    rawBody\n    bodyTruncated\n    bodySha256\n    verdict\n    outcome\n    reason\n    httpStatus\n    transactionStatus\n  }\n": typeof types.NotificationLogEntryFieldsFragmentDoc,
    "\n  fragment OrderPageDetail on AdminOrder {\n    order {\n      orderId\n      gateway\n      status\n      grossAmount\n      refundedAmount\n      paymentType\n      transactionId\n      createdAt\n      updatedAt\n      version\n      items {\n        productId\n        name\n        price\n        quantity\n      }\n    }\n    customer {\n      name\n      email\n      phone\n    }\n    statusHistory {\n      status\n      at\n      source\n      transactionId\n    }\n    # Fields inline, not a fragment: every operation that answers with this page (the\n    # mutations too) stays within the depth and cost limits.\n    notifications(first: 20) {\n      id\n      cursor\n      receivedAt\n      rawBody\n      bodyTruncated\n      bodySha256\n      verdict\n      outcome\n      reason\n      httpStatus\n      transactionStatus\n    }\n    rejectedNotificationCount\n    refunds {\n      refundKey\n      amount\n      reason\n      status\n      failureReason\n      requestedAt\n      requestedBy\n    }\n    anomalies {\n      id\n      orderId\n      kind\n      details\n      at\n    }\n  }\n": typeof types.OrderPageDetailFragmentDoc,
    "\n  fragment OrdersPageRow on AdminOrder {\n    order {\n      orderId\n      gateway\n      status\n      grossAmount\n      refundedAmount\n      paymentType\n      createdAt\n      updatedAt\n      version\n    }\n    customer {\n      name\n      email\n    }\n  }\n": typeof types.OrdersPageRowFragmentDoc,
    "\n  query OrdersPageOrders($filter: AdminOrderFilter, $first: Int, $after: String) {\n    adminOrders(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrdersPageRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrdersPageOrdersDocument,
    "\n  subscription OrdersPageEvents {\n    adminOrderEvents {\n      ...OrdersPageRow\n    }\n  }\n": typeof types.OrdersPageEventsDocument,
    "\n  query CatalogPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n": typeof types.CatalogPageProductsDocument,
    "\n  fragment PaymentStatusOrder on Order {\n    orderId\n    status\n    grossAmount\n    items {\n      productId\n      name\n      price\n      quantity\n    }\n    paymentType\n    transactionId\n    paymentInstructions {\n      bank\n      vaNumber\n      billerCode\n      billKey\n      paymentCode\n      expiresAt\n    }\n    refundedAmount\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.PaymentStatusOrderFragmentDoc,
    "\n  query PaymentStatusQuery($orderId: ID!, $accessToken: String!) {\n    order(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n": typeof types.PaymentStatusQueryDocument,
    "\n  subscription PaymentStatusSubscription($orderId: ID!, $accessToken: String!) {\n    orderStatusChanged(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n": typeof types.PaymentStatusSubscriptionDocument,
    "\n  query PaymentConfigQuery {\n    paymentConfig {\n      gateways\n      mode\n      clientKey\n      snapJsUrl\n    }\n  }\n": typeof types.PaymentConfigQueryDocument,
    "\n  query CartPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n": typeof types.CartPageProductsDocument,
    "\n  mutation CheckoutPageCreatePayment($input: CreatePaymentInput!) {\n    createPayment(input: $input) {\n      order {\n        orderId\n        status\n        grossAmount\n        version\n      }\n      gateway\n      snapToken\n      redirectUrl\n      accessToken\n    }\n  }\n": typeof types.CheckoutPageCreatePaymentDocument,
};
const documents: Documents = {
    "\n  mutation AdminLayoutSignOut {\n    signOut\n  }\n": types.AdminLayoutSignOutDocument,
    "\n  mutation AdminLayoutSignOutEverywhere {\n    signOutEverywhere\n  }\n": types.AdminLayoutSignOutEverywhereDocument,
    "\n  mutation SignInPageSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n": types.SignInPageSignInDocument,
    "\n  query AnomaliesPageAnomalies($first: Int, $after: String) {\n    adminAnomalies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          orderId\n          kind\n          details\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AnomaliesPageAnomaliesDocument,
    "\n  query AdminDeskMe {\n    me {\n      id\n      email\n    }\n  }\n": types.AdminDeskMeDocument,
    "\n  query NotificationLogOlder($orderId: ID!, $after: String!) {\n    adminOrder(orderId: $orderId) {\n      order {\n        orderId\n        version\n      }\n      notifications(first: 20, after: $after) {\n        ...NotificationLogEntryFields\n      }\n    }\n  }\n": types.NotificationLogOlderDocument,
    "\n  query NotificationLogRejected($orderId: ID!) {\n    adminOrder(orderId: $orderId) {\n      order {\n        orderId\n        version\n      }\n      rejectedNotifications {\n        ...NotificationLogEntryFields\n      }\n    }\n  }\n": types.NotificationLogRejectedDocument,
    "\n  mutation OrderActionsCancel($orderId: ID!) {\n    cancelPayment(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n": types.OrderActionsCancelDocument,
    "\n  mutation OrderActionsReconcile($orderId: ID!) {\n    reconcileOrder(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n": types.OrderActionsReconcileDocument,
    "\n  query OrderPageOrder($orderId: ID!) {\n    adminOrder(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n": types.OrderPageOrderDocument,
    "\n  subscription OrderPageEvents($orderId: ID!) {\n    adminOrderEvents(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n": types.OrderPageEventsDocument,
    "\n  mutation RefundFormRefund($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      refund {\n        refundKey\n        amount\n        status\n      }\n      order {\n        ...OrderPageDetail\n      }\n    }\n  }\n": types.RefundFormRefundDocument,
    "\n  fragment NotificationLogEntryFields on NotificationLogEntry {\n    id\n    cursor\n    receivedAt\n    rawBody\n    bodyTruncated\n    bodySha256\n    verdict\n    outcome\n    reason\n    httpStatus\n    transactionStatus\n  }\n": types.NotificationLogEntryFieldsFragmentDoc,
    "\n  fragment OrderPageDetail on AdminOrder {\n    order {\n      orderId\n      gateway\n      status\n      grossAmount\n      refundedAmount\n      paymentType\n      transactionId\n      createdAt\n      updatedAt\n      version\n      items {\n        productId\n        name\n        price\n        quantity\n      }\n    }\n    customer {\n      name\n      email\n      phone\n    }\n    statusHistory {\n      status\n      at\n      source\n      transactionId\n    }\n    # Fields inline, not a fragment: every operation that answers with this page (the\n    # mutations too) stays within the depth and cost limits.\n    notifications(first: 20) {\n      id\n      cursor\n      receivedAt\n      rawBody\n      bodyTruncated\n      bodySha256\n      verdict\n      outcome\n      reason\n      httpStatus\n      transactionStatus\n    }\n    rejectedNotificationCount\n    refunds {\n      refundKey\n      amount\n      reason\n      status\n      failureReason\n      requestedAt\n      requestedBy\n    }\n    anomalies {\n      id\n      orderId\n      kind\n      details\n      at\n    }\n  }\n": types.OrderPageDetailFragmentDoc,
    "\n  fragment OrdersPageRow on AdminOrder {\n    order {\n      orderId\n      gateway\n      status\n      grossAmount\n      refundedAmount\n      paymentType\n      createdAt\n      updatedAt\n      version\n    }\n    customer {\n      name\n      email\n    }\n  }\n": types.OrdersPageRowFragmentDoc,
    "\n  query OrdersPageOrders($filter: AdminOrderFilter, $first: Int, $after: String) {\n    adminOrders(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrdersPageRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrdersPageOrdersDocument,
    "\n  subscription OrdersPageEvents {\n    adminOrderEvents {\n      ...OrdersPageRow\n    }\n  }\n": types.OrdersPageEventsDocument,
    "\n  query CatalogPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n": types.CatalogPageProductsDocument,
    "\n  fragment PaymentStatusOrder on Order {\n    orderId\n    status\n    grossAmount\n    items {\n      productId\n      name\n      price\n      quantity\n    }\n    paymentType\n    transactionId\n    paymentInstructions {\n      bank\n      vaNumber\n      billerCode\n      billKey\n      paymentCode\n      expiresAt\n    }\n    refundedAmount\n    createdAt\n    updatedAt\n    version\n  }\n": types.PaymentStatusOrderFragmentDoc,
    "\n  query PaymentStatusQuery($orderId: ID!, $accessToken: String!) {\n    order(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n": types.PaymentStatusQueryDocument,
    "\n  subscription PaymentStatusSubscription($orderId: ID!, $accessToken: String!) {\n    orderStatusChanged(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n": types.PaymentStatusSubscriptionDocument,
    "\n  query PaymentConfigQuery {\n    paymentConfig {\n      gateways\n      mode\n      clientKey\n      snapJsUrl\n    }\n  }\n": types.PaymentConfigQueryDocument,
    "\n  query CartPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n": types.CartPageProductsDocument,
    "\n  mutation CheckoutPageCreatePayment($input: CreatePaymentInput!) {\n    createPayment(input: $input) {\n      order {\n        orderId\n        status\n        grossAmount\n        version\n      }\n      gateway\n      snapToken\n      redirectUrl\n      accessToken\n    }\n  }\n": types.CheckoutPageCreatePaymentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLayoutSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation AdminLayoutSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLayoutSignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation AdminLayoutSignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPageSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPageSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnomaliesPageAnomalies($first: Int, $after: String) {\n    adminAnomalies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          orderId\n          kind\n          details\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnomaliesPageAnomalies($first: Int, $after: String) {\n    adminAnomalies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          orderId\n          kind\n          details\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDeskMe {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query AdminDeskMe {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationLogOlder($orderId: ID!, $after: String!) {\n    adminOrder(orderId: $orderId) {\n      order {\n        orderId\n        version\n      }\n      notifications(first: 20, after: $after) {\n        ...NotificationLogEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationLogOlder($orderId: ID!, $after: String!) {\n    adminOrder(orderId: $orderId) {\n      order {\n        orderId\n        version\n      }\n      notifications(first: 20, after: $after) {\n        ...NotificationLogEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationLogRejected($orderId: ID!) {\n    adminOrder(orderId: $orderId) {\n      order {\n        orderId\n        version\n      }\n      rejectedNotifications {\n        ...NotificationLogEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationLogRejected($orderId: ID!) {\n    adminOrder(orderId: $orderId) {\n      order {\n        orderId\n        version\n      }\n      rejectedNotifications {\n        ...NotificationLogEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderActionsCancel($orderId: ID!) {\n    cancelPayment(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n"): (typeof documents)["\n  mutation OrderActionsCancel($orderId: ID!) {\n    cancelPayment(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderActionsReconcile($orderId: ID!) {\n    reconcileOrder(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n"): (typeof documents)["\n  mutation OrderActionsReconcile($orderId: ID!) {\n    reconcileOrder(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderPageOrder($orderId: ID!) {\n    adminOrder(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n"): (typeof documents)["\n  query OrderPageOrder($orderId: ID!) {\n    adminOrder(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderPageEvents($orderId: ID!) {\n    adminOrderEvents(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n"): (typeof documents)["\n  subscription OrderPageEvents($orderId: ID!) {\n    adminOrderEvents(orderId: $orderId) {\n      ...OrderPageDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundFormRefund($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      refund {\n        refundKey\n        amount\n        status\n      }\n      order {\n        ...OrderPageDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefundFormRefund($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      refund {\n        refundKey\n        amount\n        status\n      }\n      order {\n        ...OrderPageDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationLogEntryFields on NotificationLogEntry {\n    id\n    cursor\n    receivedAt\n    rawBody\n    bodyTruncated\n    bodySha256\n    verdict\n    outcome\n    reason\n    httpStatus\n    transactionStatus\n  }\n"): (typeof documents)["\n  fragment NotificationLogEntryFields on NotificationLogEntry {\n    id\n    cursor\n    receivedAt\n    rawBody\n    bodyTruncated\n    bodySha256\n    verdict\n    outcome\n    reason\n    httpStatus\n    transactionStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderPageDetail on AdminOrder {\n    order {\n      orderId\n      gateway\n      status\n      grossAmount\n      refundedAmount\n      paymentType\n      transactionId\n      createdAt\n      updatedAt\n      version\n      items {\n        productId\n        name\n        price\n        quantity\n      }\n    }\n    customer {\n      name\n      email\n      phone\n    }\n    statusHistory {\n      status\n      at\n      source\n      transactionId\n    }\n    # Fields inline, not a fragment: every operation that answers with this page (the\n    # mutations too) stays within the depth and cost limits.\n    notifications(first: 20) {\n      id\n      cursor\n      receivedAt\n      rawBody\n      bodyTruncated\n      bodySha256\n      verdict\n      outcome\n      reason\n      httpStatus\n      transactionStatus\n    }\n    rejectedNotificationCount\n    refunds {\n      refundKey\n      amount\n      reason\n      status\n      failureReason\n      requestedAt\n      requestedBy\n    }\n    anomalies {\n      id\n      orderId\n      kind\n      details\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment OrderPageDetail on AdminOrder {\n    order {\n      orderId\n      gateway\n      status\n      grossAmount\n      refundedAmount\n      paymentType\n      transactionId\n      createdAt\n      updatedAt\n      version\n      items {\n        productId\n        name\n        price\n        quantity\n      }\n    }\n    customer {\n      name\n      email\n      phone\n    }\n    statusHistory {\n      status\n      at\n      source\n      transactionId\n    }\n    # Fields inline, not a fragment: every operation that answers with this page (the\n    # mutations too) stays within the depth and cost limits.\n    notifications(first: 20) {\n      id\n      cursor\n      receivedAt\n      rawBody\n      bodyTruncated\n      bodySha256\n      verdict\n      outcome\n      reason\n      httpStatus\n      transactionStatus\n    }\n    rejectedNotificationCount\n    refunds {\n      refundKey\n      amount\n      reason\n      status\n      failureReason\n      requestedAt\n      requestedBy\n    }\n    anomalies {\n      id\n      orderId\n      kind\n      details\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrdersPageRow on AdminOrder {\n    order {\n      orderId\n      gateway\n      status\n      grossAmount\n      refundedAmount\n      paymentType\n      createdAt\n      updatedAt\n      version\n    }\n    customer {\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment OrdersPageRow on AdminOrder {\n    order {\n      orderId\n      gateway\n      status\n      grossAmount\n      refundedAmount\n      paymentType\n      createdAt\n      updatedAt\n      version\n    }\n    customer {\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersPageOrders($filter: AdminOrderFilter, $first: Int, $after: String) {\n    adminOrders(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrdersPageRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersPageOrders($filter: AdminOrderFilter, $first: Int, $after: String) {\n    adminOrders(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrdersPageRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrdersPageEvents {\n    adminOrderEvents {\n      ...OrdersPageRow\n    }\n  }\n"): (typeof documents)["\n  subscription OrdersPageEvents {\n    adminOrderEvents {\n      ...OrdersPageRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n"): (typeof documents)["\n  query CatalogPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentStatusOrder on Order {\n    orderId\n    status\n    grossAmount\n    items {\n      productId\n      name\n      price\n      quantity\n    }\n    paymentType\n    transactionId\n    paymentInstructions {\n      bank\n      vaNumber\n      billerCode\n      billKey\n      paymentCode\n      expiresAt\n    }\n    refundedAmount\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment PaymentStatusOrder on Order {\n    orderId\n    status\n    grossAmount\n    items {\n      productId\n      name\n      price\n      quantity\n    }\n    paymentType\n    transactionId\n    paymentInstructions {\n      bank\n      vaNumber\n      billerCode\n      billKey\n      paymentCode\n      expiresAt\n    }\n    refundedAmount\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentStatusQuery($orderId: ID!, $accessToken: String!) {\n    order(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n"): (typeof documents)["\n  query PaymentStatusQuery($orderId: ID!, $accessToken: String!) {\n    order(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentStatusSubscription($orderId: ID!, $accessToken: String!) {\n    orderStatusChanged(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n"): (typeof documents)["\n  subscription PaymentStatusSubscription($orderId: ID!, $accessToken: String!) {\n    orderStatusChanged(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentConfigQuery {\n    paymentConfig {\n      gateways\n      mode\n      clientKey\n      snapJsUrl\n    }\n  }\n"): (typeof documents)["\n  query PaymentConfigQuery {\n    paymentConfig {\n      gateways\n      mode\n      clientKey\n      snapJsUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n"): (typeof documents)["\n  query CartPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutPageCreatePayment($input: CreatePaymentInput!) {\n    createPayment(input: $input) {\n      order {\n        orderId\n        status\n        grossAmount\n        version\n      }\n      gateway\n      snapToken\n      redirectUrl\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation CheckoutPageCreatePayment($input: CreatePaymentInput!) {\n    createPayment(input: $input) {\n      order {\n        orderId\n        status\n        grossAmount\n        version\n      }\n      gateway\n      snapToken\n      redirectUrl\n      accessToken\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;