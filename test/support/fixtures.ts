import { DateTime } from 'luxon';
import { DEMO_ACCOUNTS as A } from '../../seeds/directory';
import { CreateTicketDocument, type CreateTicketInput, type TicketFieldsFragment } from '../generated/graphql';
import type { TestApp } from './test-app';

export { A };

/** The centre's time zone, and a local time there ("2027-04-05T09:00") as an instant. */
export const ZONE = 'Europe/Stockholm';
export const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toJSDate();

/** Global IDs of the seeded directory, looked up once per test file. */
export async function directoryIds(t: TestApp) {
  const user = (email: string) => t.id('User', 'select id from app_user where email = $1', [email]);
  const group = (name: string) => t.id('SupportGroup', 'select id from support_group where name = $1', [name]);
  return {
    skatteverket: await t.id('Agency', 'select id from agency where name = $1', ['Skatteverket']),
    forsakringskassan: await t.id('Agency', 'select id from agency where name = $1', ['Försäkringskassan']),
    payroll: await t.id('ServiceArea', `select id from service_area where code = 'PAYROLL'`),
    finance: await t.id('ServiceArea', `select id from service_area where code = 'FINANCE'`),
    travelExpenses: await t.id('Service', `select id from service where code = 'TRAVEL_EXPENSES'`),
    supplierInvoices: await t.id('Service', `select id from service where code = 'SUPPLIER_INVOICES'`),
    servicedesk: await group('Servicedesk'),
    payrollGroup: await group('Produktion Lön'),
    financeGroup: await group('Produktion Ekonomi'),
    primula: await t.id('Vendor', 'select id from vendor where name = $1', ['Primula Support']),
    customer: await user(A.customer),
    customer2: await user(A.customer2),
    otherCustomer: await user(A.otherCustomer),
    external: await user(A.external),
    agent: await user(A.agent),
    agent2: await user(A.agent2),
    payrollSpecialist: await user(A.payrollSpecialist),
    financeSpecialist: await user(A.financeSpecialist),
  };
}

export type Ids = Awaited<ReturnType<typeof directoryIds>>;

/** Registers a phone ticket for Skatteverket's customer (payroll) as the agent and returns it. */
export async function phoneTicket(t: TestApp, ids: Ids, overrides: Partial<CreateTicketInput> = {}): Promise<TicketFieldsFragment> {
  const res = await t.gql(A.agent, CreateTicketDocument, {
    input: {
      title: 'Varför har jag inte fått korrekt lön?',
      description: 'Lönen för oktober saknar OB-tillägg.',
      channel: 'PHONE',
      requesterId: ids.customer,
      serviceId: ids.travelExpenses,
      category: 'INCIDENT',
      impact: 'MEDIUM',
      urgency: 'HIGH',
      ...overrides,
    },
  });
  if (!res.data?.createTicket.ticket) throw new Error(`createTicket failed: ${JSON.stringify(res)}`);
  return res.data.createTicket.ticket as TicketFieldsFragment;
}
