import { graphql } from '../../gql';

/** A delivery as the log shows it. */
export const NotificationLogEntryFields = graphql(`
  fragment NotificationLogEntryFields on NotificationLogEntry {
    id
    receivedAt
    rawBody
    bodyTruncated
    bodySha256
    verdict
    outcome
    reason
    httpStatus
    transactionStatus
  }
`);

/** A page of the log: passed deliveries newest first, rejected ones counted apart. */
export const NotificationLogPageFields = graphql(`
  fragment NotificationLogPage on NotificationLogPage {
    edges {
      cursor
      node {
        ...NotificationLogEntryFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    rejectedCount
    rejected {
      ...NotificationLogEntryFields
    }
  }
`);

/** Everything the order page shows; mutations answer with it too, so the page follows them. */
export const OrderPageDetail = graphql(`
  fragment OrderPageDetail on AdminOrder {
    order {
      orderId
      status
      grossAmount
      refundedAmount
      paymentType
      transactionId
      createdAt
      updatedAt
      items {
        productId
        name
        price
        quantity
      }
    }
    customer {
      name
      email
      phone
    }
    statusHistory {
      status
      at
      source
      transactionId
    }
    notifications(first: 20) {
      ...NotificationLogPage
    }
    refunds {
      refundKey
      amount
      reason
      status
      failureReason
      requestedAt
      requestedBy
    }
    anomalies {
      id
      orderId
      kind
      details
      at
    }
  }
`);
