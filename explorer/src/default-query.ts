// What a first-time visitor sees: the catalog, then how to follow an order live.
export const DEFAULT_QUERY = `# Lunas API explorer (GraphiQL, works offline).
# Queries and mutations go over HTTP POST /graphql; subscriptions over graphql-ws.
#
# 1. Run Products, then CreatePayment (the ▶ button picks the operation).
# 2. Paste the orderId and accessToken it returns into OrderStatus and run it:
#    the current status arrives first, then every change (drive one with the
#    simulator: POST http://127.0.0.1:4100/sim/v1/transactions/<orderId>/settle).

query Products {
  products { id name price stock }
}

mutation CreatePayment {
  createPayment(input: {
    items: [{ productId: "kopi-gayo-250g", quantity: 1 }]
    customer: { name: "Budi Santoso", email: "budi@example.com" }
  }) {
    accessToken
    order { orderId status grossAmount }
  }
}

subscription OrderStatus {
  orderStatusChanged(orderId: "LNS-…", accessToken: "…") {
    orderId
    status
    paymentInstructions { bank vaNumber expiresAt }
  }
}
`;
