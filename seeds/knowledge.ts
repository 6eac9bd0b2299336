import { ServiceAreaCode } from '../src/directory/directory.enums';
import { ArticleAudience, ArticleLanguage, ArticleStatus } from '../src/knowledge/knowledge.enums';
import { createRandom } from './prng';

/**
 * The demo knowledge base: hand-written answers to the questions the Servicedesk gets most (the
 * domain brief's and the demo tickets'), some of them in English too, and generated routine
 * articles for every service, so that search has a few hundred articles to rank. Deterministic.
 */

export interface ArticleRow {
  title: string;
  summary: string | null;
  body: string;
  language: ArticleLanguage;
  area: ServiceAreaCode;
  service: string | null;
  tags: string[];
  audience: ArticleAudience;
  status: ArticleStatus;
  /** A second revision's body (the first is `body`); null: one revision. */
  revised: string | null;
}

type Base = [area: ServiceAreaCode, service: string, title: string, summary: string, body: string, tags: string[], audience?: ArticleAudience];

const P = ServiceAreaCode.PAYROLL;
const F = ServiceAreaCode.FINANCE;
const E = ServiceAreaCode.ECOMMERCE;
const INTERNAL = ArticleAudience.INTERNAL;

export const BASE_ARTICLES: Base[] = [
  [P, 'TRAVEL_EXPENSES', 'Vilket datum betalas min reseräkning ut?', 'En attesterad reseräkning betalas ut med nästa lön, den 25:e i månaden.',
    'Reseräkningar som är **attesterade senast den 10:e** betalas ut med lönen den 25:e samma månad. Attesteras reseräkningen senare kommer ersättningen med nästa månads lön.\n\n1. Kontrollera i Primula att reseräkningen har status *Attesterad*.\n2. Saknas attest: påminn din chef, som attesterar i självservice.\n3. Utbetalningen syns som en egen rad på lönespecifikationen.\n\nInfaller den 25:e på en helgdag betalas lönen ut vardagen före.', ['reseräkning', 'utbetalning', 'lönedatum']],
  [P, 'ABSENCE_LEAVE', 'Hur många semesterdagar har jag kvar?', 'Ditt semestersaldo finns i självservice under Frånvaro → Semestersaldo.',
    'Du ser dina **betalda, sparade och obetalda semesterdagar** i självservice under *Frånvaro → Semestersaldo*. Saldot uppdateras efter varje lönekörning.\n\nSparade dagar från tidigare år tas ut först. Stämmer saldot inte med din egen beräkning: kontrollera att all frånvaro är registrerad och attesterad, och kontakta sedan Servicedesk med intjänandeår och antal dagar du räknat med.', ['semester', 'semesterdagar', 'saldo']],
  [P, 'PAYROLL_ADMIN', 'Varför har jag inte fått korrekt lön?', 'Oftast saknas en attest eller en frånvaro registrerades efter lönestoppet.',
    'Vanligaste orsakerna till fel lön:\n\n- frånvaro eller tillägg som registrerades **efter lönestoppet** (de kommer med nästa lön),\n- en ändring av lön eller tjänstgöringsgrad som ännu inte attesterats av HR,\n- fel skattetabell.\n\nJämför lönespecifikationen med föregående månad. Kontakta Servicedesk med vilken rad som avviker; ange aldrig personnummer i fritext.', ['lön', 'fel lön', 'lönespecifikation']],
  [P, 'PAYROLL_ADMIN', 'Kan jag få förskott på lön?', 'Förskott betalas bara ut efter beslut av din arbetsgivare.',
    'Statens servicecenter betalar inte ut förskott på eget initiativ. Din **arbetsgivare beslutar** om förskott; beslutet registreras av myndighetens HR och betalas ut vid nästa extra utbetalningstillfälle (normalt den 10:e).', ['förskott', 'lön']],
  [P, 'PAYROLL_ADMIN', 'Fel OB-tillägg på lönespecifikationen', 'OB beräknas från registrerad arbetstid; kontrollera schemat för perioden.',
    'OB-tillägg beräknas från den **arbetstid som är registrerad och attesterad** för perioden. Fel OB beror nästan alltid på att schemat eller avvikelser saknas.\n\nKontrollera tidrapporten i självservice. Rätta avvikelsen och be chefen attestera; rättelsen kommer med nästa lön.', ['ob-tillägg', 'arbetstid', 'schema'], INTERNAL],
  [P, 'TRAVEL_EXPENSES', 'Reseräkningen har fastnat i attestflödet', 'En reseräkning som väntar på en chef som slutat måste flyttas av HR.',
    'En reseräkning ligger kvar i attestflödet när **attestanten saknas** (slutat, tjänstledig) eller när ett kostnadsställe är stängt.\n\n- Kontrollera attestant i ärendets historik.\n- Be myndighetens HR byta attestant.\n- Stängt kostnadsställe: produktion Lön behöver öppna det eller flytta kostnaden.', ['reseräkning', 'attest', 'attestflöde'], INTERNAL],
  [P, 'ABSENCE_LEAVE', 'Sjukfrånvaro saknas i lönesystemet', 'Sjukfrånvaro måste registreras i självservice innan lönestoppet.',
    'Sjukfrånvaro registreras av medarbetaren i självservice och godkänns av chefen. Från dag 15 anmäler arbetsgivaren till Försäkringskassan.\n\nSaknas frånvaron: registrera den i efterhand; avdraget görs på nästa lön.', ['sjukfrånvaro', 'frånvaro', 'sjuklön']],
  [P, 'PAYROLL_ADMIN', 'Lönespecifikationen visas inte i Primula', 'Lönespecifikationen publiceras tre dagar före utbetalningen.',
    'Lönespecifikationen publiceras i Primula **tre bankdagar före** utbetalningen. Syns den inte då: logga ut och in igen, töm webbläsarens cache, och kontrollera att du har behörighet till självservice.', ['lönespecifikation', 'primula', 'självservice']],
  [P, 'PAYROLL_ADMIN', 'Friskvårdsbidraget har inte betalats ut', 'Friskvårdsbidrag betalas ut när kvittot är registrerat och attesterat.',
    'Friskvårdsbidraget betalas ut som ett **utlägg**: registrera kvittot i självservice under *Utlägg → Friskvård*. Bidraget betalas med nästa lön efter attest. Maxbeloppet bestäms av din myndighet.', ['friskvård', 'utlägg', 'bidrag']],
  [P, 'ABSENCE_LEAVE', 'Fråga om lön under föräldraledighet', 'Föräldralön beräknas enligt villkorsavtalet och betalas ut av arbetsgivaren.',
    'Under föräldraledighet kan du ha rätt till **föräldralön** enligt villkorsavtalet, utöver föräldrapenningen från Försäkringskassan. Registrera ledigheten i självservice minst två månader i förväg.', ['föräldraledighet', 'föräldralön']],
  [P, 'TRAVEL_EXPENSES', 'Utlägg för konferens saknas på utbetalningen', 'Utlägg betalas ut först när kvittot är attesterat.',
    'Konferensutlägg betalas ut med lönen när de är **attesterade före lönestoppet**. Kontrollera status i självservice; ett utlägg utan kvittobild skickas tillbaka till dig.', ['utlägg', 'konferens', 'kvitto']],
  [P, 'PAYROLL_ADMIN', 'Fel skattetabell på decemberlönen', 'Skattetabellen hämtas från Skatteverket; jämkning registreras av dig.',
    'Skattetabellen hämtas automatiskt från Skatteverket. I december dras **halv skatt** på lönen enligt tabell. Har du jämkning: se till att beslutet har kommit till arbetsgivaren.', ['skatt', 'skattetabell', 'december']],
  [F, 'ACCOUNTING_CLOSING', 'Var finns kontoplanen?', 'Kontoplanen för statliga myndigheter finns i Raindance under Grunddata → Konton.',
    'Kontoplanen bygger på **statsredovisningens baskontoplan (S-koder)**. Myndighetens egen kontoplan finns i Raindance under *Grunddata → Konton*, och en utskrivbar version på kundwebben under *Ekonomi → Dokument*.\n\nVid tveksamhet om vilket konto en kostnad ska bokas på: se artikeln om konton för konsultkostnader eller fråga produktion Ekonomi.', ['kontoplan', 'konton', 'raindance']],
  [F, 'CUSTOMER_INVOICING', 'Hur skapar jag en kundfaktura?', 'Kundfakturor skapas i Raindance under Kundreskontra → Ny faktura.',
    'Så skapar du en kundfaktura:\n\n1. Öppna *Kundreskontra → Ny faktura* i Raindance.\n2. Välj kund; saknas kunden, beställ upplägg via kundwebben.\n3. Fyll i rader med artikel, antal och **momskod**.\n4. Spara och skicka till attest. Fakturan skickas som e-faktura (Peppol) när den är attesterad.', ['kundfaktura', 'fakturering', 'raindance']],
  [F, 'ACCOUNTING_CLOSING', 'Vilket konto ska användas för konsultkostnader?', 'Konsulttjänster bokas på kontogrupp 5460 (S-kod 5461).',
    'Köpta konsulttjänster bokas som **övriga tjänster, kontogrupp 5460**. IT-konsulter för utveckling som ska aktiveras bokas i stället som pågående anläggning.', ['konsultkostnader', 'konto', 'bokföring']],
  [F, 'ACCOUNTING_CLOSING', 'Bokslutsrapporten stämmer inte mot huvudboken', 'Skillnader beror oftast på periodiseringar som inte bokats eller en öppen period.',
    'Kontrollera att **perioden är stängd** och att alla periodiseringar är bokade. Kör rapporten på nytt efter nattens uppdatering; rapporterna bygger på gårdagens data.', ['bokslut', 'huvudbok', 'rapport'], INTERNAL],
  [F, 'CUSTOMER_INVOICING', 'Kundfakturan har fel momssats', 'En fakturerad faktura rättas med en kreditfaktura och en ny faktura.',
    'En skickad faktura kan inte ändras. **Kreditera** den i Kundreskontra och skapa en ny med rätt momskod. Kontrollera artikelns förvalda momskod så att felet inte upprepas.', ['moms', 'kreditfaktura', 'kundfaktura']],
  [F, 'SUPPLIER_INVOICES', 'Leverantörsfaktura saknar referens', 'Fakturor utan giltig referens returneras till leverantören.',
    'Leverantörsfakturor måste ha **myndighetens referenskod** för att nå rätt attestant. Saknas den returnerar skanningen fakturan till leverantören med en begäran om referens.', ['leverantörsfaktura', 'referens']],
  [F, 'ACCOUNTING_CLOSING', 'Periodisering av hyreskostnader vid årsskiftet', 'Förutbetald hyra periodiseras på konto 1710.',
    'Hyra som betalas i december för januari är en **förutbetald kostnad**: boka den på konto 1710 och vänd periodiseringen i januari.', ['periodisering', 'hyra', 'årsskifte'], INTERNAL],
  [E, 'ECOMMERCE_ACCESS', 'Hur får jag access till e-handelstjänsten?', 'Behörighet beställs av myndighetens behörighetsadministratör.',
    'Din myndighets **behörighetsadministratör** beställer behörighet till e-handeln via kundwebben. Du får ett mejl när kontot är klart, normalt inom två arbetsdagar.', ['behörighet', 'e-handel', 'inloggning']],
  [E, 'E_ORDERING', 'Hur godkänner och attesterar jag leverantörsfakturor?', 'Fakturor matchade mot en order attesteras i e-handelns inkorg.',
    'Fakturor som matchar en order hamnar i din **inkorg i e-handeln**. Kontrollera mot leveransen och attestera. Avvikelser mot ordern markeras i gult och kräver en kommentar.', ['attest', 'leverantörsfaktura', 'e-handel']],
  [E, 'CATALOGUE', 'Varför syns inte leverantörens tjänstekatalog?', 'Katalogen visas först när avtalet är kopplat till din myndighet.',
    'En katalog visas när **avtalet är kopplat** till din myndighet och katalogen är publicerad av leverantören. Kontakta Servicedesk med avtalsnummer om den saknas.', ['katalog', 'leverantör', 'avtal']],
  [E, 'CATALOGUE', 'Varför är inte priserna enligt avtal?', 'Priser i katalogen uppdateras av leverantören och granskas av SSC.',
    'Katalogpriserna laddas upp av leverantören. Avviker ett pris från avtalet: **anmäl avvikelsen** med avtalsnummer och artikel, så begär vi en rättad katalog.', ['pris', 'katalog', 'avtal']],
  [E, 'E_ORDERING', 'Beställningen har inte skickats till leverantören', 'En order skickas först när den är godkänd av beställaren.',
    'En order skickas till leverantören när den är **godkänd**. Kontrollera orderstatus; står den som *Skickad* men leverantören har inget fått, kontrollera leverantörens order-e-postadress i katalogen.', ['order', 'beställning', 'leverantör']],
  [P, 'PENSION_INSURANCE', 'När betalas tjänstepensionen in?', 'Premien för tjänstepension rapporteras till SPV varje månad.',
    'Premier för den statliga **tjänstepensionen** rapporteras månadsvis till SPV efter lönekörningen. Du ser inbetalningarna hos SPV och på minPension.', ['pension', 'spv', 'tjänstepension']],
  [P, 'TRAVEL_EXPENSES', 'Hur registrerar jag en reseräkning?', 'Reseräkningar registreras i självservice under Resor.',
    'Registrera resan i självservice under *Resor → Ny reseräkning*: datum, ort, traktamente och utlägg med kvittobilder. Skicka till attest; se artikeln om utbetalningsdatum.', ['reseräkning', 'traktamente', 'registrera']],
  [F, 'FIXED_ASSETS', 'Hur aktiverar jag en anläggningstillgång?', 'Inköp över halvt prisbasbelopp med en livslängd över tre år aktiveras.',
    'En tillgång aktiveras när värdet är minst **ett halvt prisbasbelopp** och den ekonomiska livslängden är minst tre år. Registrera den i anläggningsreskontran med konto, avskrivningstid och kostnadsställe.', ['anläggning', 'aktivering', 'avskrivning']],
  [F, 'SUPPLIER_INVOICES', 'Hur lägger jag upp en ny leverantör?', 'Nya leverantörer beställs via kundwebben med organisationsnummer och bankgiro.',
    'Beställ upplägg av ny leverantör via kundwebben: **organisationsnummer, bankgiro och e-fakturaadress**. Produktionen kontrollerar uppgifterna mot Bolagsverket innan leverantören kan användas.', ['leverantör', 'upplägg', 'leverantörsregister']],
  [E, 'ECOMMERCE_ACCESS', 'Jag kan inte logga in i e-handeln', 'Inloggning sker med myndighetens e-legitimation; kontrollera behörigheten.',
    'Kontrollera att du loggar in med **myndighetens e-legitimation** och att din behörighet är aktiv. Har du bytt myndighet måste behörigheten beställas på nytt.', ['inloggning', 'e-legitimation', 'behörighet']],
  [P, 'ABSENCE_LEAVE', 'Hur ansöker jag om semester?', 'Semester söks i självservice och godkänns av chefen.',
    'Ansök om semester i självservice under *Frånvaro → Ny ansökan*. Chefen godkänner; godkänd semester syns i saldot efter nästa lönekörning.', ['semester', 'ansökan', 'frånvaro']],
];

/** English versions of some answers, for staff who work in English. */
const ENGLISH: [index: number, title: string, summary: string, body: string, tags: string[]][] = [
  [0, 'When is my travel expense claim paid?', 'An approved travel expense claim is paid with the next salary, on the 25th.',
    'Travel expense claims **approved by the 10th** are paid with the salary on the 25th of the same month; later approvals are paid the month after. Check the claim status in Primula self-service.', ['travel expenses', 'payment']],
  [1, 'How many days of annual leave do I have left?', 'Your leave balance is in self-service under Absence → Leave balance.',
    'Self-service shows your **paid, saved and unpaid days of annual leave** under *Absence → Leave balance*, updated after every payroll run.', ['annual leave', 'balance']],
  [12, 'Where is the chart of accounts?', 'The chart of accounts is in Raindance under Master data → Accounts.',
    'The chart of accounts follows the **central government base chart (S codes)**. Your agency\'s own accounts are in Raindance under *Master data → Accounts*.', ['chart of accounts', 'raindance']],
  [13, 'How do I create a customer invoice?', 'Customer invoices are created in Raindance under Accounts receivable → New invoice.',
    'Open *Accounts receivable → New invoice* in Raindance, choose the customer, add lines with article, quantity and **VAT code**, save and send for approval. Approved invoices go out as e-invoices (Peppol).', ['customer invoice', 'invoicing']],
  [19, 'How do I get access to the e-commerce service?', "Access is ordered by your agency's access administrator.",
    "Your agency's **access administrator** orders access through the customer web. You get an e-mail when the account is ready, normally within two working days.", ['access', 'e-commerce']],
  [20, 'How do I approve supplier invoices?', 'Invoices matched to an order are approved in the e-commerce inbox.',
    'Invoices that match an order land in your **e-commerce inbox**. Check them against the delivery and approve; deviations from the order are marked and need a comment.', ['approval', 'supplier invoice']],
];

const ROUTINES = [
  'Behörigheter i {s}',
  'Blanketter och mallar för {s}',
  'Tidplan och stopptider för {s}',
  'Vanliga felmeddelanden i {s}',
  'Kontaktvägar vid frågor om {s}',
  'Rapporter och uttag i {s}',
  'Ändra uppgifter i {s}',
  'Årsskiftet och {s}',
  'Nyheter i {s} 2026',
  'Checklista för nya användare av {s}',
  'Säkerhet och sekretess i {s}',
  'Avvikelsehantering i {s}',
  'Arkivering av underlag i {s}',
  'Ersättare och delegering i {s}',
  'Driftstörning i {s}: vad gör jag?',
  'Utbildning och introduktion i {s}',
  'Integrationer och filöverföring i {s}',
  'Historiska uppgifter i {s}',
  'Felsökning steg för steg i {s}',
  'Ansvarsfördelning mellan myndigheten och SSC i {s}',
];

const SENTENCES = [
  'Börja med att kontrollera att rätt period och rätt organisation är vald.',
  'Ändringar som görs efter stopptiden kommer med i nästa körning.',
  'Myndighetens kontaktperson ansvarar för att underlaget är komplett.',
  'Servicedesk svarar på frågor om rutinen och registrerar ärenden vid avvikelser.',
  'Produktionen hanterar ändringar som kräver behörighet i systemet.',
  'Spara alltid underlaget enligt myndighetens arkivregler.',
  'Vid driftstörning publiceras information på kundwebbens startsida.',
  'Uppgifter som omfattas av sekretess skickas aldrig med vanlig e-post.',
  'Rutinen gäller alla myndigheter som har tjänsten i sitt avtal.',
  'Kontakta din leveransansvarige om rutinen behöver anpassas för er myndighet.',
];

export function buildArticles(): ArticleRow[] {
  const random = createRandom(20261123);
  const rows: ArticleRow[] = BASE_ARTICLES.map(([area, service, title, summary, body, tags, audience], i) => ({
    title,
    summary,
    body,
    language: ArticleLanguage.SV,
    area,
    service,
    tags,
    audience: audience ?? ArticleAudience.PUBLIC,
    status: ArticleStatus.PUBLISHED,
    revised: i % 3 === 0 ? `${body}\n\n**Uppdatering:** rutinen gäller även för inhyrd personal från och med 2026.` : null,
  }));
  for (const [index, title, summary, body, tags] of ENGLISH) {
    const [area, service] = BASE_ARTICLES[index];
    rows.push({ title, summary, body, language: ArticleLanguage.EN, area, service, tags, audience: ArticleAudience.PUBLIC, status: ArticleStatus.PUBLISHED, revised: null });
  }
  const services: [ServiceAreaCode, string, string][] = [
    [P, 'PAYROLL_ADMIN', 'löneadministrationen'],
    [P, 'TRAVEL_EXPENSES', 'resor och utlägg'],
    [P, 'ABSENCE_LEAVE', 'frånvarohanteringen'],
    [P, 'PENSION_INSURANCE', 'pension och försäkring'],
    [F, 'CUSTOMER_INVOICING', 'kundfaktureringen'],
    [F, 'SUPPLIER_INVOICES', 'leverantörsreskontran'],
    [F, 'ACCOUNTING_CLOSING', 'redovisning och bokslut'],
    [F, 'FIXED_ASSETS', 'anläggningsredovisningen'],
    [E, 'E_ORDERING', 'e-beställningen'],
    [E, 'CATALOGUE', 'katalogerna'],
    [E, 'ECOMMERCE_ACCESS', 'e-handelns behörigheter'],
  ];
  let n = 0;
  for (const [area, service, name] of services) {
    for (const routine of ROUTINES) {
      n++;
      const sentences = [0, 1, 2, 3].map(() => random.pick(SENTENCES));
      rows.push({
        title: routine.replace('{s}', name),
        summary: `Rutin för ${name}.`,
        body: `## ${routine.replace('{s}', name)}\n\n${sentences.slice(0, 2).join(' ')}\n\n${sentences.slice(2).join(' ')}`,
        language: ArticleLanguage.SV,
        area,
        service,
        tags: ['rutin'],
        audience: n % 2 ? ArticleAudience.INTERNAL : ArticleAudience.PUBLIC,
        status: n % 25 === 0 ? ArticleStatus.DRAFT : n % 40 === 0 ? ArticleStatus.ARCHIVED : ArticleStatus.PUBLISHED,
        revised: n % 9 === 0 ? `${sentences.join(' ')}\n\nSenast granskad av ägargruppen.` : null,
      });
    }
  }
  return rows;
}
