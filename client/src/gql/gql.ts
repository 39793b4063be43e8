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
    "\n  query CatalogPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n": typeof types.CatalogPageProductsDocument,
    "\n  fragment PaymentStatusOrder on Order {\n    orderId\n    status\n    grossAmount\n    items {\n      productId\n      name\n      price\n      quantity\n    }\n    paymentType\n    transactionId\n    paymentInstructions {\n      bank\n      vaNumber\n      billerCode\n      billKey\n      paymentCode\n      expiresAt\n    }\n    snapToken\n    redirectUrl\n    refundedAmount\n    createdAt\n    updatedAt\n  }\n": typeof types.PaymentStatusOrderFragmentDoc,
    "\n  query PaymentStatusQuery($orderId: ID!, $accessToken: String!) {\n    order(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n": typeof types.PaymentStatusQueryDocument,
    "\n  subscription PaymentStatusSubscription($orderId: ID!, $accessToken: String!) {\n    orderStatusChanged(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n": typeof types.PaymentStatusSubscriptionDocument,
    "\n  query SnapPaymentConfigQuery {\n    paymentConfig {\n      mode\n      clientKey\n      snapJsUrl\n    }\n  }\n": typeof types.SnapPaymentConfigQueryDocument,
    "\n  query CartPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n": typeof types.CartPageProductsDocument,
    "\n  mutation CheckoutPageCreatePayment($input: CreatePaymentInput!) {\n    createPayment(input: $input) {\n      order {\n        orderId\n        status\n        grossAmount\n      }\n      snapToken\n      redirectUrl\n      accessToken\n    }\n  }\n": typeof types.CheckoutPageCreatePaymentDocument,
};
const documents: Documents = {
    "\n  query CatalogPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n": types.CatalogPageProductsDocument,
    "\n  fragment PaymentStatusOrder on Order {\n    orderId\n    status\n    grossAmount\n    items {\n      productId\n      name\n      price\n      quantity\n    }\n    paymentType\n    transactionId\n    paymentInstructions {\n      bank\n      vaNumber\n      billerCode\n      billKey\n      paymentCode\n      expiresAt\n    }\n    snapToken\n    redirectUrl\n    refundedAmount\n    createdAt\n    updatedAt\n  }\n": types.PaymentStatusOrderFragmentDoc,
    "\n  query PaymentStatusQuery($orderId: ID!, $accessToken: String!) {\n    order(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n": types.PaymentStatusQueryDocument,
    "\n  subscription PaymentStatusSubscription($orderId: ID!, $accessToken: String!) {\n    orderStatusChanged(orderId: $orderId, accessToken: $accessToken) {\n      ...PaymentStatusOrder\n    }\n  }\n": types.PaymentStatusSubscriptionDocument,
    "\n  query SnapPaymentConfigQuery {\n    paymentConfig {\n      mode\n      clientKey\n      snapJsUrl\n    }\n  }\n": types.SnapPaymentConfigQueryDocument,
    "\n  query CartPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n": types.CartPageProductsDocument,
    "\n  mutation CheckoutPageCreatePayment($input: CreatePaymentInput!) {\n    createPayment(input: $input) {\n      order {\n        orderId\n        status\n        grossAmount\n      }\n      snapToken\n      redirectUrl\n      accessToken\n    }\n  }\n": types.CheckoutPageCreatePaymentDocument,
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
export function graphql(source: "\n  query CatalogPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n"): (typeof documents)["\n  query CatalogPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentStatusOrder on Order {\n    orderId\n    status\n    grossAmount\n    items {\n      productId\n      name\n      price\n      quantity\n    }\n    paymentType\n    transactionId\n    paymentInstructions {\n      bank\n      vaNumber\n      billerCode\n      billKey\n      paymentCode\n      expiresAt\n    }\n    snapToken\n    redirectUrl\n    refundedAmount\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PaymentStatusOrder on Order {\n    orderId\n    status\n    grossAmount\n    items {\n      productId\n      name\n      price\n      quantity\n    }\n    paymentType\n    transactionId\n    paymentInstructions {\n      bank\n      vaNumber\n      billerCode\n      billKey\n      paymentCode\n      expiresAt\n    }\n    snapToken\n    redirectUrl\n    refundedAmount\n    createdAt\n    updatedAt\n  }\n"];
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
export function graphql(source: "\n  query SnapPaymentConfigQuery {\n    paymentConfig {\n      mode\n      clientKey\n      snapJsUrl\n    }\n  }\n"): (typeof documents)["\n  query SnapPaymentConfigQuery {\n    paymentConfig {\n      mode\n      clientKey\n      snapJsUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n"): (typeof documents)["\n  query CartPageProducts {\n    products {\n      id\n      name\n      price\n      stock\n      imageUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutPageCreatePayment($input: CreatePaymentInput!) {\n    createPayment(input: $input) {\n      order {\n        orderId\n        status\n        grossAmount\n      }\n      snapToken\n      redirectUrl\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation CheckoutPageCreatePayment($input: CreatePaymentInput!) {\n    createPayment(input: $input) {\n      order {\n        orderId\n        status\n        grossAmount\n      }\n      snapToken\n      redirectUrl\n      accessToken\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;