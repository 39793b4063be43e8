import { graphql } from '../../gql';

/** A delivery as the log shows it. */
export const NotificationLogEntryFields = graphql(`
  fragment NotificationLogEntryFields on NotificationLogEntry {
    id
    cursor
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

/** Everything the order page shows; mutations answer with it too, so the page follows them. */
export const OrderPageDetail = graphql(`
  fragment OrderPageDetail on AdminOrder {
    order {
      orderId
      gateway
      status
      grossAmount
      refundedAmount
      paymentType
      transactionId
      createdAt
      updatedAt
      version
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
    # Fields inline, not a fragment: every operation that answers with this page (the
    # mutations too) stays within the depth and cost limits.
    notifications(first: 20) {
      id
      cursor
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
    rejectedNotificationCount
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
