import { graphql } from '../../gql';

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
    notifications {
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
