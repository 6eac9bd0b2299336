import { GroupKind, Role, ServiceAreaCode, Tier } from '../src/directory/directory.enums';
import { AGENCIES } from './agencies';
import { createRandom } from './prng';

/** The directory of the demo seed, as plain rows: built deterministically, inserted set-based. */

export const SERVICE_AREAS: readonly { code: ServiceAreaCode; name: string; services: [code: string, name: string][] }[] = [
  {
    code: ServiceAreaCode.PAYROLL,
    name: 'Lön',
    services: [
      ['PAYROLL_ADMIN', 'Löneadministration'],
      ['TRAVEL_EXPENSES', 'Resor och utlägg'],
      ['ABSENCE_LEAVE', 'Frånvaro och semester'],
      ['PENSION_INSURANCE', 'Pension och försäkring'],
    ],
  },
  {
    code: ServiceAreaCode.FINANCE,
    name: 'Ekonomi',
    services: [
      ['CUSTOMER_INVOICING', 'Kundfakturering'],
      ['SUPPLIER_INVOICES', 'Leverantörsfakturor'],
      ['ACCOUNTING_CLOSING', 'Redovisning och bokslut'],
      ['FIXED_ASSETS', 'Anläggningsredovisning'],
    ],
  },
  {
    code: ServiceAreaCode.ECOMMERCE,
    name: 'E-handel',
    services: [
      ['E_ORDERING', 'E-beställning'],
      ['CATALOGUE', 'Kataloger och leverantörer'],
      ['ECOMMERCE_ACCESS', 'Behörighet till e-handel'],
    ],
  },
];

export const GROUPS: readonly { name: string; tier: Tier; kind: GroupKind; area?: ServiceAreaCode }[] = [
  { name: 'Servicedesk', tier: Tier.FIRST, kind: GroupKind.SERVICEDESK },
  { name: 'Produktion Lön', tier: Tier.SECOND, kind: GroupKind.PRODUCTION, area: ServiceAreaCode.PAYROLL },
  { name: 'Produktion Ekonomi', tier: Tier.SECOND, kind: GroupKind.PRODUCTION, area: ServiceAreaCode.FINANCE },
  { name: 'Produktion E-handel', tier: Tier.SECOND, kind: GroupKind.PRODUCTION, area: ServiceAreaCode.ECOMMERCE },
  { name: 'Kammarkollegiets ekonomienhet', tier: Tier.SECOND, kind: GroupKind.EXTERNAL_SECOND_LINE, area: ServiceAreaCode.FINANCE },
  { name: 'Kundansvariga och utveckling', tier: Tier.THIRD, kind: GroupKind.THIRD_LINE },
];

export const VENDORS: readonly { name: string; system: string; email: string; phone: string; area: ServiceAreaCode }[] = [
  { name: 'Primula Support', system: 'Primula (lönesystem)', email: 'support@primula.example', phone: '+46 8 555 010 10', area: ServiceAreaCode.PAYROLL },
  { name: 'Palasso Support', system: 'Palasso (lönesystem)', email: 'support@palasso.example', phone: '+46 8 555 010 20', area: ServiceAreaCode.PAYROLL },
  { name: 'Agresso Support', system: 'Agresso (ekonomisystem)', email: 'support@agresso.example', phone: '+46 8 555 010 30', area: ServiceAreaCode.FINANCE },
  { name: 'Raindance Support', system: 'Raindance (ekonomisystem)', email: 'support@raindance.example', phone: '+46 8 555 010 40', area: ServiceAreaCode.FINANCE },
  { name: 'Proceedo Support', system: 'Proceedo (e-handel)', email: 'support@proceedo.example', phone: '+46 8 555 010 50', area: ServiceAreaCode.ECOMMERCE },
];

const FIRST_NAMES = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Sara', 'Anders', 'Eva', 'Per', 'Lena', 'Mikael', 'Emma', 'Karl', 'Ingrid', 'Nils', 'Sofia', 'Olof', 'Elin', 'Fredrik', 'Maja', 'Gustav', 'Linnea', 'Henrik', 'Astrid', 'Oskar', 'Helena', 'Jonas', 'Frida', 'Magnus'];
const LAST_NAMES = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Lindberg', 'Lindström', 'Lundqvist', 'Berg', 'Holm', 'Sandberg', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Ek', 'Hedlund', 'Åberg', 'Nyström', 'Öberg'];

export interface UserRow {
  email: string;
  name: string;
  role: Role;
  agency?: string;
  groups?: string[];
  phone?: string;
}

/** Named demo accounts: README's token examples and the API tests sign in as these. */
export const DEMO_ACCOUNTS = {
  admin: 'admin@ssc.example',
  agent: 'agent@ssc.example',
  agent2: 'agent2@ssc.example',
  payrollSpecialist: 'lon.specialist@ssc.example',
  financeSpecialist: 'ekonomi.specialist@ssc.example',
  ecommerceSpecialist: 'ehandel.specialist@ssc.example',
  deliveryManager: 'leveransansvarig@ssc.example',
  accountManager: 'kundansvarig@ssc.example',
  customer: 'kund@skatteverket.example',
  customer2: 'kollega@skatteverket.example',
  otherCustomer: 'kund@forsakringskassan.example',
  external: 'leverantor@foretaget.example',
  /** The telephony gateway's machine account (the IVR webhooks act as it). */
  telephony: 'ivr@ssc.example',
} as const;

/** A Servicedesk agent with the knowledge editor's right (publishes articles). */
export const KNOWLEDGE_EDITOR_AGENT = 'sd1@ssc.example';

/** Demo phone numbers: the shared number, the centre's switchboard, and the named customers'. */
export const DEMO_PHONES = {
  shared: '+46771101010',
  switchboard: '+46771101000',
  customer: '+46701000001',
  customer2: '+46701000002',
  otherCustomer: '+46701000003',
} as const;

/** An agency's own switchboard extension into the IVR (agency n of the seed, 1-based). */
export const agencyExtension = (n: number) => `+468550${String(n).padStart(4, '0')}`;

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 40);

/** Organisation numbers 202100-NNNC with a Luhn check digit, as Swedish agencies have. */
export function organisationNumber(index: number): string {
  const digits = `202100${String(index).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${digits.slice(0, 6)}-${digits.slice(6)}${(10 - (sum % 10)) % 10}`;
}

export function buildDirectory() {
  const random = createRandom(20150101);
  const personName = () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const agencies = AGENCIES.map(([name, employees], i) => ({ name, organisation_number: organisationNumber(i + 1), employee_count: employees }));

  const users: UserRow[] = [
    { email: DEMO_ACCOUNTS.admin, name: 'Admin Adminsson', role: Role.ADMIN },
    { email: DEMO_ACCOUNTS.agent, name: 'Anna Servicedesk', role: Role.AGENT, groups: ['Servicedesk'] },
    { email: DEMO_ACCOUNTS.agent2, name: 'Erik Servicedesk', role: Role.AGENT, groups: ['Servicedesk'] },
    { email: DEMO_ACCOUNTS.payrollSpecialist, name: 'Lena Lönespecialist', role: Role.SPECIALIST, groups: ['Produktion Lön'] },
    { email: DEMO_ACCOUNTS.financeSpecialist, name: 'Per Ekonomispecialist', role: Role.SPECIALIST, groups: ['Produktion Ekonomi'] },
    { email: DEMO_ACCOUNTS.ecommerceSpecialist, name: 'Sara E-handelsspecialist', role: Role.SPECIALIST, groups: ['Produktion E-handel'] },
    { email: DEMO_ACCOUNTS.deliveryManager, name: 'Maria Leveransansvarig', role: Role.DELIVERY_MANAGER },
    { email: DEMO_ACCOUNTS.accountManager, name: 'Karl Kundansvarig', role: Role.ACCOUNT_MANAGER },
    { email: DEMO_ACCOUNTS.customer, name: 'Karin Kund', role: Role.CUSTOMER, agency: 'Skatteverket', phone: DEMO_PHONES.customer },
    { email: DEMO_ACCOUNTS.customer2, name: 'Johan Kollega', role: Role.CUSTOMER, agency: 'Skatteverket', phone: DEMO_PHONES.customer2 },
    { email: DEMO_ACCOUNTS.otherCustomer, name: 'Olof Kund', role: Role.CUSTOMER, agency: 'Försäkringskassan', phone: DEMO_PHONES.otherCustomer },
    { email: DEMO_ACCOUNTS.external, name: 'Frida Leverantör', role: Role.EXTERNAL_CONTACT },
    { email: 'redaktionen@tidningen.example', name: 'Nyhetsredaktionen', role: Role.EXTERNAL_CONTACT },
    { email: DEMO_ACCOUNTS.telephony, name: 'Telefonmenyn (IVR)', role: Role.TELEPHONY },
  ];
  const staff = (prefix: string, n: number, role: Role, groups?: string[]) => {
    for (let i = 1; i <= n; i++) users.push({ email: `${prefix}${i}@ssc.example`, name: personName(), role, groups });
  };
  staff('sd', 18, Role.AGENT, ['Servicedesk']);
  staff('lon', 8, Role.SPECIALIST, ['Produktion Lön']);
  staff('ekonomi', 4, Role.SPECIALIST, ['Produktion Ekonomi']);
  staff('ehandel', 3, Role.SPECIALIST, ['Produktion E-handel']);
  staff('kammarkollegiet', 2, Role.SPECIALIST, ['Kammarkollegiets ekonomienhet']);
  staff('utveckling', 2, Role.SPECIALIST, ['Kundansvariga och utveckling']);
  staff('leverans', 5, Role.DELIVERY_MANAGER);
  staff('kundansvar', 4, Role.ACCOUNT_MANAGER);
  let customers = 0;
  for (const agency of agencies) {
    const count = agency.employee_count > 2000 ? 4 : agency.employee_count >= 500 ? 3 : 2;
    for (let i = 1; i <= count; i++) {
      const name = personName();
      const phone = `+467020${String(++customers).padStart(5, '0')}`;
      users.push({ email: `${slug(name)}.${i}@${slug(agency.name)}.example`, name, role: Role.CUSTOMER, agency: agency.name, phone });
    }
  }

  // Delivery managers (one per agency and service area, with a deputy): the named one has payroll
  // for the two largest agencies named in the documents; the others split the agencies per area.
  // Account managers split the agencies likewise.
  const delivery: { email: string; deputy: string; agency: string; area: ServiceAreaCode }[] = [];
  const accounts: { email: string; deputy: string; agency: string }[] = [];
  const named = ['Skatteverket', 'Försäkringskassan', 'Pensionsmyndigheten'];
  agencies.forEach((agency, i) => {
    const manager = (n: number) => `leverans${(n % 5) + 1}@ssc.example`;
    for (const area of SERVICE_AREAS) {
      const namedPayroll = area.code === ServiceAreaCode.PAYROLL && named.slice(0, 2).includes(agency.name);
      delivery.push({ email: namedPayroll ? DEMO_ACCOUNTS.deliveryManager : manager(i), deputy: manager(namedPayroll ? i : i + 1), agency: agency.name, area: area.code });
    }
    const account = (n: number) => `kundansvar${(n % 4) + 1}@ssc.example`;
    accounts.push({ email: named.includes(agency.name) ? DEMO_ACCOUNTS.accountManager : account(i), deputy: account(named.includes(agency.name) ? i : i + 1), agency: agency.name });
  });
  return { agencies, users, delivery, accounts };
}
