import {
  AcceptServiceOrderQuoteDocument,
  AssignAgencyContactDocument,
  CwMayOrderServicesDocument,
  CwServiceOrdersDocument,
  PlaceServiceOrderDocument,
  QuoteServiceOrderDocument,
  RemoveAgencyContactDocument,
  type TicketFieldsFragment,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 18, the customer web's orders: who may order (mayOrderServices, which the screen asks) and the API's refusal of anyone else. */

let t: TestApp;
let ids: Ids;
let ticket: TicketFieldsFragment;
const orders = async () => (await t.sql<{ n: number }>('select count(*)::int as n from service_order'))[0]!.n;
const may = async (as: string, agencyId?: string) => (await t.gql(as, CwMayOrderServicesDocument, { agencyId })).data?.mayOrderServices;

beforeAll(async () => {
  t = await startTestApp();
  ids = await directoryIds(t);
  ticket = await phoneTicket(t, ids);
});
afterAll(() => t.stop());

describe('mayOrderServices', () => {
  it('is true for the agency\'s authorised orderer only: not a colleague who is not named, not another agency\'s orderer, not staff', async () => {
    expect(await may(A.customer)).toBe(true);
    expect(await may(A.customer, ids.skatteverket)).toBe(true);
    expect(await may(A.customer2)).toBe(false);
    expect(await may(A.otherCustomer, ids.skatteverket)).toBe(false);
    expect(await may(A.otherCustomer)).toBe(true);
    expect(await may(A.accountManager, ids.skatteverket)).toBe(false);
    expect(await may(A.admin, ids.skatteverket)).toBe(false);
  });

  it('follows the agreement owner: a colleague named authorised orderer may order, and no longer once removed', async () => {
    const named = (await t.gql(A.customer2, AssignAgencyContactDocument, { input: { agencyId: ids.skatteverket, side: 'AGENCY', role: 'AUTHORISED_ORDERER', personId: ids.customer2 } })).data!.assignAgencyContact;
    expect(named.userErrors).toEqual([]);
    expect(await may(A.customer2)).toBe(true);
    expect((await t.gql(A.customer2, RemoveAgencyContactDocument, { contactId: named.contact!.id })).data!.removeAgencyContact.userErrors).toEqual([]);
    expect(await may(A.customer2)).toBe(false);
  });
});

describe('an unauthorised customer of the agency', () => {
  const place = (as: string) =>
    t.gql(as, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'SPECIAL', title: 'Extra lönekörning', description: 'Enligt bifogat underlag.', estimatedHours: 32 } });

  it('cannot place an order: NOT_ALLOWED with the reason, and nothing is stored', async () => {
    const before = await orders();
    const refused = (await place(A.customer2)).data!.placeServiceOrder;
    expect(refused.order).toBeNull();
    expect(refused.userErrors.map((e) => [e.code, e.message])).toEqual([['NOT_ALLOWED', 'only the agency\'s authorised orderers place orders']]);
    expect(await orders()).toBe(before);
  });

  it('reads the agency\'s orders but cannot sign a quote; the orderer can', async () => {
    const order = (await place(A.customer)).data!.placeServiceOrder.order!;
    const quoted = (await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId: order.id, quote: '32 timmar à 950 kr.', hourlyPrice: 950 } })).data!.quoteServiceOrder;
    expect(quoted.userErrors).toEqual([]);
    const seen = (await t.gql(A.customer2, CwServiceOrdersDocument, {})).data!.serviceOrders.edges.map((e) => [e.node.title, e.node.status]);
    expect(seen).toEqual([['Extra lönekörning', 'QUOTED']]);
    const refused = (await t.gql(A.customer2, AcceptServiceOrderQuoteDocument, { orderId: order.id })).data!.acceptServiceOrderQuote;
    expect(refused.userErrors.map((e) => [e.code, e.message])).toEqual([['NOT_ALLOWED', 'only the agency\'s authorised orderers sign quotes']]);
    const signed = (await t.gql(A.customer, AcceptServiceOrderQuoteDocument, { orderId: order.id })).data!.acceptServiceOrderQuote;
    expect(signed.userErrors).toEqual([]);
    expect((await t.sql<{ status: string }>('select status from service_order where title = $1', ['Extra lönekörning']))[0]!.status).toBe('ORDERED');
  });
});
