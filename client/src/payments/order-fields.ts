import { graphql } from '../gql';

// Everything a result page shows about an order. The query and the subscription
// both select it, so a status event replaces the whole picture in the cache.
export const PaymentStatusOrderFragment = graphql(`
  fragment PaymentStatusOrder on Order {
    orderId
    status
    grossAmount
    items {
      productId
      name
      price
      quantity
    }
    paymentType
    transactionId
    paymentInstructions {
      bank
      vaNumber
      billerCode
      billKey
      paymentCode
      expiresAt
    }
    refundedAmount
    createdAt
    updatedAt
    version
  }
`);
