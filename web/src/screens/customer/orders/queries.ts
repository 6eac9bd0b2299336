import { graphql } from '../../../gql';

/** The customer web's order documents: the agency's orders, one order, the rights and the actions. */

export const CustomerOrdersQuery = graphql(`
  query CustomerOrders($first: Int!) {
    mayOrderServices
    serviceOrders(first: $first) {
      totalCount
      edges { node { id kind status title orderedAt estimatedHours quote ticket { id number title } } }
    }
  }
`);

export const CustomerOrderCasesQuery = graphql(`
  query CustomerOrderCases {
    tickets(first: 100) { edges { node { id number title } } }
  }
`);

export const CustomerOrderQuery = graphql(`
  query CustomerOrder($id: ID!) {
    mayOrderServices
    node(id: $id) {
      ... on ServiceOrder {
        id kind status title description estimatedHours reportedHours hourlyPrice monthlyPrice quote
        orderedAt quotedAt acceptedAt confirmedAt deliveredAt deliveryApprovedAt
        orderedBy { id name }
        ticket { id number title }
      }
    }
  }
`);

export const CustomerPlaceOrder = graphql(`
  mutation CustomerPlaceOrder($input: PlaceOrderInput!) {
    placeServiceOrder(input: $input) { order { id status } userErrors { code message field } }
  }
`);

export const CustomerSignQuote = graphql(`
  mutation CustomerSignQuote($orderId: ID!) {
    acceptServiceOrderQuote(orderId: $orderId) { order { id status acceptedAt } userErrors { code message field } }
  }
`);

export const CustomerApproveDelivery = graphql(`
  mutation CustomerApproveDelivery($orderId: ID!) {
    approveServiceOrderDelivery(orderId: $orderId) { order { id status deliveryApprovedAt } userErrors { code message field } }
  }
`);
